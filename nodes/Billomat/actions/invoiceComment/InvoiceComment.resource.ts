import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoiceComment'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a comment to an invoice’s history', action: 'Create an invoice comment' },
			{ name: 'Delete', value: 'delete', description: 'Delete a comment of an invoice', action: 'Delete an invoice comment' },
			{ name: 'Get', value: 'get', description: 'Get a comment of an invoice', action: 'Get an invoice comment' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the comments and history entries of an invoice, optionally only some kinds of entry',
				action: 'Get many invoice comments',
			},
		],
		default: 'create',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
];
