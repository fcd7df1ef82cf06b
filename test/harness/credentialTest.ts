// What n8n's credential test does (the editor runs it when a credential is saved or opened, and
// on "Retry"). `testCredential`: the test request alone, resolved, authenticated and sent, with
// its status and URL, for asserting what the provider receives. `credentialTestButton`: the
// whole of n8n's tester, including the message it reports.
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { makeWorkflow } from './engine';

import { TestCredentialsHelper } from './credentials';
import { registry } from './registry';

/** lodash's `get`, which n8n's tester reads a `responseSuccessBody` rule's key with (lodash ships no types here). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const get = require('lodash/get') as (object: unknown, path: string) => unknown;

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

/**
 * n8n's credential tester for a `test.request`, step for step as n8n 2.41.1 runs it
 * (packages/cli/src/services/credentials-tester.service.ts, `runRequestTest`; 1.123 is the same):
 * the request as the one property of a temporary routing node, run by n8n-core's RoutingNode with
 * the credential; then the message it reports:
 * - a failed reply (error.cause.response): the message of the first `responseCode` rule whose
 *   value is the status, else the status text, else "Received HTTP status code: N";
 * - otherwise an error with a code (a network failure, error.cause.code): that code;
 * - otherwise (e.g. thrown by the credential's `authenticate`): the error's message;
 * - a reply that succeeded: the message of the first `responseSuccessBody` rule whose key
 *   (lodash `get` over the first item's json) equals its value, else "Connection successful!".
 */
export async function credentialTestButton(
	TYPE: string,
	data: ICredentialDataDecryptedObject,
): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const types = registry();
	const helper = new TestCredentialsHelper(types, { [TYPE]: data });
	const { request, rules } = types.getCredential(TYPE).test!;
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
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, nodeType, decrypted).runNode();
	} catch (error) {
		const e = error as { message: string; cause?: { response?: { status: number; statusText?: string }; code?: string } };
		if (e.cause?.response) {
			const { status, statusText } = e.cause.response;
			for (const rule of rules ?? []) {
				if (rule.type === 'responseCode' && status === rule.properties.value) return { status: 'Error', message: rule.properties.message };
			}
			if (status < 199 || status > 299) return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		} else if (e.cause?.code) {
			return { status: 'Error', message: e.cause.code };
		}
		return { status: 'Error', message: e.message.toString() };
	}
	for (const rule of rules ?? []) {
		if (rule.type === 'responseSuccessBody' && get(response![0][0].json, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
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
