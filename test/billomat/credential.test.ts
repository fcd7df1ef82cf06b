import { makeWorkflow } from '../harness/engine';

import { BILLOMAT_DEMO_APP_ID, BILLOMAT_DEMO_APP_SECRET } from '../../sandbox/billomat';
import { apiBaseUrl } from '../../nodes/Billomat/transport';
import { testCredential } from '../harness/credentialTest';
import { registry } from '../harness/registry';
import { everything } from '../harness/sandbox';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();

describe('Billomat API credential', () => {
	test.each([
		['mycompany', 'https://mycompany.billomat.net/api'],
		[' mycompany.billomat.net ', 'https://mycompany.billomat.net/api'],
		['https://mycompany.billomat.net/app/invoices?x=1', 'https://mycompany.billomat.net/api'],
		['http://MyCompany.billomat.net/', 'https://MyCompany.billomat.net/api'],
	])('Billomat ID %j gives %s', (billomatId, expected) => {
		expect(apiBaseUrl({ billomatId })).toBe(expected);
	});

	test('a Base URL replaces the computed address', () => {
		expect(apiBaseUrl({ billomatId: 'mycompany', baseUrl: 'http://127.0.0.1:5702/api/' })).toBe('http://127.0.0.1:5702/api');
	});

	test.each([
		[{ billomatId: 'mycompany' }, 'https://mycompany.billomat.net/api'],
		[{ billomatId: 'mycompany.billomat.net' }, 'https://mycompany.billomat.net/api'],
		[{ billomatId: 'https://mycompany.billomat.net/app/clients' }, 'https://mycompany.billomat.net/api'],
		[{ billomatId: 'x', baseUrl: 'http://127.0.0.1:5702/api/' }, 'http://127.0.0.1:5702/api'],
	])('the test request’s base URL expression resolves %j like the node does', (data, expected) => {
		const types = registry();
		const request = types.getCredential('billomatApi').test!.request;
		const node = { id: 'n', name: 'n', type: 'test.fixtureItems', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
		const workflow = makeWorkflow({ nodes: [node], connections: {} }, { nodeTypes: types });
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			request.baseURL as string,
			'internal',
			{ $credentials: { baseUrl: '', ...data } },
			undefined,
			'',
		);
		expect(resolved).toBe(expected);
		expect(apiBaseUrl(data)).toBe(expected);
	});

	test('a credential with neither Billomat ID nor Base URL says so before any request', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: '1' }, { credentials: { billomatId: ' ', baseUrl: '' } });
		expect(result.error()?.message).toBe('The Billomat credential has neither a Billomat ID nor a Base URL');
		expect(result.error()?.description).toContain('fill in the Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('the Test button: a cheap authenticated GET succeeds with the demo key', async () => {
		const result = await testCredential('billomatApi', { billomatId: 'sandbox', baseUrl: `${api.url}/api`, apiKey: BILLOMAT_DEMO_API_KEY });
		expect(result).toMatchObject({ ok: true, status: 200 });
		const [request] = api.server.received();
		expect(request.path).toBe('/api/invoices');
		expect(request.query).toEqual({ per_page: '1' });
		expect(request.headers['x-billomatapikey']).toBe(BILLOMAT_DEMO_API_KEY);
		expect(request.headers['x-appid']).toBeUndefined();
	});

	test('the Test button fails with a wrong key', async () => {
		const result = await testCredential('billomatApi', { billomatId: 'sandbox', baseUrl: `${api.url}/api`, apiKey: 'nope-nope-nope' });
		expect(result).toMatchObject({ ok: false, status: 401 });
	});

	test('empty App ID / App Secret are not sent as headers', async () => {
		await run(api.url, { operation: 'get', invoiceId: '1' }, { credentials: { appId: '', appSecret: '' } });
		const headers = api.server.received()[0].headers;
		expect(Object.keys(headers)).not.toContain('x-appid');
		expect(Object.keys(headers)).not.toContain('x-appsecret');
	});

	test('App ID and App Secret are sent when set, and the secret appears nowhere in the output', async () => {
		const result = await run(
			api.url,
			{ operation: 'get', invoiceId: '1' },
			{ credentials: { appId: BILLOMAT_DEMO_APP_ID, appSecret: BILLOMAT_DEMO_APP_SECRET } },
		);
		const headers = api.server.received()[0].headers;
		expect(headers['x-appid']).toBe(BILLOMAT_DEMO_APP_ID);
		expect(headers['x-appsecret']).toBe(BILLOMAT_DEMO_APP_SECRET);
		expect(result.items()[0].json.id).toBe(1);
		expect(everything(result.run)).not.toContain(BILLOMAT_DEMO_APP_SECRET);
		expect(everything(result.run)).not.toContain(BILLOMAT_DEMO_API_KEY);
	});

	test('a wrong App Secret is Billomat’s 401, with neither secret nor key in the error', async () => {
		const wrongSecret = 'bad-app-secret-0a9b8c';
		const result = await run(
			api.url,
			{ operation: 'get', invoiceId: '1' },
			{ credentials: { appId: BILLOMAT_DEMO_APP_ID, appSecret: wrongSecret } },
		);
		expect(result.error()?.message).toBe('Billomat error 401: Invalid app credentials (X-AppId / X-AppSecret)');
		expect(everything(result.run)).not.toContain(wrongSecret);
		expect(everything(result.run)).not.toContain(BILLOMAT_DEMO_API_KEY);
	});

	test('an error echoing the key back is redacted', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 403, body: { errors: { error: `Key ${BILLOMAT_DEMO_API_KEY} may not do this` } } },
		});
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		expect(result.error()?.message).toBe('Billomat error 403: Key [redacted] may not do this');
		expect(everything(result.run)).not.toContain(BILLOMAT_DEMO_API_KEY);
	});
});
