// Shopwave › Order: Get and Get Many (a sales export) against the sandbox's GET /order, with the
// filter headers https://developer.staging.merchantstack.com/guide/pagination.html lists (orderIds,
// storeIds, completed). No page documents an order's fields: orders are output as sent.
import { SHOPWAVE_DEMO_TOKEN } from '../../sandbox/shopwave';
import { catalogueOf } from '../../sandbox/shopwave/stores';
import { runWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const credentials = () => ({ credentials: tokenCredentials(api.url) });
const order = (operation: string, parameters: Record<string, unknown>, input?: FixtureItem[]) =>
	shopwave(operation, { resource: 'order', ...parameters }, input, { typeVersion: 1.2 });

const ORDER_60001 = { id: 60001, storeId: 1001, completed: true, timestamp: '2024-03-01T09:12:00.000Z', total: '1345.0' };

function expectOrderRequest(headers: Record<string, string | undefined>) {
	const [request, ...more] = api.server.received();
	expect(more).toHaveLength(0);
	expect(request.method).toBe('GET');
	expect(request.path).toBe('/order');
	expect(request.query).toEqual({});
	expect(request.body.length).toBe(0);
	expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
	for (const [name, value] of Object.entries(headers)) expect(request.headers[name.toLowerCase()]).toBe(value);
}

describe('Shopwave › Order › Get Many', () => {
	test.each(['keyed', 'array'] as const)('without filters (reply %s): every order of the merchant’s stores, as sent', async (shape) => {
		catalogueOf(api.server).replyShape = shape;
		const result = await runWorkflow(order('getAll', { returnAll: true }), credentials());
		expectOrderRequest({ orderIds: undefined, storeIds: undefined, completed: undefined });
		expect(result.items().map((i) => i.json.id)).toEqual([60001, 60002, 60003]);
		expect(result.items()[0]).toEqual({ json: ORDER_60001, pairedItem: { item: 0 } });
	});

	test('the filters travel as the orderIds, storeIds and completed headers', async () => {
		const result = await runWorkflow(
			order('getAll', { returnAll: true, filters: { orderIds: '60001, 60002,60003', storeIds: '1001', completed: 'false' } }),
			credentials(),
		);
		expectOrderRequest({ orderIds: '60001,60002,60003', storeIds: '1001', completed: 'false' });
		expect(result.items().map((i) => i.json.id)).toEqual([60002]);
	});

	test('completed only', async () => {
		const result = await runWorkflow(order('getAll', { returnAll: true, filters: { completed: 'true' } }), credentials());
		expectOrderRequest({ completed: 'true' });
		expect(result.items().map((i) => i.json.id)).toEqual([60001, 60003]);
	});

	test('Limit cuts the list (one request, no paging)', async () => {
		const result = await runWorkflow(order('getAll', { returnAll: false, limit: 1 }), credentials());
		expect(api.server.received()).toHaveLength(1);
		expect(result.items().map((i) => i.json.id)).toEqual([60001]);
	});

	test('another merchant’s store: Shopwave’s 912', async () => {
		const result = await runWorkflow(order('getAll', { returnAll: true, filters: { storeIds: '2001' } }), credentials());
		expect(result.error()?.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
	});

	test('a store ID that is not a number is refused before any request', async () => {
		const result = await runWorkflow(order('getAll', { returnAll: true, filters: { storeIds: 'main' } }), credentials());
		expect(result.error()?.message).toBe('Item 0: "Store IDs" ("main") is not a Shopwave ID');
		expect(api.server.received()).toEqual([]);
	});
});

describe('Shopwave › Order › Get', () => {
	test('GET /order with the orderIds header naming the one order', async () => {
		const result = await runWorkflow(order('get', { orderId: '={{ $json.id }}' }, [{ json: { id: 60003 } }]), credentials());
		expectOrderRequest({ orderIds: '60003', storeIds: undefined, completed: undefined });
		expect(result.items()).toEqual([
			{ json: { id: 60003, storeId: 1002, completed: true, timestamp: '2024-03-02T08:05:00.000Z', total: '840.0' }, pairedItem: { item: 0 } },
		]);
	});

	test('an unknown order is an error naming the item', async () => {
		const result = await runWorkflow(order('get', { orderId: '123' }), credentials());
		expect(result.error()?.message).toBe('Item 0: Shopwave has no order 123 that the connected user can see');
	});

	test('an empty Order ID is refused before any request', async () => {
		const result = await runWorkflow(order('get', { orderId: '={{ $json.id }}' }, [{ json: { id: '' } }]), credentials());
		expect(result.error()?.message).toBe('Item 0: Order ID is empty');
		expect(api.server.received()).toEqual([]);
	});
});
