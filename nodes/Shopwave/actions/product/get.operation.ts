import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { authentication, shopwaveId } from '../../helpers';
import { listRecords, simplifyProduct } from '../../records';
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
	const productId = shopwaveId(node, itemIndex, 'Product ID', raw);
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const products = await listRecords.call(this, {
		authentication: authentication(this),
		path: '/product',
		key: 'products',
		headers: { productIds: String(productId) },
		apiVersion: options.apiVersion,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	const product = products.find((candidate) => String(candidate.id) === String(productId));
	if (!product) {
		throw inputError(
			node,
			itemIndex,
			`Shopwave has no product ${productId} that the connected user can see`,
			'Check the Product ID, or use "Get Many" to list the products.',
		);
	}
	return [{ json: simplifyOf.call(this, itemIndex) ? simplifyProduct(product) : product }];
}
