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
		displayOptions: { show: { resource: ['supplier'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a supplier', action: 'Create a supplier' },
			{ name: 'Delete', value: 'delete', description: 'Delete a supplier', action: 'Delete a supplier' },
			{ name: 'Get', value: 'get', description: 'Get a supplier', action: 'Get a supplier' },
			{ name: 'Get Many', value: 'getAll', description: 'Get suppliers matching filters', action: 'Get many suppliers' },
			{ name: 'Update', value: 'update', description: 'Change fields of a supplier', action: 'Update a supplier' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
