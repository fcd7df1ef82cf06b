import { documentResource } from '../document';
import * as changeState from './changeState.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import { INVOICE } from './family';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as relatedDocuments from './relatedDocuments.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { changeState, create, downloadPdf, get, getAll, relatedDocuments, sendEmail, update };

export const description = documentResource(INVOICE, operations);
