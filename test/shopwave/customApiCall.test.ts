// "Custom API Call": the option n8n adds to Resource and Operation of a node whose credential its
// HTTP Request node can use (Shopwave's OAuth2 credential). Chosen in the node, it makes the call
// itself, instead of failing with "Could not get parameter" as it did before. Both places n8n adds
// the option are covered: as the resource (no Operation then) and as an operation of Invoice.
import type { INodeProperties } from 'n8n-workflow';

import { Shopwave } from '../../nodes/Shopwave/Shopwave.node';
import { SHOPWAVE_DEMO_TOKEN } from '../../sandbox/shopwave';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { jsonBody, shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const KEY = '__CUSTOM_API_CALL__';
const api = shopwaveSandbox();
const credentials = () => ({ credentials: tokenCredentials(api.url) });

/** The node as n8n offers it with "Custom API Call" chosen as the resource or as the operation. */
function customCall(where: 'resource' | 'operation', parameters: Record<string, unknown>, continueOnFail = false) {
	const workflow = shopwave(KEY, parameters, undefined, { continueOnFail });
	const node = workflow.nodes.find((n) => n.type.endsWith('.shopwave'))!;
	if (where === 'resource') {
		node.parameters.resource = KEY;
		delete node.parameters.operation;
	}
	return workflow;
}

describe.each(['resource', 'operation'] as const)('Shopwave › Custom API Call as the %s', (where) => {
	test('GET with a filter header: the credential, the API version header, the reply as the item', async () => {
		const result = await runWorkflow(
			customCall(where, { method: 'GET', path: '/invoice', headers: { header: [{ name: 'invoiceId', value: '5002' }] } }),
			credentials(),
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoice');
		expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
		expect(request.headers['x-accept-version']).toBe('2');
		expect(request.headers.invoiceid).toBe('5002');
		const items = result.items();
		expect(items).toHaveLength(1);
		expect(Object.keys((items[0].json.invoices ?? {}) as object)).toEqual(['5002']);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('POST with a JSON body and query parameters: sent as given', async () => {
		const body = { invoices: { item0: { storeId: 1001, reference: 'CUSTOM-1', invoiceItems: { line0: { name: 'Tea', price: '3.20', quantity: 2 } } } } };
		const result = await runWorkflow(
			customCall(where, {
				method: 'POST',
				path: '/invoice',
				queryParameters: { parameter: [{ name: 'trace', value: 'n8n' }] },
				body: JSON.stringify(body),
				options: { apiVersion: '2' },
			}),
			credentials(),
		);
		const [request] = api.server.received();
		expect(request.method).toBe('POST');
		expect(request.query).toEqual({ trace: 'n8n' });
		expect(request.headers['content-type']).toBe('application/json');
		expect(jsonBody(request)).toEqual(body);
		const saved = Object.values(result.items()[0].json.invoices as Record<string, { reference?: string }>);
		expect(saved.map((invoice) => invoice.reference)).toEqual(['CUSTOM-1']);
	});

	test("Shopwave's own error keeps its code and title", async () => {
		const result = await runWorkflow(customCall(where, { method: 'GET', path: '/invoice', headers: { header: [{ name: 'storeIds', value: '2001' }] } }), credentials());
		expect(result.error()?.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
	});

	test('an address instead of a path is refused before any request: the token never goes to another host', async () => {
		const result = await runWorkflow(customCall(where, { method: 'GET', path: 'https://attacker.example/steal' }), credentials());
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Path" "https://attacker.example/steal" is an address, not a path',
			'Give the path after the API address, starting with "/", e.g. /invoice. The request always goes to the credential\'s address, with its authentication.',
		);
	});

	test.each([
		['invoice', 'does not start with "/"'],
		['/invoice?invoiceId=1', 'contains "?" or "#"'],
		['//attacker.example/x', 'is an address, not a path'],
		['/../admin', 'contains "." or ".." segments'],
	])('path %j is refused before any request (%s)', async (path, why) => {
		const result = await runWorkflow(customCall(where, { method: 'GET', path }), credentials());
		expect(result.error()?.message).toBe(`Item 0: "Path" ${JSON.stringify(path)} ${why}`);
		expect(api.server.received()).toHaveLength(0);
	});

	test('a body that is not a JSON object is refused before any request; continueOnFail gives the error item', async () => {
		const result = await runWorkflow(customCall(where, { method: 'PUT', path: '/invoice', body: '[1, 2]' }, true), credentials());
		expect(result.items()).toEqual([
			{ json: expect.objectContaining({ error: 'Item 0: "Body (JSON)" is [1,2], not a JSON object' }), pairedItem: { item: 0 } },
		]);
		expect(api.server.received()).toHaveLength(0);
	});

	test('a header row without a name is refused before any request', async () => {
		const result = await runWorkflow(customCall(where, { method: 'GET', path: '/invoice', headers: { header: [{ name: '', value: '1' }] } }), credentials());
		expect(result.error()?.message).toBe('Item 0: Header 1 has no name');
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('Shopwave › Custom API Call fields', () => {
	const properties = new Shopwave().description.properties;

	test('shown for the resource and for the operation, never both at once', () => {
		const paths = properties.filter((p) => p.name === 'path');
		expect(paths.map((p) => p.displayOptions)).toEqual([
			{ show: { resource: [KEY] } },
			{ show: { operation: [KEY] }, hide: { resource: [KEY] } },
		]);
	});

	test('every field n8n keeps visible beside its "use the HTTP Request node" notice has a default, so the editor shows it', () => {
		// n8n's editor hides, while Custom API Call is chosen, every field that is not among the node's
		// current values; a field is among them when it is shown and has a default.
		for (const property of properties.filter((p) => JSON.stringify(p.displayOptions ?? {}).includes(KEY))) {
			expect({ name: property.name, hasDefault: (property as INodeProperties).default !== undefined }).toEqual({ name: property.name, hasDefault: true });
		}
	});
});
