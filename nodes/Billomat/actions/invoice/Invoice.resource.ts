import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as encash from './encash.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as sendByPost from './sendByPost.operation';
import * as sendEmail from './sendEmail.operation';
import * as uncancel from './uncancel.operation';
import * as update from './update.operation';
import * as uploadSignature from './uploadSignature.operation';

export const operations = {
	cancel,
	complete,
	create,
	delete: del,
	downloadPdf,
	encash,
	get,
	getAll,
	getGroupedTotals,
	sendByPost,
	sendEmail,
	uncancel,
	update,
	uploadSignature,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', description: 'Cancel a completed invoice', action: 'Cancel an invoice' },
			{
				name: 'Complete',
				value: 'complete',
				description: 'Complete a draft: it gets its number, becomes open and its PDF is made',
				action: 'Complete an invoice',
			},
			{ name: 'Create', value: 'create', description: 'Create a draft invoice with its line items', action: 'Create an invoice' },
			{ name: 'Delete', value: 'delete', description: 'Delete a draft invoice', action: 'Delete an invoice' },
			{ name: 'Download PDF', value: 'downloadPdf', description: 'Download the PDF of a completed invoice', action: 'Download an invoice PDF' },
			{
				name: 'Encash',
				value: 'encash',
				description: 'Hand an open or overdue invoice to debt collection',
				action: 'Hand an invoice to debt collection',
			},
			{ name: 'Get', value: 'get', description: 'Get an invoice', action: 'Get an invoice' },
			{ name: 'Get Grouped Totals', value: 'getGroupedTotals', description: 'Get invoice totals grouped by client, status or period', action: 'Get grouped invoice totals' },
			{ name: 'Get Many', value: 'getAll', description: 'Get invoices matching filters', action: 'Get many invoices' },
			{ name: 'Send by Email', value: 'sendEmail', description: 'Email an invoice', action: 'Send an invoice by email' },
			{ name: 'Send by Post', value: 'sendByPost', description: 'Post an invoice through Pixelletter', action: 'Send an invoice by post' },
			{ name: 'Uncancel', value: 'uncancel', description: 'Restore a canceled invoice', action: 'Uncancel an invoice' },
			{ name: 'Update', value: 'update', description: 'Update a draft invoice', action: 'Update an invoice' },
			{
				name: 'Upload Signature',
				value: 'uploadSignature',
				description: 'Upload a digitally signed PDF of a completed invoice',
				action: 'Upload an invoice signature',
			},
		],
		default: 'getAll',
	},
	...cancel.description,
	...complete.description,
	...create.description,
	...del.description,
	...downloadPdf.description,
	...encash.description,
	...get.description,
	...getAll.description,
	...getGroupedTotals.description,
	...sendByPost.description,
	...sendEmail.description,
	...uncancel.description,
	...update.description,
	...uploadSignature.description,
];
