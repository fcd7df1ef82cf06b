// The Unit ID and Tax ID pickers ("From List"), as n8n's editor calls them (the Unit ID / Tax ID
// of Unit, Tax and the Article fields): Billomat's lists, page by page as the user scrolls.
import { addTaxes } from '../../sandbox/billomat/taxes';
import { addUnits } from '../../sandbox/billomat/units';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

async function scroll(method: string): Promise<{ seen: string[]; calls: number }> {
	const seen: string[] = [];
	let token: string | undefined;
	let calls = 0;
	do {
		const page = await listSearch('billomat', method, credentials(api.url), { paginationToken: token });
		seen.push(...page.results.map((r) => r.value as string));
		token = page.paginationToken as string | undefined;
		calls += 1;
	} while (token !== undefined && calls < 50);
	return { seen, calls };
}

describe('Billomat › Unit ID picker (searchUnits)', () => {
	test('lists the units by name, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchUnits', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'hour (1)', value: '1' },
			{ name: 'piece (2)', value: '2' },
			{ name: 'year (3)', value: '3' },
			{ name: 'day (4)', value: '4' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/units', { page: '1', per_page: '100' }]]);
	});

	test('the search box text is Billomat’s name filter', async () => {
		const page = await listSearch('billomat', 'searchUnits', credentials(api.url), { filter: 'PIE' });
		expect(page.results).toEqual([{ name: 'piece (2)', value: '2' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', name: 'PIE' });
	});

	test('pages through more than 1,000 units to the last one', async () => {
		const added = addUnits(api.server, 1200);
		const { seen, calls } = await scroll('searchUnits');
		expect(calls).toBe(13);
		expect(seen).toHaveLength(1204);
		expect(new Set(seen).size).toBe(1204);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
	});
});

describe('Billomat › Tax ID picker (searchTaxes)', () => {
	test('lists the rates by name and percent, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchTaxes', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'VAT · 19 % (1)', value: '1' },
			{ name: 'VAT reduced · 7 % (2)', value: '2' },
			{ name: 'Tax-free · 0 % (3)', value: '3' },
		]);
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/taxes', { page: '1', per_page: '100' }]]);
	});

	test('pages through more than 1,000 rates to the last one', async () => {
		const added = addTaxes(api.server, 1100);
		const { seen, calls } = await scroll('searchTaxes');
		expect(calls).toBe(12);
		expect(seen).toHaveLength(1103);
		expect(new Set(seen).size).toBe(1103);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, n) => String(n + 1)));
	});
});
