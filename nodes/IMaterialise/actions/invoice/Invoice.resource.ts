import type { INodeProperties } from 'n8n-workflow';

import * as addOrUpdate from './addOrUpdate.operation';

export const operations = { addOrUpdate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{
				name: 'Add or Update',
				value: 'addOrUpdate',
				description: 'Upload the invoice file of an order, from a binary property or a URL, replacing any earlier one',
				action: 'Add or update the invoice of an order',
			},
		],
		default: 'addOrUpdate',
	},
	...addOrUpdate.description,
];
