// The iMaterialiseApi credential: the GUID-shape notice, the APICode header, and the test request
// replayed against the sandbox the way n8n's credential tester does (request, then the rules).
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { CREDENTIAL_BLANKING_VALUE, CREDENTIAL_EMPTY_VALUE, NodeHelpers } from 'n8n-workflow';

import { IMATERIALISE_WRONG_CODE_MESSAGE, IMaterialiseApi } from '../../credentials/IMaterialiseApi.credentials';
import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_OTHER_API_CODE } from '../../sandbox/imaterialise';
import { makeWorkflow } from '../harness/engine';
import { imaterialiseSandbox } from './setup';

const api = imaterialiseSandbox();
const credential = new IMaterialiseApi();
const node: INode = {
	id: 'n',
	name: 'i.materialise',
	type: 'n8n-nodes-invoicing.iMaterialise',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const workflow = makeWorkflow({ nodes: [node], connections: {} });

function resolve(value: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	return typeof value === 'string' && value.startsWith('=')
		? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
		: value;
}

/** n8n's tester: send the test request with the credential applied, then apply the rules. */
async function testCredential(data: ICredentialDataDecryptedObject): Promise<{ status: 'OK' | 'Error'; message?: string; code?: unknown }> {
	const request = credential.test.request;
	const authenticated = await credential.authenticate(data, { url: request.url ?? '', headers: { ...(request.headers ?? {}) } });
	const headers = authenticated.headers as Record<string, string>;
	const response = await fetch(`${String(resolve(request.baseURL, data))}${request.url}`, { method: request.method, headers });
	const body = (await response.json()) as { error?: { code?: unknown } };
	for (const rule of credential.test.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && body.error?.code === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message, code: body.error?.code };
		}
	}
	return { status: 'OK', code: body.error?.code };
}

describe('i.materialise › credential', () => {
	test('the test request passes with the right API code (the made-up order is simply not found: code 100)', async () => {
		const outcome = await testCredential({ apiCode: IMATERIALISE_DEMO_API_CODE, environment: 'custom', baseUrl: `${api.url}/` });
		expect(outcome).toEqual({ status: 'OK', code: 100 });
		const [request] = api.server.received();
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/web-api/order/00000000-0000-0000-0000-000000000000/invoice');
		expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
		expect(request.headers.accept).toBe('application/json');
		// Nothing was uploaded anywhere.
		for (const order of api.server.orders.values()) expect(order.documents).toEqual({});
	});

	test('the test request fails with an API code the server does not know (code 101)', async () => {
		const outcome = await testCredential({ apiCode: '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D', environment: 'custom', baseUrl: api.url });
		expect(outcome).toEqual({ status: 'Error', message: IMATERIALISE_WRONG_CODE_MESSAGE, code: 101 });
	});

	test('another customer\'s valid code also passes: the test checks the code, not access to a given order', async () => {
		const outcome = await testCredential({ apiCode: IMATERIALISE_OTHER_API_CODE, environment: 'custom', baseUrl: api.url });
		expect(outcome.status).toBe('OK');
	});

	test.each([
		['production', 'https://i.materialise.com'],
		['sandbox', 'https://imatsandbox.materialise.net'],
		['custom', 'http://127.0.0.1:5704'],
	])('the %s environment tests against %s', (environment, url) => {
		expect(resolve(credential.test.request.baseURL, { apiCode: '', environment, baseUrl: 'http://127.0.0.1:5704/web-api' })).toBe(url);
	});

	describe('the GUID notice (n8n evaluates its displayOptions over the form\'s values)', () => {
		const notice = credential.properties.find((p) => p.name === 'apiCodeShapeNotice')!;
		const shown = (apiCode: string) => NodeHelpers.displayParameter({ apiCode }, notice, null, null);

		test.each([
			['upper case', IMATERIALISE_DEMO_API_CODE.toUpperCase()],
			['lower case', IMATERIALISE_DEMO_API_CODE.toLowerCase()],
			['mixed case', 'a1F1bAE8-3f1B-4b8D-8d95-D19e17595034'],
			['in braces', `{${IMATERIALISE_DEMO_API_CODE}}`],
			['in braces, lower case', `{${IMATERIALISE_DEMO_API_CODE.toLowerCase()}}`],
			['with spaces around it (trimmed before use)', `  ${IMATERIALISE_DEMO_API_CODE} `],
		])('is not shown for a valid GUID, %s', (_, apiCode) => {
			expect(shown(apiCode)).toBe(false);
		});

		test('is not shown for a saved credential: n8n sends the editor a placeholder, not the code, for a password field', () => {
			expect(shown(CREDENTIAL_BLANKING_VALUE)).toBe(false);
			expect(shown(CREDENTIAL_EMPTY_VALUE)).toBe(false);
		});

		test('is not shown for an empty field (the form flags a required field itself) or an expression', () => {
			expect(shown('')).toBe(false);
			expect(shown('={{ $env.IMAT_CODE }}')).toBe(false);
		});

		test.each([
			['a word', 'abc'],
			['a digit short', 'A1F1BAE8-3F1B-4B8D-8D95-D19E1759503'],
			['a digit long', 'A1F1BAE8-3F1B-4B8D-8D95-D19E175950345'],
			['without hyphens', 'A1F1BAE83F1B4B8D8D95D19E17595034'],
			['a non-hexadecimal character', 'G1F1BAE8-3F1B-4B8D-8D95-D19E17595034'],
			['the header pasted with it', `APICode: ${IMATERIALISE_DEMO_API_CODE}`],
		])('is shown for %s', (_, apiCode) => {
			expect(shown(apiCode)).toBe(true);
		});

		test('the API Code field says what the code looks like, whatever the value', () => {
			const field = credential.properties.find((p) => p.name === 'apiCode')!;
			expect(field.hint).toMatch(/GUID/);
			expect(field.displayOptions).toBeUndefined();
		});
	});
});
