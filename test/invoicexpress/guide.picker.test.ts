import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { addGuides } from '../../sandbox/invoicexpress/guides';
import { listSearch } from '../harness/listSearch';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Guide ID picker (searchGuides)', () => {
	test('pages through an account of more than 1,000 guides, 100 a page, to the last one', async () => {
		addGuides(api.server, 1050, 'Transport');
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await listSearch('invoiceXpress', 'searchGuides', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			pages++;
		} while (token);
		// 1,050 added and the two demo guides that are not archived.
		expect(pages).toBe(11);
		expect(seen).toHaveLength(1052);
		expect(new Set(seen).size).toBe(1052);
		const requests = api.server.received();
		expect(requests.every((r) => r.path === '/guides.json' && r.query.per_page === '100' && r.query.api_key === KEY)).toBe(true);
		expect(requests.map((r) => r.query.page)).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1)));
	});

	test('each guide by its type, number, client and date; the search text goes to the list’s text filter', async () => {
		const page = await listSearch('invoiceXpress', 'searchGuides', credentials(api.url), { filter: 'Café' });
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, page: '1', per_page: '100', text: 'Café' });
		expect(page.results).toEqual([
			{ name: 'Shipping · draft · Café Lisboa, Lda · 02/05/2024 (60001)', value: '60001' },
			{ name: 'Transport · 1/GT · Café Lisboa, Lda · 06/05/2024 (60002)', value: '60002' },
		]);
	});
});
