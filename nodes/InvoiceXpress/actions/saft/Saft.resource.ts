import type { INodeProperties } from 'n8n-workflow';

import * as exportSaft from './export.operation';

export const operations = { export: exportSaft };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['saft'] } },
		options: [
			{
				name: 'Export',
				value: 'export',
				description: 'Generate the SAF-T (PT) file of a month and download it',
				action: 'Export the SAF-T file of a month',
			},
		],
		default: 'export',
	},
	...exportSaft.description,
];
