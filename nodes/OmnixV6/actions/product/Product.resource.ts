import type { INodeProperties } from 'n8n-workflow';

import * as importCsv from './importCsv.operation';

export const operations = { importCsv };

/**
 * Products ("V6RESTful APIs - Master Data", https://www.omnix.com.au/v6-restful-apis-master-data):
 * "Import Product Setup", POST /products/importcsv, the only product endpoint the stored page has.
 */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Import CSV',
				value: 'importCsv',
				description: 'Import products from a CSV file, with the same columns as the import in the V6 web application',
				action: 'Import products from a CSV file',
			},
		],
		default: 'importCsv',
	},
	...importCsv.description,
];
