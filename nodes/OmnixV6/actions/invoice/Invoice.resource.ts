import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the invoices, credit and debit memos created in a date range',
				action: 'Get many invoices',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
