import { SHOPWAVE_DEMO_TOKEN } from '../../sandbox/shopwave';
import { shopwaveSandbox } from './helpers';

const api = shopwaveSandbox();
const byId = shopwaveSandbox({ replyKeys: 'invoiceId' });

async function post(url: string, invoices: object, headers: Record<string, string> = {}) {
	const response = await fetch(`${url}/invoice`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${SHOPWAVE_DEMO_TOKEN}`, 'Content-Type': 'application/json', ...headers },
		body: JSON.stringify({ invoices }),
	});
	return { status: response.status, body: (await response.json()) as { invoices?: Record<string, { id: number }>; api: { message: { error?: Record<string, { details: string }> } } } };
}

const create = { storeId: 1001, invoiceItems: { line0: { name: 'Tea', price: '3.20', quantity: 1 } } };

describe('Shopwave sandbox › POST /invoice reply keys (both readings of invoices[{invoiceId}])', () => {
	test('by default the reply keeps the request keys', async () => {
		const { status, body } = await post(api.url, { item0: create, '5001': { id: 5001, note: 'n' } });
		expect(status).toBe(201);
		expect(Object.keys(body.invoices!).sort()).toEqual(['5001', 'item0']);
		expect(body.invoices!.item0.id).toBe(5004);
	});

	test('replyKeys "invoiceId" (constructor option, or the X-Sandbox-Reply-Keys header) keys saved invoices by ID, errors by the request key', async () => {
		const { body } = await post(byId.url, { item0: create, item1: { storeId: 2001 } });
		expect(Object.keys(body.invoices!)).toEqual(['5004']);
		expect(Object.keys(body.api.message.error!)).toEqual(['item1']);
		const switched = await post(api.url, { item0: create }, { 'X-Sandbox-Reply-Keys': 'invoiceId' });
		expect(Object.keys(switched.body.invoices!)).toEqual(['5004']);
		api.server.replyKeys = 'invoiceId';
		expect(Object.keys((await post(api.url, { item0: create })).body.invoices!)).toEqual(['5005']);
		api.server.reset();
		expect(api.server.replyKeys).toBe('request');
		expect(byId.server.replyKeys).toBe('invoiceId');
	});

	test('an update keyed other than by its invoice ID, or an invoice item by other than its item ID, is refused (913)', async () => {
		const invoice = await post(api.url, { item0: { id: 5001, note: 'n' } });
		expect(invoice.status).toBe(400);
		expect(invoice.body.api.message.error!.item0.details).toBe('invoices[item0] carries id 5001: an invoice to update is keyed by its id (invoices[5001])');
		const item = await post(api.url, { '5001': { id: 5001, invoiceItems: { line0: { id: 9002, quantity: 3 } } } });
		expect(item.body.api.message.error!['5001'].details).toBe(
			'invoiceItems[line0] carries id 9002: an invoice item to update is keyed by its id (invoiceItems[9002])',
		);
	});

	test('injectFaultAfter(1, …) hits the 2nd POST /invoice only', async () => {
		api.server.injectFaultAfter(1, { kind: 'server-error' });
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await post(api.url, { item0: create }).catch(() => ({ status: 'failed' }))).status);
		expect(statuses).toEqual([201, 503, 201]);
	});
});
