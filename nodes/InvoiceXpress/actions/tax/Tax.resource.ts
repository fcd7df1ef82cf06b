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
		displayOptions: { show: { resource: ['tax'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a tax rate', action: 'Create a tax' },
			{ name: 'Delete', value: 'delete', description: 'Delete a tax rate', action: 'Delete a tax' },
			{ name: 'Get', value: 'get', description: 'Get a tax rate', action: 'Get a tax' },
			{ name: 'Get Many', value: 'getAll', description: 'List the tax rates of the account', action: 'Get many taxes' },
			{ name: 'Update', value: 'update', description: 'Change a tax rate', action: 'Update a tax' },
		],
		default: 'get',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
