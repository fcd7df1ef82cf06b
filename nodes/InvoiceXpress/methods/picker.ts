import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import type { ListOf } from '../transport';
import { apiRequest, pageOf, pageShape } from '../transport';

/** How many records one page of a picker asks for; the next page comes as the user scrolls. */
export const PICKER_PAGE_SIZE = 100;

/** What a picker lists: an InvoiceXpress list endpoint, how a record is named, how search works. */
export interface PickerList extends ListOf {
	/** The list's path without `.json`, e.g. `/clients`. */
	path: string;
	/** Fixed query parameters of every page (e.g. a document type filter). */
	qs?: IDataObject;
	/**
	 * The list's own filter the search box text goes to (e.g. `text` for documents). Without one,
	 * the search text is matched here against `name(record)`, case ignored, page by page.
	 */
	searchFilter?: string;
	/** The name a record is listed under. */
	name(record: IDataObject): string;
	/** The value the locator keeps (default: the record's `id`). */
	value?(record: IDataObject): string;
}

/** Pickers name records with the shared `joinedName`. */
export { joinedName } from '../../shared/descriptions';

/**
 * A `listSearch` method over an InvoiceXpress list: one page per call (`paginationToken` is the
 * next page), each record by its name and ID, on to the account's last page as the user scrolls
 * (`pagination.total_pages` says where it ends). Search text goes to the list's filter, or, for
 * lists without one, is matched against the names of each page.
 */
export function pickerSearch(list: PickerList) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = Math.max(1, Number(paginationToken) || 1);
		const qs: IDataObject = { ...list.qs, page, per_page: PICKER_PAGE_SIZE };
		const search = (filter ?? '').trim();
		if (search && list.searchFilter) qs[list.searchFilter] = search;
		const body = await apiRequest.call(this, { method: 'GET', path: list.path, qs, shape: pageShape(list.key, `${list.noun}s`) });
		const { records, currentPage, totalPages } = pageOf(body as IDataObject, list.key);
		const wanted = search && !list.searchFilter ? search.toLowerCase() : '';
		const results: INodeListSearchItems[] = records
			.filter((record) => !wanted || list.name(record).toLowerCase().includes(wanted))
			.map((record) => ({
				name: `${list.name(record) || 'Unnamed'} (${String(record.id)})`,
				value: list.value ? list.value(record) : String(record.id),
			}));
		const more = records.length > 0 && currentPage < totalPages;
		return { results, paginationToken: more ? String(currentPage + 1) : undefined };
	};
}
