import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Create', () => {
	test('POSTs {"article": {…}} with the typed fields, numbers as numbers, and outputs the new article', async () => {
		const result = await run(api.url, {
			resource: 'article',
			operation: 'create',
			title: 'Logo design',
			additionalFields: {
				description: 'A logo in three drafts',
				sales_price: 450,
				sales_price2: '399,50',
				currency_code: 'eur',
				unit_id: '2',
				tax_id: 1,
				purchase_price_net_gross: 'GROSS',
				number_pre: 'LG',
				number_length: 4,
			},
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/articles');
		expect(request.query).toEqual({});
		expect(request.headers['content-type']).toContain('application/json');
		expect(jsonBody(request)).toEqual({
			article: {
				title: 'Logo design',
				description: 'A logo in three drafts',
				sales_price: 450,
				sales_price2: 399.5,
				currency_code: 'EUR',
				unit_id: 2,
				tax_id: 1,
				purchase_price_net_gross: 'GROSS',
				number_pre: 'LG',
				number_length: 4,
			},
		});
		const [item, ...others] = result.items();
		expect(others).toHaveLength(0);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({
			id: 14,
			created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			article_number: 'LG0014',
			number: 14,
			number_pre: 'LG',
			number_length: 4,
			title: 'Logo design',
			description: 'A logo in three drafts',
			sales_price: 450,
			sales_price2: 399.5,
			sales_price3: null,
			sales_price4: null,
			sales_price5: null,
			currency_code: 'EUR',
			unit_id: 2,
			tax_id: 1,
			purchase_price: null,
			purchase_price_net_gross: 'GROSS',
			supplier_id: null,
		});
		expect(api.server.articles.records.get(14)?.title).toBe('Logo design');
	});

	test('with the title alone, Billomat fills the rest from its settings', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'create', title: 'Travel' });
		expect(jsonBody(api.server.received()[0])).toEqual({ article: { title: 'Travel' } });
		expect(result.items()[0].json).toMatchObject({ id: 14, article_number: 'ART14', currency_code: 'EUR', purchase_price_net_gross: 'NET' });
	});

	test('Billomat’s 400 for a field it refuses is the item’s error, with its text', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 400, body: { errors: { error: ['tax_id must be an integer', 'Unknown field: colour'] } } } });
		const result = await run(api.url, { resource: 'article', operation: 'create', title: 'Travel' });
		expect(result.error()?.message).toBe('Billomat error 400: tax_id must be an integer; Unknown field: colour');
	});
});
