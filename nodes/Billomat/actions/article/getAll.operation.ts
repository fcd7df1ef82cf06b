import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { pickedValues } from '../../helpers';
import { listRecords } from '../../transport';
import { PICKERS_SINCE, pickerProperties } from '../document/pickers';
import { optionsCollection, orderByQuery, orderOptions } from '../invoice/common.descriptions';
import { filtersCollection, simplifyField } from './common.descriptions';
import { ARTICLE, articleFilterQuery } from './record';

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
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const filters = pickedValues.call(this, 'filters', this.getNodeParameter('filters', itemIndex, {}) as IDataObject, itemIndex);
	const qs = articleFilterQuery(this.getNode(), itemIndex, filters);
	const orderBy = orderByQuery(options);
	if (orderBy) qs.order_by = orderBy;

	return await listRecords.call(this, itemIndex, ARTICLE, qs);
}
