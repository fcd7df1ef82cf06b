import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = {
	create,
	delete: del,
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
		displayOptions: { show: { resource: ['recurring'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a recurring invoice with its line items, cycle and action', action: 'Create a recurring invoice' },
			{ name: 'Delete', value: 'delete', description: 'Delete a recurring invoice (the invoices it made stay)', action: 'Delete a recurring invoice' },
			{ name: 'Get', value: 'get', description: 'Get a recurring invoice', action: 'Get a recurring invoice' },
			{ name: 'Get Many', value: 'getAll', description: 'Get recurring invoices matching filters', action: 'Get many recurring invoices' },
			{ name: 'Update', value: 'update', description: 'Update a recurring invoice (cycle, next creation date, action, texts…)', action: 'Update a recurring invoice' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
