import type { INodeProperties } from 'n8n-workflow';

import * as complete from './complete.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = {
	complete,
	create,
	delete: del,
	downloadPdf,
	get,
	getAll,
	sendEmail,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['letter'] } },
		options: [
			{ name: 'Complete', value: 'complete', description: 'Complete a draft letter: it becomes COMPLETED and its PDF is made', action: 'Complete a letter' },
			{ name: 'Create', value: 'create', description: 'Create a draft letter to a client or supplier', action: 'Create a letter' },
			{ name: 'Delete', value: 'delete', description: 'Delete a draft letter', action: 'Delete a letter' },
			{ name: 'Download PDF', value: 'downloadPdf', description: 'Download the PDF of a completed letter', action: 'Download a letter PDF' },
			{ name: 'Get', value: 'get', description: 'Get a letter', action: 'Get a letter' },
			{ name: 'Get Many', value: 'getAll', description: 'Get letters matching filters', action: 'Get many letters' },
			{ name: 'Send by Email', value: 'sendEmail', description: 'Email a completed letter', action: 'Send a letter by email' },
			{ name: 'Update', value: 'update', description: 'Update a draft letter', action: 'Update a letter' },
		],
		default: 'getAll',
	},
	...complete.description,
	...create.description,
	...del.description,
	...downloadPdf.description,
	...get.description,
	...getAll.description,
	...sendEmail.description,
	...update.description,
];
