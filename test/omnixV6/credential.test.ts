import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { testCredential } from '../harness/credentialTest';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());

describe('Omnix V6 API credential › test button', () => {
	test('GET /ping with the ApiKey header succeeds with the right key', async () => {
		const result = await testCredential('omnixV6Api', { domain: `${api.url}/`, apiKey: OMNIX_DEMO_API_KEY });
		expect(result).toMatchObject({ ok: true, status: 200 });
		const [request] = api.server.received();
		expect(request.path).toBe('/v6-api/rest/ping');
		expect(request.headers.authorization).toBe(`ApiKey ${OMNIX_DEMO_API_KEY}`);
	});

	test('fails with a wrong key', async () => {
		const result = await testCredential('omnixV6Api', { domain: api.url, apiKey: 'nope-nope' });
		expect(result).toMatchObject({ ok: false, status: 401 });
	});

	test('follows a test environment API path', async () => {
		await testCredential('omnixV6Api', { domain: api.url, apiPath: 'v6-api-test/rest/', apiKey: OMNIX_DEMO_API_KEY });
		expect(api.server.received()[0].path).toBe('/v6-api-test/rest/ping');
	});
});
