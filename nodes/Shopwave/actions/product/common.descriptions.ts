import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/descriptions';
import { lineProductIdLocator } from '../invoice/common.descriptions';

/** Fields the product operations share; each operation shows them through `updateDisplayOptions`. */

/** The product picker: From List (searchProducts: name or barcode) or By ID; required here. */
export const productIdLocator: INodeProperties = { ...lineProductIdLocator, required: true };

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to give the fields a workflow needs (ID, barcode, name, details, tags, dates, stock, categories, current price and tax) instead of the product as Shopwave sent it',
);

export function simplifyOf(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNodeParameter('simplify', itemIndex, true) as boolean;
}
