import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the orders of the API code by upload date and status (Order Statistics API)',
				action: 'Get many orders',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
