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
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a product or service to the catalogue', action: 'Create an item' },
			{ name: 'Delete', value: 'delete', description: 'Delete an item', action: 'Delete an item' },
			{ name: 'Get', value: 'get', description: 'Get an item', action: 'Get an item' },
			{ name: 'Get Many', value: 'getAll', description: 'List the items of the account', action: 'Get many items' },
			{ name: 'Update', value: 'update', description: 'Change an item', action: 'Update an item' },
		],
		default: 'get',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
