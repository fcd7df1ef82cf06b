import { familyResource } from '../document';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { complete, create, delete: del, downloadPdf, get, getAll, sendEmail, update };

export const description = familyResource('deliveryNote', {
	complete: {
		name: 'Complete',
		description: 'Complete a draft: it gets its number, is created and its PDF is made',
		action: 'Complete a delivery note',
		module: complete,
	},
	create: { name: 'Create', description: 'Create a draft delivery note with its line items', action: 'Create a delivery note', module: create },
	delete: { name: 'Delete', description: 'Delete a draft delivery note', action: 'Delete a delivery note', module: del },
	downloadPdf: { name: 'Download PDF', description: 'Download the PDF of a completed delivery note', action: 'Download a delivery note PDF', module: downloadPdf },
	get: { name: 'Get', description: 'Get a delivery note', action: 'Get a delivery note', module: get },
	getAll: { name: 'Get Many', description: 'Get delivery notes matching filters', action: 'Get many delivery notes', module: getAll },
	sendEmail: { name: 'Send by Email', description: 'Email a delivery note', action: 'Send a delivery note by email', module: sendEmail },
	update: { name: 'Update', description: 'Update a draft delivery note', action: 'Update a delivery note', module: update },
});
