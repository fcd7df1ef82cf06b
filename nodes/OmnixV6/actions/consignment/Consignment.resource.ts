import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as manifest from './manifest.operation';

export const operations = { create, manifest };

/**
 * Consignments ("V6RESTful APIs - Consignments", https://www.omnix.com.au/v6-restful-apis-consignments):
 * the stored copies of the page document the create only. Manifest: "V6RESTful APIs - Manifests"
 * (https://www.omnix.com.au/v6-restful-apis-manifests), POST /manifests/manifestConsignments.
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
			{
				name: 'Manifest',
				value: 'manifest',
				description: 'Put consignments on a new or an existing manifest, confirming they are ready for despatch',
				action: 'Manifest consignments',
			},
		],
		default: 'create',
	},
	...create.description,
	...manifest.description,
];
