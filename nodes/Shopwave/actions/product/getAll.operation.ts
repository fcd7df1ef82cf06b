import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { idList, shopwaveId } from '../../helpers';
import { operationRecords, simplifyProduct } from '../../records';
import { nestedLocator, optionsCollection, storeIdLocator } from '../invoice/common.descriptions';
import { simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Category IDs',
				name: 'categoryIds',
				type: 'string',
				default: '',
				placeholder: '11, 12',
				description: 'Only products of these categories (comma-separated IDs), sent as the categoryIds header',
			},
			{
				displayName: 'Product IDs',
				name: 'productIds',
				type: 'string',
				default: '',
				placeholder: '701, 702',
				description: 'Only these products (comma-separated IDs), sent as the productIds header',
			},
			{
				...storeIdLocator,
				displayName: 'Stock Levels of Store',
				name: 'storeId',
				required: false,
				description: 'Give each product’s stock in this store (totalStock, for products whose stock Shopwave manages there), sent as the storeId header',
			},
		],
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['getAll'] } }, properties);

/**
 * GET /product (product/GET page) with the productIds, categoryIds and storeId headers: every match
 * at once (the API has no paging); Limit cuts the list.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { productIds?: string; categoryIds?: string; storeId?: unknown };
	const headers: Record<string, string> = {};
	const productIds = idList(node, itemIndex, 'Product IDs', filters.productIds);
	const categoryIds = idList(node, itemIndex, 'Category IDs', filters.categoryIds);
	const store = nestedLocator(filters.storeId);
	if (productIds) headers.productIds = productIds;
	if (categoryIds) headers.categoryIds = categoryIds;
	if (store !== undefined && store !== '') headers.storeId = String(shopwaveId(node, itemIndex, 'Stock Levels of Store', store));
	const products = await operationRecords.call(this, itemIndex, { path: '/product', key: 'products', headers }, true);
	const simplify = simplifyOf.call(this, itemIndex);
	return products.map((product) => ({ json: simplify ? simplifyProduct(product) : product }));
}
