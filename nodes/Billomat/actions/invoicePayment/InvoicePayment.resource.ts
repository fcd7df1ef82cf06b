import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoicePayment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Record a payment received for an open or overdue invoice',
				action: 'Record an invoice payment',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a payment: the invoice is open again', action: 'Delete an invoice payment' },
			{ name: 'Get', value: 'get', description: 'Get a payment', action: 'Get an invoice payment' },
			{ name: 'Get Many', value: 'getAll', description: 'Get payments by invoice, date, type or user', action: 'Get many invoice payments' },
		],
		default: 'create',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
];
