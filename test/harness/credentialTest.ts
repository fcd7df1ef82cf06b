// What n8n's "Test" button on a credential does, for credentials declaring `test.request`:
// resolve the request's expressions against the credential, authenticate it as the credential
// declares, send it, and report success when the reply is 2xx.
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	INode,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
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

/** n8n's credential tester for a `test.request` (packages/cli credentials-tester.service): the request as a routing node, the message it reports. */
export async function credentialTestButton(
	TYPE: string,
	data: ICredentialDataDecryptedObject,
): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const types = registry();
	const helper = new TestCredentialsHelper(types, { [TYPE]: data });
	const request = types.getCredential(TYPE).test!.request;
	const nodeType = {
		description: {
			displayName: 'Temp',
			name: 'tempCredentialTest',
			group: [],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: TYPE, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request }, default: '' }],
		},
	} as unknown as INodeType;
	const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) } as unknown as INodeTypes;
	const node: INode = { id: 'temp', parameters: {}, name: 'Temp-Node', type: 'tempCredentialTest', typeVersion: 1, position: [0, 0], credentials: { [TYPE]: { id: '1', name: 'x' } } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = { credentialsHelper: helper, currentNodeExecutionIndex: 0, variables: {} } as unknown as IWorkflowExecuteAdditionalData;
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', { resultData: { runData: {} } } as never, 0, [], { main: [[{ json: {} }]] }, { node, data: {}, source: null }, []);
	const decrypted = { id: '1', name: 'x', type: TYPE, data: await helper.getDecrypted({} as never, { id: '1', name: 'x' }, TYPE) };
	try {
		await new RoutingNode(context, nodeType, decrypted).runNode();
		return { status: 'OK', message: 'Connection successful!' };
	} catch (error) {
		const e = error as { message: string; cause?: { response?: { status: number; statusText?: string }; code?: string } };
		if (e.cause?.response) return { status: 'Error', message: e.cause.response.statusText || `Received HTTP status code: ${e.cause.response.status}` };
		if (e.cause?.code) return { status: 'Error', message: e.cause.code };
		return { status: 'Error', message: e.message };
	}
}

/** A credential test request's base URL, resolved by n8n's expression engine over these credential values. */
export function credentialTestBaseUrl(type: string, values: Record<string, unknown>): unknown {
	const types = registry();
	const node = { id: 'n', name: 'n', type: 'test.fixtureItems', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const workflow = makeWorkflow({ nodes: [node], connections: {} }, { nodeTypes: types });
	const baseURL = types.getCredential(type).test!.request.baseURL as string;
	return workflow.expression.getSimpleParameterValue(node, baseURL, 'internal', { $credentials: values }, undefined, '');
}

/** Whether the credential form shows the property `name` (a notice) for these values. */
export function credentialFieldShown(type: string, name: string, values: Record<string, unknown>): boolean {
	const property = registry().getCredential(type).properties.find((p) => p.name === name)!;
	return NodeHelpers.displayParameter(values as never, property, null, null);
}
