import type { INodeProperties } from 'n8n-workflow';

import * as changeState from './changeState.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = { changeState, create, downloadPdf, get, getAll, sendEmail, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{
				name: 'Change State',
				value: 'changeState',
				description: 'Finalize, settle, unsettle, cancel or delete a document',
				action: 'Change the state of an invoice',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a draft document; an unknown client and unknown items are created too',
				action: 'Create an invoice',
			},
			{
				name: 'Download PDF',
				value: 'downloadPdf',
				description: 'Wait for the PDF of a document and download it as a binary file',
				action: 'Download the PDF of an invoice',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a document by its ID',
				action: 'Get an invoice',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List documents, filtered by text, type, status, dates and totals',
				action: 'Get many invoices',
			},
			{
				name: 'Send by Email',
				value: 'sendEmail',
				description: 'Email a document to an address',
				action: 'Send an invoice by email',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace a document’s dates, reference, observations, retention, client and items',
				action: 'Update an invoice',
			},
		],
		default: 'get',
	},
	...changeState.description,
	...create.description,
	...downloadPdf.description,
	...get.description,
	...getAll.description,
	...sendEmail.description,
	...update.description,
];
