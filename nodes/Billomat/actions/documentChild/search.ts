import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pickerSearch } from '../../methods/listSearch';
import { chosenParentId } from './fields';
import type { ChildParent } from './parent';
import { childPath, childRoot } from './parent';

/**
 * A picker over the children of the document chosen in the node (`GET
 * /{stem}-{kind}s?{parentField}=…`: Billomat lists comments and tags per document only), page by
 * page; the search box narrows the names listed (the lists have no text filter).
 */
export function perParentSearch(parent: ChildParent, kind: string, name: (record: IDataObject) => string) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const parentId = chosenParentId.call(this, parent, kind);
		const search = pickerSearch({ path: `${childPath(parent, kind)}?${parent.parentField}=${parentId}`, root: `${childRoot(parent, kind)}s`, element: childRoot(parent, kind), name });
		const page = await search.call(this, filter, paginationToken);
		const text = (filter ?? '').trim().toLowerCase();
		return text ? { ...page, results: page.results.filter((result) => result.name.toLowerCase().includes(text)) } : page;
	};
}
