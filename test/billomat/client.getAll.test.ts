import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Client › Get Many', () => {
	test('every documented filter goes into the query as Billomat documents it', async () => {
		await run(api.url, {
			resource: 'client',
			operation: 'getAll',
			returnAll: true,
			filters: {
				name: ' gmbh ',
				client_number: 'KD1',
				email: 'musterfirma',
				first_name: 'Max',
				last_name: 'Muster',
				country_code: 'de',
				note: 'key',
				invoice_id: '1, 3',
				tags: 'web, key-account',
			},
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/api/clients']);
		expect(request.query).toEqual({
			name: 'gmbh',
			client_number: 'KD1',
			email: 'musterfirma',
			first_name: 'Max',
			last_name: 'Muster',
			country_code: 'DE',
			note: 'key',
			invoice_id: '1,3',
			tags: 'web,key-account',
			page: '1',
			per_page: '1000',
		});
	});

	test('a filter matches parts of words, case ignored: "gmbh" finds Musterfirma GmbH only', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true, filters: { name: 'gmbh' } });
		expect(result.items().map((i) => [i.json.id, i.json.name])).toEqual([[476, 'Musterfirma GmbH']]);
	});

	test('invoice IDs: the clients of those invoices; tags: clients with every tag', async () => {
		const byInvoice = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true, filters: { invoice_id: '2,3' } });
		expect(byInvoice.items().map((i) => i.json.id)).toEqual([476, 477]);
		const byTags = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true, filters: { tags: 'web,design' } });
		expect(byTags.items().map((i) => i.json.id)).toEqual([477]);
	});

	test('Return All pages through 2,504 clients (1000 a page, three requests, stopping on @total)', async () => {
		api.server.clients.addMany(2500);
		const result = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true });
		expect(result.items()).toHaveLength(2504);
		expect(new Set(result.items().map((i) => i.json.id)).size).toBe(2504);
		expect(api.server.received().map((r) => [r.query.page, r.query.per_page])).toEqual([
			['1', '1000'],
			['2', '1000'],
			['3', '1000'],
		]);
	});

	test('Limit: one page of that size; Simplify (default) gives the main fields', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: false, limit: 2 });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
		expect(result.items().map((i) => Object.keys(i.json))).toEqual([
			['id', 'client_number', 'name', 'first_name', 'last_name', 'email', 'phone', 'address', 'country_code', 'archived'],
			['id', 'client_number', 'name', 'first_name', 'last_name', 'email', 'phone', 'address', 'country_code', 'archived'],
		]);
	});

	test('no hit: no item, and no error', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true, filters: { email: 'nobody@nowhere.example' } });
		expect(result.items()).toEqual([]);
		expect(result.error()).toBeUndefined();
	});

	test('an invoice ID that is not a number is refused before any request', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'getAll', returnAll: true, filters: { invoice_id: '1, RE124' } });
		expect(result.error()?.message).toBe('Item 0: "Invoice IDs" ("RE124") is not a Billomat ID');
		expect(api.server.received()).toEqual([]);
	});
});
