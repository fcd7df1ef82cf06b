// The Invoice picker of the payment and item operations (searchInvoices) and the Payment picker
// (searchInvoicePayments), called as n8n's editor calls them: one page per call, the next page
// when the user scrolls, through the whole account.
import { addPayments } from '../../sandbox/billomat/payments';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice picker (searchInvoices)', () => {
	test('pages through more than 1,000 invoices, 100 a page, to the last one', async () => {
		const bulk = api.server.addInvoices(1150);
		const seen: string[] = [];
		const tokens: Array<string | undefined> = [];
		let token: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchInvoices', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			tokens.push(token);
		} while (token);

		expect(seen).toHaveLength(1155);
		expect(new Set(seen).size).toBe(1155);
		expect(seen.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(tokens).toEqual([...Array.from({ length: 11 }, (_, n) => String(n + 2)), undefined]);
		const requests = api.server.received();
		expect(requests).toHaveLength(12);
		expect(requests.every((r) => r.method === 'GET' && r.path === '/api/invoices')).toBe(true);
		expect(requests.map((r) => r.query)).toEqual(Array.from({ length: 12 }, (_, n) => ({ page: String(n + 1), per_page: '100' })));
	});

	test('names each invoice by its number and label, a draft by its label; the search text filters by invoice number', async () => {
		const first = await listSearch('billomat', 'searchInvoices', credentials(api.url));
		expect(first.results).toEqual([
			{ name: 'RE123 · project 123 (1)', value: '1' },
			{ name: 'Website relaunch (2)', value: '2' },
			{ name: 'RE124 · Hosting 2024 (3)', value: '3' },
			{ name: 'RE125 · Support January (4)', value: '4' },
			{ name: 'RE126 · Duplicate (5)', value: '5' },
		]);
		expect(first.paginationToken).toBeUndefined();

		const search = await listSearch('billomat', 'searchInvoices', credentials(api.url), { filter: ' re125 ' });
		expect(api.server.received().at(-1)?.query).toEqual({ page: '1', per_page: '100', invoice_number: 're125' });
		expect(search.results).toEqual([{ name: 'RE125 · Support January (4)', value: '4' }]);
	});
});

describe('Billomat › Payment picker (searchInvoicePayments)', () => {
	test('names each payment by date, amount, type and invoice, and pages on', async () => {
		addPayments(api.server, 150);
		const first = await listSearch('billomat', 'searchInvoicePayments', credentials(api.url));
		expect(api.server.received()[0]).toMatchObject({ method: 'GET', path: '/api/invoice-payments', query: { page: '1', per_page: '100' } });
		expect(first.results[0]).toEqual({ name: '2024-02-20 · 285.6 · BANK_TRANSFER · invoice 3 (1)', value: '1' });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		const second = await listSearch('billomat', 'searchInvoicePayments', credentials(api.url), { paginationToken: '2' });
		expect(second.results).toHaveLength(51);
		expect(second.results.at(-1)).toEqual({ name: '2025-05-02 · 1 · CASH · invoice 3 (151)', value: '151' });
		expect(second.paginationToken).toBeUndefined();
	});
});
