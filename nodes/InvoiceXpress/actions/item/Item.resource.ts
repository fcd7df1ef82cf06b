import type { INodeProperties } from 'n8n-workflow';

import { crudOptions, operationProperty } from '../catalogue/record';
import { ITEM } from './common.descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationProperty(ITEM, crudOptions(ITEM, 'an', 'items', 'Add a product or service to the catalogue')),
	...Object.values(operations).flatMap((operation) => operation.description),
];
