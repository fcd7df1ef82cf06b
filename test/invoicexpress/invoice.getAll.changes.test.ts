// Get Many (Return All / Limit) while other users change the account between two page requests.
// InvoiceXpress pages by number (page, per_page) and states the list's size in
// `pagination.total_entries` (`total_entries` on the XML root). The API pages do not say in which
// order documents come; accounts were seen listing newest first, where a document created after
// page 1 pushes the last one of page 1 onto page 2. The node compares every page's total with the
// first page's: a change means the pages do not fit together, so it reads again from page 1 (at
// most twice more), and outputs each document once.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import type { RunResult } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, FLAVOURS, ix } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

type Flavour = (typeof FLAVOURS)[number][0];

async function getMany(parameters: Record<string, unknown>, flavour: Flavour = 'current'): Promise<RunResult> {
	return await runWorkflow(ix('getAll', { returnAll: true, ...parameters }), { credentials: credentials(api.url, flavour) });
}

const ids = (result: RunResult) => result.items().map((i) => Number(i.json.id));
/** The pages asked for, in order: [page, per_page]. */
const pages = () => api.server.received('GET', '/invoices').map((r) => [Number(r.query.page), Number(r.query.per_page)]);
const hints = (result: RunResult) => (result.run.data.resultData.runData.Subject[0].hints ?? []).map((h) => h.message);
const marked = (result: RunResult) => result.items().filter((i) => 'listChangedWhileRead' in i.json).length;

/** Run `change` once, after the page-1 reply of the first list request is built. */
function afterFirstPage(change: () => void): void {
	let done = false;
	api.server.afterListPage = (served) => {
		if (done || served.page !== 1) return;
		done = true;
		change();
	};
}

// The demo account lists 7 documents that are not archived: 1001–1007.
describe('InvoiceXpress › Invoice › Get Many while the list changes', () => {
	describe.each(FLAVOURS)('%s flavour, newest first', (flavour) => {
		beforeEach(() => {
			api.server.listOrder = 'newest-first';
		});

		test('a document created between pages: read again from page 1, no document twice, the new one included', async () => {
			afterFirstPage(() => api.server.addDocument());
			const result = await getMany({ options: { perPage: 3 } }, flavour);
			// Page 2 announced 8 documents, not 7: page 1 again, then every page of the 8.
			expect(ids(result)).toEqual([1009, 1007, 1006, 1005, 1004, 1003, 1002, 1001]);
			expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3], [3, 3]]);
			expect(marked(result)).toBe(0);
			expect(hints(result)).toEqual([]);
		});

		test('a page-1 document deleted between pages: read again, nothing missing', async () => {
			afterFirstPage(() => api.server.documents.delete(1006));
			const result = await getMany({ options: { perPage: 3 } }, flavour);
			expect(ids(result)).toEqual([1007, 1005, 1004, 1003, 1002, 1001]);
			expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3]]);
			expect(marked(result)).toBe(0);
		});
	});

	test('oldest first, a document created between pages: read again, the new one once', async () => {
		afterFirstPage(() => api.server.addDocument());
		const result = await getMany({ options: { perPage: 3 } });
		expect(ids(result)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1009]);
		expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3], [3, 3]]);
	});

	test('a document settled between pages under a status filter: read again, the final ones exactly', async () => {
		api.server.listOrder = 'newest-first';
		// Final and not archived: 1002, 1004, 1005, 1006.
		afterFirstPage(() => {
			api.server.documents.get(1006)!.status = 'settled';
		});
		const result = await getMany({ filters: { status: ['final'] }, options: { perPage: 2 } });
		expect(ids(result)).toEqual([1005, 1004, 1002]);
		expect(pages()).toEqual([[1, 2], [2, 2], [1, 2], [2, 2]]);
		expect(api.server.received('GET', '/invoices').every((r) => r.query['status[]'] === 'final')).toBe(true);
	});

	test('a Limit read again after a change: the first documents of the list as it is now, none twice', async () => {
		api.server.listOrder = 'newest-first';
		afterFirstPage(() => api.server.addDocument());
		const result = await getMany({ returnAll: false, limit: 5, options: { perPage: 3 } });
		expect(ids(result)).toEqual([1009, 1007, 1006, 1005, 1004]);
		expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3]]);
	});

	describe.each(FLAVOURS)('%s flavour, a list that does not change', (flavour) => {
		test.each([
			[1, 7],
			[2, 4],
			[3, 3],
			[7, 1],
			[100, 1],
		])('Page Size %i costs exactly ceil(7 / Page Size) = %i requests', async (perPage, requests) => {
			const served: number[] = [];
			api.server.afterListPage = (p) => served.push(p.page);
			const result = await getMany({ options: { perPage } }, flavour);
			const expected = Array.from({ length: requests }, (_, n) => [n + 1, perPage]);
			expect(pages()).toEqual(expected);
			expect(served).toEqual(expected.map(([n]) => n));
			expect(ids(result)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007]);
			expect(marked(result)).toBe(0);
		});
	});

	describe.each(FLAVOURS)('%s flavour, a list that changes during every reading (newest first)', (flavour) => {
		// After every page 1 a document is created, so page 2 never fits page 1: three readings
		// (the first and two re-reads), then the output says so.
		beforeEach(() => {
			api.server.listOrder = 'newest-first';
			api.server.afterListPage = (served) => {
				if (served.page === 1) api.server.addDocument();
			};
		});

		test('reads at most three times, outputs every document it saw once, each marked listChangedWhileRead', async () => {
			const result = await getMany({ options: { perPage: 3 } }, flavour);
			expect(ids(result)).toEqual([1010, 1009, 1007, 1006, 1005, 1004, 1003, 1002, 1001]);
			expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3], [1, 3], [2, 3], [3, 3], [4, 3]]);
			expect(marked(result)).toBe(9);
			expect(result.items().every((i) => i.json.listChangedWhileRead === true)).toBe(true);
			expect(hints(result)).toEqual([
				'The list changed while it was read (total 7 → 8, 8 → 9, 9 → 10) and still after 2 re-reads from the first page: every document seen is output once, each with "listChangedWhileRead": true. Some may have changed or gone since: run the node again when the account is quiet.',
			]);
		});

		test('a Limit is never exceeded, and the items are marked', async () => {
			const result = await getMany({ returnAll: false, limit: 4, options: { perPage: 3 } }, flavour);
			expect(ids(result)).toEqual([1010, 1009, 1007, 1006]);
			expect(pages()).toEqual([[1, 3], [2, 3], [1, 3], [2, 3], [1, 3], [2, 3]]);
			expect(marked(result)).toBe(4);
		});
	});
});
