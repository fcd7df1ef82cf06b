import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { shopwaveId } from '../../helpers';
import { recordById, simplifyProduct } from '../../records';
import { optionsCollection } from '../invoice/common.descriptions';
import { productIdLocator, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [productIdLocator, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

/** GET /product with the `productIds` header (product/GET page): the one product, or an error naming the item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const raw = locatorValue(this, 'productId', itemIndex);
	if (raw === undefined || raw === null || raw === '') {
		throw inputError(node, itemIndex, 'Product ID is empty', 'Pick the product from the list or give its numeric ID.');
	}
	const id = shopwaveId(node, itemIndex, 'Product ID', raw);
	const product = await recordById.call(this, itemIndex, { path: '/product', key: 'products', header: 'productIds', id, noun: 'Product' });
	return [{ json: simplifyOf.call(this, itemIndex) ? simplifyProduct(product) : product }];
}
