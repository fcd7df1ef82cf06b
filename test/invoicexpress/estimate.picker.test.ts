import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { addEstimates } from '../../sandbox/invoicexpress/estimates';
import { listSearch } from '../harness/listSearch';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Estimate ID picker (searchEstimates)', () => {
	test('pages through an account of more than 1,000 estimates, 100 a page, to the last one', async () => {
		addEstimates(api.server, 1100, 'Quote');
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await listSearch('invoiceXpress', 'searchEstimates', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			pages++;
		} while (token);
		expect(pages).toBe(12);
		expect(seen).toHaveLength(1104);
		expect(new Set(seen).size).toBe(1104);
		const requests = api.server.received();
		expect(requests.every((r) => r.path === '/estimates.json' && r.query.per_page === '100' && r.query.api_key === KEY)).toBe(true);
		expect(requests.map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
	});

	test('each estimate by its type, number, client and date; the search text goes to the list’s text filter', async () => {
		const page = await listSearch('invoiceXpress', 'searchEstimates', credentials(api.url), { filter: 'Café' });
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, page: '1', per_page: '100', text: 'Café' });
		expect(page.results).toEqual([
			{ name: 'Quote · draft · Café Lisboa, Lda · 10/04/2024 (50001)', value: '50001' },
			{ name: 'Proforma · 1/PF · Café Lisboa, Lda · 12/04/2024 (50002)', value: '50002' },
		]);
		expect(page.paginationToken).toBeUndefined();
	});
});
