import type { IDataObject } from 'n8n-workflow';

import { pickedValues } from '../../helpers';
import { PICKERS_SINCE, pickerProperties } from '../document/pickers';
import { recordGetAll } from '../recordList';
import { filtersCollection, simplifyField } from './common.descriptions';
import { ARTICLE, articleFilterQuery } from './record';

/** GET /articles with the documented filters, page by page (1,000 a page) up to the limit. */
export const { description, execute } = recordGetAll({
	resource: 'article',
	record: ARTICLE,
	// Unit ID and Supplier ID: pickers from version 1.2, plain fields before.
	filters: pickerProperties([filtersCollection], PICKERS_SINCE),
	simplify: simplifyField,
	orderBy: [
		{ name: 'Article Number', value: 'article_number' },
		{ name: 'Created', value: 'created' },
		{ name: 'ID', value: 'id' },
		{ name: 'Sales Price', value: 'sales_price' },
		{ name: 'Title', value: 'title' },
	],
	orderDefault: 'title',
	plural: 'articles',
	filterQuery(itemIndex) {
		const filters = pickedValues.call(this, 'filters', this.getNodeParameter('filters', itemIndex, {}) as IDataObject, itemIndex);
		return articleFilterQuery(this.getNode(), itemIndex, filters);
	},
});
