import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';

/** Fields the product operations share; each operation shows them through `updateDisplayOptions`. */

/** The product picker: From List (searchProducts: name or barcode) or By ID. */
export const productIdLocator: INodeProperties = recordLocator({
	displayName: 'Product ID',
	name: 'productId',
	searchListMethod: 'searchProducts',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Shopwave product ID is a number, e.g. 701',
	placeholder: '701',
	description: 'The product, picked from the list (search by name or barcode) or given by its numeric ID',
});

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to give the fields a workflow needs (ID, barcode, name, details, tags, dates, stock, categories, current price and tax) instead of the product as Shopwave sent it',
);

export function simplifyOf(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNodeParameter('simplify', itemIndex, true) as boolean;
}
