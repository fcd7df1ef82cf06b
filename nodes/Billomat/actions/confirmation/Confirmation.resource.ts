import { documentResource } from '../document/resource';
import { CONFIRMATION } from './family';
import * as cancel from './cancel.operation';
import * as clear from './clear.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as unclear from './unclear.operation';
import * as update from './update.operation';

export const operations = { cancel, clear, complete, create, delete: del, downloadPdf, get, getAll, sendEmail, unclear, update };

export const description = documentResource(CONFIRMATION, operations, {
	cancel: { description: 'Cancel a completed order confirmation' },
	clear: { description: 'Mark a completed confirmation as cleared (settled, e.g. invoiced)' },
	complete: { description: 'Complete a draft: it gets its number, becomes completed and its PDF is made' },
	create: { description: 'Create a draft order confirmation with its line items' },
	get: { description: 'Get an order confirmation' },
	getAll: { description: 'Get order confirmations matching filters' },
	sendEmail: { description: 'Email an order confirmation' },
	unclear: { description: 'Undo Clear: the confirmation is completed again' },
});
