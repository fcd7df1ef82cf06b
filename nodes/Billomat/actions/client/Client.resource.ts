import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as findOrCreate from './findOrCreate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = {
	create,
	delete: del,
	findOrCreate,
	get,
	getAll,
	update,
};

export const description = resourceOperations('client', operations, {
	create: { name: 'Create', description: 'Create a client', action: 'Create a client' },
	delete: { name: 'Delete', description: 'Delete a client that has no documents', action: 'Delete a client' },
	findOrCreate: { name: 'Find or Create', description: 'Find a client by exact email or client number, or create it when there is none', action: 'Find or create a client' },
	get: { name: 'Get', description: 'Get a client, or the account’s own data', action: 'Get a client' },
	getAll: { name: 'Get Many', description: 'Get clients matching filters', action: 'Get many clients' },
	update: { name: 'Update', description: 'Update a client', action: 'Update a client' },
}, 'findOrCreate');
