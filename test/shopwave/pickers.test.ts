// The Shopwave pickers as n8n's editor calls them (test/harness/listSearch.ts): stores and supplier
// stores from GET /store and GET /supplier/store (listed by address: the store pages document no
// name), products from GET /product (by name and barcode). The API does not page: each call reads
// the list once and gives the page its paginationToken asks for.
import { productsOf } from '../../sandbox/shopwave/products';
import { catalogueOf } from '../../sandbox/shopwave/stores';
import { listSearch } from '../harness/listSearch';
import { shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const search = async (method: string, options: { filter?: string; paginationToken?: string } = {}) =>
	await listSearch('shopwave', method, tokenCredentials(api.url), { typeVersion: 1.2, parameters: { authentication: 'accessToken' }, ...options });

describe('Shopwave › pickers', () => {
	test.each(['keyed', 'array'] as const)('Store: the merchant’s stores by address (reply %s), from GET /store without filter', async (shape) => {
		catalogueOf(api.server).replyShape = shape;
		const result = await search('searchStores');
		expect(result).toEqual({
			results: [
				{ name: '12 Shoreditch High Street · London · E1 6PG (1001)', value: '1001' },
				{ name: '5 Market Street · Manchester · M1 1WR (1002)', value: '1002' },
			],
			paginationToken: undefined,
		});
		const [request] = api.server.received();
		expect([request.method, request.path, request.headers.storeids]).toEqual(['GET', '/store', undefined]);
	});

	test('Supplier Store: every supplier store but the deleted one, searchable', async () => {
		expect((await search('searchSupplierStores')).results.map((r) => r.value)).toEqual(['31', '32', '33']);
		expect((await search('searchSupplierStores', { filter: 'leeds' })).results).toEqual([{ name: 'Bakers Row 9 · Leeds · LS1 6HT (32)', value: '32' }]);
		expect(api.server.received().map((r) => r.path)).toEqual(['/supplier/store', '/supplier/store']);
	});

	test('Product: by name and barcode, deleted products left out; search matches either', async () => {
		expect((await search('searchProducts')).results.map((r) => r.name)).toEqual([
			'Coffee beans 1kg · 5012345678900 (701)',
			'Whole milk 1l · 5098765432109 (702)',
			'Croissants (box of 12) · 3760000000010 (710)',
			'Oat milk 1l · 4006381333931 (711)',
		]);
		expect((await search('searchProducts', { filter: 'MILK' })).results.map((r) => r.value)).toEqual(['702', '711']);
		expect((await search('searchProducts', { filter: '4006381' })).results.map((r) => r.value)).toEqual(['711']);
	});

	test('Product: more than 1,000 products page through to the last one as the user scrolls', async () => {
		productsOf(api.server).generated = 1500;
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await search('searchProducts', { paginationToken: token });
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken;
			calls++;
		} while (token);
		expect(calls).toBe(16);
		expect(seen).toHaveLength(1504);
		expect(new Set(seen).size).toBe(1504);
		expect(seen[seen.length - 1]).toBe('101500');
		const found = await search('searchProducts', { filter: 'Bulk product 1499' });
		expect(found.results).toEqual([{ name: 'Bulk product 1499 · 2000000101499 (101499)', value: '101499' }]);
	});
});
