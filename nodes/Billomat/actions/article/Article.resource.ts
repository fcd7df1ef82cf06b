import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description = resourceOperations('article', operations, {
	create: { name: 'Create', description: 'Add an article to the catalogue', action: 'Create an article' },
	delete: { name: 'Delete', description: 'Delete an article', action: 'Delete an article' },
	get: { name: 'Get', description: 'Get an article', action: 'Get an article' },
	getAll: { name: 'Get Many', description: 'Get articles matching filters', action: 'Get many articles' },
	update: { name: 'Update', description: 'Change fields of an article', action: 'Update an article' },
});
