import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { pickedValues, requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { PICKERS_SINCE, pickerProperties } from '../document/pickers';
import { optionsCollection, orderByQuery, orderOptions } from '../invoice/common.descriptions';
import { filtersCollection, simplifyField } from './common.descriptions';
import { articleFilterQuery, simplifyArticle } from './record';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	// Unit ID and Supplier ID: pickers from version 1.2, plain fields before.
	...pickerProperties([filtersCollection], PICKERS_SINCE),
	simplifyField,
	optionsCollection(
		orderOptions(
			[
				{ name: 'Article Number', value: 'article_number' },
				{ name: 'Created', value: 'created' },
				{ name: 'ID', value: 'id' },
				{ name: 'Sales Price', value: 'sales_price' },
				{ name: 'Title', value: 'title' },
			],
			'title',
			'articles',
		),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['getAll'] } }, properties);

/** GET /articles with the documented filters, page by page (1,000 a page) up to the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const filters = pickedValues.call(this, 'filters', this.getNodeParameter('filters', itemIndex, {}) as IDataObject, itemIndex);
	const qs = articleFilterQuery(this.getNode(), itemIndex, filters);
	const orderBy = orderByQuery(options);
	if (orderBy) qs.order_by = orderBy;

	const articles = await apiRequestAllItems.call(this, { method: 'GET', path: '/articles', qs, ...requestOptions.call(this, itemIndex) }, limit);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return articles.map((article) => ({ json: simplify ? { ...simplifyArticle(article), ...listChangedMarker(article) } : article }));
}
