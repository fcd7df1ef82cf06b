import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { pickerSearch } from '../../methods/listSearch';
import { invoiceLocator } from '../invoicePayment/common.descriptions';

/**
 * Fields the invoice tag operations share. Billomat's tags page of the invoice API
 * (https://www.billomat.com/api/rechnungen/schlagworte/) was not readable from here: the
 * endpoints and fields (GET /invoice-tags?invoice_id=…, GET /invoice-tags as the tag cloud,
 * GET/DELETE /invoice-tags/{id}, POST /invoice-tags with invoice_id and name) follow a published
 * description of that page and the pattern of the invoice comments page. See the report of issue 16.
 */

/** Create and Get Many: the invoice whose tags these are. */
export const tagInvoiceField: INodeProperties = invoiceLocator('The invoice the tags belong to: pick it from the list (search by invoice number) or give its numeric ID');

/** Get and Delete: the invoice whose tags "From List" of Tag lists (not sent). */
export const listInvoiceField: INodeProperties = {
	...invoiceLocator('Only to pick the tag from a list: the invoice whose tags the Tag list shows. Not needed with a tag ID.'),
	displayName: 'Invoice of the Tag',
	required: false,
};

export const tagIdField: INodeProperties = recordLocator({
	displayName: 'Tag',
	name: 'tagId',
	searchListMethod: 'searchInvoiceTags',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat invoice tag ID is a whole number, e.g. 4',
	placeholder: 'e.g. 4',
	description: 'The tag on the invoice: pick it from the tags of the invoice above, or give its numeric ID',
});

export function tagIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'tagId', itemIndex), 'Tag');
}

/** A tag as output: its ID and invoice ID as numbers. */
export function tagOutput(tag: IDataObject): IDataObject {
	const out: IDataObject = { ...tag };
	for (const key of ['id', 'invoice_id', 'count']) {
		const v = out[key];
		if (typeof v === 'string' && /^\d+$/.test(v)) out[key] = Number(v);
	}
	return out;
}

/** The Tag picker: the tags of the invoice chosen in the node, page by page; the search box narrows the names. */
export async function searchInvoiceTags(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const raw = this.getNodeParameter('invoiceId', '') as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const invoiceId = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	if (!/^[1-9][0-9]*$/.test(invoiceId)) {
		throw new NodeOperationError(this.getNode(), 'Choose the invoice first', {
			description: 'Billomat lists tags per invoice: pick the invoice in "Invoice of the Tag" (or give its ID), then the tag.',
		});
	}
	const search = pickerSearch({
		path: `/invoice-tags?invoice_id=${invoiceId}`,
		root: 'invoice-tags',
		element: 'invoice-tag',
		name: (r) => String(r.name ?? ''),
	});
	const page = await search.call(this, filter, paginationToken);
	const text = (filter ?? '').trim().toLowerCase();
	return text ? { ...page, results: page.results.filter((result) => result.name.toLowerCase().includes(text)) } : page;
}
