import { describeTimeoutOption, jsonReply, notDocumented } from '../campaign/operations';
import { everything } from '../harness/sandbox';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();

const INVOICE_1 = {
	id: 1,
	client_id: 476,
	contact_id: null,
	created: '2009-10-14T09:00:00+01:00',
	invoice_number: 'RE123',
	number: 123,
	number_pre: 'RE',
	number_length: 0,
	status: 'OPEN',
	date: '2009-10-14',
	supply_date: '2009-10-12',
	supply_date_type: 'SUPPLY_DATE',
	due_date: '2009-10-24',
	due_days: 10,
	address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
	discount_rate: 2,
	discount_date: '2009-10-21',
	discount_days: 7,
	discount_amount: 2.14,
	title: null,
	label: 'project 123',
	intro: 'We are pleased to offer you the following items into account:',
	note: 'Thank you for your order!',
	total_gross: 107.1,
	total_net: 90,
	net_gross: 'NET',
	reduction: null,
	total_gross_unreduced: 107.1,
	total_net_unreduced: 90,
	paid_amount: 0,
	open_amount: 107.1,
	currency_code: 'EUR',
	quote: 1,
	invoice_id: null,
	offer_id: null,
	confirmation_id: 7,
	recurring_id: null,
	taxes: [{ name: 'MwSt', rate: 19, amount: 17.1 }],
	payment_types: 'CASH,BANK_TRANSFER,PAYPAL',
	customerportal_url: 'https://sandbox.billomat.net/customerportal/invoices/show/entityId/1?hash=1eef',
	template_id: null,
};

describe('Billomat › Invoice › Get', () => {
	test('GETs /api/invoices/{id} with the key and JSON headers, and unwraps the record with nulls and numbers', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoices/1');
		expect(request.query).toEqual({});
		expect(request.headers['x-billomatapikey']).toBe(BILLOMAT_DEMO_API_KEY);
		expect(request.headers.accept).toBe('application/json');
		expect(request.headers['x-appid']).toBeUndefined();
		expect(request.headers['x-appsecret']).toBeUndefined();

		const items = result.items();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual(INVOICE_1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('the sandbox really sends strings and {} (what the node normalises)', async () => {
		const reply = await fetch(`${api.url}/api/invoices/1`, {
			headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, Accept: 'application/json' },
		});
		const body = (await reply.json()) as { invoice: Record<string, unknown> };
		expect(body.invoice.id).toBe('1');
		expect(body.invoice.title).toEqual({});
		expect(body.invoice.taxes).toEqual({ tax: { name: 'MwSt', rate: '19', amount: '17.1' } });
	});

	test('Simplify keeps the main fields only', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: '1', options: { simplify: true } });
		expect(result.items()[0].json).toEqual({
			id: 1,
			client_id: 476,
			invoice_number: 'RE123',
			status: 'OPEN',
			date: '2009-10-14',
			due_date: '2009-10-24',
			label: 'project 123',
			total_net: 90,
			total_gross: 107.1,
			open_amount: 107.1,
			currency_code: 'EUR',
		});
	});

	describe('version 1.1: Simplify is its own switch, on by default', () => {
		const SIMPLE_KEYS = ['id', 'client_id', 'invoice_number', 'status', 'date', 'due_date', 'label', 'total_net', 'total_gross', 'open_amount', 'currency_code'];

		test('without a Simplify value (a new node): the main fields', async () => {
			const result = await run(api.url, { operation: 'get', invoiceId: '1' }, { typeVersion: 1.1 });
			expect(Object.keys(result.items()[0].json)).toEqual(SIMPLE_KEYS);
		});

		test('Simplify off: the whole invoice as Billomat sent it', async () => {
			const result = await run(api.url, { operation: 'get', invoiceId: '1', simplify: false }, { typeVersion: 1.1 });
			expect(result.items()[0].json).toEqual(INVOICE_1);
		});

		test('Get Many: simplified by default, whole invoices with Simplify off', async () => {
			const simple = await run(api.url, { operation: 'getAll', returnAll: true }, { typeVersion: 1.1 });
			const whole = await run(api.url, { operation: 'getAll', returnAll: true, simplify: false }, { typeVersion: 1.1 });
			expect(simple.items().length).toBeGreaterThan(1);
			for (const item of simple.items()) expect(Object.keys(item.json)).toEqual(SIMPLE_KEYS.filter((key) => key in item.json));
			expect(simple.items().map((i) => Object.keys(i.json).length)).toEqual(simple.items().map(() => SIMPLE_KEYS.length));
			expect(whole.items().map((i) => i.json.id)).toEqual(simple.items().map((i) => i.json.id));
			expect(Object.keys(whole.items()[0].json).length).toBeGreaterThan(SIMPLE_KEYS.length);
		});

		test('version 1 (saved workflows) keeps Simplify in Options, off by default: the whole invoice', async () => {
			const result = await run(api.url, { operation: 'get', invoiceId: '1' }, { typeVersion: 1 });
			expect(result.items()[0].json).toEqual(INVOICE_1);
		});
	});

	test('a draft has no invoice number yet: null', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: '2' });
		const json = result.items()[0].json;
		expect(json.invoice_number).toBeNull();
		expect(json.status).toBe('DRAFT');
		expect(json.total_net).toBe(721.85);
		expect(json.taxes).toEqual([{ name: 'MwSt', rate: 19, amount: 137.15 }]);
	});

	test('an unknown invoice is Billomat’s 404 with its text', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: '999' });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 404: Invoice not found');
		expect(error.description).toBe('No such record in this Billomat account. Check the ID.');
		expect(error.httpCode).toBe('404');
	});

	test('an invoice ID that is not a number is refused before any request', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: 'RE123' });
		expect(result.error()?.message).toBe('Item 0: "Invoice ID" ("RE123") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a wrong key is a 401 with a hint, and the key appears nowhere', async () => {
		const wrongKey = 'wrong-key-5f4e3d2c1b';
		const result = await run(api.url, { operation: 'get', invoiceId: '1' }, { credentials: { apiKey: wrongKey } });
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 401: Unauthorized');
		expect(error.description).toContain('Check the API key and the Billomat ID');
		expect(api.server.received()[0].headers['x-billomatapikey']).toBe(wrongKey);
		expect(everything(result.run)).not.toContain(wrongKey);
	});

	test('under continueOnFail each item gets its invoice or its error, paired', async () => {
		const result = await run(
			api.url,
			{ operation: 'get', invoiceId: '={{ $json.id }}' },
			{ input: [{ json: { id: 3 } }, { json: { id: 999 } }, { json: { id: 'x' } }, { json: { id: 4 } }], continueOnFail: true },
		);
		const items = result.items();
		expect(items.map((i) => i.json.invoice_number ?? i.json.error)).toEqual([
			'RE124',
			'Billomat error 404: Invoice not found',
			'Item 2: "Invoice ID" ("x") is not a Billomat ID',
			'RE125',
		]);
		expect(items[1].json.httpCode).toBe('404');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(api.server.received()).toHaveLength(3);
	});

	test.each([
		['an object with the key "status"', { status: 'ok' }],
		['an object with the key "invoices"', { invoices: { invoice: [] } }],
		['null', null],
		['the text "ok"', 'ok'],
		['an empty reply', undefined],
	])('a 200 holding %s instead of the "invoice" record is a Billomat error naming both', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await run(api.url, { operation: 'get', invoiceId: '1' });
		const error = result.error()!;
		expect(error.message).toBe(`Billomat error 200: Expected an "invoice" record ({"invoice": {…}}) but got ${got}`);
		expect(error.description).toBe(notDocumented('Billomat'));
		expect(error.httpCode).toBe('200');
		expect(error.context?.itemIndex).toBe(0);
	});
});

describeTimeoutOption('Billomat', 'billomat', () => api.server, (options) =>
	run(api.url, { operation: 'get', invoiceId: '1', options }, { continueOnFail: true }),
);

