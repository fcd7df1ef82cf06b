import { SHOPWAVE_DEMO_CLIENT_ID, SHOPWAVE_DEMO_CLIENT_SECRET } from '../../sandbox/shopwave';
import { shopwaveSandbox } from './helpers';

const api = shopwaveSandbox();
const redirect = 'http://localhost:5678/rest/oauth2-credential/callback';

async function token(form: Record<string, string>) {
	const response = await fetch(`${api.url}/oauth/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString(),
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Shopwave sandbox › OAuth2 server', () => {
	test('authorize refuses an unknown client', async () => {
		const url = `${api.url}/oauth/authorize?response_type=code&client_id=nobody&redirect_uri=${encodeURIComponent(redirect)}`;
		const response = await fetch(url, { redirect: 'manual' });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ error: 'invalid_client', error_description: 'Unknown client_id "nobody"' });
	});

	test('token refuses a wrong client secret, an unknown refresh token and an unknown grant', async () => {
		const { refresh_token } = api.server.issueTokens();
		expect((await token({ grant_type: 'refresh_token', refresh_token, client_id: SHOPWAVE_DEMO_CLIENT_ID, client_secret: 'wrong' })).status).toBe(401);
		expect(
			await token({ grant_type: 'refresh_token', refresh_token: 'nope', client_id: SHOPWAVE_DEMO_CLIENT_ID, client_secret: SHOPWAVE_DEMO_CLIENT_SECRET }),
		).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Unknown or revoked refresh token' } });
		expect(
			(await token({ grant_type: 'password', client_id: SHOPWAVE_DEMO_CLIENT_ID, client_secret: SHOPWAVE_DEMO_CLIENT_SECRET })).body.error,
		).toBe('unsupported_grant_type');
	});

	test('refresh tokens rotate: a spent one is refused, the new access token works, the old one still until it expires', async () => {
		const first = api.server.issueTokens();
		const creds = { client_id: SHOPWAVE_DEMO_CLIENT_ID, client_secret: SHOPWAVE_DEMO_CLIENT_SECRET };
		const renewed = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token, ...creds });
		expect(renewed.status).toBe(200);
		expect(renewed.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read write' });
		expect((await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token, ...creds })).status).toBe(400);
		const list = await fetch(`${api.url}/invoice`, { headers: { Authorization: `Bearer ${String(renewed.body.access_token)}` } });
		expect(list.status).toBe(200);
		api.server.expireToken(String(renewed.body.access_token));
		const expired = await fetch(`${api.url}/invoice`, { headers: { Authorization: `Bearer ${String(renewed.body.access_token)}` } });
		expect(expired.status).toBe(401);
		expect(await expired.json()).toEqual({
			api: {
				message: {
					error: {
						908: { id: 908, code: 908, statusCode: 401, title: 'Expired Token', details: 'Token expired or invalid. Please renew your token' },
					},
				},
			},
		});
	});
});
