import type { INodeProperties } from 'n8n-workflow';

import * as addOrUpdate from './addOrUpdate.operation';

export const operations = { addOrUpdate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deliveryNote'] } },
		options: [
			{
				name: 'Add or Update',
				value: 'addOrUpdate',
				description: 'Upload the delivery note put in the shipment box of an order, from a binary property or a URL, replacing any earlier one',
				action: 'Add or update the delivery note of an order',
			},
		],
		default: 'addOrUpdate',
	},
	...addOrUpdate.description,
];
