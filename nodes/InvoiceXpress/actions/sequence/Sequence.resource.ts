import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../catalogue/record';
import { SEQUENCE } from './common.descriptions';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as register from './register.operation';
import * as setCurrent from './setCurrent.operation';

export const operations = { create, get, getAll, register, setCurrent };

export const description: INodeProperties[] = [
	operationProperty(SEQUENCE, [
		{ name: 'Create', value: 'create', description: 'Add a sequence (serie)', action: 'Create a sequence' },
		{ name: 'Get', value: 'get', description: 'Get a sequence', action: 'Get a sequence' },
		{ name: 'Get Many', value: 'getAll', description: 'List the sequences of the account', action: 'Get many sequences' },
		{ name: 'Register', value: 'register', description: 'Register a sequence with the Tax Authority (AT)', action: 'Register a sequence' },
		{ name: 'Set as Current', value: 'setCurrent', description: 'Make a sequence the default for new documents', action: 'Set a sequence as current' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
