import {
	SHOPWAVE_DEMO_CLIENT_ID,
	SHOPWAVE_DEMO_CLIENT_SECRET,
} from '../../sandbox/shopwave';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { jsonBody, shopwave, shopwaveSandbox } from './helpers';

const api = shopwaveSandbox();

function oauthCredentials(tokens: { access_token: string; refresh_token: string; token_type: string; expires_in: number; scope: string }) {
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

describe('Shopwave › OAuth2 credential', () => {
	test('an expired access token is refreshed by n8n with the refresh token, the request sent again, and the new token saved', async () => {
		const tokens = api.server.issueTokens();
		api.server.expireToken(tokens.access_token);
		const result = await runWorkflow(
			shopwave(
				'upsert',
				{ storeId: '1001', invoiceItems: { item: [{ name: 'Tea', price: '3.20', quantity: 2 }] } },
				undefined,
				{ oAuth2: true },
			),
			{ credentials: oauthCredentials(tokens) },
		);
		console.log(result.error(), JSON.stringify(api.server.received().map((r) => [r.method, r.path, r.status, r.headers.authorization, r.body.toString()]), null, 1));
		console.log(JSON.stringify(result.credentials.updates, null, 1));
		console.log(JSON.stringify(result.items()));
	});
});
