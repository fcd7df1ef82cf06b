import type { INodeProperties } from 'n8n-workflow';

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

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reminder'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', description: 'Cancel a completed reminder', action: 'Cancel a reminder' },
			{ name: 'Complete', value: 'complete', description: 'Complete a draft reminder: it becomes open and its PDF is made', action: 'Complete a reminder' },
			{ name: 'Create', value: 'create', description: 'Create a draft payment reminder for an overdue invoice', action: 'Create a reminder' },
			{ name: 'Delete', value: 'delete', description: 'Delete a draft reminder', action: 'Delete a reminder' },
			{ name: 'Download PDF', value: 'downloadPdf', description: 'Download the PDF of a completed reminder', action: 'Download a reminder PDF' },
			{ name: 'Get', value: 'get', description: 'Get a reminder', action: 'Get a reminder' },
			{ name: 'Get Many', value: 'getAll', description: 'Get reminders matching filters', action: 'Get many reminders' },
			{ name: 'Send by Email', value: 'sendEmail', description: 'Email a completed reminder', action: 'Send a reminder by email' },
			{ name: 'Update', value: 'update', description: 'Update a draft reminder', action: 'Update a reminder' },
			{ name: 'Upload Signature', value: 'uploadSignature', description: 'Upload a digitally signed PDF of a completed reminder', action: 'Upload a reminder signature' },
		],
		default: 'getAll',
	},
	...cancel.description,
	...complete.description,
	...create.description,
	...del.description,
	...downloadPdf.description,
	...get.description,
	...getAll.description,
	...sendEmail.description,
	...update.description,
	...uploadSignature.description,
];
