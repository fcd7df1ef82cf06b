import type { INodeProperties } from 'n8n-workflow';

import { crudOptions, operationProperty } from '../catalogue/record';
import { TAX } from './common.descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationProperty(TAX, crudOptions(TAX, 'a', 'taxes', 'Add a tax rate')),
	...Object.values(operations).flatMap((operation) => operation.description),
];
