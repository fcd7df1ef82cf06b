import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPropertyValue from './getPropertyValue.operation';
import * as getPropertyValues from './getPropertyValues.operation';
import * as setPropertyValue from './setPropertyValue.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getPropertyValue, getPropertyValues, setPropertyValue, update };

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
			{ name: 'Get Property Value', value: 'getPropertyValue', description: 'Get one supplier’s value of a supplier property', action: 'Get a supplier property value' },
			{ name: 'Get Property Values', value: 'getPropertyValues', description: 'Get the values suppliers have for the account’s supplier properties', action: 'Get many supplier property values' },
			{ name: 'Set Property Value', value: 'setPropertyValue', description: 'Set a supplier’s value of a supplier property', action: 'Set a supplier property value' },
			{ name: 'Update', value: 'update', description: 'Change fields of a supplier', action: 'Update a supplier' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getPropertyValue.description,
	...getPropertyValues.description,
	...setPropertyValue.description,
	...update.description,
];
