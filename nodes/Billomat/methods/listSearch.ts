import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { listShape, readList } from '../helpers';
import { apiRequest } from '../transport';

/** How many records one page of a picker shows; the next page comes as the user scrolls. */
export const PICKER_PAGE_SIZE = 100;

/** What a picker lists: a Billomat list endpoint, how a record is named, and its search filter. */
export interface PickerList {
	/** The list's path and its reply's keys: `/clients` → `{"clients": {"client": […]}}`. */
	path: string;
	root: string;
	element: string;
	/** The list filter the search box text goes to (Billomat filters match parts of words). */
	searchFilter?: string;
	/** The name a record is listed under. */
	name(record: IDataObject): string;
}

/** Pickers name records with the shared `joinedName`. */
export { joinedName } from '../../shared/descriptions';

/**
 * A `listSearch` method over a Billomat list: one page per call (`paginationToken` is the next
 * page), the search box text as the list's filter, each record by its name and ID. Pages on to the
 * end of the account, page by page, as the user scrolls.
 */
export function pickerSearch(list: PickerList) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = Math.max(1, Number(paginationToken) || 1);
		const qs: IDataObject = { page, per_page: PICKER_PAGE_SIZE };
		const search = (filter ?? '').trim();
		if (search && list.searchFilter) qs[list.searchFilter] = search;
		const body = await apiRequest.call(this, { method: 'GET', path: list.path, qs, shape: listShape(list.root, list.element) });
		const { records } = readList(body, list.root, list.element);
		const results: INodeListSearchItems[] = records.map((record) => ({
			name: `${list.name(record) || 'Unnamed'} (${String(record.id)})`,
			value: String(record.id),
		}));
		// A full page means more may follow, unless the stated total says this page was the last.
		const stated = Number(((body as IDataObject)[list.root] as IDataObject | undefined)?.['@total']);
		const more = records.length === PICKER_PAGE_SIZE && !(Number.isFinite(stated) && page * PICKER_PAGE_SIZE >= stated);
		return { results, paginationToken: more ? String(page + 1) : undefined };
	};
}
