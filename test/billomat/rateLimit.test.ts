import { packageModule } from '../harness/registry';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();
// The node's own transport module (source or dist), whose budget memory the runs fill.
const transport = packageModule<typeof import('../../nodes/Billomat/transport')>('nodes/Billomat/transport');

const threeGets = { input: [{ json: { id: 1 } }, { json: { id: 3 } }, { json: { id: 4 } }] };

describe('Billomat › rate limit (300 requests per quarter hour)', () => {
	test('every reply carries X-Rate-Limit-Remaining and X-Rate-Limit-Reset (epoch seconds)', async () => {
		const reply = await fetch(`${api.url}/api/invoices/1`, {
			headers: { 'X-BillomatApiKey': 'bm-demo-3f9c2a71d8e54b06a1c7', Accept: 'application/json' },
		});
		expect(reply.headers.get('x-rate-limit-remaining')).toBe('299');
		const reset = Number(reply.headers.get('x-rate-limit-reset'));
		expect(reset % 900).toBe(0);
		expect(reset * 1000).toBeGreaterThan(Date.now());
		expect(reset * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
	});

	test('when Remaining reaches 0 the node waits for the reset instead of running into a 429', async () => {
		api.server.rateLimit = { budget: 2, appBudget: 2, windowMs: 1000 };
		const started = Date.now();
		const result = await run(api.url, { operation: 'get', invoiceId: '={{ $json.id }}' }, threeGets);
		const requests = api.server.received();
		expect(requests.map((r) => r.status)).toEqual([200, 200, 200]);
		expect(result.items().map((i) => i.json.invoice_number)).toEqual(['RE123', 'RE124', 'RE125']);
		// The third request went out only in the next one-second window.
		expect(Date.now() - started).toBeGreaterThanOrEqual(200);
	});

	test('Return All paging keeps within the budget across pages', async () => {
		api.server.addInvoices(2500);
		api.server.rateLimit = { budget: 2, appBudget: 2, windowMs: 1000 };
		const result = await run(api.url, { operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.query.page, r.status])).toEqual([
			['1', 200],
			['2', 200],
			['3', 200],
		]);
		expect(result.items()).toHaveLength(2505);
	});

	test('a 429 is waited out until X-Rate-Limit-Reset and the request repeated', async () => {
		// The windows are aligned to the clock: start early in one, so the request meets the spent
		// budget however slowly the machine builds the run (a 1 s window could roll over first).
		api.server.rateLimit = { budget: 5, appBudget: 5, windowMs: 2000 };
		await new Promise((resolve) => setTimeout(resolve, 2000 - (Date.now() % 2000) + 20));
		api.server.exhaustRateLimit();
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		const requests = api.server.received();
		expect(requests.map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json.invoice_number).toBe('RE123');
	});

	test('a 429 whose reset is further away than Max Rate-Limit Wait fails the item with a clear message', async () => {
		// The default window: the reset is the end of the current clock quarter.
		api.server.exhaustRateLimit();
		const result = await run(api.url, { operation: 'get', invoiceId: '1', options: { maxRateLimitWait: 1 } });
		const error = result.error()!;
		expect(error.message).toMatch(/^Billomat asked to wait \d+ s before the next request, longer than the maximum wait of 1 s$/);
		expect(error.description).toBe('Raise the node option "Max Rate-Limit Wait" or run the workflow later.');
		expect(api.server.received()).toHaveLength(1);
	});

	test('a used-up budget whose reset is too far away fails the next item without sending it', async () => {
		api.server.rateLimit = { budget: 1, appBudget: 1, windowMs: 15 * 60 * 1000 };
		const result = await run(
			api.url,
			{ operation: 'get', invoiceId: '={{ $json.id }}', options: { maxRateLimitWait: 1 } },
			{ ...threeGets, continueOnFail: true },
		);
		const items = result.items();
		expect(items[0].json.invoice_number).toBe('RE123');
		expect(items[1].json.error).toMatch(/^Billomat rate limit used up: the budget refills in \d+ s, longer than the maximum wait of 1 s$/);
		expect(items[1].json.httpCode).toBe('429');
		expect(items[2].json.error).toMatch(/^Billomat rate limit used up/);
		expect(api.server.received()).toHaveLength(1);
	});

	test('a plain 429 with Retry-After (no Billomat headers) is retried too', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		expect(api.server.received().map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json.id).toBe(1);
	});

	test('a 503 is retried for a GET without waiting for the quarter reset', async () => {
		api.server.injectFault({ kind: 'server-error' });
		const started = Date.now();
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		expect(api.server.received().map((r) => r.status)).toEqual([503, 200]);
		expect(result.items()[0].json.id).toBe(1);
		expect(Date.now() - started).toBeLessThan(10_000);
	});

	test('a registered app has its own, larger budget', async () => {
		api.server.rateLimit = { budget: 1, appBudget: 10, windowMs: 15 * 60 * 1000 };
		api.server.exhaustRateLimit();
		const result = await run(
			api.url,
			{ operation: 'get', invoiceId: '1' },
			{ credentials: { appId: 'demo-app-4711', appSecret: 'bm-app-secret-8c1e5f2a9d3b' } },
		);
		expect(result.items()[0].json.id).toBe(1);
		expect(api.server.received().map((r) => r.status)).toEqual([200]);
	});

	/** A burst limit: one 429 with budget left (Remaining 250) and the quarter's reset 899 s away. */
	const burstLimit = (headers: Record<string, string> = {}) =>
		api.server.injectFault({
			kind: 'reply',
			reply: {
				status: 429,
				headers: { ...headers, 'X-Rate-Limit-Remaining': '250', 'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 899) },
				body: { errors: { error: 'Too many requests at once' } },
			},
		});

	test('a one-off 429 with Retry-After: 1 and budget left waits about a second, not until the quarter-hour reset', async () => {
		burstLimit({ 'Retry-After': '1' });
		const started = Date.now();
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		const elapsed = Date.now() - started;
		expect(result.error()).toBeUndefined();
		expect(api.server.received().map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json.invoice_number).toBe('RE123');
		expect(elapsed).toBeGreaterThanOrEqual(900);
		expect(elapsed).toBeLessThan(10_000);
	});

	test('a 429 with budget left and no Retry-After waits the usual backoff, not the quarter-hour reset', async () => {
		burstLimit();
		const started = Date.now();
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		expect(result.error()).toBeUndefined();
		expect(api.server.received().map((r) => r.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeLessThan(10_000);
	});

	test('the process-wide budget memory is keyed by a digest of the account, never by the API key', async () => {
		await run(api.url, { operation: 'get', invoiceId: '1' });
		const keys = transport.rememberedBudgetKeys();
		expect(keys).toEqual([transport.budgetKey(`${api.url}/api`, { apiKey: BILLOMAT_DEMO_API_KEY })]);
		expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
		expect(keys.join(' ')).not.toContain(BILLOMAT_DEMO_API_KEY);
	});
});

