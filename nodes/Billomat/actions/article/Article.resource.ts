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
		displayOptions: { show: { resource: ['article'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add an article to the catalogue', action: 'Create an article' },
			{ name: 'Delete', value: 'delete', description: 'Delete an article', action: 'Delete an article' },
			{ name: 'Get', value: 'get', description: 'Get an article', action: 'Get an article' },
			{ name: 'Get Many', value: 'getAll', description: 'Get articles matching filters', action: 'Get many articles' },
			{ name: 'Update', value: 'update', description: 'Change fields of an article', action: 'Update an article' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
