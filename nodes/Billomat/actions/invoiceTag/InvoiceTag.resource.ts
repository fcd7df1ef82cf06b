import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCloud from './getCloud.operation';

export const operations = { create, delete: del, get, getAll, getCloud };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoiceTag'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a tag to an invoice', action: 'Add a tag to an invoice' },
			{ name: 'Delete', value: 'delete', description: 'Remove a tag from an invoice', action: 'Remove a tag from an invoice' },
			{ name: 'Get', value: 'get', description: 'Get a tag of an invoice', action: 'Get an invoice tag' },
			{ name: 'Get Many', value: 'getAll', description: 'Get the tags of an invoice', action: 'Get many invoice tags' },
			{ name: 'Get Tag Cloud', value: 'getCloud', description: 'Get every tag used on invoices, with how often it is used', action: 'Get the invoice tag cloud' },
		],
		default: 'create',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getCloud.description,
];
