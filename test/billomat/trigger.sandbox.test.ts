// The Billomat sandbox's webhooks (sandbox/billomat/webhooks.ts), as Billomat documents them at
// https://www.billomat.com/en/api/webhooks/: after each successful write through the API the
// configured URL gets a POST of the record (JSON or XML) with the X-Billomat-Webhook-* headers
// and, when set, HTTP basic auth; a failed delivery never changes the API's reply. Last, the
// sandbox's calls go into the Billomat Trigger through n8n-core's WebhookContext.
import type { IncomingMessage, Server } from 'http';
import { createServer } from 'http';
import type { AddressInfo } from 'net';

import { Elsewhere } from '../../sandbox/framework';
import { BILLOMAT_DEMO_API_KEY, BillomatSandbox } from '../../sandbox/billomat';
import { parseXml } from '../../nodes/shared/xml';
import { useSandbox } from '../harness/sandbox';
import type { WebhookAnswer } from '../harness/webhook';
import { callWebhook } from '../harness/webhook';
import { TRIGGER, triggerWorkflow } from './trigger.fixtures';

const api = useSandbox(() => new BillomatSandbox());
const receiver = useSandbox(() => new Elsewhere());

async function call(method: string, path: string, body?: unknown) {
	const response = await fetch(`${api.url}/api${path}`, {
		method,
		headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, 'Content-Type': 'application/json', Accept: 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function control(method: string, path: string, body?: unknown) {
	const response = await fetch(`${api.url}/__billomat/webhook${path}`, {
		method,
		headers: { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const arrived = () => receiver.server.received();
const json = (index: number) => JSON.parse(arrived()[index].body.toString('utf8')) as Record<string, Record<string, unknown>>;

describe('Billomat sandbox › webhook firing', () => {
	test('a payment recorded through the API is POSTed as invoice-payment.create, JSON, with the documented headers', async () => {
		await control('PUT', '', { url: `${receiver.url}/hook`, events: ['invoice-payment.create'], format: 'json' });
		const reply = await call('POST', '/invoice-payments', { 'invoice-payment': { invoice_id: 1, amount: 50, date: '2026-11-30', type: 'BANK_TRANSFER' } });
		expect(reply.status).toBe(201);
		await api.server.webhooks.settled();

		expect(arrived()).toHaveLength(1);
		const [request] = arrived();
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/hook');
		expect(request.headers).toMatchObject({
			'content-type': 'application/json',
			'user-agent': 'Billomat-Webhook',
			'x-billomat-webhook-id': '1',
			'x-billomat-webhook-request-id': '510',
			'x-billomat-webhook-event': 'invoice-payment.create',
		});
		expect(request.headers.authorization).toBeUndefined();
		// The record exactly as the API's reply had it.
		expect(json(0)).toEqual(reply.body);
		expect(json(0)['invoice-payment']).toMatchObject({ invoice_id: '1', amount: '50', type: 'BANK_TRANSFER' });
		expect(api.server.webhooks.deliveries).toEqual([
			expect.objectContaining({ requestId: 510, event: 'invoice-payment.create', status: 200, ok: true }),
		]);
		// Control calls stay out of the API request log.
		expect(api.server.received().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/invoice-payments']);
	});

	test('XML with basic auth: completing a draft fires invoice.update with the record after the action', async () => {
		api.server.webhooks.configure({ url: `${receiver.url}/hook`, events: ['*'], format: 'xml', user: 'hook', password: 's3cret' });
		const reply = await call('PUT', '/invoices/2/complete', { complete: {} });
		expect(reply.status).toBe(200);
		await api.server.webhooks.settled();

		const [request] = arrived();
		expect(request.headers['content-type']).toBe('application/xml');
		expect(request.headers['x-billomat-webhook-event']).toBe('invoice.update');
		expect(request.headers.authorization).toBe(`Basic ${Buffer.from('hook:s3cret').toString('base64')}`);
		const invoice = parseXml(request.body.toString('utf8')).invoice as Record<string, unknown>;
		expect(invoice.id).toBe('2');
		expect(invoice.status).toBe('OPEN');
		expect(invoice.invoice_number).toBe(api.server.invoices.get(2)!.invoice_number);
	});

	test('a delete fires <record>.delete with the record as it was; request ids go up', async () => {
		api.server.webhooks.configure({ url: `${receiver.url}/hook`, events: ['*'], format: 'json' });
		expect((await call('PUT', '/invoices/2', { invoice: { label: 'Changed' } })).status).toBe(200);
		expect((await call('DELETE', '/invoices/2')).status).toBe(200);
		await api.server.webhooks.settled();

		expect(arrived().map((r) => [r.headers['x-billomat-webhook-event'], r.headers['x-billomat-webhook-request-id']])).toEqual([
			['invoice.update', '510'],
			['invoice.delete', '511'],
		]);
		expect(json(0).invoice).toMatchObject({ id: '2', label: 'Changed', status: 'DRAFT' });
		expect(json(1).invoice).toMatchObject({ id: '2', label: 'Changed', status: 'DRAFT' });
	});

	test('reads, refused writes and events not chosen fire nothing', async () => {
		api.server.webhooks.configure({ url: `${receiver.url}/hook`, events: ['client.create'], format: 'json' });
		await call('GET', '/invoices/1');
		// Only drafts can be deleted: a 400, nothing happened.
		expect((await call('DELETE', '/invoices/1')).status).toBe(400);
		// Chosen: no.
		expect((await call('PUT', '/invoices/2', { invoice: { label: 'x' } })).status).toBe(200);
		await api.server.webhooks.settled();
		expect(arrived()).toEqual([]);
		expect(api.server.webhooks.deliveries).toEqual([]);
	});

	test('a URL that fails or answers non-2xx is recorded as a failed delivery; the API reply is unchanged', async () => {
		receiver.server.injectFault({ kind: 'reply', reply: { status: 401, body: { message: 'Authorization is required' } } });
		api.server.webhooks.configure({ url: `${receiver.url}/hook`, events: ['*'], format: 'json' });
		const first = await call('POST', '/invoice-payments', { 'invoice-payment': { invoice_id: 1, amount: 10 } });
		expect(first.status).toBe(201);
		// Nobody listens on the second URL.
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		api.server.webhooks.configure({ url: `http://127.0.0.1:${port}/hook`, events: ['*'], format: 'json' });
		const second = await call('POST', '/invoice-payments', { 'invoice-payment': { invoice_id: 1, amount: 10 } });
		expect(second.status).toBe(201);
		await api.server.webhooks.settled();

		expect(api.server.webhooks.deliveries).toEqual([
			expect.objectContaining({ requestId: 510, event: 'invoice-payment.create', status: 401, ok: false }),
			expect.objectContaining({ requestId: 511, event: 'invoice-payment.create', ok: false, error: 'TypeError: fetch failed (ECONNREFUSED)' }),
		]);
		expect(api.server.webhooks.deliveries[1].status).toBeUndefined();
		expect(api.server.invoices.get(1)!.paid_amount).toBe(20);
	});

	test('the test-event control route fires a chosen event with demo data, or a given record', async () => {
		expect((await control('POST', '/test', { event: 'invoice.create' })).status).toBe(409);
		expect((await control('PUT', '', { url: `${receiver.url}/hook`, events: ['client.create'], format: 'json' })).status).toBe(200);
		const first = await control('POST', '/test', { event: 'invoice-payment.create' });
		expect(first.status).toBe(202);
		const second = await control('POST', '/test', { event: 'client.update', id: 476 });
		expect(second.status).toBe(202);
		expect((await control('POST', '/test', { event: 'client.update', id: 999999 })).status).toBe(404);
		expect((await control('POST', '/test', { event: 'nothing' })).status).toBe(400);
		await api.server.webhooks.settled();

		expect(arrived().map((r) => r.headers['x-billomat-webhook-event'])).toEqual(['invoice-payment.create', 'client.update']);
		expect(json(0)['invoice-payment']).toMatchObject({ id: '1' });
		expect(json(1).client).toMatchObject({ id: '476' });
		const state = await control('GET', '');
		expect(state.body.webhook).toEqual({ id: 1, url: `${receiver.url}/hook`, events: ['client.create'], format: 'json' });
		expect(state.body.deliveries).toHaveLength(2);
		expect(api.server.received()).toEqual([]);
	});

	test('the control route refuses a configuration it cannot use', async () => {
		expect((await control('PUT', '', { url: 'ftp://x', format: 'json' })).status).toBe(400);
		expect((await control('PUT', '', { url: `${receiver.url}/hook`, format: 'yaml' })).status).toBe(400);
		expect((await control('PUT', '', { url: `${receiver.url}/hook`, events: ['not an event'] })).status).toBe(400);
		expect((await control('DELETE', '')).status).toBe(200);
		expect(api.server.webhooks.config).toBeUndefined();
	});

	test('a reset forgets the webhook', async () => {
		api.server.webhooks.configure({ url: `${receiver.url}/hook`, events: ['*'], format: 'json' });
		api.server.reset();
		await call('POST', '/invoice-payments', { 'invoice-payment': { invoice_id: 1, amount: 10 } });
		await api.server.webhooks.settled();
		expect(arrived()).toEqual([]);
	});
});

describe('Billomat sandbox → Billomat Trigger', () => {
	/** An HTTP front for the trigger: each call goes through callWebhook, its answer goes back. */
	let front: Server;
	let frontUrl = '';
	const answers: WebhookAnswer[] = [];
	let parameters: Record<string, unknown> = {};
	beforeAll(async () => {
		front = createServer((req: IncomingMessage, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
				void callWebhook(triggerWorkflow(parameters), TRIGGER, { headers, body: Buffer.concat(chunks).toString('utf8') }, {
					credentials: { billomatWebhookApi: { user: 'hook', password: 's3cret' } },
				}).then((answer) => {
					answers.push(answer);
					res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
					res.end(JSON.stringify(answer.body));
				});
			});
		});
		await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
		frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}/webhook`;
	});
	afterAll(async () => await new Promise<void>((resolve) => front.close(() => resolve())));
	beforeEach(() => (answers.length = 0));

	test.each(['json', 'xml'] as const)('a payment recorded through the API, sent as %s with basic auth, starts the trigger with the payment', async (format) => {
		parameters = { events: ['invoice-payment.create'], authentication: 'basicAuth' };
		api.server.webhooks.configure({ url: frontUrl, events: ['*'], format, user: 'hook', password: 's3cret' });
		const reply = await call('POST', '/invoice-payments', {
			'invoice-payment': { invoice_id: 1, amount: 107.1, date: '2026-11-30', type: 'PAYPAL', comment: 'Thanks' },
		});
		expect(reply.status).toBe(201);
		await api.server.webhooks.settled();

		expect(api.server.webhooks.deliveries).toEqual([expect.objectContaining({ event: 'invoice-payment.create', status: 200, ok: true })]);
		expect(answers).toHaveLength(1);
		expect(answers[0].items?.map((item) => item.json)).toEqual([
			{
				event: 'invoice-payment.create',
				resource: 'invoice-payment',
				webhookId: 1,
				requestId: 510,
				record: {
					id: 2,
					created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
					invoice_id: 1,
					user_id: 1,
					date: '2026-11-30',
					amount: 107.1,
					comment: 'Thanks',
					transaction_purpose: null,
					type: 'PAYPAL',
				},
			},
		]);
	});

	test('a wrong password in Billomat: the trigger answers 401, the sandbox records the failed delivery', async () => {
		parameters = { events: ['*'], authentication: 'basicAuth' };
		api.server.webhooks.configure({ url: frontUrl, events: ['*'], format: 'json', user: 'hook', password: 'wrong' });
		expect((await call('POST', '/invoice-payments', { 'invoice-payment': { invoice_id: 1, amount: 10 } })).status).toBe(201);
		await api.server.webhooks.settled();
		expect(api.server.webhooks.deliveries).toEqual([expect.objectContaining({ status: 401, ok: false })]);
		expect(answers[0].items).toBeUndefined();
	});
});
