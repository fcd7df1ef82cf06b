import { documentResource } from '../document/resource';
import { DELIVERY_NOTE } from './family';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { complete, create, delete: del, downloadPdf, get, getAll, sendEmail, update };

export const description = documentResource(DELIVERY_NOTE, operations, {
	complete: { description: 'Complete a draft: it gets its number, is created and its PDF is made' },
});
