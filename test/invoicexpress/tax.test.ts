// InvoiceXpress › Tax: the five operations of the taxes pages
// (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/taxes,
// https://docs.invoicexpress.com/taxes) against the sandbox: what InvoiceXpress receives, what n8n outputs.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { catalogueReadings } from '../../sandbox/invoicexpress/catalogue';
import { taxesOf } from '../../sandbox/invoicexpress/taxes';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const tax = (operation: string, parameters: Record<string, unknown>) => ix(operation, { resource: 'tax', ...parameters });
const run = async (workflow: ReturnType<typeof tax>) => await runWorkflow(workflow, { credentials: credentials(api.url) });
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const IVA23 = { id: 1, name: 'IVA23', value: 23, region: 'PT', code: 'NOR', default_tax: 1 };

describe('InvoiceXpress › Tax › Create', () => {
	test('POST /taxes.json with {"tax": {name, value, region, code, default_tax}}, outputs the new tax', async () => {
		const result = await run(tax('create', { name: 'IVA16', value: 16, additionalFields: { region: 'PT-AC', code: 'NOR', defaultTax: true } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query, request.status]).toEqual(['POST', '/taxes.json', { api_key: KEY }, 201]);
		expect(JSON.parse(bodyText(request))).toEqual({ tax: { name: 'IVA16', value: '16', region: 'PT-AC', code: 'NOR', default_tax: 1 } });
		expect(result.items()).toEqual([{ json: { id: 6, name: 'IVA16', value: 16, region: 'PT-AC', code: 'NOR', default_tax: 1 }, pairedItem: { item: 0 } }]);
		// One default tax at a time.
		expect(taxesOf(api.server).records.get(1)!.default_tax).toBe(0);
	});

	test('a country code as region (an expression) is sent upper-case; name and value alone are enough', async () => {
		await run(tax('create', { name: 'IVA21', value: 21, additionalFields: { region: '={{ "es" }}' } }));
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ tax: { name: 'IVA21', value: '21', region: 'ES' } });
	});

	test('a name already taken is InvoiceXpress’s 422, its message kept', async () => {
		const result = await run(tax('create', { name: 'IVA13', value: 13 }));
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Name has already been taken');
	});
});

describe('InvoiceXpress › Tax › Get', () => {
	test('GET /taxes/{id}.json, outputs the tax', async () => {
		const result = await run(tax('get', { taxId: byList('1') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/taxes/1.json', { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: IVA23, pairedItem: { item: 0 } }]);
	});

	test('an unknown tax is InvoiceXpress’s 404', async () => {
		const result = await run(tax('get', { taxId: byId('77') }));
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Not Found');
	});
});

describe('InvoiceXpress › Tax › Get Many', () => {
	test('GET /taxes.json without paging parameters (none documented): every tax of the one reply', async () => {
		const result = await run(tax('getAll', { returnAll: true }));
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/taxes.json', { api_key: KEY }]]);
		expect(result.items().map((i) => i.json)).toEqual([
			IVA23,
			{ id: 2, name: 'IVA13', value: 13, region: 'PT', code: 'INT', default_tax: 0 },
			{ id: 3, name: 'IVA6', value: 6, region: 'PT', code: 'RED', default_tax: 0 },
			{ id: 4, name: 'IVA0', value: 0, region: 'PT', code: 'ISE', default_tax: 0 },
			{ id: 5, name: 'IVA20', value: 20, region: 'Desconhecido', code: 'OUT', default_tax: 0 },
		]);
	});

	test('a Limit keeps the first taxes of the reply', async () => {
		const result = await run(tax('getAll', { returnAll: false, limit: 2 }));
		expect(api.server.received()).toHaveLength(1);
		expect(result.items().map((i) => i.json.name)).toEqual(['IVA23', 'IVA13']);
	});

	test('a list answered in pages after all (the other reading) is read page after page', async () => {
		catalogueReadings(api.server).listPaging = 'paged';
		taxesOf(api.server).add(20);
		const result = await run(tax('getAll', { returnAll: true }));
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ api_key: KEY },
			{ api_key: KEY, per_page: '10', page: '1' },
			{ api_key: KEY, per_page: '10', page: '2' },
			{ api_key: KEY, per_page: '10', page: '3' },
		]);
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(25);
		expect(new Set(ids).size).toBe(25);
	});
});

describe('InvoiceXpress › Tax › Update', () => {
	test('PUT /taxes/{id}.json with the fields given; the empty 200 becomes {id, updated}', async () => {
		const result = await run(tax('update', { taxId: byList('3'), updateFields: { value: 6.5, defaultTax: false } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/taxes/3.json']);
		expect(JSON.parse(bodyText(request))).toEqual({ tax: { value: '6.5', default_tax: 0 } });
		expect(result.items()).toEqual([{ json: { id: 3, updated: true }, pairedItem: { item: 0 } }]);
		expect(taxesOf(api.server).records.get(3)!.value).toBe(6.5);
	});

	test('a reply holding the tax (the other reading) is output as the tax', async () => {
		catalogueReadings(api.server).writeReply = 'record';
		const result = await run(tax('update', { taxId: byId('2'), updateFields: { name: 'IVA13 PT' } }));
		expect(result.items()[0].json).toEqual({ id: 2, name: 'IVA13 PT', value: 13, region: 'PT', code: 'INT', default_tax: 0 });
	});
});

describe('InvoiceXpress › Tax › Delete', () => {
	test('DELETE /taxes/{id}.json; the empty 200 becomes {id, deleted}', async () => {
		const result = await run(tax('delete', { taxId: byList('5') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['DELETE', '/taxes/5.json', { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: { id: 5, deleted: true }, pairedItem: { item: 0 } }]);
		expect(taxesOf(api.server).records.has(5)).toBe(false);
	});
});
