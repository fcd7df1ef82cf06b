import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Authentication } from '../../transport';
import { DEFAULT_API_VERSION } from '../../transport';

/** The "API Version" option every operation offers (`x-accept-version`). */
export const apiVersionOption: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'string',
	default: DEFAULT_API_VERSION,
	description: 'Sent as the x-accept-version header. 2 is the latest version Shopwave documents.',
};

export function authentication(ctx: IExecuteFunctions): Authentication {
	return ctx.getNodeParameter('authentication', 0, 'accessToken') as Authentication;
}
