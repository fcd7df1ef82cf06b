import type { INodeProperties } from 'n8n-workflow';

import { RESOURCE } from './common.descriptions';
import * as createMovement from './createMovement.operation';
import * as getClientBalance from './getClientBalance.operation';
import * as updateInitialBalance from './updateInitialBalance.operation';

export const operations = { createMovement, getClientBalance, updateInitialBalance };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: [
			{ name: 'Create Movement', value: 'createMovement', description: 'Record a treasury movement of a client', action: 'Create a treasury movement' },
			{ name: 'Get Client Balance', value: 'getClientBalance', description: 'Get the balance of a client', action: 'Get a client balance' },
			{
				name: 'Update Initial Balance',
				value: 'updateInitialBalance',
				description: 'Set the balance a client starts from',
				action: 'Update a client initial balance',
			},
		],
		default: 'getClientBalance',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
