import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { numberInput } from '../../../shared/input';
import { apiRequestAllItems } from '../../transport';
import { pageSizeOption, simplifyField } from './common.descriptions';
import { outputClient, requestOf } from './helpers';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField, optionsCollection([pageSizeOption])];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['getAll'] } }, properties);

/** Limit, unless Return All is on: a whole number of at least 1. */
export function limitOf(this: IExecuteFunctions, itemIndex: number): number | undefined {
	if (this.getNodeParameter('returnAll', itemIndex)) return undefined;
	return numberInput(this.getNode(), itemIndex, 'Limit', this.getNodeParameter('limit', itemIndex), { min: 1, integer: true }) ?? 50;
}

/** The page size: the option (1 to 100), else the limit (up to 30), else 30. */
export function perPageOf(this: IExecuteFunctions, itemIndex: number, limit: number | undefined): number {
	const options = this.getNodeParameter('options', itemIndex, {}) as { perPage?: unknown };
	const perPage = numberInput(this.getNode(), itemIndex, 'Page Size', options.perPage, { min: 1, max: 100, integer: true });
	return perPage ?? (limit !== undefined ? Math.min(limit, 30) : 30);
}

/**
 * GET /clients.json, page after page as `pagination` says (the list documents page and per_page
 * only, no filters): Return All reads to the last page, else up to Limit clients.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = limitOf.call(this, itemIndex);
	const clients = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/clients', qs: { per_page: perPageOf.call(this, itemIndex, limit) }, ...requestOf.call(this, itemIndex) },
		limit,
		{ key: 'clients', noun: 'client' },
	);
	return clients.map((client) => ({ json: outputClient.call(this, itemIndex, client) }));
}
