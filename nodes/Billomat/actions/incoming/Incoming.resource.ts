import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getGroupedTotals, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['incoming'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Record an invoice received from a supplier', action: 'Create an incoming invoice' },
			{ name: 'Delete', value: 'delete', description: 'Delete an incoming invoice', action: 'Delete an incoming invoice' },
			{ name: 'Get', value: 'get', description: 'Get an incoming invoice', action: 'Get an incoming invoice' },
			{ name: 'Get Grouped Totals', value: 'getGroupedTotals', description: 'Total incoming invoices by supplier, status or period', action: 'Get grouped totals of incoming invoices' },
			{ name: 'Get Many', value: 'getAll', description: 'Get incoming invoices matching filters', action: 'Get many incoming invoices' },
			{ name: 'Update', value: 'update', description: 'Change fields of an incoming invoice', action: 'Update an incoming invoice' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getGroupedTotals.description,
	...update.description,
];
