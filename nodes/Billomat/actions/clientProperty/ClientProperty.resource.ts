import type { INodeProperties } from 'n8n-workflow';

import { operationDropdown } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationDropdown(clientPropertyResource, 'client properties'),
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
