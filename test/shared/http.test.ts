// The shared HTTP core's retry rules (nodes/shared/http.ts), run through the engine by the test
// node `test.httpProbe` against a loopback server with fault injection.
import { Sandbox } from '../../sandbox/framework';
import { everything, useSandbox } from '../harness/sandbox';
import { PROBE_KEY, probeAt, ThingsSandbox } from './probe';

const KEY = PROBE_KEY;

const api = useSandbox(() => new ThingsSandbox());

const probe = (parameters: Record<string, unknown>) => probeAt(api.url, parameters);

describe('shared HTTP core › retries', () => {
	test('retries a 429 after the Retry-After the server gave (0 s here)', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
		const result = await probe({});
		expect(api.server.received().map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json).toMatchObject({ statusCode: 200, body: '{"ok":true}' });
	});

	test('refuses to wait longer than the maximum wait a Retry-After asks for', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 120 });
		const result = await probe({ maxWaitMs: 60000 });
		expect(api.server.received()).toHaveLength(1);
		expect(result.error()?.message).toBe(
			'Probe asked to wait 120 s before the next request, longer than the maximum wait of 60 s',
		);
		// The probe has no "Max Rate-Limit Wait" option, so the advice does not name one.
		expect(result.error()?.description).toBe('Run the workflow later, or send fewer items per run.');
	});

	test('Retry-After wins over the provider reset hint: a one-off 429 waits 1 s, not until the reset', async () => {
		const reset = String(Math.floor(Date.now() / 1000) + 899);
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 429, headers: { 'Retry-After': '1', 'X-Rate-Limit-Reset': reset }, body: {} },
		});
		const started = Date.now();
		const result = await probe({ resetHeader: 'X-Rate-Limit-Reset', maxWaitMs: 60000 });
		expect(api.server.received().map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json.statusCode).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(Date.now() - started).toBeLessThan(10_000);
	});

	test('without Retry-After, a 429 waits for the provider reset hint (refused here: longer than the maximum)', async () => {
		const reset = String(Math.floor(Date.now() / 1000) + 300);
		api.server.injectFault({ kind: 'reply', reply: { status: 429, headers: { 'X-Rate-Limit-Reset': reset }, body: {} } });
		const result = await probe({ resetHeader: 'X-Rate-Limit-Reset', maxWaitMs: 60000 });
		expect(api.server.received()).toHaveLength(1);
		expect(result.error()?.message).toMatch(/^Probe asked to wait (29\d|300) s before the next request/);
	});

	test('a reset hint on a 503 is not a rate limit: the GET is retried on backoff', async () => {
		const reset = String(Math.floor(Date.now() / 1000) + 300);
		api.server.injectFault({ kind: 'reply', reply: { status: 503, headers: { 'X-Rate-Limit-Reset': reset }, body: {} } });
		const result = await probe({ resetHeader: 'X-Rate-Limit-Reset', maxWaitMs: 60000 });
		expect(api.server.received().map((r) => r.status)).toEqual([503, 200]);
		expect(result.items()[0].json.statusCode).toBe(200);
	});

	test('retries a 503 on a GET but hands a 503 on a POST back without retrying it', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'GET' });
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'POST' });
		const get = await probe({});
		expect(get.items()[0].json.statusCode).toBe(200);
		expect(api.server.received('GET')).toHaveLength(2);

		const post = await probe({ method: 'POST', url: `${api.url}/things`, body: '{"name":"x"}' });
		expect(post.items()[0].json.statusCode).toBe(503);
		expect(api.server.received('POST')).toHaveLength(1);
		expect(api.server.created).toBe(0);
	});

	test('retries a 429 on a POST (the server did not process it) and creates once', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0, method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{"name":"x"}' });
		expect(api.server.received('POST').map((r) => r.status)).toEqual([429, 201]);
		expect(api.server.created).toBe(1);
		expect(result.items()[0].json.body).toBe('{"created":1}');
		expect(JSON.parse(api.server.received('POST')[1].body.toString())).toEqual({ name: 'x' });
		expect(api.server.received('POST')[1].headers['content-type']).toBe('application/json');
	});

	test('never retries a POST after a connection reset: it may have reached the server', async () => {
		api.server.injectFault({ kind: 'reset', method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{}' });
		expect(api.server.received('POST')).toHaveLength(1);
		const error = result.error()!;
		expect(error.message).toBe('Probe error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived');
		expect(error.description).toContain('Not retried automatically');
	});

	test('gives up on a GET after the configured number of retries, naming the network error', async () => {
		api.server.injectFault({ kind: 'reset', times: 0 });
		const result = await probe({ maxRetries: 2 });
		expect(api.server.received()).toHaveLength(3);
		expect(result.error()?.message).toBe(
			'Probe error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived',
		);
		expect(result.error()?.description).toBe('Gave up after 3 attempt(s).');
	});

	test('with Max Retries 0 a 429 is handed back at once', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
		const result = await probe({ maxRetries: 0 });
		expect(api.server.received()).toHaveLength(1);
		expect(result.items()[0].json.statusCode).toBe(429);
	});

	test('a reply slower than the timeout counts as a failure and a GET is tried again', async () => {
		api.server.injectFault({ kind: 'slow', delayMs: 400 });
		const result = await probe({ timeout: 150 });
		expect(api.server.received()).toHaveLength(2);
		expect(result.items()[0].json.statusCode).toBe(200);
	});

	test('the reply says whether the request was treated as safe to repeat, and how many attempts it took', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'GET' });
		const get = await probe({});
		expect(get.items()[0].json).toMatchObject({ statusCode: 200, idempotent: true, attempts: 2 });
		const post = await probe({ method: 'POST', url: `${api.url}/things`, body: '{}' });
		expect(post.items()[0].json).toMatchObject({ statusCode: 201, idempotent: false, attempts: 1 });
		const marked = await probe({ method: 'PUT', url: `${api.url}/thing`, idempotent: 'false' });
		expect(marked.items()[0].json).toMatchObject({ idempotent: false, attempts: 1 });
	});

	test('the credential value appears in no error', async () => {
		api.server.injectFault({ kind: 'reset', times: 0 });
		const result = await probe({ maxRetries: 1 });
		expect(api.server.received()[0].headers.authorization).toBe(`ApiKey ${KEY}`);
		expect(result.error()).toBeDefined();
		expect(everything(result.run)).not.toContain(KEY);
	});
});

describe('shared HTTP core › advice after a failure depends on whether the request was safe to repeat', () => {
	test('a 503 to a POST: it may already have been carried out, check before running it again (never "try again later")', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{}', throwOnStatus: true });
		const error = result.error()!;
		expect(error.message).toBe('Probe error 503: HTTP 503');
		expect(error.description).toBe(
			'Probe, or a gateway in front of it, answered 503, which does not say whether the request reached Probe: it may already have been carried out. Check in Probe before running it again.',
		);
		expect(api.server.received('POST')).toHaveLength(1);
	});

	test('a GET still failing with 503 after its retries: try again later', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, times: 0 });
		const result = await probe({ maxRetries: 1, throwOnStatus: true });
		expect(result.error()?.description).toBe('Probe, or a gateway in front of it, is unavailable right now. Try again later.');
		expect(api.server.received()).toHaveLength(2);
	});

	test('a connection refused never reached the server: even a POST is retried, and the error says nothing was done', async () => {
		const closed = new Sandbox('Closed');
		const url = await closed.listen(0, '127.0.0.1');
		await closed.close();
		const result = await probe({ method: 'POST', url: `${url}/things`, body: '{}', maxRetries: 2 });
		const error = result.error()!;
		expect(error.message).toBe('Probe error (code ECONNREFUSED): Could not get a reply: the connection was refused (is the base URL right?)');
		expect(error.description).toBe('Gave up after 3 attempt(s). The request never reached Probe, so nothing was carried out.');
	});
});

describe('shared HTTP core › time bounds', () => {
	test('a reply slower than the timeout of a POST: one attempt, the error names the timeout', async () => {
		api.server.injectFault({ kind: 'slow', delayMs: 1000, method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{}', timeout: 150 });
		const error = result.error()!;
		expect(error.message).toMatch(/^Probe error \(code (ECONNABORTED|ETIMEDOUT)\): Could not get a reply: no reply arrived within 150 ms$/);
		expect(error.description).toContain('Not retried automatically');
		expect(api.server.received('POST')).toHaveLength(1);
	});

	test('all attempts of one request together stay within the total bound, and the error says it was reached', async () => {
		api.server.injectFault({ kind: 'slow', delayMs: 3000, times: 0 });
		const started = Date.now();
		const result = await probe({ timeout: 200, totalTimeout: 700, maxRetries: 10 });
		const elapsed = Date.now() - started;
		const error = result.error()!;
		expect(error.message).toMatch(
			/^Probe error \(code TIME_LIMIT\): gave up at the time limit of 700 ms for one request, after [2-4] attempt\(s\) \(the last: no reply arrived within \d+ ms\)$/,
		);
		expect(error.description).toContain('Timeout');
		expect(elapsed).toBeGreaterThanOrEqual(650);
		expect(elapsed).toBeLessThan(2000);
		expect(api.server.received().length).toBeLessThanOrEqual(4);
	});

	test('a wait that would pass the total bound is not waited: the error says the bound was reached', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 503, headers: { 'Retry-After': '5' }, body: {} }, times: 0 });
		const started = Date.now();
		const result = await probe({ totalTimeout: 2000 });
		expect(Date.now() - started).toBeLessThan(1500);
		const error = result.error()!;
		expect(error.message).toBe('Probe error 503 (code TIME_LIMIT): gave up at the time limit of 2 s for one request, after 1 attempt(s) (the last: HTTP 503)');
		expect(error.httpCode).toBe('503');
		expect(api.server.received()).toHaveLength(1);
	});
});
