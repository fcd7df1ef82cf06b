// The shared HTTP core's retry rules (nodes/shared/http.ts), run through the engine by the test
// node `test.httpProbe` against a loopback server with fault injection.
import { Sandbox } from '../../sandbox/framework';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';

const KEY = 'probe-secret-key-4c1d9a';

class ThingsSandbox extends Sandbox {
	created = 0;
	constructor() {
		super('Things');
		this.route('GET', '/thing', () => ({ body: { ok: true } }));
		this.route('POST', '/things', () => ({ status: 201, body: { created: ++this.created } }));
	}
	protected seed() {
		this.created = 0;
	}
}

const api = useSandbox(() => new ThingsSandbox());

function probe(parameters: Record<string, unknown>) {
	return runWorkflow(
		subjectWorkflow({
			type: 'test.httpProbe',
			parameters: { method: 'GET', url: `${api.url}/thing`, ...parameters } as never,
			credentials: ['omnixV6Api'],
		}),
		{ credentials: { omnixV6Api: { domain: api.url, apiKey: KEY } } },
	);
}

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
	});

	test('prefers the provider reset hint over Retry-After', async () => {
		const reset = String(Math.floor(Date.now() / 1000) + 300);
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 429, headers: { 'Retry-After': '0', 'X-Rate-Limit-Reset': reset }, body: {} },
		});
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

	test('the credential value appears in no error', async () => {
		api.server.injectFault({ kind: 'reset', times: 0 });
		const result = await probe({ maxRetries: 1 });
		expect(api.server.received()[0].headers.authorization).toBe(`ApiKey ${KEY}`);
		expect(result.error()).toBeDefined();
		expect(everything(result.run)).not.toContain(KEY);
	});
});
