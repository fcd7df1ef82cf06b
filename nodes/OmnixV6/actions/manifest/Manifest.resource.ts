import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export const operations = { create };

/**
 * Manifests ("V6RESTful APIs - Manifests", https://www.omnix.com.au/v6-restful-apis-manifests):
 * "Create new Manifest", POST /manifests. Putting consignments on a manifest
 * (POST /manifests/manifestConsignments) is Consignment › Manifest, where it was built first.
 */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['manifest'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a new manifest: its dates, route, depots, carrier, vehicle, driver and consignments',
				action: 'Create a manifest',
			},
		],
		default: 'create',
	},
	...create.description,
];
