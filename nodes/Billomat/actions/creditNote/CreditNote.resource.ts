import type { INodeProperties } from 'n8n-workflow';

import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as sendByPost from './sendByPost.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';
import * as uploadSignature from './uploadSignature.operation';

export const operations = {
	complete,
	create,
	delete: del,
	downloadPdf,
	get,
	getAll,
	getGroupedTotals,
	sendByPost,
	sendEmail,
	update,
	uploadSignature,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['creditNote'] } },
		options: [
			{
				name: 'Complete',
				value: 'complete',
				description: 'Complete a draft: it gets its number, becomes open and its PDF is made',
				action: 'Complete a credit note',
			},
			{ name: 'Create', value: 'create', description: 'Create a draft credit note with its line items, e.g. for a refunded invoice', action: 'Create a credit note' },
			{ name: 'Delete', value: 'delete', description: 'Delete a draft credit note', action: 'Delete a credit note' },
			{ name: 'Download PDF', value: 'downloadPdf', description: 'Download the PDF of a completed credit note', action: 'Download a credit note PDF' },
			{ name: 'Get', value: 'get', description: 'Get a credit note', action: 'Get a credit note' },
			{
				name: 'Get Grouped Totals',
				value: 'getGroupedTotals',
				description: 'Get credit note totals grouped by client, status or period',
				action: 'Get grouped credit note totals',
			},
			{ name: 'Get Many', value: 'getAll', description: 'Get credit notes matching filters', action: 'Get many credit notes' },
			{ name: 'Send by Email', value: 'sendEmail', description: 'Email a credit note', action: 'Send a credit note by email' },
			{ name: 'Send by Post', value: 'sendByPost', description: 'Post a credit note through Pixelletter', action: 'Send a credit note by post' },
			{ name: 'Update', value: 'update', description: 'Update a draft credit note', action: 'Update a credit note' },
			{
				name: 'Upload Signature',
				value: 'uploadSignature',
				description: 'Upload a digitally signed PDF of a completed credit note',
				action: 'Upload a credit note signature',
			},
		],
		default: 'getAll',
	},
	...complete.description,
	...create.description,
	...del.description,
	...downloadPdf.description,
	...get.description,
	...getAll.description,
	...getGroupedTotals.description,
	...sendByPost.description,
	...sendEmail.description,
	...update.description,
	...uploadSignature.description,
];
