import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export const operations = { create };

/**
 * Consignments ("V6RESTful APIs - Consignments", https://www.omnix.com.au/v6-restful-apis-consignments):
 * the stored copies of the page document the create only.
 */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['consignment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Book a new consignment, with its freight lines',
				action: 'Create a consignment',
			},
		],
		default: 'create',
	},
	...create.description,
];
