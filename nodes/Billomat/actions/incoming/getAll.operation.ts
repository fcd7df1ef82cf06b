import type { IDataObject } from 'n8n-workflow';

import { recordGetAll } from '../recordList';
import { incomingFiltersCollection, simplifyIncomingField } from './common.descriptions';
import { INCOMINGS, incomingFilterQuery } from './record';

/** GET /incomings with the documented filters, page by page up to the limit. */
export const { description, execute } = recordGetAll({
	resource: 'incoming',
	record: INCOMINGS,
	filters: [incomingFiltersCollection],
	simplify: simplifyIncomingField,
	orderBy: [
		{ name: 'Date', value: 'date' },
		{ name: 'Due Date', value: 'due_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Number', value: 'number' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	orderDefault: 'date',
	plural: 'incoming invoices',
	filterQuery(itemIndex) {
		return incomingFilterQuery(this.getNode(), itemIndex, this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	},
});
