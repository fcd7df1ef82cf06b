import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Create', () => {
	test('POSTs every documented field and the line items wrapped as invoice-items, and outputs the new draft', async () => {
		const result = await run(api.url, {
			operation: 'create',
			clientId: '476',
			itemsInput: 'fields',
			lineItems: {
				item: [
					{ title: 'Model', unit: 'Piece', quantity: 1.5, unit_price: 1.23, tax_name: 'MwSt', tax_rate: 19 },
					{ title: 'Work', description: 'On site', unit: 'hour', quantity: 8, unit_price: 90, article_id: '9', reduction: '10%' },
				],
			},
			additionalFields: {
				contact_id: '12',
				address: 'Musterfirma GmbH\nPostfach 9',
				number_pre: 'RE',
				number: 500,
				number_length: 5,
				date: '2024-05-02T00:00:00',
				supply_date: '2024-04-30',
				supply_date_type: 'DELIVERY_DATE',
				due_date: '2024-05-16',
				discount_rate: 2,
				discount_date: '2024-05-09',
				title: 'Invoice',
				label: 'Project 42',
				intro: 'Hello',
				note: 'Thanks',
				reduction: '5%',
				currency_code: 'EUR',
				net_gross: 'NET',
				quote: 1,
				payment_types: ['BANK_TRANSFER', 'PAYPAL'],
				invoice_id: '3',
				offer_id: '11',
				confirmation_id: '7',
				recurring_id: '8',
				free_text_id: '4',
				template_id: '55',
			},
		});

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoices');
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.headers.accept).toBe('application/json');
		expect(jsonBody(request)).toEqual({
			invoice: {
				client_id: 476,
				contact_id: 12,
				address: 'Musterfirma GmbH\nPostfach 9',
				number_pre: 'RE',
				number: 500,
				number_length: 5,
				date: '2024-05-02',
				supply_date: '2024-04-30',
				supply_date_type: 'DELIVERY_DATE',
				due_date: '2024-05-16',
				discount_rate: 2,
				discount_date: '2024-05-09',
				title: 'Invoice',
				label: 'Project 42',
				intro: 'Hello',
				note: 'Thanks',
				reduction: '5%',
				currency_code: 'EUR',
				net_gross: 'NET',
				quote: 1,
				payment_types: 'BANK_TRANSFER,PAYPAL',
				invoice_id: 3,
				offer_id: 11,
				confirmation_id: 7,
				recurring_id: 8,
				free_text_id: 4,
				template_id: 55,
				'invoice-items': {
					'invoice-item': [
						{ title: 'Model', unit: 'Piece', quantity: 1.5, unit_price: 1.23, tax_name: 'MwSt', tax_rate: 19 },
						{ title: 'Work', description: 'On site', unit: 'hour', quantity: 8, unit_price: 90, article_id: 9, reduction: '10%' },
					],
				},
			},
		});

		const items = result.items();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: 1000,
			client_id: 476,
			contact_id: 12,
			status: 'DRAFT',
			invoice_number: null,
			number: 500,
			date: '2024-05-02',
			label: 'Project 42',
			template_id: 55,
			payment_types: 'BANK_TRANSFER,PAYPAL',
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(api.server.invoices.get(1000)?.items).toHaveLength(2);
	});

	test('line items can be given as JSON (e.g. spreadsheet rows through an expression)', async () => {
		const result = await run(
			api.url,
			{ operation: 'create', clientId: '={{ $json.client }}', itemsInput: 'json', lineItemsJson: '={{ $json.lines }}' },
			{
				input: [
					{ json: { client: 477, lines: [{ title: 'Hosting', quantity: 12, unit_price: '20', tax_name: 'VAT', tax_rate: 20 }] } },
					{ json: { client: 476, lines: '[{"title":"Domain","quantity":1,"unit_price":15}]' } },
				],
			},
		);
		const bodies = api.server.received().map(jsonBody);
		expect(bodies).toEqual([
			{ invoice: { client_id: 477, 'invoice-items': { 'invoice-item': [{ title: 'Hosting', quantity: 12, unit_price: 20, tax_name: 'VAT', tax_rate: 20 }] } } },
			{ invoice: { client_id: 476, 'invoice-items': { 'invoice-item': [{ title: 'Domain', quantity: 1, unit_price: 15 }] } } },
		]);
		const items = result.items();
		expect(items.map((i) => [i.json.id, i.json.client_id, i.json.total_net, i.json.total_gross])).toEqual([
			[1000, 477, 240, 288],
			[1001, 476, 15, 15],
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('without line items only the invoice is sent', async () => {
		await run(api.url, { operation: 'create', clientId: '476' });
		expect(jsonBody(api.server.received()[0])).toEqual({ invoice: { client_id: 476 } });
	});

	test.each([
		[{ clientId: '={{ "ACME GmbH" }}' }, 'Item 0: "Client ID" ("ACME GmbH") is not a Billomat ID'],
		[{ clientId: '476', additionalFields: { due_date: 'next week' } }, 'Item 0: "Due Date" ("next week") is not a date'],
		[{ clientId: '476', lineItems: { item: [{ quantity: 2, unit_price: 5 }] } }, 'Item 0: line item 1 has neither a title nor an article ID'],
		[{ clientId: '476', itemsInput: 'json', lineItemsJson: '[{"title":"x","price":3}]' }, 'Item 0: line item 1 has unknown fields: price'],
		[{ clientId: '476', itemsInput: 'json', lineItemsJson: '[{"title":"x","quantity":"two"}]' }, 'Item 0: line item 1 "quantity" ("two") is not a number'],
		[{ clientId: '476', itemsInput: 'json', lineItemsJson: '={{ "not json" }}' }, 'Item 0: "Line Items (JSON)" is not valid JSON'],
	])('bad input %j is refused before any request', async (parameters, message) => {
		const result = await run(api.url, { operation: 'create', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});

	test('Billomat’s validation errors come back as one message', async () => {
		const result = await run(api.url, { operation: 'create', clientId: '999' });
		expect(result.error()?.message).toBe('Billomat error 400: Client not found');
		expect(result.error()?.httpCode).toBe('400');
	});

	test('a create is not retried after a gateway error (it may have reached Billomat)', async () => {
		api.server.injectFault({ kind: 'html' });
		const result = await run(api.url, { operation: 'create', clientId: '476' });
		expect(api.server.received()).toHaveLength(1);
		expect(result.error()?.message).toMatch(/^Billomat error 502: an HTML page/);
	});
});
