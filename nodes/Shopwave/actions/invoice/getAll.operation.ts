import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, timeoutOf } from '../../../shared/descriptions';
import { authentication, idList, INVOICES, invoicesOf, outputInvoice } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Store IDs',
				name: 'storeIds',
				type: 'string',
				default: '',
				placeholder: '1001, 1002',
				description: 'Only invoices of these stores (comma-separated IDs)',
			},
			{
				displayName: 'Invoice IDs',
				name: 'invoiceIds',
				type: 'string',
				default: '',
				placeholder: '5001, 5002',
				description: 'Only these invoices (comma-separated IDs)',
			},
		],
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

/** GET /invoice, filtered by the `storeIds` / `invoiceId` headers: every match at once (the API has no paging). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { storeIds?: string; invoiceIds?: string };
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const node = this.getNode();
	const headers: Record<string, string> = {};
	const storeIds = idList(node, itemIndex, 'Store IDs', filters.storeIds);
	const invoiceIds = idList(node, itemIndex, 'Invoice IDs', filters.invoiceIds);
	if (storeIds) headers.storeIds = storeIds;
	if (invoiceIds) headers.invoiceId = invoiceIds;

	// Filters travel as request headers; the reply holds every match at once (no paging).
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: '/invoice',
		authentication: authentication(this),
		apiVersion: options.apiVersion,
		headers,
		shape: INVOICES,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	let invoices = invoicesOf(reply);
	if (!returnAll) invoices = invoices.slice(0, this.getNodeParameter('limit', itemIndex) as number);
	const simplify = simplifyOf.call(this, itemIndex);
	return invoices.map((invoice) => ({ json: simplify ? outputInvoice(invoice) : invoice }));
}
