import { familyResource } from '../document';
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

export const operations = { cancel, clear, complete, create, delete: del, downloadPdf, get, getAll, lose, sendEmail, unclear, update, win };

export const description = familyResource('estimate', {
	cancel: { name: 'Cancel', description: 'Cancel a completed estimate', action: 'Cancel an estimate', module: cancel },
	clear: { name: 'Clear', description: 'Mark an estimate as cleared (settled, e.g. invoiced)', action: 'Clear an estimate', module: clear },
	complete: {
		name: 'Complete',
		description: 'Complete a draft: it gets its number, becomes open and its PDF is made',
		action: 'Complete an estimate',
		module: complete,
	},
	create: { name: 'Create', description: 'Create a draft estimate with its line items', action: 'Create an estimate', module: create },
	delete: { name: 'Delete', description: 'Delete a draft estimate', action: 'Delete an estimate', module: del },
	downloadPdf: { name: 'Download PDF', description: 'Download the PDF of a completed estimate', action: 'Download an estimate PDF', module: downloadPdf },
	get: { name: 'Get', description: 'Get an estimate', action: 'Get an estimate', module: get },
	getAll: { name: 'Get Many', description: 'Get estimates matching filters', action: 'Get many estimates', module: getAll },
	lose: { name: 'Mark as Lost', description: 'Mark an open estimate as lost (the client declined)', action: 'Mark an estimate as lost', module: lose },
	win: { name: 'Mark as Won', description: 'Mark an open estimate as won (the client accepted)', action: 'Mark an estimate as won', module: win },
	sendEmail: { name: 'Send by Email', description: 'Email an estimate', action: 'Send an estimate by email', module: sendEmail },
	unclear: { name: 'Unclear', description: 'Undo Clear: the estimate gets its status from before', action: 'Unclear an estimate', module: unclear },
	update: { name: 'Update', description: 'Update a draft estimate', action: 'Update an estimate', module: update },
});
