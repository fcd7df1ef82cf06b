import { addClients } from '../../sandbox/invoicexpress/clients';
import { listSearch } from '../harness/listSearch';
import { registry, PACKAGE_NAME } from '../harness/registry';
import { credentials, ixClientSandbox, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client ID picker (searchClients)', () => {
	test('lists clients by code and name with their ID, 100 a page', async () => {
		const page = await listSearch('invoiceXpress', 'searchClients', credentials(api.url));
		expect(page).toEqual({
			results: [
				{ name: 'BN01 · Bruce Norris (501)', value: '501' },
				{ name: 'CL02 · Café Lisboa, Lda (502)', value: '502' },
			],
			paginationToken: undefined,
		});
		expect(requests(api.server.received())).toEqual([['GET', '/clients.json', { page: '1', per_page: '100' }]]);
	});

	test('pages through more than 1,000 clients to the last one, as the user scrolls', async () => {
		addClients(api.server, 1150);
		const total = api.server.clients.length;
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await listSearch('invoiceXpress', 'searchClients', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken;
			pages++;
		} while (token !== undefined);
		expect(total).toBe(1152);
		expect(pages).toBe(12);
		expect(seen).toHaveLength(total);
		expect(new Set(seen).size).toBe(total);
		expect(seen.slice(0, 2)).toEqual(['501', '502']);
		expect(seen[seen.length - 1]).toBe('1652');
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, n) => String(n + 1)));
	});

	test('search text (the list has no search filter) is matched against each page’s codes and names, paging on', async () => {
		addClients(api.server, 250, { name: 'Loja' });
		api.server.clients.push({ id: 9001, name: 'Padaria do Bairro', code: 'PB' });
		const first = await listSearch('invoiceXpress', 'searchClients', credentials(api.url), { filter: 'PADARIA' });
		expect(first).toEqual({ results: [], paginationToken: '2' });
		const third = await listSearch('invoiceXpress', 'searchClients', credentials(api.url), { filter: 'padaria', paginationToken: '3' });
		expect(third).toEqual({ results: [{ name: 'PB · Padaria do Bairro (9001)', value: '9001' }], paginationToken: undefined });
		expect(api.server.received().map((r) => r.query)).not.toContainEqual(expect.objectContaining({ filter: expect.anything() }));
	});

	test('every Client ID of the client and treasury operations is this picker', () => {
		const type = registry().getByNameAndVersion(`${PACKAGE_NAME}.invoiceXpress`, 1);
		const locators = type.description.properties.filter((p) => p.name === 'clientId');
		expect(locators.map((p) => [p.displayOptions?.show?.resource, p.displayOptions?.show?.operation])).toEqual([
			[['client'], ['get']],
			[['client'], ['listInvoices']],
			[['client'], ['update']],
			[['treasury'], ['createMovement']],
			[['treasury'], ['getClientBalance']],
			[['treasury'], ['updateInitialBalance']],
		]);
		for (const p of locators) {
			expect(p.type).toBe('resourceLocator');
			expect(p.modes?.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
				['list', 'searchClients'],
				['id', undefined],
			]);
		}
	});
});
