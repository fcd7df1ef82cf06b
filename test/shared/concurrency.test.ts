// Options › Concurrent Requests (nodes/shared/router.ts): several input items in flight for one
// node run, through the real engine against the InvoiceXpress sandbox. A counting proxy in front of
// the sandbox holds each request back a little so they overlap, and records how many were in flight
// at once. The output must be what one-at-a-time execution gives: same items, same order, same
// pairedItem; failures at their place under continueOnFail; without it, the first failing item's
// error, naming the later items that were already carried out; no write sent twice.
import { createServer, request as httpRequest } from 'http';
import type { AddressInfo } from 'net';
import type { Server } from 'http';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { client, credentials } from '../invoicexpress/client.setup';

const api = useSandbox(() => new InvoiceXpressSandbox());

/** A pass-through proxy that holds each request `holdMs` before forwarding it, counting those in flight. */
class CountingProxy {
	inFlight = 0;
	most = 0;
	private server?: Server;
	url = '';
	/** Paths held back less, so their reply comes first (a failing item before the others). */
	readonly quick = new Set<string>();
	constructor(private readonly target: () => string, private readonly holdMs = 150) {}

	async listen(): Promise<void> {
		this.server = createServer((req, res) => {
			this.inFlight++;
			this.most = Math.max(this.most, this.inFlight);
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				const quick = this.quick.has(new URL(req.url ?? '/', 'http://x').pathname);
				setTimeout(() => {
					const target = new URL(req.url ?? '/', this.target());
					const forward = httpRequest(target, { method: req.method, headers: req.headers }, (reply) => {
						res.writeHead(reply.statusCode ?? 502, reply.headers);
						reply.pipe(res);
						reply.on('end', () => this.inFlight--);
					});
					forward.end(Buffer.concat(chunks));
				}, quick ? 0 : this.holdMs);
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}
}

const proxy = new CountingProxy(() => api.url);
beforeAll(async () => await proxy.listen());
afterAll(async () => await proxy.close());
beforeEach(() => {
	proxy.most = 0;
	proxy.quick.clear();
});

/** The node's Client › Get of `$json.id`, with Options › Concurrent Requests. */
function getClients(ids: number[], concurrentRequests?: number, continueOnFail = false) {
	return client(
		'get',
		{ clientId: '={{ $json.id }}', simplify: false, options: concurrentRequests ? { concurrentRequests } : {} },
		ids.map((id) => ({ json: { id } })),
		continueOnFail,
	);
}

const IDS = [501, 502, 501, 502, 501, 502, 501, 502, 501, 502];

describe('Options › Concurrent Requests', () => {
	test('Get with 4 in flight: the output equals the sequential output, items and pairedItem in input order', async () => {
		const sequential = await runWorkflow(getClients(IDS, 1), { credentials: credentials(proxy.url) });
		expect(proxy.most).toBe(1);
		const concurrent = await runWorkflow(getClients(IDS, 4), { credentials: credentials(proxy.url) });
		expect(proxy.most).toBeGreaterThan(1);
		expect(proxy.most).toBeLessThanOrEqual(4);
		expect(concurrent.items()).toEqual(sequential.items());
		expect(concurrent.items().map((item) => item.pairedItem)).toEqual(IDS.map((_, item) => ({ item })));
		expect(concurrent.items().map((item) => item.json.id)).toEqual(IDS);
		// One request per item, no more.
		expect(api.server.received('GET', '/clients/')).toHaveLength(2 * IDS.length);
	});

	test('continueOnFail: failures at mixed positions become error items at their place', async () => {
		const ids = [999, 501, 998, 502, 501, 997];
		const sequential = await runWorkflow(getClients(ids, 1, true), { credentials: credentials(proxy.url) });
		const concurrent = await runWorkflow(getClients(ids, 4, true), { credentials: credentials(proxy.url) });
		expect(proxy.most).toBeGreaterThan(1);
		expect(concurrent.items()).toEqual(sequential.items());
		expect(concurrent.items().map((item) => [item.pairedItem, item.json.error ? 'error' : item.json.id])).toEqual([
			[{ item: 0 }, 'error'],
			[{ item: 1 }, 501],
			[{ item: 2 }, 'error'],
			[{ item: 3 }, 502],
			[{ item: 4 }, 501],
			[{ item: 5 }, 'error'],
		]);
		expect(concurrent.items()[2].json.error).toBe('InvoiceXpress error 404: Client 998 is unknown');
	});

	test('without continueOnFail: the first failing item’s error, naming the later items already carried out', async () => {
		const result = await runWorkflow(getClients([501, 999, 502, 501], 4), { credentials: credentials(proxy.url) });
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 404: Client 999 is unknown');
		expect(error.context?.itemIndex).toBe(1);
		// Items 0–3 start together; 2 and 3 were carried out although item 1 failed.
		expect(error.description).toBe(
			'The ID does not match any client of the account: pick the client from the list, or check the ID.\n\n' +
				'Items 2, 3 (after item 1) were already carried out: they were in flight when item 1 failed. Their results are not output; check them before running the workflow again.',
		);
		expect(api.server.received('GET', '/clients/').map((r) => r.path).sort()).toEqual(
			['/clients/501.json', '/clients/999.json', '/clients/502.json', '/clients/501.json'].sort(),
		);
	});

	test('without continueOnFail: no item starts after the first failure (as one at a time stops there)', async () => {
		proxy.quick.add('/clients/999.json');
		const result = await runWorkflow(getClients([999, 501, 502, 501, 502, 501, 502, 501], 2), { credentials: credentials(proxy.url) });
		expect(result.error()!.context?.itemIndex).toBe(0);
		// Item 0 failed while item 1 was in flight; nothing after them was sent.
		expect(api.server.received('GET', '/clients/').map((r) => r.path).sort()).toEqual(['/clients/501.json', '/clients/999.json']);
		expect(result.error()!.description).toContain('Item 1 (after item 0) was already carried out: it was in flight when item 0 failed.');
	});

	test('the lowest failing item is the one reported when several fail in flight', async () => {
		const result = await runWorkflow(getClients([501, 502, 998, 999], 4), { credentials: credentials(proxy.url) });
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 404: Client 998 is unknown');
		expect(error.context?.itemIndex).toBe(2);
		expect(error.description ?? '').not.toContain('already carried out');
	});

	test('a write (Client › Create) with 4 in flight: each item sent exactly once, output in input order', async () => {
		const names = Array.from({ length: 8 }, (_, i) => `Concurrent ${i}`);
		const workflow = client(
			'create',
			{ name: '={{ $json.name }}', code: '={{ $json.code }}', options: { concurrentRequests: 4 } },
			names.map((name, i) => ({ json: { name, code: `CC${i}` } })),
		);
		const result = await runWorkflow(workflow, { credentials: credentials(proxy.url) });
		expect(proxy.most).toBeGreaterThan(1);
		const posts = api.server.received('POST', '/clients.json');
		expect(posts).toHaveLength(names.length);
		expect(posts.map((r) => JSON.parse(r.body.toString('utf8')).client.name).sort()).toEqual([...names].sort());
		expect(result.items().map((item) => [item.pairedItem, item.json.name])).toEqual(names.map((name, item) => [{ item }, name]));
	});

	test('without the option: InvoiceXpress reads and creates keep 3 in flight, other writes one at a time', async () => {
		const read = await runWorkflow(getClients(IDS), { credentials: credentials(proxy.url) });
		expect(proxy.most).toBe(3);
		expect(read.items().map((item) => [item.pairedItem, item.json.id])).toEqual(IDS.map((id, item) => [{ item }, id]));

		proxy.most = 0;
		const names = Array.from({ length: 6 }, (_, i) => `Default ${i}`);
		const created = await runWorkflow(
			client('create', { name: '={{ $json.name }}', code: '={{ $json.code }}' }, names.map((name, i) => ({ json: { name, code: `DF${i}` } }))),
			{ credentials: credentials(proxy.url) },
		);
		expect(proxy.most).toBe(3);
		expect(api.server.received('POST', '/clients.json')).toHaveLength(names.length);
		expect(created.items().map((item) => [item.pairedItem, item.json.name])).toEqual(names.map((name, item) => [{ item }, name]));

		// An update may name the same record twice: one at a time, in input order.
		proxy.most = 0;
		const updates = [501, 502, 501, 502];
		await runWorkflow(
			client('update', { clientId: '={{ $json.id }}', updateFields: { observations: '={{ "note " + $itemIndex }}' } }, updates.map((id) => ({ json: { id } }))),
			{ credentials: credentials(proxy.url) },
		);
		expect(proxy.most).toBe(1);
		expect(api.server.received('PUT', '/clients/').map((r) => r.path)).toEqual(updates.map((id) => `/clients/${id}.json`));
	});

	test('the option is offered in Options (1 by default, at most 10) and a value above 10 sends at most 10', async () => {
		const ids = Array.from({ length: 14 }, (_, i) => (i % 2 ? 501 : 502));
		await runWorkflow(getClients(ids, 50), { credentials: credentials(proxy.url) });
		expect(proxy.most).toBeGreaterThan(1);
		expect(proxy.most).toBeLessThanOrEqual(10);
	});
});
