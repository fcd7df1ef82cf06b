// What n8n's "Test" button on a credential does, for credentials declaring `test.request`:
// resolve the request's expressions against the credential, authenticate it as the credential
// declares, send it, and report success when the reply is 2xx.
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { makeWorkflow } from './engine';

import { TestCredentialsHelper } from './credentials';
import { registry } from './registry';

export async function testCredential(type: string, data: ICredentialDataDecryptedObject) {
	const types = registry();
	const credentialType = types.getCredential(type);
	const request = credentialType.test?.request;
	if (!request) throw new Error(`${type} declares no test request`);
	const node: INode = { id: 'n', name: 'Credential Test', type: 'test.fixtureItems', typeVersion: 1, position: [0, 0], parameters: {} };
	const workflow = makeWorkflow({ nodes: [node], connections: {} }, { nodeTypes: types });
	const helper = new TestCredentialsHelper(types, { [type]: data });
	const credentials = await helper.getDecrypted({} as never, { id: '1', name: 'x' }, type);
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
			: value;
	const options: IHttpRequestOptions = {
		url: String(resolve(request.url)),
		baseURL: request.baseURL ? String(resolve(request.baseURL)) : undefined,
		method: request.method ?? 'GET',
		headers: (request.headers as Record<string, string>) ?? {},
		qs: request.qs,
	};
	const authenticated = await helper.authenticate(credentials, type, options, workflow, node);
	const url = new URL((authenticated.baseURL ?? '') + authenticated.url);
	for (const [k, v] of Object.entries(authenticated.qs ?? {})) url.searchParams.set(k, String(v));
	const response = await fetch(url, {
		method: authenticated.method,
		headers: authenticated.headers as Record<string, string>,
	});
	return { ok: response.ok, status: response.status, url: url.toString() };
}
