// Order › Get Many: the Order Statistics API (GET /web-api/orders), through n8n's engine against the
// sandbox. The stored page documents the request (ApiCode and Accept headers; dateFrom, dateTo in
// DD-MM-YYYY; status) but not the reply's fields, so these tests assert the exact request and that
// the orders come out as i.materialise sent them, in every reading of the list (JSON wrapped or a
// bare array, XML with one or many orders, empty).
import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { setOrderStatus } from '../../sandbox/imaterialise/orders';
import { orderListOf } from '../../nodes/IMaterialise/orderList';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { everything, expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { credentialsFor, imaterialiseSandbox } from './setup';

const api = imaterialiseSandbox();
const credentials = () => credentialsFor(api.url);
const TODAY = '2026-11-30';

const getAll = (parameters: Record<string, unknown> = {}, continueOnFail = false) =>
	subjectWorkflow(
		{
			type: 'iMaterialise',
			parameters: { resource: 'order', operation: 'getAll', ...parameters } as never,
			credentials: ['iMaterialiseApi'],
			continueOnFail,
		},
	);

/** The sandbox's own record of a demo order (its field names; the node reads none of them). */
function listed(key: keyof typeof IMATERIALISE_ORDERS) {
	const facts = api.server.order(IMATERIALISE_ORDERS[key])!.facts!;
	return {
		orderId: IMATERIALISE_ORDERS[key],
		orderNumber: facts.orderNumber,
		status: facts.status,
		uploadDate: facts.uploaded.split('-').reverse().join('-'),
		customer: facts.customer,
		total: facts.total,
	};
}

beforeEach(() => api.server.dateOrders(TODAY));

describe('i.materialise › Order › Get Many', () => {
	test('sends GET /web-api/orders with the filters as dateFrom / dateTo (DD-MM-YYYY) and status, and outputs each order as sent', async () => {
		const result = await runWorkflow(
			getAll({ returnAll: true, filters: { dateFrom: '2026-11-20', dateTo: '2026-11-30T00:00:00.000+01:00', status: 'InProduction' } }),
			{ credentials: credentials() },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/web-api/orders');
		expect(request.query).toEqual({ dateFrom: '20-11-2026', dateTo: '30-11-2026', status: 'InProduction' });
		expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
		expect(request.headers.accept).toBe('application/json');
		expect(request.body.length).toBe(0);
		// The other customer's order (another API code) is not listed; oldest upload first.
		expect(result.items()).toEqual([
			{ json: listed('open'), pairedItem: { item: 0 } },
			{ json: listed('second'), pairedItem: { item: 0 } },
		]);
	});

	test('without filters sends no query parameter and lists every status', async () => {
		const result = await runWorkflow(getAll({ returnAll: true }), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({});
		expect(result.items().map((item) => item.json.status)).toEqual([
			'Delivered', 'Shipped', 'Cancelled', 'Invalid', 'ReadyToShip', 'ReadyToPickUp', 'InProduction', 'InProduction', 'Ordered',
		]);
	});

	test('Limit keeps the first orders of the one reply (the page documents no paging)', async () => {
		const result = await runWorkflow(getAll({ returnAll: false, limit: 2 }), { credentials: credentials() });
		expect(api.server.received()).toHaveLength(1);
		expect(result.items().map((item) => item.json.orderNumber)).toEqual(['IM-0990', 'IM-0996']);
	});

	test('Return All gives every order of a list of more than a thousand', async () => {
		api.server.addOrders(1200, { uploaded: TODAY, status: 'ReadyToShip' });
		const result = await runWorkflow(getAll({ returnAll: true, filters: { status: 'ReadyToShip' } }), { credentials: credentials() });
		expect(api.server.received()).toHaveLength(1);
		expect(result.items()).toHaveLength(1201);
	});

	test('reading: a bare JSON array gives the same items as {"orders": […]}', async () => {
		const wrapped = await runWorkflow(getAll({ returnAll: true, filters: { status: 'InProduction' } }), { credentials: credentials() });
		api.server.orderListShape = 'array';
		const bare = await runWorkflow(getAll({ returnAll: true, filters: { status: 'InProduction' } }), { credentials: credentials() });
		expect(JSON.parse(api.server.received()[1].body.toString() || 'null')).toBeNull();
		expect(bare.items()).toEqual(wrapped.items());
		expect(bare.items()).toHaveLength(2);
	});

	test('reading: XML (Accept: application/xml) with several orders, one order and none', async () => {
		const xml = (status: string) => runWorkflow(getAll({ returnAll: true, filters: { status }, options: { responseFormat: 'xml' } }), { credentials: credentials() });
		// XML text stays text: the node does not know which fields are numbers.
		const many = await xml('InProduction');
		expect(api.server.received()[0].headers.accept).toBe('application/xml');
		expect(many.items().map((item) => item.json)).toEqual([
			{ ...listed('open'), total: '184.5' },
			{ ...listed('second'), total: '62' },
		]);
		const one = await xml('ReadyToShip');
		expect(one.items().map((item) => item.json)).toEqual([{ ...listed('readyToShip'), total: '129.9' }]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.readyToShip, 'Shipped');
		const none = await xml('ReadyToShip');
		expect(none.items()).toEqual([]);
	});

	test('reading: the list shapes the node accepts, by structure alone', () => {
		const a = { id: 'A' };
		const b = { id: 'B' };
		expect(orderListOf([a, b])).toEqual([a, b]);
		expect(orderListOf({ orders: [a, b] })).toEqual([a, b]);
		expect(orderListOf({ orders: [a], count: 1 })).toEqual([a]);
		expect(orderListOf({ order: [a, b] })).toEqual([a, b]);
		expect(orderListOf({ order: { id: 'A', status: 'Ordered' } })).toEqual([{ id: 'A', status: 'Ordered' }]);
		expect(orderListOf({ orders: { order: [a, b] } })).toEqual([a, b]);
		expect(orderListOf({ orders: { order: a } })).toEqual([a]);
		expect(orderListOf({})).toEqual([]);
		expect(orderListOf(undefined)).toEqual([]);
		expect(orderListOf({ orders: null })).toEqual([]);
		expect(orderListOf({ value: '' })).toEqual([]);
		expect(orderListOf({ total: 1, page: 2 })).toBeUndefined();
		expect(orderListOf('text')).toBeUndefined();
	});

	test('a reply that holds no list is an error naming what was expected', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"total":1,"page":2}' } } as never);
		const result = await runWorkflow(getAll({ returnAll: true }), { credentials: credentials() });
		expect(result.error()?.message).toBe('i.materialise error 200: Expected a list of orders but got an object with the keys "total", "page"');
	});

	test('a wrong API code: i.materialise\'s code 101 and message, the code nowhere in the output', async () => {
		const other = '11111111-2222-4333-8444-555555555555';
		const result = await runWorkflow(getAll({ returnAll: true }), { credentials: credentialsFor(api.url, { apiCode: other }) });
		expect(result.error()?.message).toBe('i.materialise error 400 (code 101): Wrong API code');
		expect(everything(result.error())).not.toContain(other);
	});

	describe('bad input is refused before any request', () => {
		test.each([
			[{ dateFrom: '31-02-2026' }, 'Item 0: "Date From" ("31-02-2026") is not a date', 'Pick a date, or give an ISO date (2026-11-30) or DD-MM-YYYY (30-11-2026).'],
			[{ dateFrom: '2026-11-30', dateTo: '2026-11-01' }, 'Item 0: "Date From" (2026-11-30) is after "Date To" (2026-11-01)', 'Give a Date From on or before the Date To, or leave one of them out.'],
			[{ status: 'Printed' }, 'Item 0: "Status" ("Printed") is not one of the statuses i.materialise documents', 'Pick one of Cancelled, Delivered, InProduction, Invalid, Ordered, ReadyToPickUp, ReadyToShip, Shipped, or remove the Status filter for every status.'],
		])('%j', async (filters, message, description) => {
			const result = await runWorkflow(getAll({ returnAll: true, filters }), { credentials: credentials() });
			expectRefusedBeforeAnyRequest(result, api.server, message, description);
		});

		test('a Limit that is not a whole number', async () => {
			const result = await runWorkflow(getAll({ returnAll: false, limit: 2.5 }), { credentials: credentials() });
			expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Limit" (2.5) is not a whole number', 'Give a whole number, without decimals.');
		});
	});
});
