import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection as sharedOptionsCollection, recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { DEFAULT_API_VERSION } from '../../transport';

/**
 * Fields the invoice operations share. Each operation spreads them into its own properties, and
 * `updateDisplayOptions` shows them for that operation only.
 */

/** The "API Version" option every operation offers (`x-accept-version`). */
export const apiVersionOption: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'string',
	default: DEFAULT_API_VERSION,
	description: 'Sent as the x-accept-version header. 2 is the latest version Shopwave documents.',
};

/**
 * The Options collection of an operation: API Version, its own options, Timeout and (unless the
 * operation sends all items in one request) Concurrent Requests.
 */
export function optionsCollection(extra: INodeProperties[] = [], { concurrency = true }: { concurrency?: boolean } = {}): INodeProperties {
	return sharedOptionsCollection([apiVersionOption, ...extra], { concurrency });
}

/**
 * Get and Get Many from node version 1.1: on, an invoice's items are a list (as n8n's table view
 * and the Line Items field take them); off, the invoice as Shopwave sent it, items keyed by ID.
 * Version 1 always gave the list.
 */
export const simplifyField: INodeProperties = {
	...simplifySwitch('Whether to give each invoice’s items as a list instead of Shopwave’s map keyed by item ID'),
	displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } },
};

/** Whether Get / Get Many simplify this item (always in version 1). */
export function simplifyOf(this: IExecuteFunctions, itemIndex: number): boolean {
	return this.getNode().typeVersion >= 1.1 ? (this.getNodeParameter('simplify', itemIndex, true) as boolean) : true;
}

/** The store picker (GET /store, listed by address: the store page documents no name) or By ID. */
export const storeIdLocator: INodeProperties = recordLocator({
	displayName: 'Store ID',
	name: 'storeId',
	searchListMethod: 'searchStores',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Shopwave store ID is a number, e.g. 1001',
	placeholder: '1001',
	listPlaceholder: 'Select a store…',
	description: 'The merchant store, picked from the list (by address) or given by its numeric ID',
});

/** The supplier store picker (GET /supplier/store, listed by address) or By ID. */
export const supplierStoreIdLocator: INodeProperties = recordLocator({
	displayName: 'Supplier Store ID',
	name: 'supplierStoreId',
	searchListMethod: 'searchSupplierStores',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Shopwave supplier store ID is a number, e.g. 31',
	placeholder: '31',
	listPlaceholder: 'Select a supplier store…',
	description: 'The supplier’s store, picked from the list (by address) or given by its numeric ID',
	required: false,
});

/** The product picker of a line item (GET /product, by name or barcode) or By ID. */
export const lineProductIdLocator: INodeProperties = recordLocator({
	displayName: 'Product ID',
	name: 'productId',
	searchListMethod: 'searchProducts',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Shopwave product ID is a number, e.g. 701',
	placeholder: '701',
	listPlaceholder: 'Select a product…',
	description: 'The product, picked from the list (search by name or barcode) or given by its numeric ID',
	required: false,
});

/**
 * A resource locator's value inside a collection or fixed collection (n8n extracts only top-level
 * ones): its `value`, or the plain value a workflow saved before the field was a picker.
 */
export function nestedLocator(value: unknown): unknown {
	return value && typeof value === 'object' && '__rl' in value ? (value as { value?: unknown }).value : value;
}
