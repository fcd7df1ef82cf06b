import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPropertyValue from './getPropertyValue.operation';
import * as getPropertyValues from './getPropertyValues.operation';
import * as setPropertyValue from './setPropertyValue.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getPropertyValue, getPropertyValues, setPropertyValue, update };

export const description = resourceOperations('supplier', operations, {
	create: { name: 'Create', description: 'Add a supplier', action: 'Create a supplier' },
	delete: { name: 'Delete', description: 'Delete a supplier', action: 'Delete a supplier' },
	get: { name: 'Get', description: 'Get a supplier', action: 'Get a supplier' },
	getAll: { name: 'Get Many', description: 'Get suppliers matching filters', action: 'Get many suppliers' },
	getPropertyValue: { name: 'Get Property Value', description: 'Get one supplier’s value of a supplier property', action: 'Get a supplier property value' },
	getPropertyValues: { name: 'Get Property Values', description: 'Get the values suppliers have for the account’s supplier properties', action: 'Get many supplier property values' },
	setPropertyValue: { name: 'Set Property Value', description: 'Set a supplier’s value of a supplier property', action: 'Set a supplier property value' },
	update: { name: 'Update', description: 'Change fields of a supplier', action: 'Update a supplier' },
});
