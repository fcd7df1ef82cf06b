import { SHOPWAVE_DEMO_TOKEN, SHOPWAVE_OTHER_TOKEN } from '../../sandbox/shopwave';
import { describeTimeoutOption, jsonReply, notDocumented } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import { shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const credentials = (token?: string) => ({ credentials: tokenCredentials(api.url, token) });

const INVOICE_5001 = {
	id: 5001,
	storeId: 1001,
	supplierId: 301,
	supplierStoreId: 31,
	reference: 'SUP-2024-0117',
	completeDate: '2024-01-17',
	note: 'Weekly coffee delivery',
	invoiceItems: [
		{ id: 9001, barcode: '5012345678900', name: 'Coffee beans 1kg', price: '12.50', vatPercentage: 20, quantity: 10, productId: 701, accountId: 41 },
		{ id: 9002, barcode: '5098765432109', name: 'Whole milk 1l', price: '0.95', vatPercentage: 0, quantity: 24, productId: 702, accountId: 41 },
	],
};

describe('Shopwave › Invoice › Get Many', () => {
	test('GET /invoice without filter headers: every invoice of the merchant, one item each, prices kept as strings', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }), credentials());
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoice');
		expect(request.query).toEqual({});
		expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
		expect(request.headers['x-accept-version']).toBe('2');
		expect(request.headers.storeids).toBeUndefined();
		expect(request.headers.invoiceid).toBeUndefined();
		expect(request.body.length).toBe(0);

		const items = result.items();
		expect(items.map((i) => i.json.id)).toEqual([5001, 5002]);
		expect(items[0]).toEqual({ json: INVOICE_5001, pairedItem: { item: 0 } });
	});

	test('sends the filters as the storeIds and invoiceId headers, comma-separated', async () => {
		const result = await runWorkflow(
			shopwave('getAll', { returnAll: true, filters: { storeIds: ' 1001 , 1002', invoiceIds: '5002,5001' } }),
			credentials(),
		);
		const [request] = api.server.received();
		expect(request.headers.storeids).toBe('1001,1002');
		expect(request.headers.invoiceid).toBe('5002,5001');
		expect(result.items().map((i) => i.json.id)).toEqual([5001, 5002]);
	});

	test('one store only', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true, filters: { storeIds: '1002' } }), credentials());
		expect(result.items().map((i) => i.json.reference)).toEqual(['BAKE-889']);
	});

	test('Limit cuts the list (the API has no paging: one request)', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: false, limit: 1 }), credentials());
		expect(result.items().map((i) => i.json.id)).toEqual([5001]);
		expect(api.server.received()).toHaveLength(1);
	});

	test('another merchant sees only its own invoices', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }), credentials(SHOPWAVE_OTHER_TOKEN));
		expect(result.items().map((i) => i.json.id)).toEqual([5003]);
	});

	test('912 when a store in the filter is not the merchant’s', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true, filters: { storeIds: '1001,2001' } }), credentials());
		const error = result.error()!;
		expect(error.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
		expect(error.description).toContain('• Store 2001 is not yours');
		expect(error.httpCode).toBe('403');
	});

	test('a filter that is not a list of IDs is refused before any request', async () => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true, filters: { storeIds: 'main store' } }), credentials());
		expect(result.error()?.message).toBe('Item 0: "Store IDs" ("main store") is not a Shopwave ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test.each([
		['rate-limit', 429],
		['server-error', 503],
		['reset', undefined],
	] as const)('a GET is retried after a %s fault', async (kind, status) => {
		api.server.injectFault({ kind, retryAfter: 0 });
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }), credentials());
		const requests = api.server.received();
		expect(requests.map((r) => r.status)).toEqual([status, 200]);
		expect(result.items()).toHaveLength(2);
	});

	test('an HTML page instead of JSON is reported as such', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Maintenance</body></html>' } });
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }), credentials());
		expect(result.error()?.message).toBe(
			'Shopwave error 200: Expected a JSON reply but got an HTML page (text/html), not the API\'s reply: often a proxy or maintenance page',
		);
	});

	test.each([
		['an object with the key "status"', { status: 'ok' }],
		['an object with the keys "api", "data"', { api: { message: { success: {} } }, data: [] }],
	])('a 200 holding %s instead of the invoices is a Shopwave error naming both, not 0 items', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }), credentials());
		const error = result.error()!;
		expect(error.message).toBe(`Shopwave error 200: Expected invoices keyed by ID ({"invoices": {"5001": {…}}}) but got ${got}`);
		expect(error.description).toBe(notDocumented('Shopwave'));
		expect(error.httpCode).toBe('200');
		expect(result.run.data.resultData.runData.Subject[0].data).toBeUndefined();
	});
});

describe('Shopwave › Invoice › Get', () => {
	test('GET /invoice with the invoiceId header, one item', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '5001' }), credentials());
		const [request] = api.server.received();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoice');
		expect(request.headers.invoiceid).toBe('5001');
		expect(result.items()).toEqual([{ json: INVOICE_5001, pairedItem: { item: 0 } }]);
	});

	test('one request per input item, each output paired with its item', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '={{ $json.id }}' }, [{ json: { id: 5002 } }, { json: { id: 5001 } }]), credentials());
		expect(api.server.received().map((r) => r.headers.invoiceid)).toEqual(['5002', '5001']);
		expect(result.items().map((i) => [i.json.id, i.pairedItem])).toEqual([
			[5002, { item: 0 }],
			[5001, { item: 1 }],
		]);
	});

	test('an unknown invoice is an error naming the item', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '7777' }), credentials());
		expect(result.error()?.message).toBe('Item 0: Shopwave has no invoice 7777 that the connected user can see');
	});

	test('912 for another merchant’s invoice; under continueOnFail an error item', async () => {
		const result = await runWorkflow(
			shopwave('get', { invoiceId: '={{ $json.id }}' }, [{ json: { id: 5003 } }, { json: { id: 5001 } }], { continueOnFail: true }),
			credentials(),
		);
		const items = result.items();
		expect(items[0]).toEqual({
			json: {
				error: 'Shopwave error 403 (code 912): Resource Not Allowed For Specified User',
				description:
					'• Invoice 5003 is not yours\nThe connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
				httpCode: '403',
				code: '912',
			},
			pairedItem: { item: 0 },
		});
		expect(items[1].json.id).toBe(5001);
	});

	test('an Invoice ID expression that comes out empty is refused before any request', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '={{ $json.id }}' }, [{ json: {} }]), credentials());
		expect(result.error()?.message).toBe('Item 0: Invoice ID is empty');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a 200 holding something else than the invoices is a Shopwave error, not "no invoice"', async () => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, { status: 'ok' }) });
		const result = await runWorkflow(shopwave('get', { invoiceId: '5001' }), credentials());
		expect(result.error()?.message).toBe(
			'Shopwave error 200: Expected invoices keyed by ID ({"invoices": {"5001": {…}}}) but got an object with the key "status"',
		);
	});
});

describe('Shopwave › examples/shopwave-invoice-upsert.json', () => {
	test('runs in the engine and passes its end-to-end check', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const workflow = require('../../examples/shopwave-invoice-upsert.json');
		const { CASES } = await import('../e2e/cases');
		const testCase = CASES.find((c) => c.example === 'shopwave-invoice-upsert')!;
		const result = await runWorkflow(workflow, credentials());
		expect(api.server.received().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /invoice', 'GET /invoice']);
		const items = result.items(testCase.node);
		expect(() => testCase.check(items as never)).not.toThrow();
		expect(items[0].json.id).toBe(5004);
	});
});

describeTimeoutOption('Shopwave', 'shopwave', () => api.server, (options) =>
	runWorkflow(shopwave('get', { invoiceId: '5001', options }, undefined, { continueOnFail: true }), credentials()),
);

describe('Shopwave › Invoice › Simplify (version 1.1)', () => {
	const rawItems = {
		'9001': INVOICE_5001.invoiceItems[0],
		'9002': INVOICE_5001.invoiceItems[1],
	};

	test('on by default: the items as a list', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '5001' }), credentials());
		expect(result.items()[0].json).toEqual(INVOICE_5001);
	});

	test('off: the invoice as Shopwave sent it, items keyed by their ID', async () => {
		const get = await runWorkflow(shopwave('get', { invoiceId: '5001', simplify: false }), credentials());
		expect(get.items()[0].json).toEqual({ ...INVOICE_5001, invoiceItems: rawItems });
		const many = await runWorkflow(shopwave('getAll', { returnAll: true, simplify: false }), credentials());
		expect(many.items()[0].json).toEqual({ ...INVOICE_5001, invoiceItems: rawItems });
	});

	test('version 1 (saved workflows) always gave the list, whatever a stray Simplify value says', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '5001', simplify: false }, undefined, { typeVersion: 1 }), credentials());
		expect(result.items()[0].json).toEqual(INVOICE_5001);
	});
});
