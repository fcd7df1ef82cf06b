import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description = resourceOperations('contact', operations, {
	create: { name: 'Create', description: 'Add a contact person to a client', action: 'Create a contact' },
	delete: { name: 'Delete', description: 'Delete a contact of a client', action: 'Delete a contact' },
	get: { name: 'Get', description: 'Get a contact', action: 'Get a contact' },
	getAll: { name: 'Get Many', description: 'Get the contacts of a client', action: 'Get many contacts' },
	update: { name: 'Update', description: 'Change fields of a contact', action: 'Update a contact' },
});
