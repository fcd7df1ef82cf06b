// Shared by the tests of the letter, reminder, recurring and incoming children: how a table row
// names a child resource and its parent, and paging a picker to its end.
import type { INodeParameters } from 'n8n-workflow';

import { listSearch } from '../harness/listSearch';
import { credentials } from './setup';

/** A child resource of one family, as the table-driven tests describe it. */
export interface ChildCase {
	label: string;
	resource: string;
	family: string;
	/** The children's API path and record root: `/api/letter-tags`, `letter-tag`. */
	path: string;
	root: string;
	/** The field naming the parent, and the node's parent picker parameter. */
	field: string;
	locator: string;
	parentId: number;
}

/** Every value a picker lists, following its pagination token to the end. */
export async function pickAll(url: string, method: string, parameters?: INodeParameters): Promise<string[]> {
	const seen: string[] = [];
	let token: string | undefined;
	do {
		const page = await listSearch('billomat', method, credentials(url), { paginationToken: token, ...(parameters ? { parameters } : {}) });
		seen.push(...page.results.map((r) => String(r.value)));
		token = page.paginationToken as string | undefined;
	} while (token);
	return seen;
}
