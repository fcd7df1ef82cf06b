import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as findOrCreate from './findOrCreate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = {
	create,
	delete: del,
	findOrCreate,
	get,
	getAll,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['client'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a client', action: 'Create a client' },
			{ name: 'Delete', value: 'delete', description: 'Delete a client that has no documents', action: 'Delete a client' },
			{
				name: 'Find or Create',
				value: 'findOrCreate',
				description: 'Find a client by exact email or client number, or create it when there is none',
				action: 'Find or create a client',
			},
			{ name: 'Get', value: 'get', description: 'Get a client, or the account’s own data', action: 'Get a client' },
			{ name: 'Get Many', value: 'getAll', description: 'Get clients matching filters', action: 'Get many clients' },
			{ name: 'Update', value: 'update', description: 'Update a client', action: 'Update a client' },
		],
		default: 'findOrCreate',
	},
	...create.description,
	...del.description,
	...findOrCreate.description,
	...get.description,
	...getAll.description,
	...update.description,
];
