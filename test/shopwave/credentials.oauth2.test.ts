import { ClientOAuth2 } from '@n8n/client-oauth2';

import {
	SHOPWAVE_DEMO_CLIENT_ID,
	SHOPWAVE_DEMO_CLIENT_SECRET,
	SHOPWAVE_DEMO_TOKEN,
} from '../../sandbox/shopwave';
import { testCredential } from '../harness/credentialTest';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { jsonBody, shopwave, shopwaveSandbox } from './helpers';

const api = shopwaveSandbox();

type Tokens = ReturnType<typeof api.server.issueTokens>;

function oauthCredentials(tokens: Tokens) {
	return {
		shopwaveOAuth2Api: {
			environment: 'custom',
			baseUrl: api.url,
			authUrl: `${api.url}/oauth/authorize`,
			accessTokenUrl: `${api.url}/oauth/token`,
			clientId: SHOPWAVE_DEMO_CLIENT_ID,
			clientSecret: SHOPWAVE_DEMO_CLIENT_SECRET,
			oauthTokenData: { ...tokens },
		},
	};
}

const oneInvoice = { storeId: '1001', lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 2 }] } };

describe('Shopwave › OAuth2 credential', () => {
	test('a valid access token is sent as Bearer, with no refresh', async () => {
		const tokens = api.server.issueTokens();
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }, undefined, { oAuth2: true }), {
			credentials: oauthCredentials(tokens),
		});
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path])).toEqual([['GET', '/invoice']]);
		expect(requests[0].headers.authorization).toBe(`Bearer ${tokens.access_token}`);
		expect(requests[0].headers['x-accept-version']).toBe('2');
		expect(result.items().map((i) => i.json.id)).toEqual([5001, 5002]);
		expect(result.credentials.updates).toHaveLength(0);
	});

	test('an expired access token (908) is refreshed by n8n with the refresh token, the POST sent again once, and the new token saved', async () => {
		const tokens = api.server.issueTokens();
		api.server.expireToken(tokens.access_token);
		const result = await runWorkflow(shopwave('upsert', oneInvoice, undefined, { oAuth2: true }), {
			credentials: oauthCredentials(tokens),
		});

		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['POST', '/invoice', 401],
			['POST', '/oauth/token', 200],
			['POST', '/invoice', 201],
		]);
		expect(requests[0].headers.authorization).toBe(`Bearer ${tokens.access_token}`);
		const refresh = Object.fromEntries(new URLSearchParams(requests[1].body.toString('utf8')));
		expect(refresh).toEqual({
			grant_type: 'refresh_token',
			refresh_token: tokens.refresh_token,
			client_id: SHOPWAVE_DEMO_CLIENT_ID,
			client_secret: SHOPWAVE_DEMO_CLIENT_SECRET,
		});

		// n8n stored the new token pair through the credentials helper…
		expect(result.credentials.updates).toHaveLength(1);
		const update = result.credentials.updates[0];
		expect(update.type).toBe('shopwaveOAuth2Api');
		const saved = update.data.oauthTokenData as Tokens;
		expect(saved.access_token).not.toBe(tokens.access_token);
		expect(saved.refresh_token).not.toBe(tokens.refresh_token);
		expect(api.server.tokens.has(saved.access_token)).toBe(true);
		// …and the retried request used it.
		expect(requests[2].headers.authorization).toBe(`Bearer ${saved.access_token}`);
		expect(jsonBody(requests[2])).toEqual(jsonBody(requests[0]));

		expect(result.items()).toEqual([
			{
				json: { id: 5004, storeId: 1001, invoiceItems: [{ id: 9005, name: 'Tea', price: '3.20', quantity: 2 }] },
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.invoices.size).toBe(4);
		const all = everything(result.run);
		for (const secret of [tokens.access_token, tokens.refresh_token, saved.access_token, saved.refresh_token, SHOPWAVE_DEMO_CLIENT_SECRET]) {
			expect(all).not.toContain(secret);
		}
	});

	test('a revoked refresh token ends in 908 with the advice to reconnect, no secret shown', async () => {
		const tokens = api.server.issueTokens();
		api.server.expireToken(tokens.access_token);
		api.server.refreshTokens.delete(tokens.refresh_token);
		const result = await runWorkflow(shopwave('getAll', { returnAll: true }, undefined, { oAuth2: true }), {
			credentials: oauthCredentials(tokens),
		});
		const error = result.error()!;
		expect(error.message).toBe('Shopwave error 401 (code 908): Expired Token');
		expect(error.description).toContain('Refreshing the access token failed');
		expect(error.description).toContain('Reconnect the Shopwave credential');
		expect(api.server.received().map((r) => r.path)).toEqual(['/invoice', '/oauth/token']);
		const all = everything(result.run);
		for (const secret of [tokens.access_token, tokens.refresh_token, SHOPWAVE_DEMO_CLIENT_SECRET]) {
			expect(all).not.toContain(secret);
		}
	});

	test('the sandbox plays the authorization-code flow n8n runs when connecting (authorize → redirect with code → token)', async () => {
		const client = new ClientOAuth2({
			clientId: SHOPWAVE_DEMO_CLIENT_ID,
			clientSecret: SHOPWAVE_DEMO_CLIENT_SECRET,
			accessTokenUri: `${api.url}/oauth/token`,
			authorizationUri: `${api.url}/oauth/authorize`,
			redirectUri: 'http://localhost:5678/rest/oauth2-credential/callback',
			scopes: ['read', 'write'],
			authentication: 'body',
		});
		const authorize = await fetch(client.code.getUri({ state: 'xyz' }), { redirect: 'manual' });
		expect(authorize.status).toBe(302);
		const callback = new URL(authorize.headers.get('location')!);
		expect(callback.origin + callback.pathname).toBe('http://localhost:5678/rest/oauth2-credential/callback');
		expect(callback.searchParams.get('state')).toBe('xyz');

		const token = await client.code.getToken(callback.toString());
		expect(token.data).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read write' });

		// The token works on the API, a used code does not work twice.
		const list = await fetch(`${api.url}/invoice`, { headers: { Authorization: `Bearer ${token.accessToken}` } });
		expect(list.status).toBe(200);
		await expect(client.code.getToken(callback.toString())).rejects.toThrow();
	});
});

describe('Shopwave API credential › test button', () => {
	test('GET /invoice with the Bearer token succeeds against the sandbox', async () => {
		const result = await testCredential('shopwaveApi', { environment: 'custom', baseUrl: `${api.url}/`, accessToken: SHOPWAVE_DEMO_TOKEN });
		expect(result).toMatchObject({ ok: true, status: 200 });
		const [request] = api.server.received();
		expect(request.path).toBe('/invoice');
		expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
		expect(request.headers['x-accept-version']).toBe('2');
	});

	test('fails with an unknown token', async () => {
		const result = await testCredential('shopwaveApi', { environment: 'custom', baseUrl: api.url, accessToken: 'not-a-token' });
		expect(result).toMatchObject({ ok: false, status: 401 });
	});

	test('production is api.merchantstack.com, staging api.staging.merchantstack.com', async () => {
		const { apiBaseUrl } = await import('../../nodes/Shopwave/transport');
		expect(apiBaseUrl({ environment: 'production' })).toBe('https://api.merchantstack.com');
		expect(apiBaseUrl({ environment: 'staging' })).toBe('https://api.staging.merchantstack.com');
		expect(apiBaseUrl({ environment: 'custom', baseUrl: 'http://127.0.0.1:5705/' })).toBe('http://127.0.0.1:5705');
	});
});
