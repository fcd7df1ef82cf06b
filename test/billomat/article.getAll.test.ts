import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Get Many', () => {
	test('GETs /api/articles page by page with 1,000 a page, simplified by default', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/articles');
		expect(request.query).toEqual({ page: '1', per_page: '1000' });
		expect(result.items().map((i) => i.json.id)).toEqual([9, 10, 11, 12, 13]);
		expect(Object.keys(result.items()[0].json)).toEqual([
			'id',
			'article_number',
			'title',
			'description',
			'sales_price',
			'purchase_price',
			'currency_code',
			'unit_id',
			'tax_id',
			'supplier_id',
		]);
		expect(result.items().map((i) => i.pairedItem)).toEqual(result.items().map(() => ({ item: 0 })));
	});

	test('every documented filter goes into the query, checked and trimmed', async () => {
		await run(api.url, {
			resource: 'article',
			operation: 'getAll',
			returnAll: true,
			filters: {
				article_number: ' ART ',
				title: 'web',
				description: 'what',
				currency_code: 'eur',
				unit_id: '1',
				supplier_id: 1,
				tags: 'web, service,',
			},
			options: { orderBy: 'sales_price', orderDirection: 'DESC' },
		});
		const [request] = api.server.received();
		expect(request.query).toEqual({
			unit_id: '1',
			supplier_id: '1',
			article_number: 'ART',
			title: 'web',
			description: 'what',
			currency_code: 'EUR',
			tags: 'web,service',
			order_by: 'sales_price DESC',
			page: '1',
			per_page: '1000',
		});
	});

	test('filters select as Billomat does: parts of the title, case ignored; exact IDs and currency; all tags', async () => {
		const get = async (filters: Record<string, unknown>) =>
			(await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true, filters })).items().map((i) => i.json.id);
		expect(await get({ title: 'DESIGN' })).toEqual([10]);
		expect(await get({ currency_code: 'GBP' })).toEqual([13]);
		expect(await get({ unit_id: '1' })).toEqual([9, 10, 13]);
		expect(await get({ supplier_id: '2' })).toEqual([11, 12]);
		expect(await get({ tags: 'web,service' })).toEqual([10]);
		expect(await get({ article_number: 'ART1' })).toEqual([10, 11, 12, 13]);
		expect(await get({ description: 'nothing like this' })).toEqual([]);
	});

	test('a limit asks for that many and stops; Simplify off gives whole articles', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: false, limit: 2, simplify: false });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
		expect(result.items().map((i) => i.json.title)).toEqual(['Consulting', 'Webdesign']);
		expect(result.items()[0].json.sales_price3).toBeNull();
		expect(Object.keys(result.items()[0].json)).toHaveLength(19);
	});

	test('Return All pages through 2,405 articles by @total: three requests', async () => {
		api.server.articles.add(2400);
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(result.items()).toHaveLength(2405);
		expect(new Set(result.items().map((i) => i.json.id)).size).toBe(2405);
	});

	test('a Unit ID that is not an ID is refused before any request', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true, filters: { unit_id: 'hour' } });
		expect(result.error()?.message).toBe('Item 0: "Unit ID" ("hour") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a currency that is not an ISO code is refused before any request', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'getAll', returnAll: true, filters: { currency_code: '€' } });
		expect(result.error()?.message).toBe('Item 0: "Currency Code" ("€") is not a currency code');
		expect(api.server.received()).toHaveLength(0);
	});
});
