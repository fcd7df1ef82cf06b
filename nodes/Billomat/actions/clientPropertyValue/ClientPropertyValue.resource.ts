import { resourceOperations } from '../describe';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as set from './set.operation';

export const operations = { get, getAll, set };

export const description = resourceOperations('clientPropertyValue', operations, {
	get: { name: 'Get', description: 'Get one client’s value of a property', action: 'Get a client property value' },
	getAll: { name: 'Get Many', description: 'Get property values, by client, property or value', action: 'Get many client property values' },
	set: { name: 'Set', description: 'Set a client’s value of a property', action: 'Set a client property value' },
});
