import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { apiRequestAllItems } from '../../transport';
import { pageSizeOption, simplifyField } from './common.descriptions';
import { outputClient, requestOf } from './helpers';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField, optionsCollection([pageSizeOption])];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['getAll'] } }, properties);

/** The page size: the option, else the limit (up to 30), else 30; InvoiceXpress takes at most 100. */
export function perPageOf(this: IExecuteFunctions, itemIndex: number, limit: number | undefined): number {
	const options = this.getNodeParameter('options', itemIndex, {}) as { perPage?: number };
	return Math.min(100, Math.max(1, options.perPage ?? (limit !== undefined ? Math.min(limit, 30) : 30)));
}

/**
 * GET /clients.json, page after page as `pagination` says (the list documents page and per_page
 * only, no filters): Return All reads to the last page, else up to Limit clients.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = this.getNodeParameter('returnAll', itemIndex) ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const clients = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/clients', qs: { per_page: perPageOf.call(this, itemIndex, limit) }, ...requestOf.call(this, itemIndex) },
		limit,
		{ key: 'clients', noun: 'client' },
	);
	return clients.map((client) => ({ json: outputClient.call(this, itemIndex, client) }));
}
