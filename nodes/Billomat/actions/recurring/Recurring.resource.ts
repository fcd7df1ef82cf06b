import { documentResource } from '../document/resource';
import { RECURRING } from './family';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = {
	create,
	delete: del,
	get,
	getAll,
	update,
};

export const description = documentResource(RECURRING, operations, {
	create: { description: 'Create a recurring invoice with its line items, cycle and action' },
	delete: { description: 'Delete a recurring invoice (the invoices it made stay)' },
	update: { description: 'Update a recurring invoice (cycle, next creation date, action, texts…)' },
});
