import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { addEstimates } from '../../sandbox/invoicexpress/estimates';
import { addGuides } from '../../sandbox/invoicexpress/guides';
import { listSearch } from '../harness/listSearch';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const FAMILIES = [
	{
		method: 'searchEstimates',
		list: '/estimates.json',
		// 1,100 quotes added and the four demo estimates.
		add: (server: InvoiceXpressSandbox) => addEstimates(server, 1100, 'Quote'),
		total: 1104,
		cafe: [
			{ name: 'Quote · draft · Café Lisboa, Lda · 10/04/2024 (50001)', value: '50001' },
			{ name: 'Proforma · 1/PF · Café Lisboa, Lda · 12/04/2024 (50002)', value: '50002' },
		],
	},
	{
		method: 'searchGuides',
		list: '/guides.json',
		// 1,050 transport guides added and the three demo guides (the archived one too).
		add: (server: InvoiceXpressSandbox) => addGuides(server, 1050, 'Transport'),
		total: 1053,
		cafe: [
			{ name: 'Shipping · draft · Café Lisboa, Lda · 02/05/2024 (60001)', value: '60001' },
			{ name: 'Transport · 1/GT · Café Lisboa, Lda · 06/05/2024 (60002)', value: '60002' },
		],
	},
];

describe.each(FAMILIES)('InvoiceXpress › $method (Estimate ID / Guide ID picker)', ({ method, list, add, total, cafe }) => {
	test('pages through an account of more than 1,000 documents, 100 a page, to the last one', async () => {
		add(api.server);
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('invoiceXpress', method, credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		const pages = Math.ceil(total / 100);
		expect(seen).toHaveLength(total);
		expect(new Set(seen).size).toBe(total);
		const requests = api.server.received();
		expect(requests.every((r) => r.path === list && r.query.per_page === '100' && r.query.api_key === KEY)).toBe(true);
		expect(requests.map((r) => r.query.page)).toEqual(Array.from({ length: pages }, (_, i) => String(i + 1)));
	});

	test('each document by its type, number, client and date, archived ones too; the search text goes to the list’s text filter', async () => {
		const page = await listSearch('invoiceXpress', method, credentials(api.url), { filter: 'Café' });
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, page: '1', per_page: '100', text: 'Café', archived: 'true', non_archived: 'true' });
		expect(page.results).toEqual(cafe);
		expect(page.paginationToken).toBeUndefined();
	});
});
