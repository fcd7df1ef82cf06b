// The catalogue pickers ("From List") as n8n's editor calls them: items, taxes (by ID and by name)
// and sequences of the account, through the whole list as the user scrolls.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { catalogueReadings } from '../../sandbox/invoicexpress/catalogue';
import { itemsOf } from '../../sandbox/invoicexpress/items';
import { sequencesOf } from '../../sandbox/invoicexpress/sequences';
import { taxesOf } from '../../sandbox/invoicexpress/taxes';
import { listSearch } from '../harness/listSearch';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const search = async (method: string, options: { filter?: string; paginationToken?: string } = {}) =>
	await listSearch('invoiceXpress', method, credentials(api.url), options);

/** Every value a picker offers, scrolling to the end; and how many calls that took. */
async function scrollAll(method: string, filter?: string): Promise<{ values: string[]; calls: number }> {
	const values: string[] = [];
	let token: string | undefined;
	let calls = 0;
	do {
		const page = await search(method, { filter, paginationToken: token });
		values.push(...page.results.map((r) => String(r.value)));
		token = page.paginationToken as string | undefined;
		calls += 1;
	} while (token !== undefined && calls < 50);
	return { values, calls };
}

describe('InvoiceXpress › Item ID picker (searchItems)', () => {
	test('lists the items by name and description, with their IDs', async () => {
		const page = await search('searchItems');
		expect(page.results.slice(0, 2)).toEqual([
			{ name: 'Product 1 · Product 1 description (2201)', value: '2201' },
			{ name: 'Espresso beans · Espresso beans description (2202)', value: '2202' },
		]);
		expect(page.results).toHaveLength(8);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/items.json', { api_key: KEY, page: '1', per_page: '100' }]]);
	});

	test('pages through more than 1,000 items to the last one, as the user scrolls', async () => {
		const added = itemsOf(api.server).add(1200);
		const { values, calls } = await scrollAll('searchItems');
		expect(calls).toBe(13);
		expect(values).toHaveLength(1208);
		expect(new Set(values).size).toBe(1208);
		expect(values.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 13 }, (_, n) => String(n + 1)));
	});

	test('the search text is matched against the names of each page (the list has no search filter)', async () => {
		itemsOf(api.server).add(150);
		const page = await search('searchItems', { filter: ' COFFEE ' });
		expect(page.results).toEqual([{ name: 'Coffee · Coffee description (2206)', value: '2206' }]);
		expect(page.paginationToken).toBe('2');
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, page: '1', per_page: '100' });
	});
});

describe('InvoiceXpress › Tax pickers (searchTaxes, searchTaxNames)', () => {
	test('searchTaxes lists the taxes by name and rate, valued by ID', async () => {
		const page = await search('searchTaxes');
		expect(page.results).toEqual([
			{ name: 'IVA23 · 23% (1)', value: '1' },
			{ name: 'IVA13 · 13% (2)', value: '2' },
			{ name: 'IVA6 · 6% (3)', value: '3' },
			{ name: 'IVA0 · 0% (4)', value: '4' },
			{ name: 'IVA20 · 20% (5)', value: '5' },
		]);
		expect(page.paginationToken).toBeUndefined();
	});

	test('searchTaxNames gives the name, which items and document lines send', async () => {
		const page = await search('searchTaxNames', { filter: 'iva1' });
		expect(page.results).toEqual([{ name: 'IVA13 · 13% (2)', value: 'IVA13' }]);
	});

	test('more than 1,000 taxes in the one reply the list gives: every one is offered', async () => {
		taxesOf(api.server).add(1100);
		const { values, calls } = await scrollAll('searchTaxes');
		expect(calls).toBe(1);
		expect(new Set(values).size).toBe(1105);
	});

	test('more than 1,000 taxes answered in pages (the other reading): scrolled to the last one', async () => {
		catalogueReadings(api.server).listPaging = 'paged';
		const added = taxesOf(api.server).add(1100);
		const { values, calls } = await scrollAll('searchTaxes');
		expect(calls).toBe(12);
		expect(new Set(values).size).toBe(1105);
		expect(values.at(-1)).toBe(String(added.at(-1)));
	});
});

describe('InvoiceXpress › Sequence ID picker (searchSequences)', () => {
	test('lists the sequences by serie, the default one marked', async () => {
		const page = await search('searchSequences');
		expect(page.results).toEqual([
			{ name: 'A · default (701)', value: '701' },
			{ name: 'B (702)', value: '702' },
			{ name: '2009 (703)', value: '703' },
		]);
	});

	test('pages through more than 1,000 sequences when the list is paged', async () => {
		catalogueReadings(api.server).listPaging = 'paged';
		sequencesOf(api.server).add(1050);
		const { values, calls } = await scrollAll('searchSequences');
		expect(calls).toBe(11);
		expect(new Set(values).size).toBe(1053);
	});

	test('a wrong key is InvoiceXpress’s 401, as the editor shows it', async () => {
		await expect(listSearch('invoiceXpress', 'searchSequences', credentials(api.url, 'current', { apiKey: 'wrong' }))).rejects.toThrow(/401/);
	});
});
