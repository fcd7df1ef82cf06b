import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../catalogue/record';
import { ACCOUNT } from './common.descriptions';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations = { get, update };

export const description: INodeProperties[] = [
	operationProperty(ACCOUNT, [
		{ name: 'Get', value: 'get', description: 'Get the data of an account', action: 'Get an account' },
		{ name: 'Update', value: 'update', description: 'Change the company data of an account', action: 'Update an account' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
