import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as findByCode from './findByCode.operation';
import * as findByName from './findByName.operation';
import * as findOrCreate from './findOrCreate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listInvoices from './listInvoices.operation';
import * as update from './update.operation';

export const operations = { create, findByCode, findByName, findOrCreate, get, getAll, listInvoices, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['client'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a client', action: 'Create a client' },
			{ name: 'Find by Code', value: 'findByCode', description: 'Find the client with a code', action: 'Find a client by code' },
			{ name: 'Find by Name', value: 'findByName', description: 'Find the client with a name', action: 'Find a client by name' },
			{
				name: 'Find or Create',
				value: 'findOrCreate',
				description: 'Find a client by code, else by name; create it when neither finds one',
				action: 'Find or create a client',
			},
			{ name: 'Get', value: 'get', description: 'Get a client by its ID', action: 'Get a client' },
			{ name: 'Get Many', value: 'getAll', description: 'List the clients of the account', action: 'Get many clients' },
			{
				name: 'List Invoices',
				value: 'listInvoices',
				description: 'List a client’s documents, filtered by status, type and archived',
				action: 'List the invoices of a client',
			},
			{ name: 'Update', value: 'update', description: 'Change fields of a client', action: 'Update a client' },
		],
		default: 'findOrCreate',
	},
	...create.description,
	...findByCode.description,
	...findByName.description,
	...findOrCreate.description,
	...get.description,
	...getAll.description,
	...listInvoices.description,
	...update.description,
];
