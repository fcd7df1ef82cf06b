import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroupedTotals from './getGroupedTotals.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getGroupedTotals, update };

export const description = resourceOperations('incoming', operations, {
	create: { name: 'Create', description: 'Record an invoice received from a supplier', action: 'Create an incoming invoice' },
	delete: { name: 'Delete', description: 'Delete an incoming invoice', action: 'Delete an incoming invoice' },
	get: { name: 'Get', description: 'Get an incoming invoice', action: 'Get an incoming invoice' },
	getGroupedTotals: { name: 'Get Grouped Totals', description: 'Total incoming invoices by supplier, status or period', action: 'Get grouped totals of incoming invoices' },
	getAll: { name: 'Get Many', description: 'Get incoming invoices matching filters', action: 'Get many incoming invoices' },
	update: { name: 'Update', description: 'Change fields of an incoming invoice', action: 'Update an incoming invoice' },
});
