import { documentResource } from '../document/resource';
import { REMINDER } from './family';
import * as cancel from './cancel.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';
import * as uploadSignature from './uploadSignature.operation';

export const operations = {
	cancel,
	complete,
	create,
	delete: del,
	downloadPdf,
	get,
	getAll,
	sendEmail,
	update,
	uploadSignature,
};

export const description = documentResource(REMINDER, operations, {
	complete: { description: 'Complete a draft reminder: it becomes open and its PDF is made' },
	create: { description: 'Create a draft payment reminder for an overdue invoice' },
	sendEmail: { description: 'Email a completed reminder' },
});
