import type { INodeProperties } from 'n8n-workflow';

import * as findByBarcode from './findByBarcode.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { findByBarcode, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Find by Barcode',
				value: 'findByBarcode',
				description: 'Find the product with a barcode (e.g. the product ID an invoice line needs)',
				action: 'Find a product by barcode',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one product by its ID',
				action: 'Get a product',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the products, optionally only some products or categories, with the stock of a store',
				action: 'Get many products',
			},
		],
		default: 'get',
	},
	...findByBarcode.description,
	...get.description,
	...getAll.description,
];
