// InvoiceXpress › Item: the five operations of the items pages
// (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/items) against the sandbox,
// asserting what InvoiceXpress receives and what n8n outputs.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { catalogueReadings } from '../../sandbox/invoicexpress/catalogue';
import { itemsOf } from '../../sandbox/invoicexpress/items';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const item = (operation: string, parameters: Record<string, unknown>, continueOnFail = false) =>
	ix(operation, { resource: 'item', ...parameters }, undefined, continueOnFail);
const run = async (workflow: ReturnType<typeof item>) => await runWorkflow(workflow, { credentials: credentials(api.url) });
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('InvoiceXpress › Item › Create', () => {
	test('POST /items.json with {"item": {name, description, unit_price, unit, tax: {name}}}, outputs the new item', async () => {
		const result = await run(
			item('create', {
				name: 'Barista course',
				unitPrice: 120.5,
				unit: 'day',
				taxName: byList('IVA6'),
				additionalFields: { description: 'One day, hands on' },
			}),
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/items.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			item: { name: 'Barista course', description: 'One day, hands on', unit_price: 120.5, unit: 'day', tax: { name: 'IVA6' } },
		});
		expect(request.status).toBe(201);
		expect(result.items()).toEqual([
			{
				json: { id: 2209, name: 'Barista course', description: 'One day, hands on', unit_price: 120.5, unit: 'day', tax: { name: 'IVA6', value: 6 } },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('without a tax none is sent; InvoiceXpress then applies the default tax (newer page) or none (XML page)', async () => {
		const first = await run(item('create', { name: 'Gift card', unitPrice: 25, unit: 'unit' }));
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ item: { name: 'Gift card', unit_price: 25, unit: 'unit' } });
		expect(first.items()[0].json.tax).toEqual({ name: 'IVA23', value: 23 });

		catalogueReadings(api.server).unknownItemTax = 'no-tax';
		const second = await run(item('create', { name: 'Gift card 2', unitPrice: 25, unit: 'unit' }));
		expect(second.items()[0].json.tax).toBeNull();
	});

	test('a unit price of 0 is sent (the newer page allows it); the older reading is InvoiceXpress’s 422, its message kept', async () => {
		const ok = await run(item('create', { name: 'Free sample', unitPrice: 0, unit: 'unit' }));
		expect(ok.items()[0].json).toMatchObject({ name: 'Free sample', unit_price: 0 });

		catalogueReadings(api.server).itemZeroPrice = 'refused';
		const refused = await run(item('create', { name: 'Free sample 2', unitPrice: 0, unit: 'unit' }));
		expect(refused.error()?.message).toBe('InvoiceXpress error 422: Unit price must be greater than 0.0');
	});

	test('a description the account requires (one page’s reading) is InvoiceXpress’s refusal when left out', async () => {
		catalogueReadings(api.server).itemDescription = 'required';
		const result = await run(item('create', { name: 'Mug', unitPrice: 8, unit: 'unit' }));
		expect(result.error()?.message).toBe("InvoiceXpress error 422: Description can't be blank");
	});

	test('a name already taken and a unit outside the accepted list are InvoiceXpress’s documented errors', async () => {
		const result = await run(item('create', { name: 'Coffee', unitPrice: 1, unit: 'kg' }));
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 422: Name has already been taken (and 1 more)');
		expect(error.httpCode).toBe('422');
		expect(JSON.stringify(error)).toContain('Unit kg is not included in the list of accepted units');
		expect(itemsOf(api.server).all()).toHaveLength(8);
	});

	test('a create is not repeated blindly after a reply that may have been lost', async () => {
		api.server.injectFault({ kind: 'reset', method: 'POST', path: '/items.json' });
		const result = await run(item('create', { name: 'Grinder', unitPrice: 150, unit: 'unit' }));
		expect(api.server.received('POST', '/items.json')).toHaveLength(1);
		expect(result.error()).toBeDefined();
	});
});

describe('InvoiceXpress › Item › Get', () => {
	test('GET /items/{id}.json, outputs the item with its tax', async () => {
		const result = await run(item('get', { itemId: byList('2205') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/items/2205.json', { api_key: KEY }]);
		expect(result.items()).toEqual([
			{
				json: { id: 2205, name: 'Pastel de nata', description: 'Pastel de nata description', unit_price: 1.2, unit: 'unit', tax: { name: 'IVA13', value: 13 } },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('By ID and a plain value (an expression) give the same request', async () => {
		await run(item('get', { itemId: byId('2207') }));
		await run(item('get', { itemId: '2207' }));
		expect(api.server.received().map((r) => r.path)).toEqual(['/items/2207.json', '/items/2207.json']);
	});

	test('an unknown item is InvoiceXpress’s 404, its message kept', async () => {
		const result = await run(item('get', { itemId: byId('99') }));
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Not Found');
		expect(result.error()?.httpCode).toBe('404');
	});
});

describe('InvoiceXpress › Item › Get Many', () => {
	test('Return All follows pagination to the last page, each item once', async () => {
		itemsOf(api.server).add(25);
		const result = await run(item('getAll', { returnAll: true, options: { perPage: 10 } }));
		const requests = api.server.received();
		expect(requests.map((r) => [r.path, r.query])).toEqual([
			['/items.json', { api_key: KEY, per_page: '10', page: '1' }],
			['/items.json', { api_key: KEY, per_page: '10', page: '2' }],
			['/items.json', { api_key: KEY, per_page: '10', page: '3' }],
			['/items.json', { api_key: KEY, per_page: '10', page: '4' }],
		]);
		const items = result.items();
		expect(items).toHaveLength(33);
		expect(items[0].json).toEqual({ id: 2201, name: 'Product 1', description: 'Product 1 description', unit_price: 10, unit: 'unit', tax: { name: 'IVA23', value: 23 } });
		expect(items.at(-1)!.json).toEqual({ id: 2233, name: 'Item 2233', description: null, unit_price: 1, unit: 'unit', tax: null });
	});

	test('a Limit asks for that many per page and stops there', async () => {
		const result = await run(item('getAll', { returnAll: false, limit: 3 }));
		expect(api.server.received().map((r) => r.query)).toEqual([{ api_key: KEY, per_page: '3', page: '1' }]);
		expect(result.items().map((i) => i.json.name)).toEqual(['Product 1', 'Espresso beans', 'Grinder service']);
	});
});

describe('InvoiceXpress › Item › Update', () => {
	test('PUT /items/{id}.json with only the fields given; the empty 200 becomes {id, updated}', async () => {
		const result = await run(item('update', { itemId: byList('2206'), taxName: { __rl: true, mode: 'name', value: 'IVA6' }, updateFields: { unitPrice: 0.9, unit: 'unit' } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/items/2206.json']);
		expect(JSON.parse(bodyText(request))).toEqual({ item: { unit_price: 0.9, unit: 'unit', tax: { name: 'IVA6' } } });
		expect(result.items()).toEqual([{ json: { id: 2206, updated: true }, pairedItem: { item: 0 } }]);
		expect(itemsOf(api.server).records.get(2206)).toMatchObject({ name: 'Coffee', unit_price: 0.9, tax: 'IVA6' });
	});

	test('a reply holding the item (the other reading) is output as the item', async () => {
		catalogueReadings(api.server).writeReply = 'record';
		const result = await run(item('update', { itemId: byId('2206'), updateFields: { name: 'Coffee (cup)' } }));
		expect(result.items()[0].json).toEqual({ id: 2206, name: 'Coffee (cup)', description: 'Coffee description', unit_price: 0.8, unit: 'unit', tax: { name: 'IVA13', value: 13 } });
	});

	test('a name taken by another item is InvoiceXpress’s 422', async () => {
		const result = await run(item('update', { itemId: byId('2206'), updateFields: { name: 'Workshop' } }));
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Name has already been taken');
	});
});

describe('InvoiceXpress › Item › Delete', () => {
	test('DELETE /items/{id}.json; the empty 200 becomes {id, deleted}', async () => {
		const result = await run(item('delete', { itemId: byList('2208') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['DELETE', '/items/2208.json', { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: { id: 2208, deleted: true }, pairedItem: { item: 0 } }]);
		expect(itemsOf(api.server).records.has(2208)).toBe(false);
	});

	test('a refused key is InvoiceXpress’s 401 with the credential hint', async () => {
		const result = await runWorkflow(item('delete', { itemId: byId('2208') }), { credentials: credentials(api.url, 'current', { apiKey: 'nope' }) });
		expect(result.error()?.message).toBe('InvoiceXpress error 401: Access denied');
		expect(itemsOf(api.server).records.has(2208)).toBe(true);
	});
});
