// The Supplier ID picker ("From List"), as n8n's editor calls it: Billomat's supplier list, page by
// page as the user scrolls, searched by name.
import { addSuppliers } from '../../sandbox/billomat/suppliers';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Supplier ID picker (searchSuppliers)', () => {
	test('lists the suppliers by name, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchSuppliers', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'Pixelwerk Design GmbH (1)', value: '1' },
			{ name: 'Rheinhost & 3D-Druck GmbH (2)', value: '2' },
			{ name: 'Bürobedarf Schneider KG (3)', value: '3' },
			{ name: 'Steuerkanzlei Hoffmann & Partner (4)', value: '4' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/suppliers', { page: '1', per_page: '100' }]]);
	});

	test('the search box text is Billomat’s name filter', async () => {
		const page = await listSearch('billomat', 'searchSuppliers', credentials(api.url), { filter: ' gmbh ' });
		expect(page.results.map((r) => r.value)).toEqual(['1', '2']);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', name: 'gmbh' });
	});

	test('pages through more than 1,000 suppliers to the last one, as the user scrolls', async () => {
		const added = addSuppliers(api.server, 1100);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchSuppliers', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(12);
		expect(seen).toHaveLength(1104);
		expect(new Set(seen).size).toBe(1104);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, n) => String(n + 1)));
	});
});
