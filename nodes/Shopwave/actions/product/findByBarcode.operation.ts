import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { authentication } from '../../helpers';
import { barcodeText, productsByBarcode, simplifyProduct, unknownBarcode } from '../../records';
import { optionsCollection } from '../invoice/common.descriptions';
import { simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Barcode',
		name: 'barcode',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5012345678900',
		description: 'The product’s barcode, as Shopwave stores it (unique per product)',
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['findByBarcode'] } }, properties);

/**
 * The product with a barcode, e.g. the productId an invoice line needs. The product pages document
 * no barcode filter: GET /product and the barcode matched here (trimmed); deleted products do not
 * count. No such product is an error naming the item and the barcode. One request per item, like
 * every other operation (Create or Update's Resolve Barcodes reads the list once per run instead).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const barcode = barcodeText(this.getNodeParameter('barcode', itemIndex, ''));
	if (!barcode) throw inputError(node, itemIndex, 'Barcode is empty', 'Give the barcode of the product to find, e.g. 5012345678900.');
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const products = await productsByBarcode.call(this, authentication(this), { apiVersion: options.apiVersion, itemIndex, timeout: timeoutOf(this, itemIndex) });
	const product = products.get(barcode);
	if (!product) throw unknownBarcode(node, itemIndex, 'Barcode', barcode);
	return [{ json: simplifyOf.call(this, itemIndex) ? simplifyProduct(product) : product }];
}
