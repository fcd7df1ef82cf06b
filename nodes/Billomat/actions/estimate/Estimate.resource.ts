import { documentResource } from '../document/resource';
import { ESTIMATE } from './family';
import * as cancel from './cancel.operation';
import * as clear from './clear.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as lose from './lose.operation';
import * as sendEmail from './sendEmail.operation';
import * as unclear from './unclear.operation';
import * as update from './update.operation';
import * as win from './win.operation';

// Operations in the order of their names in the dropdown (Mark as Lost, Mark as Won, Send by Email…).
export const operations = { cancel, clear, complete, create, delete: del, downloadPdf, get, getAll, lose, win, sendEmail, unclear, update };

export const description = documentResource(ESTIMATE, operations);
