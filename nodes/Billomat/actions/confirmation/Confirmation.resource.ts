import { familyResource } from '../document';
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

export const description = familyResource('confirmation', {
	cancel: { name: 'Cancel', description: 'Cancel a completed order confirmation', action: 'Cancel a confirmation', module: cancel },
	clear: { name: 'Clear', description: 'Mark a completed confirmation as cleared (settled, e.g. invoiced)', action: 'Clear a confirmation', module: clear },
	complete: {
		name: 'Complete',
		description: 'Complete a draft: it gets its number, becomes completed and its PDF is made',
		action: 'Complete a confirmation',
		module: complete,
	},
	create: { name: 'Create', description: 'Create a draft order confirmation with its line items', action: 'Create a confirmation', module: create },
	delete: { name: 'Delete', description: 'Delete a draft confirmation', action: 'Delete a confirmation', module: del },
	downloadPdf: { name: 'Download PDF', description: 'Download the PDF of a completed confirmation', action: 'Download a confirmation PDF', module: downloadPdf },
	get: { name: 'Get', description: 'Get an order confirmation', action: 'Get a confirmation', module: get },
	getAll: { name: 'Get Many', description: 'Get order confirmations matching filters', action: 'Get many confirmations', module: getAll },
	sendEmail: { name: 'Send by Email', description: 'Email an order confirmation', action: 'Send a confirmation by email', module: sendEmail },
	unclear: { name: 'Unclear', description: 'Undo Clear: the confirmation is completed again', action: 'Unclear a confirmation', module: unclear },
	update: { name: 'Update', description: 'Update a draft confirmation', action: 'Update a confirmation', module: update },
});
