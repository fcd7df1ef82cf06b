import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection as sharedOptionsCollection } from '../../../shared/descriptions';
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
