// Redirects (issue 12, items 1 and 2): the shared HTTP core follows no redirect on its own
// (n8n's `disableFollowRedirect`) and decides itself. A request that carries the credential
// follows a redirect only to the same origin (scheme, host and port) and only for GET and HEAD;
// a write is never turned into another method nor reported as a success; a link sent without the
// credential (a signed download) may follow to another http(s) host, never to a link-local one.
// Specified through the engine: the probe node for the core, and real nodes for the cases.
import { Elsewhere } from '../../sandbox/framework';
import { runWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';
import { PROBE_KEY, probeAt, ThingsSandbox } from './probe';
import { CASES, DEMO_SECRETS, PROVIDERS, secretValues, useAllSandboxes, workflowFor } from '../campaign/operations';

const KEY = PROBE_KEY;

const api = useSandbox(() => new ThingsSandbox());
const elsewhere = useSandbox(() => new Elsewhere());
const servers = useAllSandboxes();

const probe = (parameters: Record<string, unknown>) => probeAt(api.url, parameters);

/** The host:port part of a loopback base URL. */
const hostOf = (url: string) => new URL(url).host;

describe('shared HTTP core › redirects of a request that carries the credential', () => {
	test.each([301, 302, 303, 307, 308])('a %i to another origin is not followed: nothing reaches it, the error names its host', async (status) => {
		api.server.injectFault({ kind: 'redirect', status, location: `${elsewhere.url}/collect?from=api` });
		const result = await probe({});
		expect(elsewhere.server.received()).toHaveLength(0);
		const error = result.error()!;
		expect(error.message).toBe(
			`Probe error ${status}: redirected to another address (${elsewhere.url}), where the node does not send the credential`,
		);
		expect(error.description).toContain('Check the Base URL in the credential');
		expect(everything(result.run)).not.toContain('collect?from=api');
		expect(everything(result.run)).not.toContain(KEY);
	});

	test('the same host on another port is another origin', async () => {
		const other = `http://127.0.0.1:${Number(new URL(api.url).port) === 1 ? 2 : 1}/thing`;
		api.server.injectFault({ kind: 'redirect', status: 307, location: other });
		const result = await probe({});
		expect(result.error()?.message).toMatch(/^Probe error 307: redirected to another address \(http:\/\/127\.0\.0\.1:\d+\)/);
	});

	test('a same-origin redirect of a GET is followed, with the credential, and the reply used', async () => {
		api.server.injectFault({ kind: 'redirect', status: 301, location: '/moved' });
		const result = await probe({});
		expect(result.items()[0].json).toMatchObject({ statusCode: 200, body: '{"moved":true}' });
		const log = api.server.received();
		expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/thing', 301],
			['GET', '/moved', 200],
		]);
		expect(log[1].headers.authorization).toBe(`ApiKey ${KEY}`);
	});

	test('a redirect loop ends after a few hops with an error', async () => {
		api.server.injectFault({ kind: 'redirect', status: 302, times: 0 });
		const result = await probe({});
		expect(result.error()?.message).toBe('Probe error 302: too many redirects (more than 5)');
		expect(api.server.received()).toHaveLength(6);
	});

	test('a link sent without the credential but carrying a secret in its URL counts as credentialed', async () => {
		api.server.injectFault({ kind: 'redirect', status: 302, location: `${elsewhere.url}/collect` });
		const result = await probe({ sendCredential: false, url: `${api.url}/thing?api_key=${KEY}` });
		expect(elsewhere.server.received()).toHaveLength(0);
		const error = result.error()!;
		expect(error.message).toMatch(/^Probe error 302: redirected to another address/);
		expect(`${error.message} ${error.description}`).not.toContain(KEY);
	});
});

describe('shared HTTP core › a redirected write is never turned into another method nor reported as done', () => {
	test.each([301, 302, 307, 308])('a %i to a POST: an error saying it was not carried out, nothing sent again', async (status) => {
		api.server.injectFault({ kind: 'redirect', status, location: '/thing', method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{"name":"x"}' });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['POST', '/things']]);
		expect(api.server.created).toBe(0);
		const error = result.error()!;
		expect(error.message).toBe(
			`Probe error ${status}: the POST was redirected (to ${api.url}) and not carried out: the node does not send a request that changes data to another address`,
		);
		expect(error.description).toContain('Check the Base URL in the credential');
	});

	test('a 303 "see other" to a POST: an error saying it may already have been carried out', async () => {
		api.server.injectFault({ kind: 'redirect', status: 303, location: '/thing', method: 'POST' });
		const result = await probe({ method: 'POST', url: `${api.url}/things`, body: '{}' });
		expect(api.server.received()).toHaveLength(1);
		const error = result.error()!;
		expect(error.message).toBe(`Probe error 303: the POST was answered with "see other" (to ${api.url}), which the node does not follow`);
		expect(error.description).toBe('Probe may already have carried out the request. Check in Probe before running it again.');
	});

	test('a PUT or DELETE is not followed either, not even to the same origin', async () => {
		for (const method of ['PUT', 'DELETE']) {
			api.server.reset();
			api.server.injectFault({ kind: 'redirect', status: 308 });
			const result = await probe({ method, url: `${api.url}/thing` });
			expect(api.server.received()).toHaveLength(1);
			expect(result.error()?.message).toMatch(new RegExp(`^Probe error 308: the ${method} was redirected`));
		}
	});
});

describe('shared HTTP core › redirects of a link sent without the credential (a signed download)', () => {
	test('followed to another loopback origin, which gets no credential', async () => {
		api.server.injectFault({ kind: 'redirect', status: 302, location: `${elsewhere.url}/file.pdf` });
		const result = await probe({ sendCredential: false });
		expect(result.items()[0].json.statusCode).toBe(200);
		const [arrived] = elsewhere.server.received();
		expect(arrived.path).toBe('/file.pdf');
		expect(arrived.headers.authorization).toBeUndefined();
		expect(elsewhere.server.transcript()).not.toContain(KEY);
	});

	test.each([
		['a link-local address (cloud metadata)', 'http://169.254.169.254/latest/meta-data/', 'http://169.254.169.254', 'a link-local address'],
		['an IPv6 link-local address', 'http://[fe80::1]/x', 'http://[fe80::1]', 'a link-local address'],
		['a file: URL', 'file:///etc/passwd', 'file://', 'not an http(s) address'],
	])('refused without a request: %s', async (_name, location, shown, reason) => {
		api.server.injectFault({ kind: 'redirect', status: 302, location });
		const result = await probe({ sendCredential: false, timeout: 500 });
		const error = result.error()!;
		expect(error.message).toBe(`Probe error 302: the link redirected to ${shown}, which the node does not follow (${reason})`);
	});

	test('a link given directly that is not http(s) or is link-local is refused before any request', async () => {
		const direct = await probe({ sendCredential: false, url: 'file:///etc/passwd' });
		expect(direct.error()?.message).toBe('Probe error: the link file:// is not followed (not an http(s) address)');
		const metadata = await probe({ sendCredential: false, url: 'http://169.254.169.254/latest', timeout: 500 });
		expect(metadata.error()?.message).toBe('Probe error: the link http://169.254.169.254 is not followed (a link-local address)');
	});
});

describe('real nodes: the issue’s reproductions', () => {
	const repro = (provider: string, operation: string) =>
		CASES.find((c) => c.provider === provider && c.operation === operation && !c.variant && c.resource === 'invoice')!;

	test.each(Object.keys(PROVIDERS).map((p) => [p] as const))(
		'%s: a 302 to another origin on the first request receives no credential value, the item fails',
		async (provider) => {
			const c = CASES.find((k) => k.provider === provider)!;
			const server = servers[c.provider];
			server.injectFault({ kind: 'redirect', status: 302, location: `${elsewhere.url}/steal`, times: 0 });
			const result = await runWorkflow(workflowFor(c, c.input(servers), true), {
				credentials: PROVIDERS[c.provider].credentials(server, DEMO_SECRETS, c.variant),
			});
			for (const secret of secretValues(DEMO_SECRETS, c.provider)) {
				expect(elsewhere.server.transcript()).not.toContain(secret);
				expect(elsewhere.server.transcript()).not.toContain(encodeURIComponent(secret));
			}
			expect(elsewhere.server.received()).toHaveLength(0);
			const items = result.items();
			expect(items.length).toBeGreaterThan(0);
			// A read names the other origin; a write says it was not carried out.
			for (const item of items) {
				expect(String(item.json.error)).toMatch(/ error 302: (redirected to another address|the (POST|PUT|DELETE) was redirected)/);
			}
		},
	);

	test('i.materialise upload answered 302: not reported as a success, nothing sent elsewhere', async () => {
		const c = repro('imaterialise', 'addOrUpdate');
		servers.imaterialise.injectFault({ kind: 'redirect', status: 302, location: `${elsewhere.url}/done`, method: 'POST' });
		const result = await runWorkflow(workflowFor(c, c.input(servers).slice(0, 1), true), {
			credentials: PROVIDERS.imaterialise.credentials(servers.imaterialise, DEMO_SECRETS),
		});
		const [item] = result.items();
		expect(item.json.success).toBeUndefined();
		expect(item.json.error).toBe(
			`i.materialise error 302: the POST was redirected (to ${elsewhere.url}) and not carried out: the node does not send a request that changes data to another address`,
		);
		expect(elsewhere.server.received()).toHaveLength(0);
	});

	test('Billomat Send by Email answered 301 to the same origin: not resent as a GET, not reported as sent', async () => {
		const c = repro('billomat', 'sendEmail');
		servers.billomat.injectFault({ kind: 'redirect', status: 301, location: '/api/invoices/1', method: 'POST' });
		const result = await runWorkflow(workflowFor(c, c.input(servers).slice(0, 1), true), {
			credentials: PROVIDERS.billomat.credentials(servers.billomat, DEMO_SECRETS),
		});
		const [item] = result.items();
		expect(item.json.error).toMatch(/^Billomat error 301: the POST was redirected \(to http:\/\/127\.0\.0\.1:\d+\) and not carried out/);
		expect(servers.billomat.received().map((r) => r.method)).toEqual(['POST']);
		expect(hostOf(servers.billomat.baseUrl)).toBe(hostOf(String(item.json.error).match(/\(to (http:\/\/[^)]+)\)/)![1]));
	});
});
