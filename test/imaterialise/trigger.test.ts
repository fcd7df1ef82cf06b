// The i.materialise Trigger, polled through n8n's engine (PollContext, as an active workflow runs
// it) against the sandbox: the Order Statistics request each poll sends (GET /web-api/orders with
// dateFrom, dateTo and status) and the orders each poll emits, once per order and state.
import { DateTime } from 'luxon';

import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { setOrderStatus } from '../../sandbox/imaterialise/orders';
import { DEFAULT_LOOK_BACK_DAYS, IMaterialiseTrigger } from '../../nodes/IMaterialise/IMaterialiseTrigger.node';
import { ORDER_STATUSES } from '../../nodes/IMaterialise/orderList';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { restoreClock, stopClockAt } from '../harness/clock';
import { credentialsFor, imaterialiseSandbox } from './setup';

const api = imaterialiseSandbox();
const NODE = 'i.materialise Trigger';
const STATE = `node:${NODE}`;
const ZONE = 'Europe/Brussels';

function triggerWorkflow(parameters: Record<string, unknown> = {}): WorkflowJson {
	return {
		settings: { timezone: ZONE },
		nodes: [
			{
				id: 'trigger',
				name: NODE,
				type: 'n8n-nodes-invoicing.iMaterialiseTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: parameters as never,
				credentials: { iMaterialiseApi: { id: '1', name: 'i.materialise (test)' } },
			},
		],
		connections: {},
	};
}

/** The clock stopped at `iso` in the workflow's zone, the demo orders dated from that day. */
function clockAt(iso: string): DateTime {
	const now = DateTime.fromISO(iso, { zone: ZONE });
	stopClockAt(now);
	api.server.dateOrders(now.toISODate()!);
	return now.startOf('day');
}
afterEach(restoreClock);

const credentials = () => credentialsFor(api.url);
const poller = async (parameters: Record<string, unknown> = {}) => await activePoller(triggerWorkflow(parameters), NODE, { credentials: credentials() });
type Poller = Awaited<ReturnType<typeof poller>>;

async function numbersOf(p: Poller): Promise<string[]> {
	const out = await p.poll();
	return (out?.[0] ?? []).map((item) => item.json.orderNumber as string);
}
const queries = () => api.server.received('GET', '/web-api/orders').map((r) => r.query);

describe('i.materialise Trigger › manual run ("Fetch Test Event")', () => {
	test('lists the look-back window in the watched status and returns the last order listed', async () => {
		clockAt('2026-11-30T10:00:00');
		const result = await runWorkflow(triggerWorkflow({ status: 'InProduction' }), { credentials: credentials() });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/web-api/orders');
		expect(request.query).toEqual({ dateFrom: '31-10-2026', dateTo: '30-11-2026', status: 'InProduction' });
		expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
		expect(request.headers.accept).toBe('application/json');
		expect(result.items().map((item) => item.json.orderNumber)).toEqual(['IM-1002']);
		expect(result.items()[0].json).toEqual({
			orderId: IMATERIALISE_ORDERS.second,
			orderNumber: 'IM-1002',
			status: 'InProduction',
			uploadDate: '28-11-2026',
			customer: 'Studio Lumen',
			total: 62,
		});
	});

	test('Any Status sends no status; nothing in the window: no item', async () => {
		clockAt('2026-11-30T10:00:00');
		const result = await runWorkflow(triggerWorkflow({ status: 'any', lookBackDays: 1 }), { credentials: credentials() });
		expect(queries()).toEqual([{ dateFrom: '29-11-2026', dateTo: '30-11-2026' }]);
		expect(result.items().map((item) => item.json.status)).toEqual(['Ordered']);
	});
});

describe('i.materialise Trigger › scheduled polls', () => {
	test('the first poll only records; an order reaching Ready to Ship is emitted once, by the next poll only', async () => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller({ status: 'ReadyToShip' });
		expect(await numbersOf(p)).toEqual([]);
		expect(await numbersOf(p)).toEqual([]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.open, 'ReadyToShip');
		expect(await numbersOf(p)).toEqual(['IM-1001']);
		expect(await numbersOf(p)).toEqual([]);
		for (const query of queries()) {
			expect(query).toEqual({ dateFrom: '31-10-2026', dateTo: '30-11-2026', status: 'ReadyToShip' });
		}
		expect(DEFAULT_LOOK_BACK_DAYS).toBe(30);
	});

	test('de-duplicated by order and state: Any Status emits an order again in each new status, never twice in one', async () => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller({ status: 'any' });
		expect(await numbersOf(p)).toEqual([]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.second, 'ReadyToShip');
		setOrderStatus(api.server, IMATERIALISE_ORDERS.ordered, 'InProduction');
		const out = await p.poll();
		expect((out?.[0] ?? []).map((item) => [item.json.orderNumber, item.json.status])).toEqual([
			['IM-1002', 'ReadyToShip'],
			['IM-1003', 'InProduction'],
		]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.second, 'Shipped');
		expect(await numbersOf(p)).toEqual(['IM-1002']);
		expect(await numbersOf(p)).toEqual([]);
		// Back in a status it was seen in within the window: not emitted again.
		setOrderStatus(api.server, IMATERIALISE_ORDERS.second, 'ReadyToShip');
		expect(await numbersOf(p)).toEqual([]);
	});

	test('look-back: an order uploaded 20 days ago that reaches the status late is seen; one uploaded before the window is not', async () => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller({ status: 'ReadyToShip', lookBackDays: 21 });
		expect(await numbersOf(p)).toEqual([]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.shipped, 'ReadyToShip'); // uploaded 20 days ago
		setOrderStatus(api.server, IMATERIALISE_ORDERS.delivered, 'ReadyToShip'); // uploaded 40 days ago
		expect(await numbersOf(p)).toEqual(['IM-0996']);
		expect(queries().at(-1)).toEqual({ dateFrom: '09-11-2026', dateTo: '30-11-2026', status: 'ReadyToShip' });
	});

	test('the memory survives days and is kept in the workflow\'s static data; a failed poll emits nothing and loses nothing', async () => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller({ status: 'ReadyToShip' });
		expect(await numbersOf(p)).toEqual([]);
		const state = p.workflow.staticData[STATE] as Record<string, unknown>;
		expect(state.lastDay).toBe('2026-11-30');
		expect(state.status).toBe('ReadyToShip');
		setOrderStatus(api.server, IMATERIALISE_ORDERS.open, 'ReadyToShip');
		api.server.injectFault({ kind: 'server-error', status: 500, times: 0 });
		await expect(p.poll()).rejects.toThrow('i.materialise error 500');
		api.server.clearFaults();
		stopClockAt(DateTime.fromISO('2026-12-01T09:00:00', { zone: ZONE }));
		expect(await numbersOf(p)).toEqual(['IM-1001']);
		expect(queries().at(-1)).toEqual({ dateFrom: '01-11-2026', dateTo: '01-12-2026', status: 'ReadyToShip' });
		expect(await numbersOf(p)).toEqual([]);
	});

	test('XML replies (Response Format XML): the same orders, once', async () => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller({ status: 'ReadyToShip', options: { responseFormat: 'xml' } });
		expect(await numbersOf(p)).toEqual([]);
		setOrderStatus(api.server, IMATERIALISE_ORDERS.open, 'ReadyToShip');
		const out = await p.poll();
		expect(api.server.received().at(-1)?.headers.accept).toBe('application/xml');
		expect(out?.[0].map((item) => item.json)).toEqual([
			{ orderId: IMATERIALISE_ORDERS.open, orderNumber: 'IM-1001', status: 'ReadyToShip', uploadDate: '27-11-2026', customer: 'Atelier Vos', total: '184.5' },
		]);
		expect(await numbersOf(p)).toEqual([]);
	});

	test('switching the watched status starts over: the next poll only records', async () => {
		clockAt('2026-11-30T10:00:00');
		const first = await poller({ status: 'ReadyToShip' });
		expect(await numbersOf(first)).toEqual([]);
		const json = triggerWorkflow({ status: 'Shipped' });
		const second = await activePoller({ ...json, staticData: first.workflow.staticData } as never, NODE, { credentials: credentials() });
		expect(await numbersOf(second)).toEqual([]);
	});

	test.each([
		[{ status: 'Printed' }, '"Status To Watch" ("Printed") is not a status i.materialise documents'],
		[{ status: 'ReadyToShip', lookBackDays: 0 }, 'Look-Back (Days) is 0'],
	])('bad settings are refused before any request: %j', async (parameters, message) => {
		clockAt('2026-11-30T10:00:00');
		const p = await poller(parameters);
		await expect(p.poll()).rejects.toThrow(message);
		expect(api.server.received()).toEqual([]);
	});
});

test('Status To Watch offers Any Status and exactly the documented statuses', () => {
	const field = new IMaterialiseTrigger().description.properties.find((p) => p.name === 'status')!;
	expect(field.options).toEqual([{ name: 'Any Status', value: 'any', description: 'Every order listed in a state not seen before' }, ...ORDER_STATUSES]);
});
