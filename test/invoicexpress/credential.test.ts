import { InvoiceXpressApi } from '../../credentials/InvoiceXpressApi.credentials';
import { baseUrlOf, errorLines, xmlToJson } from '../../nodes/InvoiceXpress/transport';
import { parseXml } from '../../nodes/shared/xml';

describe('InvoiceXpress › credential and transport', () => {
	test('the key is declared as the api_key query parameter of the generic authenticate', () => {
		const credential = new InvoiceXpressApi();
		expect(credential.name).toBe('invoiceXpressApi');
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { qs: { api_key: '={{$credentials.apiKey}}' } } });
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
