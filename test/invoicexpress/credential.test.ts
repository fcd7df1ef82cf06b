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
		expect(credential.test.request.url).toBe('={{$credentials.flavour === "legacy" ? "/invoices.xml" : "/invoices.json"}}');
	});

	test.each([
		[{ accountName: 'acme', apiKey: 'k', flavour: 'current' as const }, 'https://acme.app.invoicexpress.com'],
		[{ accountName: 'acme', apiKey: 'k', flavour: 'legacy' as const }, 'https://acme.invoicexpress.net'],
		[{ accountName: 'acme', apiKey: 'k', flavour: 'legacy' as const, baseUrl: 'http://127.0.0.1:5703/' }, 'http://127.0.0.1:5703'],
	])('base URL of %j is %s', (credentials, url) => {
		expect(baseUrlOf(credentials)).toBe(url);
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
		['legacy', 'https://acme.invoicexpress.net', '/invoices.xml'],
	])('%s flavour without a base URL tests against %s%s', async (flavour, baseURL, url) => {
		expect(await resolve({ accountName: 'acme', apiKey: KEY, flavour, baseUrl: '' })).toEqual({ baseURL, url, qs: { per_page: 1 } });
	});

	test.each([
		['current', 'json'],
		['legacy', 'xml'],
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
