import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Client ID picker (searchClients)', () => {
	test('lists clients by client number and name, 100 a page, searching by name', async () => {
		const page = await listSearch('billomat', 'searchClients', credentials(api.url), { filter: 'gmbh' });
		expect(page).toEqual({ results: [{ name: 'KD123 · Musterfirma GmbH (476)', value: '476' }], paginationToken: undefined });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/clients', { name: 'gmbh', page: '1', per_page: '100' }],
		]);
	});

	test('pages through more than 1,000 clients to the last one, as the user scrolls', async () => {
		api.server.clients.addMany(1150);
		const total = api.server.clients.size;
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await listSearch('billomat', 'searchClients', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken;
			pages++;
		} while (token !== undefined);
		expect(total).toBe(1154);
		expect(pages).toBe(12);
		expect(seen).toHaveLength(total);
		expect(new Set(seen).size).toBe(total);
		expect(seen.slice(0, 2)).toEqual(['476', '477']);
		expect(seen[seen.length - 1]).toBe(String(Math.max(...api.server.clients.keys())));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, n) => String(n + 1)));
	});

	test('the Client ID fields of the client operations use this picker', async () => {
		const { registry, PACKAGE_NAME } = await import('../harness/registry');
		const type = registry().getByNameAndVersion(`${PACKAGE_NAME}.billomat`, 1.1);
		const locators = type.description.properties.filter((p) => p.name === 'clientId' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes('client'));
		expect(locators.map((p) => p.displayOptions?.show?.operation)).toEqual([['delete'], ['get'], ['update']]);
		for (const p of locators) {
			expect(p.type).toBe('resourceLocator');
			expect(p.modes?.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
				['list', 'searchClients'],
				['id', undefined],
			]);
		}
	});
});
