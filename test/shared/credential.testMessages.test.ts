// What the editor shows when a credential test fails (issue 14, item 6): n8n's tester run as n8n
// runs it (test/harness/credentialTest.ts), against each provider's sandbox, for each way the
// sandbox refuses: the provider's reason and the fix, never n8n's bare status text. A network
// failure is the one case rules cannot reach: n8n shows its code (ECONNREFUSED).
import { createServer } from 'net';

import { BILLOMAT_TEST_MESSAGES } from '../../credentials/BillomatApi.credentials';
import { IMATERIALISE_WRONG_CODE_MESSAGE } from '../../credentials/IMaterialiseApi.credentials';
import { INVOICEXPRESS_TEST_MESSAGES } from '../../credentials/InvoiceXpressApi.credentials';
import { OMNIX_V6_TEST_MESSAGES } from '../../credentials/OmnixV6Api.credentials';
import { SHOPWAVE_TEST_MESSAGES } from '../../credentials/ShopwaveApi.credentials';
import { BILLOMAT_DEMO_API_KEY, BILLOMAT_DEMO_APP_ID, BillomatSandbox } from '../../sandbox/billomat';
import { IMATERIALISE_DEMO_API_CODE, IMaterialiseSandbox } from '../../sandbox/imaterialise';
import { INVOICEXPRESS_DEMO_ACCOUNT, INVOICEXPRESS_DEMO_API_KEY, InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { SHOPWAVE_DEMO_TOKEN, SHOPWAVE_READONLY_TOKEN, ShopwaveSandbox, errorReply } from '../../sandbox/shopwave';
import { credentialTestButton } from '../harness/credentialTest';
import { registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';

const billomat = useSandbox(() => new BillomatSandbox());
const invoiceXpress = useSandbox(() => new InvoiceXpressSandbox());
const iMaterialise = useSandbox(() => new IMaterialiseSandbox());
const shopwave = useSandbox(() => new ShopwaveSandbox());
const omnix = useSandbox(() => new OmnixSandbox());

/** A loopback address nothing listens on: a port that was just free. */
let closedUrl = '';
beforeAll(async () => {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	closedUrl = `http://127.0.0.1:${port}`;
});

const failed = (message: string) => ({ status: 'Error', message });
const OK = { status: 'OK', message: 'Connection successful!' };

describe('the credential test messages', () => {
	test('every credential with a test request names the statuses it explains; each message names its provider and the status', () => {
		const expected: Record<string, { provider: string; statuses: number[] }> = {
			billomatApi: { provider: 'Billomat', statuses: [401, 403, 404, 429] },
			invoiceXpressApi: { provider: 'InvoiceXpress', statuses: [401, 404, 429] },
			shopwaveApi: { provider: 'Shopwave', statuses: [401, 403, 404, 429] },
			omnixV6Api: { provider: 'Omnix V6', statuses: [401, 404, 429] },
		};
		for (const [type, { provider, statuses }] of Object.entries(expected)) {
			const rules = registry().getCredential(type).test!.rules!;
			expect(rules.map((r) => [r.type, r.properties.value])).toEqual(statuses.map((s) => ['responseCode', s]));
			for (const rule of rules) {
				expect(rule.properties.message).toContain(provider);
				expect(rule.properties.message).toContain(`HTTP ${String(rule.properties.value)}`);
			}
		}
	});
});

describe('Billomat API credential › what the test shows', () => {
	const data = (overrides: Record<string, string> = {}) => ({ billomatId: 'sandbox', baseUrl: `${billomat.url}/api`, apiKey: BILLOMAT_DEMO_API_KEY, ...overrides });

	test('the demo key passes', async () => {
		expect(await credentialTestButton('billomatApi', data())).toEqual(OK);
	});

	test('a wrong API key (401): where to find the key', async () => {
		expect(await credentialTestButton('billomatApi', data({ apiKey: 'nope-nope-nope' }))).toEqual(failed(BILLOMAT_TEST_MESSAGES[401]));
		expect(BILLOMAT_TEST_MESSAGES[401]).toContain('Settings → Administration → Users');
	});

	test('a wrong App Secret is Billomat’s 401 too, and the message says to check it', async () => {
		const result = await credentialTestButton('billomatApi', data({ appId: BILLOMAT_DEMO_APP_ID, appSecret: 'wrong-secret' }));
		expect(result).toEqual(failed(BILLOMAT_TEST_MESSAGES[401]));
		expect(result.message).toContain('App Secret');
	});

	test('no account at the address (404): check the Billomat ID / Base URL', async () => {
		expect(await credentialTestButton('billomatApi', data({ baseUrl: `${billomat.url}/not-api` }))).toEqual(failed(BILLOMAT_TEST_MESSAGES[404]));
		expect(billomat.server.received()[0].path).toBe('/not-api/invoices');
	});

	test('the key’s user may not list invoices (403)', async () => {
		billomat.server.injectFault({ kind: 'reply', reply: { status: 403, body: { errors: { error: 'Forbidden' } } } });
		expect(await credentialTestButton('billomatApi', data())).toEqual(failed(BILLOMAT_TEST_MESSAGES[403]));
	});

	test('the rate limit used up (429): test again when it refills', async () => {
		billomat.server.exhaustRateLimit(BILLOMAT_DEMO_API_KEY);
		expect(await credentialTestButton('billomatApi', data())).toEqual(failed(BILLOMAT_TEST_MESSAGES[429]));
		expect(billomat.server.received()[0].status).toBe(429);
	});

	test('an unreachable Base URL: n8n shows the network code, which rules cannot change', async () => {
		expect(await credentialTestButton('billomatApi', data({ baseUrl: `${closedUrl}/api` }))).toEqual(failed('ECONNREFUSED'));
	});
});

describe('InvoiceXpress API credential › what the test shows', () => {
	const data = (overrides: Record<string, string> = {}) => ({
		accountName: INVOICEXPRESS_DEMO_ACCOUNT,
		apiKey: INVOICEXPRESS_DEMO_API_KEY,
		flavour: 'current',
		baseUrl: invoiceXpress.url,
		...overrides,
	});

	test('the demo key passes', async () => {
		expect(await credentialTestButton('invoiceXpressApi', data())).toEqual(OK);
	});

	test('a wrong API key (401 Access denied): where to find the key', async () => {
		expect(await credentialTestButton('invoiceXpressApi', data({ apiKey: 'wrong' }))).toEqual(failed(INVOICEXPRESS_TEST_MESSAGES[401]));
		expect(INVOICEXPRESS_TEST_MESSAGES[401]).toContain('Account → Account Overview → API');
	});

	test('no account at the address (404): check the Account Name', async () => {
		expect(await credentialTestButton('invoiceXpressApi', data({ baseUrl: `${invoiceXpress.url}/elsewhere` }))).toEqual(
			failed(INVOICEXPRESS_TEST_MESSAGES[404]),
		);
	});

	test('rate limited (429)', async () => {
		invoiceXpress.server.injectFault({ kind: 'rate-limit' });
		expect(await credentialTestButton('invoiceXpressApi', data())).toEqual(failed(INVOICEXPRESS_TEST_MESSAGES[429]));
	});
});

describe('i.materialise API credential › what the test shows', () => {
	const data = (overrides: Record<string, string> = {}) => ({ apiCode: IMATERIALISE_DEMO_API_CODE, environment: 'custom', baseUrl: iMaterialise.url, ...overrides });

	test('the demo code passes (the made-up order is unknown: code 100)', async () => {
		expect(await credentialTestButton('iMaterialiseApi', data())).toEqual(OK);
	});

	test('a wrong API code (code 101 in the body): the code and the Environment to check', async () => {
		expect(await credentialTestButton('iMaterialiseApi', data({ apiCode: '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D' }))).toEqual(
			failed(IMATERIALISE_WRONG_CODE_MESSAGE),
		);
		expect(IMATERIALISE_WRONG_CODE_MESSAGE).toContain('Environment');
	});

	test('an unreachable Base URL: the network code', async () => {
		expect(await credentialTestButton('iMaterialiseApi', data({ baseUrl: closedUrl }))).toEqual(failed('ECONNREFUSED'));
	});
});

describe('Shopwave API credential › what the test shows', () => {
	const data = (overrides: Record<string, string> = {}) => ({ environment: 'custom', baseUrl: shopwave.url, accessToken: SHOPWAVE_DEMO_TOKEN, ...overrides });

	test('the demo token and a read-only token pass', async () => {
		expect(await credentialTestButton('shopwaveApi', data())).toEqual(OK);
		expect(await credentialTestButton('shopwaveApi', data({ accessToken: SHOPWAVE_READONLY_TOKEN }))).toEqual(OK);
	});

	test('an unknown or expired token (401, 908): paste a current token, or use OAuth2', async () => {
		expect(await credentialTestButton('shopwaveApi', data({ accessToken: 'not-a-token' }))).toEqual(failed(SHOPWAVE_TEST_MESSAGES[401]));
		expect(shopwave.server.received()[0].status).toBe(401);
	});

	test('the token pasted with its "Bearer" prefix (401, 911): the same message says to drop it', async () => {
		const result = await credentialTestButton('shopwaveApi', data({ accessToken: `Bearer ${SHOPWAVE_DEMO_TOKEN}` }));
		expect(result).toEqual(failed(SHOPWAVE_TEST_MESSAGES[401]));
		expect(result.message).toContain('without the "Bearer" prefix');
	});

	test('a user who does not own the resource (403, 912)', async () => {
		shopwave.server.injectFault({ kind: 'reply', reply: errorReply(912) });
		expect(await credentialTestButton('shopwaveApi', data())).toEqual(failed(SHOPWAVE_TEST_MESSAGES[403]));
	});

	test('a Base URL with a path (404)', async () => {
		expect(await credentialTestButton('shopwaveApi', data({ baseUrl: `${shopwave.url}/api` }))).toEqual(failed(SHOPWAVE_TEST_MESSAGES[404]));
	});

	test('rate limited (429)', async () => {
		shopwave.server.injectFault({ kind: 'rate-limit' });
		expect(await credentialTestButton('shopwaveApi', data())).toEqual(failed(SHOPWAVE_TEST_MESSAGES[429]));
	});
});

describe('Omnix V6 API credential › what the test shows', () => {
	const data = (overrides: Record<string, string> = {}) => ({ domain: omnix.url, apiPath: '/v6-api/rest', apiKey: OMNIX_DEMO_API_KEY, ...overrides });

	test('the demo key passes', async () => {
		expect(await credentialTestButton('omnixV6Api', data())).toEqual(OK);
	});

	test('a wrong API key (401 Invalid API Key): whose key it must be', async () => {
		expect(await credentialTestButton('omnixV6Api', data({ apiKey: 'nope-nope' }))).toEqual(failed(OMNIX_V6_TEST_MESSAGES[401]));
		expect(omnix.server.received()[0].status).toBe(401);
	});

	test('a wrong API Path (404): the Domain and API Path to use', async () => {
		expect(await credentialTestButton('omnixV6Api', data({ apiPath: '/v6/rest' }))).toEqual(failed(OMNIX_V6_TEST_MESSAGES[404]));
	});

	test('rate limited (429)', async () => {
		omnix.server.injectFault({ kind: 'rate-limit' });
		expect(await credentialTestButton('omnixV6Api', data())).toEqual(failed(OMNIX_V6_TEST_MESSAGES[429]));
	});

	test('an unreachable Domain: the network code', async () => {
		expect(await credentialTestButton('omnixV6Api', data({ domain: closedUrl }))).toEqual(failed('ECONNREFUSED'));
	});
});
