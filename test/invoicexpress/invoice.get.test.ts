import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { describeTimeoutOption, jsonReply, notDocumented } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';
import { credentials, FLAVOURS, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Invoice › Get', () => {
	test('current flavour: GET /{type}/{id}.json with api_key in the query, outputs the document (Simplify: dates as ISO)', async () => {
		const result = await runWorkflow(ix('get', { documentType: 'invoice_receipts', invoiceId: '1004' }), {
			credentials: credentials(api.url),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoice_receipts/1004.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.headers.accept).toBe('application/json');
		const items = result.items();
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toEqual({
			id: 1004,
			status: 'final',
			archived: false,
			type: 'InvoiceReceipt',
			sequence_number: '1/R',
			date: '2024-01-20',
			due_date: '2024-01-20',
			reference: null,
			observations: null,
			retention: null,
			sum: 60,
			discount: 0,
			before_taxes: 60,
			taxes: 7.8,
			total: 67.8,
			currency: 'Euro',
			client: {
				id: 502,
				name: 'Café Lisboa, Lda',
				code: 'CL02',
				email: 'geral@cafelisboa.pt',
				country: 'Portugal',
				fiscal_id: '501234567',
			},
			items: [
				{
					name: 'Pastel de nata',
					description: 'Pastel de nata description',
					unit_price: 1.2,
					quantity: 50,
					unit: 'unit',
					discount: 0,
					tax: { name: 'IVA13', value: 13 },
				},
			],
		});
	});

	test('legacy flavour: the legacy API documents no read, so GET /{type}/{id}.json on the current API, same key', async () => {
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.path).toBe('/invoices/1002.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.headers.accept).toBe('application/json');
		expect(result.items()[0].json).toMatchObject({ id: 1002, status: 'final', sequence_number: '1/A', before_taxes: 90, client: { id: 502 } });
	});

	test('legacy flavour: a key refused by the current API says that this operation used the current API', async () => {
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url, 'legacy', { apiKey: 'not-the-key' }),
		});
		expect(api.server.received()[0].path).toBe('/invoices/1002.json');
		expect(result.error()?.description).toContain(
			'With the Legacy (XML) flavour only Update of an Invoice uses the legacy XML API; this operation uses the current JSON API (demo-company.app.invoicexpress.com) with the same key.',
		);
	});

	test.each(FLAVOURS)('%s flavour: a 404 says the document ID is unknown', async (flavour) => {
		const result = await runWorkflow(ix('get', { documentType: 'credit_notes', invoiceId: '1002' }), {
			credentials: credentials(api.url, flavour),
		});
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 404: Credit Note 1002 is unknown');
		expect(error.description).toBe('The ID does not match any document of this type in the account: check the ID and the Document Type.');
		expect(error.httpCode).toBe('404');
	});

	test.each(FLAVOURS)('%s flavour: a refused key says so, and the key appears nowhere', async (flavour) => {
		const wrong = 'wrong/key+with=odd&chars';
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url, flavour, { apiKey: wrong }),
		});
		expect(api.server.received()[0].query.api_key).toBe(wrong);
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 401: Access denied');
		expect(error.description).toContain('The API key was refused for account "demo-company"');
		const all = everything(result.run);
		expect(all).not.toContain(wrong);
		expect(all).not.toContain(encodeURIComponent(wrong));
	});

	test('an ID that is not a number is refused before any request', async () => {
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '12/../../x' }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('Item 0: "Invoice ID" ("12/../../x") is not an InvoiceXpress document ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('retries a rate-limited GET, then succeeds', async () => {
		api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url),
		});
		const requests = api.server.received();
		expect(requests.map((r) => r.status)).toEqual([429, 200]);
		expect(result.items()[0].json.id).toBe(1002);
	});

	test('an XML bomb in a reply is refused, not expanded', async () => {
		api.server.injectFault({ kind: 'xml-bomb' });
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe(
			'InvoiceXpress error 422: Some of the parameters sent were incorrect, and the reply could not be read: the XML reply declares a DOCTYPE or entities, which is refused for safety',
		);
	});

	test.each(FLAVOURS)('%s flavour: a proxy HTML page is retried, then reported as such', async (flavour) => {
		api.server.injectFault({ kind: 'html', times: 0 });
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url, flavour),
		});
		expect(api.server.received()).toHaveLength(4);
		const error = result.error()!;
		expect(error.message).toBe("InvoiceXpress error 502: an HTML page (text/html), not the API's reply: often a proxy or maintenance page");
		expect(error.httpCode).toBe('502');
	}, 20000);

	test('a base URL nobody answers on is a connection error without the key', async () => {
		const closed = new InvoiceXpressSandbox();
		const url = await closed.listen(0, '127.0.0.1');
		await closed.close();
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(url),
		});
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error (code ECONNREFUSED): Could not get a reply: the connection was refused (is the base URL right?)');
		expect(everything(result.run)).not.toContain(KEY);
	}, 20000);

	test.each([
		['null', null],
		['an empty list', []],
		['the text "ok"', 'ok'],
		['the number 42', 42],
		['an object with the keys "status", "message"', { status: 'ok', message: 'done' }],
	])('a 200 holding %s instead of one document is an InvoiceXpress error naming both, not a document', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }, undefined, true), {
			credentials: credentials(api.url),
		});
		expect(result.items()).toEqual([
			{
				json: {
					error: `InvoiceXpress error 200: Expected one document ({"invoice": {…}}) but got ${got}`,
					description: notDocumented('InvoiceXpress'),
					httpCode: '200',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an XML reply that is not a document is an InvoiceXpress error too', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0"?><status>ok</status>' },
		});
		const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('InvoiceXpress error 200: Expected one document ({"invoice": {…}}) but got an object with the key "status"');
	});
});

describeTimeoutOption('InvoiceXpress', 'invoiceXpress', () => api.server, (options) =>
	runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002', options }, undefined, true), { credentials: credentials(api.url) }),
);

