import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ListRequest } from '../records';
import { isDeleted, listRecords, productName, storeName } from '../records';
import type { Authentication } from '../transport';

/** How many records one page of a picker shows; the next page comes as the user scrolls. */
export const PICKER_PAGE_SIZE = 100;

/**
 * A picker over a Shopwave list. The API does not page (guide/pagination.html: "List endpoints
 * return full result sets"), so each call reads the list once and gives the page the
 * `paginationToken` (an offset) asks for, of the records whose name (or ID) contains the search
 * text, case ignored. Deleted records are left out.
 */
function picker(path: ListRequest['path'], key: ListRequest['key'], name: (record: IDataObject) => string) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const authentication = this.getNodeParameter('authentication', 'accessToken') as Authentication;
		const records = await listRecords.call(this, { authentication, path, key });
		const wanted = (filter ?? '').trim().toLowerCase();
		const matches = records
			.filter((record) => !isDeleted(record))
			.filter((record) => !wanted || name(record).toLowerCase().includes(wanted) || String(record.id) === wanted);
		const offset = Math.max(0, Number(paginationToken) || 0);
		const page = matches.slice(offset, offset + PICKER_PAGE_SIZE);
		const next = offset + PICKER_PAGE_SIZE;
		return {
			results: page.map((record) => ({ name: `${name(record)} (${String(record.id)})`, value: String(record.id) })),
			paginationToken: next < matches.length ? String(next) : undefined,
		};
	};
}

export const listSearch = {
	/** GET /store: the merchant's stores, by address (the page documents no store name). */
	searchStores: picker('/store', 'stores', storeName),
	/** GET /supplier/store: supplier stores, by address. */
	searchSupplierStores: picker('/supplier/store', 'supplierStores', storeName),
	/** GET /product: products, by name and barcode (search matches either). */
	searchProducts: picker('/product', 'products', productName),
};
