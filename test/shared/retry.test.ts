// The shared HTTP core's decisions as pure functions (nodes/shared/http.ts), as stripe-node's
// RequestSender splits them: whether to send a request again (shouldRetry), how long to wait
// first (retryDelayMs), what to do with a redirect (redirectDecision, unsafeLinkReason), and the
// default time bounds. The engine tests (http.test.ts, redirects.test.ts) show them in a run.
import type { ConnectionFailure, Outcome, RetryContext } from '../../nodes/shared/http';
import {
	DEFAULT_RETRY,
	DEFAULT_TIMEOUT_MS,
	DEFAULT_TOTAL_TIMEOUT_MS,
	formatDuration,
	MAX_REDIRECTS,
	redirectDecision,
	retryDelayMs,
	shouldRetry,
	unsafeLinkReason,
} from '../../nodes/shared/http';

const reply = (statusCode: number, headers: Record<string, string> = {}): Outcome => ({
	response: { statusCode, headers, body: Buffer.alloc(0) },
});
const failed = (code: string, reachedServer = true): Outcome => ({
	failure: { code, message: code, reachedServer } satisfies ConnectionFailure,
});
const context = (overrides: Partial<RetryContext> = {}): RetryContext => ({
	attempts: 1,
	idempotent: true,
	replayable: true,
	policy: DEFAULT_RETRY,
	...overrides,
});
const read = context();
const write = context({ idempotent: false });

describe('shouldRetry', () => {
	test('a reply the provider documents as final (isFinal) is never retried, a 429 included', () => {
		const policy = { ...DEFAULT_RETRY, isFinal: (r: { headers: Record<string, string> }) => r.headers['x-code'] === '919' };
		expect(shouldRetry(reply(429, { 'x-code': '919' }), context({ policy }))).toBe(false);
		expect(shouldRetry(reply(429, { 'x-code': '919' }), context({ idempotent: false, policy }))).toBe(false);
		// Any other 429 is retried as usual.
		expect(shouldRetry(reply(429), context({ policy }))).toBe(true);
	});

	test('a 429 is retried for every method: the server did not process it', () => {
		expect(shouldRetry(reply(429), read)).toBe(true);
		expect(shouldRetry(reply(429), write)).toBe(true);
	});

	test.each([502, 503, 504])('a %i is retried only when the request is safe to repeat', (status) => {
		expect(shouldRetry(reply(status), read)).toBe(true);
		expect(shouldRetry(reply(status), write)).toBe(false);
	});

	test.each([200, 201, 400, 401, 404, 422, 500, 501])('a final %i is not retried', (status) => {
		expect(shouldRetry(reply(status), read)).toBe(false);
	});

	test('a failure that may have reached the server (reset, timeout, cut-off reply) is retried only when safe to repeat', () => {
		for (const code of ['ECONNRESET', 'ECONNABORTED', 'INCOMPLETE_REPLY']) {
			expect(shouldRetry(failed(code), read)).toBe(true);
			expect(shouldRetry(failed(code), write)).toBe(false);
		}
	});

	test('a failure before anything was sent (refused, no such host) is retried even for a create', () => {
		expect(shouldRetry(failed('ECONNREFUSED', false), write)).toBe(true);
	});

	test('never past the policy\'s retries, never with a body that cannot be sent again', () => {
		expect(shouldRetry(reply(429), context({ attempts: DEFAULT_RETRY.maxRetries }))).toBe(true);
		expect(shouldRetry(reply(429), context({ attempts: DEFAULT_RETRY.maxRetries + 1 }))).toBe(false);
		expect(shouldRetry(reply(503), context({ policy: { ...DEFAULT_RETRY, maxRetries: 0 } }))).toBe(false);
		expect(shouldRetry(reply(429), context({ replayable: false }))).toBe(false);
	});
});

describe('retryDelayMs', () => {
	const now = Date.parse('2024-05-01T12:00:00Z');
	const resetIn899s = { ...DEFAULT_RETRY, resetHintMs: () => 899_000 };

	test('Retry-After wins whenever it is there, over the provider\'s reset hint too', () => {
		expect(retryDelayMs(reply(429, { 'retry-after': '1' }), context({ policy: resetIn899s }), now)).toBe(1000);
		expect(retryDelayMs(reply(429, { 'retry-after': 'Wed, 01 May 2024 12:00:03 GMT' }), read, now)).toBe(3000);
		expect(retryDelayMs(reply(503, { 'retry-after': '2' }), read, now)).toBe(2000);
	});

	test('a rate-limited reply without Retry-After waits for the provider\'s reset hint', () => {
		expect(retryDelayMs(reply(429), context({ policy: resetIn899s }), now)).toBe(899_000);
	});

	test('the reset hint is asked only for a rate-limited reply: a gateway error waits on backoff', () => {
		expect(retryDelayMs(reply(503), context({ policy: resetIn899s }), now, () => 1)).toBe(500);
	});

	test('a hook that finds budget left answers undefined: the usual backoff', () => {
		const policy = { ...DEFAULT_RETRY, resetHintMs: () => undefined };
		expect(retryDelayMs(reply(429), context({ policy }), now, () => 0)).toBe(250);
	});

	test('otherwise capped exponential backoff with jitter: 0.25–0.5 s, 0.5–1 s, 1–2 s…, never above the cap', () => {
		const at = (attempts: number, r: number) => retryDelayMs(failed('ECONNRESET'), context({ attempts }), now, () => r);
		expect([at(1, 0), at(1, 1)]).toEqual([250, 500]);
		expect([at(2, 0), at(2, 1)]).toEqual([500, 1000]);
		expect([at(3, 0), at(3, 1)]).toEqual([1000, 2000]);
		expect(at(20, 1)).toBe(DEFAULT_RETRY.maxDelayMs);
	});
});

describe('redirectDecision', () => {
	const from = 'https://api.example.com/v1/invoices?page=2';
	const decide = (method: string, status: number, location: string | undefined, credentialed = true, hops = 0) =>
		redirectDecision({ method, status, location, from, credentialed, hops }, 'Acme');

	test('a read carrying the credential follows the same origin only (scheme, host and port)', () => {
		expect(decide('GET', 301, '/v2/invoices?page=2')).toEqual({ follow: true, url: 'https://api.example.com/v2/invoices?page=2' });
		expect(decide('HEAD', 308, 'https://api.example.com:443/x')).toEqual({ follow: true, url: 'https://api.example.com/x' });
		for (const other of ['http://api.example.com/x', 'https://api.example.com:8443/x', 'https://evil.example.net/x', '//evil.example.net/x']) {
			expect(decide('GET', 302, other)).toMatchObject({ follow: false, message: expect.stringMatching(/^redirected to another address \(/) });
		}
	});

	test('the error names the origin only, never the path or query of the Location', () => {
		const decision = decide('GET', 302, 'https://evil.example.net/collect?key=abc123');
		expect(decision).toEqual({
			follow: false,
			message: 'redirected to another address (https://evil.example.net), where the node does not send the credential',
			hint: 'Check the Base URL in the credential: Acme answered from https://evil.example.net. Nothing was sent there.',
		});
	});

	test('a write is never followed: not carried out, or (303) may have been', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			for (const status of [301, 302, 307, 308]) {
				expect(decide(method, status, '/elsewhere')).toMatchObject({
					follow: false,
					message: `the ${method} was redirected (to https://api.example.com) and not carried out: the node does not send a request that changes data to another address`,
				});
			}
			expect(decide(method, 303, '/result')).toMatchObject({ follow: false, repeatable: false, hint: expect.stringContaining('may already have carried out') });
		}
	});

	test('at most MAX_REDIRECTS hops; a redirect without a usable Location is an error', () => {
		expect(decide('GET', 302, '/a', true, MAX_REDIRECTS - 1)).toMatchObject({ follow: true });
		expect(decide('GET', 302, '/a', true, MAX_REDIRECTS)).toEqual({ follow: false, message: `too many redirects (more than ${MAX_REDIRECTS})` });
		expect(decide('GET', 302, undefined)).toMatchObject({ follow: false, message: expect.stringContaining('without a usable address') });
		expect(decide('GET', 302, 'http://[bad')).toMatchObject({ follow: false });
	});

	test('a link without the credential may follow to another http(s) host, never to a link-local one', () => {
		expect(decide('GET', 302, 'https://files.example.org/a.pdf?sig=1', false)).toEqual({ follow: true, url: 'https://files.example.org/a.pdf?sig=1' });
		expect(decide('GET', 302, 'http://169.254.169.254/latest', false)).toEqual({
			follow: false,
			message: 'the link redirected to http://169.254.169.254, which the node does not follow (a link-local address)',
		});
	});
});

describe('unsafeLinkReason', () => {
	test.each([
		['https://files.example.org/a.pdf', undefined],
		['http://127.0.0.1:5703/pdf/1', undefined],
		['file:///etc/passwd', 'not an http(s) address'],
		['ftp://example.org/a', 'not an http(s) address'],
		['not a url', 'not a valid address'],
		['http://169.254.169.254/', 'a link-local address'],
		['http://2852039166/', 'a link-local address'],
		['http://0xa9.0xfe.0xa9.0xfe/', 'a link-local address'],
		['http://[fe80::abcd]/', 'a link-local address'],
		['http://[fe80::1%25eth0]/', 'not a valid address'],
		['http://[::ffff:169.254.169.254]/', 'a link-local address'],
		['http://[fd00:ec2::254]/', 'a link-local address'],
	])('%s → %s', (url, reason) => {
		expect(unsafeLinkReason(url)).toBe(reason);
	});

	test('a redirect may not step down from https to http, nor onto loopback from a host that is not loopback', () => {
		expect(unsafeLinkReason('http://files.example.org/a', 'https://api.example.com/')).toBe('a step down from https to http');
		expect(unsafeLinkReason('http://localhost:8080/', 'http://api.example.com/')).toBe('a loopback address');
		expect(unsafeLinkReason('http://127.1/', 'http://api.example.com/')).toBe('a loopback address');
		expect(unsafeLinkReason('http://[::1]/', 'http://api.example.com/')).toBe('a loopback address');
		expect(unsafeLinkReason('http://127.0.0.1:6000/', 'http://127.0.0.1:5000/')).toBeUndefined();
	});
});

describe('time bounds', () => {
	test('each attempt waits 2 min for a reply; all attempts of one request together at most 5 min', () => {
		expect(DEFAULT_TIMEOUT_MS).toBe(120_000);
		expect(DEFAULT_TOTAL_TIMEOUT_MS).toBe(300_000);
		expect(formatDuration(DEFAULT_TIMEOUT_MS)).toBe('2 min');
		expect(formatDuration(DEFAULT_TOTAL_TIMEOUT_MS)).toBe('5 min');
		expect(formatDuration(150)).toBe('150 ms');
		expect(formatDuration(1500)).toBe('1.5 s');
		expect(formatDuration(90_000)).toBe('90 s');
	});
});
