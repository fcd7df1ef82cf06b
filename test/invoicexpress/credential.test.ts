import { InvoiceXpressApi } from '../../credentials/InvoiceXpressApi.credentials';
import { baseUrlOf, errorLines, xmlToJson } from '../../nodes/InvoiceXpress/transport';
import { parseXml } from '../../nodes/shared/xml';
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, ix, KEY } from './common';

describe('InvoiceXpress › credential and transport', () => {
	test('the credential adds the key as the api_key query parameter, keeping the query it was given', async () => {
		const credential = new InvoiceXpressApi();
		expect(credential.name).toBe('invoiceXpressApi');
		expect(await credential.authenticate({ apiKey: 'k&1' }, { url: '/invoices.json', qs: { page: 2 } })).toEqual({
			url: '/invoices.json',
			qs: { page: 2, api_key: 'k&1' },
		});
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions).toEqual({ password: true });
		expect(credential.properties.find((p) => p.name === 'flavour')?.default).toBe('current');
		// GET /invoices.json (invoices.list) in both flavours: the legacy XML API documents no read.
		expect(credential.test.request.url).toBe('/invoices.json');
	});

	test.each([
		[{ accountName: 'acme', apiKey: 'k', flavour: 'current' as const }, 'current' as const, 'https://acme.app.invoicexpress.com'],
		[{ accountName: 'acme', apiKey: 'k', flavour: 'legacy' as const }, 'current' as const, 'https://acme.app.invoicexpress.com'],
		[{ accountName: 'acme', apiKey: 'k', flavour: 'legacy' as const }, 'legacy' as const, 'https://acme.invoicexpress.net'],
		[{ accountName: 'acme', apiKey: 'k', flavour: 'legacy' as const, baseUrl: 'http://127.0.0.1:5703/' }, 'legacy' as const, 'http://127.0.0.1:5703'],
	])('base URL of %j for the %s API is %s', (credentials, api, url) => {
		expect(baseUrlOf(credentials, api)).toBe(url);
	});

	test('error lists are read from the documented XML and the JSON shapes', () => {
		const xml = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>Country Germani was not found</error>\n</errors>');
		expect(errorLines({ errors: xmlToJson(xml.errors) })).toEqual(['Country Germani was not found']);
		expect(errorLines({ errors: [{ error: 'a' }, { error: 'b' }] })).toEqual(['a', 'b']);
		expect(errorLines({ errors: { error: 'one' } })).toEqual(['one']);
		expect(errorLines({ errors: ['x', 'y'] })).toEqual(['x', 'y']);
		expect(errorLines({ errors: { client: 'is invalid' } })).toEqual(['client is invalid']);
		expect(errorLines(undefined)).toEqual([]);
	});
});

describe('InvoiceXpress › credential test request', () => {
	// The credential's `test` request, resolved the way n8n resolves it and sent to the sandbox.
	const api = useSandbox(() => new InvoiceXpressSandbox());

	async function resolve(data: Record<string, unknown>) {
		const { workflow } = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1' }), { credentials: credentials(api.url) });
		api.server.reset();
		const node = workflow.getNode('Subject')!;
		const request = new InvoiceXpressApi().test.request;
		const value = (v: unknown) =>
			workflow.expression.getSimpleParameterValue(node, v as string, 'internal', { $credentials: data } as never, undefined, '') as string;
		return { baseURL: value(request.baseURL), url: value(request.url), qs: request.qs };
	}

	test.each([
		['current', 'https://acme.app.invoicexpress.com', '/invoices.json'],
		// The legacy API documents only PUT /invoices/:invoice-id.xml: no read to test a key with.
		['legacy', 'https://acme.app.invoicexpress.com', '/invoices.json'],
	])('%s flavour without a base URL tests against %s%s', async (flavour, baseURL, url) => {
		expect(await resolve({ accountName: 'acme', apiKey: KEY, flavour, baseUrl: '' })).toEqual({ baseURL, url, qs: { per_page: 1 } });
	});

	test.each([
		['current', 'json'],
		['legacy', 'json'],
	])('%s flavour against the sandbox: the test request succeeds with the right key', async (flavour, extension) => {
		const resolved = await resolve({ accountName: 'demo-company', apiKey: KEY, flavour, baseUrl: `${api.url}/` });
		expect(resolved.baseURL).toBe(api.url);
		const response = await fetch(`${resolved.baseURL}${resolved.url}?per_page=1&api_key=${encodeURIComponent(KEY)}`);
		expect(response.status).toBe(200);
		expect(api.server.received()[0].path).toBe(`/invoices.${extension}`);
		const wrong = await fetch(`${resolved.baseURL}${resolved.url}?per_page=1&api_key=nope`);
		expect(wrong.status).toBe(401);
	});
});

describe('InvoiceXpress sandbox › only the documented legacy route', () => {
	const api = useSandbox(() => new InvoiceXpressSandbox());

	test.each([
		['GET', '/invoices.xml'],
		['GET', '/invoices/1002.xml'],
		['POST', '/invoices.xml'],
		['PUT', '/invoices/1002/change-state.xml'],
		['GET', '/api/pdf/1002.xml'],
		['PUT', '/credit_notes/1006.xml'],
	])('%s %s is not documented by the legacy API: 404', async (method, path) => {
		const response = await fetch(`${api.url}${path}?api_key=${encodeURIComponent(KEY)}`, { method });
		expect(response.status).toBe(404);
	});

	test('PUT /invoices/:invoice-id.xml is served (its documented 422 for an empty body)', async () => {
		const response = await fetch(`${api.url}/invoices/1001.xml?api_key=${encodeURIComponent(KEY)}`, {
			method: 'PUT',
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0" encoding="UTF-8"?>\n<invoice><client><name>Bruce Norris</name></client></invoice>',
		});
		expect(response.status).toBe(422);
		expect(await response.text()).toContain('<error>Invoice items is invalid</error>');
	});
});
