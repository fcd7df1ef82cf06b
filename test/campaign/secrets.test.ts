// The secret scan: every operation of every node runs with distinctive credential values against
// a sandbox that accepts them, one that refuses them, one that echoes them back in the provider's
// own error format (in every encoding a request may use, and in another letter case), every fault,
// and a redirect to another origin. No output item, error message or description, nor anything
// else in the run data, may contain a credential value in any of those forms; and nothing at all
// may arrive at the other origin.
import type { Fault, SandboxReply } from '../../sandbox/framework';
import { Elsewhere } from '../../sandbox/framework';
import { SHOPWAVE_DEMO_CLIENT_ID } from '../../sandbox/shopwave';
import type { RunResult } from '../harness/engine';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';
import type { OperationCase, ProviderKey, Secrets } from './operations';
import {
	acceptSecrets,
	CASES,
	caseTitle,
	distinctiveSecrets,
	PROVIDERS,
	secretValues,
	useAllSandboxes,
	workflowFor,
} from './operations';

// Retries wait through n8n-workflow's sleep: recorded, not waited, so the scan stays fast.
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow');
	return { __esModule: true, ...actual, sleep: async () => undefined };
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));
beforeEach(() => {
	unhandled.length = 0;
});
afterEach(() => expect(unhandled).toEqual([]));

const servers = useAllSandboxes();
/** Another origin on loopback, where the redirect faults point. */
const elsewhere = useSandbox(() => new Elsewhere());

/** Distinctive values; InvoiceXpress's key (sent in the query) also has `! ' ( ) *` and a space. */
function campaignSecrets(): Secrets {
	const secrets = distinctiveSecrets();
	secrets.invoicexpress.apiKey = `${secrets.invoicexpress.apiKey}!'()* x`;
	return secrets;
}

/** RFC 3986 strict: encodeURIComponent, and `! ' ( ) *` percent-encoded too. */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Every form a credential value may take in text: as stored, URL-encoded (encodeURIComponent,
 * strict RFC 3986, lower-case hex), form-encoded, and in either letter case (some providers compare
 * keys case-insensitively).
 */
function forms(secret: string): string[] {
	return [
		...new Set([
			secret,
			encodeURIComponent(secret),
			rfc3986(secret),
			rfc3986(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
			new URLSearchParams({ s: secret }).toString().slice(2),
			secret.toLowerCase(),
			secret.toUpperCase(),
		]),
	];
}

function expectNoSecret(result: RunResult, secrets: string[]) {
	const text = everything(result.run);
	for (const secret of secrets) {
		for (const form of forms(secret)) expect(text).not.toContain(form);
	}
}

/** The provider's own error reply, quoting the credential back (as a careless proxy or API might). */
function echo(provider: ProviderKey, secrets: Secrets): SandboxReply {
	const quoted = secretValues(secrets, provider).flatMap(forms).join(' / ');
	switch (provider) {
		case 'billomat':
			return { status: 401, body: { errors: { error: [`Invalid credentials: ${quoted}`, `Key ${quoted} unknown`] } } };
		case 'invoicexpress':
			return { status: 422, body: { errors: [{ error: `api_key=${quoted} is not valid` }] } };
		case 'imaterialise':
			return { status: 200, body: { error: { code: 101, message: `The API code ${quoted} is not known` } } };
		case 'shopwave':
			return {
				status: 401,
				body: { api: { message: { error: { '911': { id: 911, title: `Authorization Header Invalid: ${quoted}`, details: `Bearer ${quoted}` } } } } },
			};
		case 'omnixV6':
			return { status: 400, body: { msg: `Bad key ${quoted}`, violations: [`apiKey - ${quoted} - use another key`] } };
	}
}

/** What each sandbox answers an unknown credential with, as the user sees it. */
const REFUSED: Record<ProviderKey, string> = {
	billomat: 'Billomat error 401: Unauthorized',
	invoicexpress: 'InvoiceXpress error 401: Access denied',
	imaterialise: 'i.materialise error 400 (code 101): Wrong API code',
	shopwave: 'Shopwave error 401 (code 908): Expired Token',
	omnixV6: 'Omnix V6 error 401: Invalid API Key',
};

const FAULTS: Record<string, Fault> = {
	'rate-limit': { kind: 'rate-limit', times: 0, retryAfter: 0 },
	'server-error': { kind: 'server-error', times: 0 },
	reset: { kind: 'reset', times: 0 },
	truncated: { kind: 'truncated', times: 0 },
	garbage: { kind: 'garbage', times: 0 },
	html: { kind: 'html', times: 0 },
	'malformed-xml': { kind: 'malformed-xml', times: 0 },
	'xml-bomb': { kind: 'xml-bomb', times: 0 },
	// Set per test: the other origin's address is known only once it listens.
	'redirect 302 to another origin': { kind: 'redirect', status: 302, times: 0 },
	'redirect 307 to another origin': { kind: 'redirect', status: 307, times: 0 },
	'redirect 308 to another origin': { kind: 'redirect', status: 308, times: 0 },
};

afterEach(() => {
	// Whatever the test, no request ever reached the other origin, and so no credential value.
	expect(elsewhere.server.received()).toEqual([]);
});

async function run(c: OperationCase, secrets: Secrets): Promise<RunResult> {
	const input = c.input(servers);
	const credentials = PROVIDERS[c.provider].credentials(servers[c.provider], secrets, c.variant);
	return await runWorkflow(workflowFor(c, input, true), { credentials });
}

describe.each(CASES.map((c) => [caseTitle(c), c] as const))('%s', (_title, c) => {
	test('accepted credential: both items succeed, no credential value anywhere in the run', async () => {
		const secrets = campaignSecrets();
		acceptSecrets(servers, secrets);
		const result = await run(c, secrets);
		const items = result.items();
		expect(items.filter((i) => 'error' in i.json)).toEqual([]);
		expect(items.length).toBeGreaterThanOrEqual(2);
		expect(servers[c.provider].received().length).toBeGreaterThan(0);
		expectNoSecret(result, secretValues(secrets, c.provider));
	});

	test('refused credential: both items fail with the provider error, no credential value anywhere', async () => {
		const secrets = campaignSecrets();
		const result = await run(c, secrets);
		const items = result.items();
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		for (const item of items) expect(item.json.error).toBe(REFUSED[c.provider]);
		expectNoSecret(result, secretValues(secrets, c.provider));
	});

	test('an error reply quoting the credential back in every encoding and case: every quote is redacted', async () => {
		const secrets = campaignSecrets();
		acceptSecrets(servers, secrets);
		servers[c.provider].injectFault({ kind: 'reply', reply: echo(c.provider, secrets), times: 0 });
		const result = await run(c, secrets);
		const items = result.items();
		expect(items).toHaveLength(2);
		for (const item of items) {
			expect(String(item.json.error)).toContain('[redacted]');
		}
		expectNoSecret(result, secretValues(secrets, c.provider));
	});

	test.each(Object.keys(FAULTS))('%s on every request: no credential value anywhere in the run', async (name) => {
		const secrets = campaignSecrets();
		acceptSecrets(servers, secrets);
		const fault = FAULTS[name];
		const kind = fault.kind;
		servers[c.provider].injectFault(kind === 'redirect' ? { ...fault, location: `${elsewhere.url}/collect` } : fault);
		const result = await run(c, secrets);
		const items = result.items();
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		// An empty reply cannot be cut off, so a truncated fault may leave an item successful.
		for (const item of items.filter((i) => 'error' in i.json)) {
			expect(String(item.json.error).startsWith(`${PROVIDERS[c.provider].displayName} error`)).toBe(true);
		}
		if (kind !== 'truncated' || !c.emptyReply) expect(items.every((i) => 'error' in i.json)).toBe(true);
		expectNoSecret(result, secretValues(secrets, c.provider));
	});
});

describe('Shopwave with OAuth2: client secret, access and refresh tokens', () => {
	const oauth = CASES.filter((c) => c.provider === 'shopwave');

	function oauthSetup() {
		const tag = distinctiveSecrets().shopwave.accessToken.slice('SECRET-shopwave-'.length);
		const values = {
			clientId: `SECRET-shopwave-client-${tag}`,
			clientSecret: `SECRET-shopwave-clientsecret-${tag}`,
			accessToken: `SECRET-shopwave-access-${tag}`,
			refreshToken: `SECRET-shopwave-refresh-${tag}`,
		};
		const server = servers.shopwave;
		server.clients.set(values.clientId, values.clientSecret);
		server.tokens.set(values.accessToken, { merchant: 'demo', scopes: ['read', 'write'], expiresAt: Date.now() + 3600_000 });
		server.refreshTokens.set(values.refreshToken, { merchant: 'demo', clientId: values.clientId, scopes: ['read', 'write'] });
		const credentials = {
			shopwaveOAuth2Api: {
				environment: 'custom',
				baseUrl: server.baseUrl,
				authUrl: `${server.baseUrl}/oauth/authorize`,
				accessTokenUrl: `${server.baseUrl}/oauth/token`,
				clientId: values.clientId,
				clientSecret: values.clientSecret,
				oauthTokenData: { access_token: values.accessToken, token_type: 'Bearer', refresh_token: values.refreshToken },
			},
		};
		return { values, credentials };
	}

	function workflow(c: OperationCase) {
		const input = c.input(servers);
		return subjectWorkflow(
			{
				type: 'shopwave',
				parameters: { resource: c.resource, operation: c.operation, ...c.parameters, authentication: 'oAuth2' } as never,
				credentials: ['shopwaveOAuth2Api'],
				continueOnFail: true,
			},
			input,
		);
	}

	test.each(oauth.map((c) => [c.operation, c] as const))('%s: a valid token, no secret in the run', async (_op, c) => {
		const { values, credentials } = oauthSetup();
		const result = await runWorkflow(workflow(c), { credentials });
		expect(result.items().filter((i) => 'error' in i.json)).toEqual([]);
		expect(servers.shopwave.received()[0].headers.authorization).toBe(`Bearer ${values.accessToken}`);
		expectNoSecret(result, [values.clientSecret, values.accessToken, values.refreshToken]);
	});

	test.each(oauth.map((c) => [c.operation, c] as const))('%s: an expired token is refreshed, neither old nor new tokens in the run', async (_op, c) => {
		const { values, credentials } = oauthSetup();
		servers.shopwave.expireToken(values.accessToken);
		const result = await runWorkflow(workflow(c), { credentials });
		expect(result.items().filter((i) => 'error' in i.json)).toEqual([]);
		const saved = result.credentials.updates.at(-1)?.data.oauthTokenData as { access_token: string; refresh_token: string };
		expect(saved.access_token).not.toBe(values.accessToken);
		expectNoSecret(result, [values.clientSecret, values.accessToken, values.refreshToken, saved.access_token, saved.refresh_token]);
	});

	test.each(oauth.map((c) => [c.operation, c] as const))('%s: a redirect to another origin: the token does not go there', async (_op, c) => {
		const { values, credentials } = oauthSetup();
		servers.shopwave.injectFault({ kind: 'redirect', status: 307, location: `${elsewhere.url}/collect`, times: 0 });
		const result = await runWorkflow(workflow(c), { credentials });
		for (const item of result.items()) expect(String(item.json.error)).toMatch(/^Shopwave error 307: /);
		expect(elsewhere.server.received()).toEqual([]);
		expectNoSecret(result, [values.clientSecret, values.accessToken, values.refreshToken]);
	});

	test.each(oauth.map((c) => [c.operation, c] as const))('%s: a revoked refresh token fails with 908, no secret in the run', async (_op, c) => {
		const { values, credentials } = oauthSetup();
		servers.shopwave.expireToken(values.accessToken);
		servers.shopwave.refreshTokens.delete(values.refreshToken);
		const result = await runWorkflow(workflow(c), { credentials });
		const items = result.items();
		expect(items.length).toBeGreaterThanOrEqual(1);
		for (const item of items) expect(String(item.json.error)).toMatch(/^Shopwave error 401 \(code 908\)/);
		expectNoSecret(result, [values.clientSecret, values.accessToken, values.refreshToken, SHOPWAVE_DEMO_CLIENT_ID === values.clientId ? '' : values.clientId].filter(Boolean));
	});
});
