import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoiceItem'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add an item to a draft invoice', action: 'Add an item to an invoice' },
			{ name: 'Delete', value: 'delete', description: 'Delete an item of a draft invoice', action: 'Delete an invoice item' },
			{ name: 'Get', value: 'get', description: 'Get an invoice item', action: 'Get an invoice item' },
			{ name: 'Get Many', value: 'getAll', description: 'Get the items of an invoice', action: 'Get many invoice items' },
			{ name: 'Update', value: 'update', description: 'Change an item of a draft invoice', action: 'Update an invoice item' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
