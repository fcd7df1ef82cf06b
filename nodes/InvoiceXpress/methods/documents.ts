import type { IDataObject } from 'n8n-workflow';

import { joinedName, pickerSearch } from './picker';

/** A document as a picker lists it: `Invoice 1/A · Café Lisboa, Lda · 05/01/2024` (a draft: `Invoice draft · …`). */
export function documentName(record: IDataObject): string {
	const client = record.client && typeof record.client === 'object' ? (record.client as IDataObject).name : undefined;
	return joinedName(record.type, record.sequence_number, client, record.date);
}

/**
 * A picker over a family's document list (`/invoices`, `/estimates`, `/guides`): archived documents
 * too (`archived` and `non_archived`, the list's documented filters), the search text to the list's
 * documented `text` filter; `types` (class names, `type[]`) narrows it to some types. Estimates and
 * guides reuse it: `documentPicker('/estimates', 'estimates')`.
 */
export function documentPicker(path: string, key: string, types?: string[]) {
	return pickerSearch({
		path,
		key,
		noun: 'document',
		searchFilter: 'text',
		name: documentName,
		qs: { non_archived: true, archived: true, ...(types?.length ? { type: types } : {}) },
	});
}

/** The invoice documents' picker: every type of GET /invoices.json (invoices, receipts, notes…). */
export const searchInvoices = documentPicker('/invoices', 'invoices');

/** The receipts alone (Cancel Payment's receipt): GET /invoices.json with `type[]=Receipt`. */
export const searchReceipts = documentPicker('/invoices', 'invoices', ['Receipt']);

/** The document pickers of this module, spread into the node's `methods.listSearch`. */
export const documentListSearch = { searchInvoices, searchReceipts };
