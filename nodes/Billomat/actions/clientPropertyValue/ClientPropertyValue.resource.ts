import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as set from './set.operation';

export const operations = { get, getAll, set };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientPropertyValue'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get one client’s value of a property', action: 'Get a client property value' },
			{ name: 'Get Many', value: 'getAll', description: 'Get property values, by client, property or value', action: 'Get many client property values' },
			{ name: 'Set', value: 'set', description: 'Set a client’s value of a property', action: 'Set a client property value' },
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...set.description,
];
