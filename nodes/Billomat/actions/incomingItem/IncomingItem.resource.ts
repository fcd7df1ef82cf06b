import type { INodeProperties } from 'n8n-workflow';

import { INCOMING_CHILDREN } from '../documentChild';
import { operationDropdown, resourceDescription } from '../documentChild/parent';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

const dropdown: INodeProperties = operationDropdown(INCOMING_CHILDREN, 'Item', 'getAll', [
	{ name: 'Create', value: 'create', description: 'Add an item (an amount with its tax and category) to an incoming invoice', action: 'Add an item to an incoming invoice' },
	{ name: 'Delete', value: 'delete', description: 'Delete an item of an incoming invoice', action: 'Delete an incoming invoice item' },
	{ name: 'Get', value: 'get', description: 'Get an item of an incoming invoice', action: 'Get an incoming invoice item' },
	{ name: 'Get Many', value: 'getAll', description: 'Get the items of the account’s incoming invoices, by incoming invoice or custom field', action: 'Get many incoming invoice items' },
	{ name: 'Update', value: 'update', description: 'Change an item of an incoming invoice', action: 'Update an incoming invoice item' },
]);

export const description: INodeProperties[] = resourceDescription(dropdown, operations);
