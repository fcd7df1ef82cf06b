import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { parseXml } from '../../nodes/shared/xml';
import { runWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, FLAVOURS, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

/** The doc's example update, as node parameters. */
const DOC_EXAMPLE = {
	documentType: 'invoices',
	invoiceId: '1001',
	clientName: 'Bruce Norris',
	client: {
		email: 'foo@bar.com',
		address: 'Badgad',
		postalCode: '120213920139',
		country: 'Germany',
		fiscalId: '12',
		website: 'www.brucenorris.com',
		phone: '2313423424',
		fax: '2313423425',
		observations: 'Computer Processed',
	},
	lineItems: {
		item: [
			{ name: 'Product 1', description: 'Cleaning product', unitPrice: 10, quantity: 1, unit: 'unit', discount: 10 },
			{ name: 'Product 2', description: 'Beauty product', unitPrice: 5, quantity: 1, unit: 'unit', taxName: 'IVA20', discount: 0 },
		],
	},
	updateFields: {
		date: '2009-10-19T00:00:00.000Z',
		dueDate: '19/10/2009',
		reference: '123456',
		observations: 'Computer processed',
		retention: 5,
	},
};

function update(overrides: Record<string, unknown> = {}, input?: Parameters<typeof ix>[2], continueOnFail = false) {
	return ix('update', { ...DOC_EXAMPLE, ...overrides }, input, continueOnFail);
}

describe('InvoiceXpress › Invoice › Update', () => {
	test('legacy flavour: PUT /invoices/{id}.xml with the documented XML body', async () => {
		const result = await runWorkflow(update(), { credentials: credentials(api.url, 'legacy') });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/invoices/1001.xml');
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.headers['content-type']).toBe('application/xml; charset=utf-8');
		expect(bodyText(request)).toBe(
			[
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<invoice>',
				' <date>19/10/2009</date>',
				' <due_date>19/10/2009</due_date>',
				' <reference>123456</reference>',
				' <observations>Computer processed</observations>',
				' <retention>5</retention>',
				' <client>',
				'  <name>Bruce Norris</name>',
				'  <email>foo@bar.com</email>',
				'  <address>Badgad</address>',
				'  <postal_code>120213920139</postal_code>',
				'  <country>Germany</country>',
				'  <fiscal_id>12</fiscal_id>',
				'  <website>www.brucenorris.com</website>',
				'  <phone>2313423424</phone>',
				'  <fax>2313423425</fax>',
				'  <observations>Computer Processed</observations>',
				' </client>',
				' <items type="array">',
				'  <item>',
				'   <name>Product 1</name>',
				'   <description>Cleaning product</description>',
				'   <unit_price>10</unit_price>',
				'   <quantity>1</quantity>',
				'   <unit>unit</unit>',
				'   <discount>10</discount>',
				'  </item>',
				'  <item>',
				'   <name>Product 2</name>',
				'   <description>Beauty product</description>',
				'   <unit_price>5</unit_price>',
				'   <quantity>1</quantity>',
				'   <unit>unit</unit>',
				'   <tax>',
				'    <name>IVA20</name>',
				'   </tax>',
				'   <discount>0</discount>',
				'  </item>',
				' </items>',
				'</invoice>',
				'',
			].join('\n'),
		);
		expect(result.items()).toEqual([{ json: { id: 1001, documentType: 'invoices', updated: true }, pairedItem: { item: 0 } }]);
		// The sandbox applied it: the items were replaced.
		const doc = api.server.documents.get(1001)!;
		expect(doc.items.map((i) => i.name)).toEqual(['Product 1', 'Product 2']);
		expect(doc.retention).toBe(5);
	});

	test('current flavour: PUT /{type}/{id}.json with {"invoice":{…}}', async () => {
		const result = await runWorkflow(update({ documentType: 'debit_notes', invoiceId: '1007' }), {
			credentials: credentials(api.url),
		});
		const [request] = api.server.received();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/debit_notes/1007.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(request.headers['content-type']).toBe('application/json');
		expect(JSON.parse(bodyText(request))).toEqual({
			invoice: {
				date: '19/10/2009',
				due_date: '19/10/2009',
				reference: '123456',
				observations: 'Computer processed',
				retention: 5,
				client: {
					name: 'Bruce Norris',
					email: 'foo@bar.com',
					address: 'Badgad',
					postal_code: '120213920139',
					country: 'Germany',
					fiscal_id: '12',
					website: 'www.brucenorris.com',
					phone: '2313423424',
					fax: '2313423425',
					observations: 'Computer Processed',
				},
				items: [
					{ name: 'Product 1', description: 'Cleaning product', unit_price: 10, quantity: 1, unit: 'unit', discount: 10 },
					{ name: 'Product 2', description: 'Beauty product', unit_price: 5, quantity: 1, unit: 'unit', tax: { name: 'IVA20' }, discount: 0 },
				],
			},
		});
		expect(result.items()).toEqual([{ json: { id: 1007, documentType: 'debit_notes', updated: true }, pairedItem: { item: 0 } }]);
	});

	test('only the fields given are sent; dates from a DateTime expression become dd/mm/yyyy', async () => {
		await runWorkflow(
			update({
				client: {},
				lineItems: { item: [{ name: 'Only', unitPrice: 1.5, quantity: 2, unit: 'hour' }] },
				updateFields: { date: '={{ DateTime.fromISO("2024-02-29") }}' },
			}),
			{ credentials: credentials(api.url) },
		);
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({
			invoice: {
				date: '29/02/2024',
				client: { name: 'Bruce Norris' },
				items: [{ name: 'Only', unit_price: 1.5, quantity: 2, unit: 'hour', discount: 0 }],
			},
		});
	});

	test('legacy flavour: XML metacharacters in every text field round-trip exactly', async () => {
		const t = (field: string) => `<${field}> & "quoted" 'single' </x> ]]> &amp; &#x41;`;
		const result = await runWorkflow(
			update({
				clientName: t('client'),
				client: {
					email: 'a&b@example.com',
					address: t('address'),
					postalCode: t('postal'),
					country: 'Portugal',
					fiscalId: t('fiscal'),
					website: t('website'),
					phone: t('phone'),
					fax: t('fax'),
					observations: t('client-observations'),
				},
				lineItems: { item: [{ name: t('item'), description: t('description'), unitPrice: 2, quantity: 3, unit: 'unit', taxName: t('tax') }] },
				updateFields: { reference: t('reference'), observations: t('observations') },
			}),
			{ credentials: credentials(api.url, 'legacy') },
		);
		expect(result.items()[0].json).toEqual({ id: 1001, documentType: 'invoices', updated: true });
		const text = bodyText(api.server.received()[0]);
		expect(text).not.toContain('<item>>');
		expect(text).toContain('&lt;item&gt; &amp; ');
		// What InvoiceXpress reads back from the XML is exactly what was typed.
		const parsed = parseXml(text) as { invoice: Record<string, any> };
		const sent = api.server.lastBody as Record<string, any>;
		expect(parsed.invoice.reference).toBe(t('reference'));
		expect(sent.reference).toBe(t('reference'));
		expect(sent.observations).toBe(t('observations'));
		expect(sent.client).toEqual({
			name: t('client'),
			email: 'a&b@example.com',
			address: t('address'),
			postal_code: t('postal'),
			country: 'Portugal',
			fiscal_id: t('fiscal'),
			website: t('website'),
			phone: t('phone'),
			fax: t('fax'),
			observations: t('client-observations'),
		});
		expect(sent.items).toEqual([
			{ name: t('item'), description: t('description'), unit_price: '2', quantity: '3', unit: 'unit', tax: { name: t('tax') }, discount: '0' },
		]);
		// And back again through a legacy Get: the node reads the same strings.
		const get = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1001' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		const doc = get.items()[0].json as Record<string, any>;
		expect(doc.reference).toBe(t('reference'));
		expect(doc.observations).toBe(t('observations'));
		expect(doc.client.name).toBe(t('client'));
		expect(doc.items[0].name).toBe(t('item'));
		expect(doc.items[0].description).toBe(t('description'));
	});

	test('legacy flavour: a Credit Note has no legacy update page, so PUT /credit_notes/{id}.json on the current API', async () => {
		const result = await runWorkflow(update({ documentType: 'credit_notes', invoiceId: '1006', clientName: 'Café Lisboa, Lda' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/credit_notes/1006.json']);
		expect(JSON.parse(bodyText(request)).invoice.client.name).toBe('Café Lisboa, Lda');
		expect(result.items()).toEqual([{ json: { id: 1006, documentType: 'credit_notes', updated: true }, pairedItem: { item: 0 } }]);
	});

	test('legacy flavour: malformed XML in the reply to the XML update is reported, not output', async () => {
		api.server.injectFault({ kind: 'malformed-xml' });
		const result = await runWorkflow(update(), { credentials: credentials(api.url, 'legacy') });
		expect(api.server.received()[0].path).toBe('/invoices/1001.xml');
		expect(result.error()?.message).toMatch(/^InvoiceXpress error 200: Expected XML but got the XML reply is malformed/);
	});

	test('legacy flavour: an XML bomb in the reply to the XML update is refused, not expanded', async () => {
		api.server.injectFault({ kind: 'xml-bomb' });
		const result = await runWorkflow(update(), { credentials: credentials(api.url, 'legacy') });
		expect(result.error()?.message).toBe(
			'InvoiceXpress error 422: Some of the parameters sent were incorrect, and the reply could not be read: the XML reply declares a DOCTYPE or entities, which is refused for safety',
		);
	});

	test.each(FLAVOURS)('%s flavour: a 422 list is shown line by line', async (flavour) => {
		// Values the node cannot check itself: an unknown unit and an unknown country.
		const result = await runWorkflow(
			update({
				client: { country: 'Germani', email: 'foo@bar.com' },
				lineItems: { item: [{ name: 'Sugar', unitPrice: 2, quantity: 1, unit: 'kg' }] },
			}),
			{ credentials: credentials(api.url, flavour) },
		);
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 422: Invoice items is invalid (and 2 more)');
		expect(error.description).toBe(
			[
				'• Invoice items is invalid',
				'• Country Germani was not found',
				'• Unit kg is not included in the list of accepted units',
				'InvoiceXpress refused the document: correct the fields named above.',
			].join('\n'),
		);
		expect(error.httpCode).toBe('422');
	});

	test.each(FLAVOURS)('%s flavour: a settled invoice cannot be changed (documented text)', async (flavour) => {
		const result = await runWorkflow(update({ invoiceId: '1003' }), { credentials: credentials(api.url, flavour) });
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 422: Invoice has been settled so cant be changed anymore.');
		expect(error.httpCode).toBe('422');
		expect(everything(result.run)).not.toContain(KEY);
	});

	test.each(FLAVOURS)('%s flavour: an unknown ID says the invoice is unknown', async (flavour) => {
		const result = await runWorkflow(update({ invoiceId: '999999' }), { credentials: credentials(api.url, flavour) });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Invoice 999999 is unknown');
	});

	test.each([
		[{ lineItems: { item: [] } }, 'Item 0: at least one item is required'],
		[{ lineItems: { item: [{ name: 'A', unitPrice: 0, quantity: 1, unit: 'unit' }] } }, 'Item 0: "Line Items 1 › Unit Price" (0) must be greater than 0'],
		[{ lineItems: { item: [{ name: 'A', unitPrice: 1, quantity: 0, unit: 'unit' }] } }, 'Item 0: "Line Items 1 › Quantity" (0) must be greater than 0'],
		[{ lineItems: { item: [{ name: 'A', unitPrice: 1, quantity: 1, unit: 'unit', discount: -1 }] } }, 'Item 0: "Line Items 1 › Discount" (-1) must be greater than or equal to 0'],
		[{ lineItems: { item: [{ name: 'A', unitPrice: 1, quantity: 1, unit: '' }] } }, 'Item 0: "Line Items 1 › Unit" is empty'],
		[{ lineItems: { item: [{ name: '', unitPrice: 1, quantity: 1, unit: 'unit' }] } }, 'Item 0: "Line Items 1 › Name" is empty'],
		[{ client: { email: 'not-an-email' } }, 'Item 0: "Client Email" ("not-an-email") is not an email address'],
		[{ updateFields: { retention: 100 } }, 'Item 0: "Retention" (100) must be a number between 0 and 99.99'],
		[{ updateFields: { retention: -0.5 } }, 'Item 0: "Retention" (-0.5) must be a number between 0 and 99.99'],
		[{ updateFields: { date: '31/02/2024' } }, 'Item 0: "Date" ("31/02/2024") is not a date'],
		[{ clientName: ' ' }, 'Item 0: "Client Name" is empty'],
	])('refuses %j before any request', async (overrides, message) => {
		const result = await runWorkflow(update(overrides), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});

	test('retention 99.99 and a discount of 0 are accepted', async () => {
		const result = await runWorkflow(update({ updateFields: { retention: 99.99 } }), { credentials: credentials(api.url) });
		expect(result.items()[0].json.updated).toBe(true);
		expect(JSON.parse(bodyText(api.server.received()[0])).invoice.retention).toBe(99.99);
	});

	test('under continueOnFail each item gets its own result, paired with its input', async () => {
		const result = await runWorkflow(
			update({ invoiceId: '={{ $json.id }}' }, [{ json: { id: '1003' } }, { json: { id: '1001' } }, { json: { id: 'abc' } }], true),
			{ credentials: credentials(api.url) },
		);
		const items = result.items();
		expect(items).toEqual([
			{
				json: {
					error: 'InvoiceXpress error 422: Invoice has been settled so cant be changed anymore.',
					description: 'InvoiceXpress refused the document: correct the fields named above.',
					httpCode: '422',
				},
				pairedItem: { item: 0 },
			},
			{ json: { id: 1001, documentType: 'invoices', updated: true }, pairedItem: { item: 1 } },
			{
				json: {
					error: 'Item 2: "Invoice ID" ("abc") is not an InvoiceXpress document ID',
					description: 'Give the numeric ID of the document, e.g. 1503698 (the "id" field of Get or Get Many), not its sequence number.',
				},
				pairedItem: { item: 2 },
			},
		]);
		expect(api.server.received()).toHaveLength(2);
	});

	test('a PUT that meets a 503 is retried (an update is idempotent)', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503 });
		const result = await runWorkflow(update(), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => r.status)).toEqual([503, 200]);
		expect(result.items()[0].json.updated).toBe(true);
	});

	test('items can come as JSON mapped from the input item', async () => {
		const result = await runWorkflow(
			update(
				{ itemsInput: 'json', lineItemsJson: '={{ $json.lines }}', lineItems: {} },
				[
					{
						json: {
							lines: [
								{ name: 'Hours', unit_price: '45.5', quantity: 8, unit: 'hour', tax: { name: 'IVA23' } },
								{ name: 'Travel', unitPrice: 30, quantity: 1, unit: 'service', discount: 5, tax_name: 'IVA6', description: 'Lisbon <-> Porto' },
							],
						},
					},
				],
			),
			{ credentials: credentials(api.url) },
		);
		expect(result.items()[0].json.updated).toBe(true);
		expect(JSON.parse(bodyText(api.server.received()[0])).invoice.items).toEqual([
			{ name: 'Hours', unit_price: 45.5, quantity: 8, unit: 'hour', tax: { name: 'IVA23' }, discount: 0 },
			{ name: 'Travel', description: 'Lisbon <-> Porto', unit_price: 30, quantity: 1, unit: 'service', tax: { name: 'IVA6' }, discount: 5 },
		]);
	});

	test('line items JSON may be one object: a list of one', async () => {
		const result = await runWorkflow(
			update({ itemsInput: 'json', lineItemsJson: '{"name": "Hours", "unit_price": 45.5, "quantity": 8, "unit": "hour", "tax": {"name": "IVA23"}}', lineItems: {} }),
			{ credentials: credentials(api.url) },
		);
		expect(result.items()[0].json.updated).toBe(true);
		expect(JSON.parse(bodyText(api.server.received()[0])).invoice.items).toEqual([
			{ name: 'Hours', unit_price: 45.5, quantity: 8, unit: 'hour', tax: { name: 'IVA23' }, discount: 0 },
		]);
	});

	test('line items JSON may be an object keyed by the client’s own keys: its values, in order', async () => {
		const result = await runWorkflow(
			update(
				{ itemsInput: 'json', lineItemsJson: '={{ $json.lines }}', lineItems: {} },
				[
					{
						json: {
							lines: {
								'line-a': { name: 'Hours', unit_price: 45.5, quantity: 8, unit: 'hour' },
								'line-b': { name: 'Travel', unitPrice: 30, quantity: 1, unit: 'service', tax_name: 'IVA6' },
							},
						},
					},
				],
			),
			{ credentials: credentials(api.url) },
		);
		expect(result.items()[0].json.updated).toBe(true);
		expect(JSON.parse(bodyText(api.server.received()[0])).invoice.items).toEqual([
			{ name: 'Hours', unit_price: 45.5, quantity: 8, unit: 'hour', discount: 0 },
			{ name: 'Travel', unit_price: 30, quantity: 1, unit: 'service', tax: { name: 'IVA6' }, discount: 0 },
		]);
	});

	test.each([
		['{"name": "A"', 'Item 0: "Line Items (JSON)" is not valid JSON'],
		['"A"', 'Item 0: "Line Items (JSON)" is "A", not a list of objects'],
		['[{"name": "A"}, 42]', 'Item 0: entry 2 of "Line Items (JSON)" is 42, not an object'],
		['[]', 'Item 0: at least one item is required'],
		['[{"name": "A", "unit_price": -1, "quantity": 1, "unit": "unit"}]', 'Item 0: "Line Items 1 › Unit Price" (-1) must be greater than 0'],
	])('items JSON %s is refused before any request', async (lineItemsJson, message) => {
		const result = await runWorkflow(update({ itemsInput: 'json', lineItemsJson, lineItems: {} }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
