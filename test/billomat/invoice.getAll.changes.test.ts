// Get Many (Return All / Limit) while other users change the account between two page requests.
// Billomat pages by offset (page, per_page) and states the list's size in `@total`: a record that
// leaves the list after page 1 shifts the rest forward, one that joins it shifts them back. The
// node compares every page's `@total` with the first page's: a change means the pages do not fit
// together, so it reads again from page 1 (at most twice more), and outputs each invoice once.
import type { RunResult } from '../harness/engine';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const getMany = (parameters: Record<string, unknown> = {}) => ({ operation: 'getAll', returnAll: true, ...parameters });
const ids = (result: RunResult) => result.items().map((i) => i.json.id);
const pages = () => api.server.received('GET', '/api/invoices').map((r) => r.query);
const page = (n: number, extra: Record<string, string> = {}) => ({ ...extra, page: String(n), per_page: '1000' });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => from + n);
const hints = (result: RunResult) => (result.run.data.resultData.runData.Subject[0].hints ?? []).map((h) => h.message);

/** Run `change` once, after the page-1 reply of the first list request is built. */
function afterFirstPage(change: () => void): void {
	let done = false;
	api.server.afterListPage = (served) => {
		if (done || served.page !== 1) return;
		done = true;
		change();
	};
}

describe('Billomat › Invoice › Get Many while the list changes', () => {
	test('a page-1 invoice deleted before page 2 is read: read again from page 1, nothing missing', async () => {
		// 1001 invoices: 1–5 and 1000–1995; page 1 holds 1000 of them, page 2 the last one.
		api.server.addInvoices(996);
		afterFirstPage(() => api.server.invoices.delete(2));
		const result = await run(api.url, getMany());
		// Page 2 announced 1000, not 1001: the pages no longer fit, so page 1 again (now the only page).
		expect(ids(result)).toEqual([1, 3, 4, 5, ...range(1000, 1995)]);
		expect(pages()).toEqual([page(1), page(2), page(1)]);
		expect(result.items().some((i) => 'listChangedWhileRead' in i.json)).toBe(false);
		expect(hints(result)).toEqual([]);
	});

	test('an invoice paid between pages under a status filter: read again, the open ones exactly', async () => {
		// 1001 OPEN invoices: 1 and 1000–1999.
		api.server.addInvoices(1000);
		afterFirstPage(() => {
			api.server.invoices.get(1000)!.status = 'PAID';
		});
		const result = await run(api.url, getMany({ filters: { status: ['OPEN'] } }));
		expect(ids(result)).toEqual([1, ...range(1001, 1999)]);
		expect(pages()).toEqual([page(1, { status: 'OPEN' }), page(2, { status: 'OPEN' }), page(1, { status: 'OPEN' })]);
		expect(result.items().every((i) => i.json.status === 'OPEN')).toBe(true);
	});

	test('an invoice created between pages, newest first: no invoice twice, the new one included', async () => {
		api.server.addInvoices(996);
		afterFirstPage(() => api.server.addInvoices(1));
		const result = await run(api.url, getMany({ options: { orderBy: 'id', orderDirection: 'DESC' } }));
		const order = { order_by: 'id DESC' };
		expect(ids(result)).toEqual([...range(1000, 1996).reverse(), 5, 4, 3, 2, 1]);
		expect(pages()).toEqual([page(1, order), page(2, order), page(1, order), page(2, order)]);
		expect(new Set(ids(result)).size).toBe(1002);
	});

	test('an invoice created between pages, oldest first: read again, the new one included', async () => {
		api.server.addInvoices(996);
		afterFirstPage(() => api.server.addInvoices(1));
		const result = await run(api.url, getMany());
		expect(ids(result)).toEqual([1, 2, 3, 4, 5, ...range(1000, 1996)]);
		expect(pages()).toEqual([page(1), page(2), page(1), page(2)]);
	});

	test.each([
		[5, 1],
		[1000, 1],
		[1001, 2],
		[2000, 2],
		[2001, 3],
	])('a list of %i invoices that does not change costs exactly ceil(total / 1000) = %i requests', async (total, requests) => {
		api.server.addInvoices(total - 5);
		const served: number[] = [];
		api.server.afterListPage = (p) => served.push(p.page);
		const result = await run(api.url, getMany());
		expect(pages()).toEqual(range(1, requests).map((n) => page(n)));
		expect(served).toEqual(range(1, requests));
		expect(result.items()).toHaveLength(total);
		expect(new Set(ids(result)).size).toBe(total);
		expect(result.items().some((i) => 'listChangedWhileRead' in i.json)).toBe(false);
	});

	describe('a list that changes during every reading', () => {
		// 1003 invoices: 1–5 and 1000–1997. After every page 1, the lowest invoice is deleted, so
		// page 2 never fits page 1: three readings (the first and two re-reads), then the output
		// says so.
		beforeEach(() => {
			api.server.addInvoices(998);
			api.server.afterListPage = (served) => {
				if (served.page === 1) api.server.invoices.delete(Math.min(...api.server.invoices.keys()));
			};
		});

		test('reads at most three times, outputs every invoice it saw once, each marked listChangedWhileRead', async () => {
			const result = await run(api.url, getMany());
			expect(pages()).toEqual([page(1), page(2), page(1), page(2), page(1), page(2)]);
			// The last reading's order, then what only the earlier readings saw (newest reading first).
			expect(ids(result)).toEqual([3, 4, 5, ...range(1000, 1996), 2, 1997, 1]);
			expect(result.items().every((i) => i.json.listChangedWhileRead === true)).toBe(true);
			expect(hints(result)).toEqual([
				'The list changed while it was read (total 1003 → 1002, 1002 → 1001, 1001 → 1000) and still after 2 re-reads from the first page: every invoice seen is output once, each with "listChangedWhileRead": true. Some may have changed or gone since: run the node again when the account is quiet.',
			]);
		});

		test('Simplify keeps the main fields and the marker', async () => {
			const result = await run(api.url, getMany({ options: { simplify: true } }));
			expect(result.items()).toHaveLength(1003);
			expect(result.items()[0].json).toEqual({
				id: 3,
				client_id: 476,
				invoice_number: 'RE124',
				status: 'PAID',
				date: '2024-02-10',
				due_date: '2024-02-24',
				label: 'Hosting 2024',
				total_net: 240,
				total_gross: 285.6,
				open_amount: 0,
				currency_code: 'EUR',
				listChangedWhileRead: true,
			});
			expect(result.items().every((i) => i.json.listChangedWhileRead === true)).toBe(true);
		});

		test('a Limit is never exceeded: the first invoices of the last reading, marked', async () => {
			const result = await run(api.url, getMany({ returnAll: false, limit: 1002 }));
			expect(ids(result)).toEqual([3, 4, 5, ...range(1000, 1996), 2, 1997]);
			expect(pages()).toEqual([page(1), page(2), page(1), page(2), page(1), page(2)]);
			expect(result.items().every((i) => i.json.listChangedWhileRead === true)).toBe(true);
		});
	});

	test('a Limit read again after a change returns the first invoices of the list as it is now', async () => {
		api.server.addInvoices(1000);
		afterFirstPage(() => api.server.invoices.delete(1));
		const result = await run(api.url, getMany({ returnAll: false, limit: 1001 }));
		expect(ids(result)).toEqual([2, 3, 4, 5, ...range(1000, 1996)]);
		expect(pages()).toEqual([page(1), page(2), page(1), page(2)]);
		expect(result.items().some((i) => 'listChangedWhileRead' in i.json)).toBe(false);
	});
});
