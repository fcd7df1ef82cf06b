import type { IDataObject } from 'n8n-workflow';

import { recordGetAll } from '../recordList';
import { simplifySupplierField, supplierFiltersCollection } from './common.descriptions';
import { supplierFilterQuery } from './record';
import { SUPPLIERS } from './resource';

/** GET /suppliers with the documented filters, page by page up to the limit. */
export const { description, execute } = recordGetAll({
	resource: 'supplier',
	record: SUPPLIERS,
	filters: [supplierFiltersCollection],
	simplify: simplifySupplierField,
	orderBy: [
		{ name: 'ID', value: 'id' },
		{ name: 'Name', value: 'name' },
	],
	orderDefault: 'name',
	plural: 'suppliers',
	filterQuery(itemIndex) {
		return supplierFilterQuery(this.getNode(), itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	},
});
