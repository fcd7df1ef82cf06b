import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection as sharedOptionsCollection, simplifySwitch } from '../../../shared/descriptions';
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

/** The Options collection of an operation: API Version, its own options and Timeout. */
export function optionsCollection(extra: INodeProperties[] = []): INodeProperties {
	return sharedOptionsCollection([apiVersionOption, ...extra]);
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
