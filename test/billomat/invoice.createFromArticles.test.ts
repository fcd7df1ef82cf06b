// An invoice from the article catalogue: line items that name an article (`article_id`) and a
// quantity. Billomat "sets additionally the values from the article on creation"
// (https://www.billomat.com/en/api/invoices/items/): title, description and price come from it.
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Create › line items from articles', () => {
	test('sends the article ID and quantity only; the invoice gets the article’s title and price', async () => {
		const result = await run(api.url, {
			operation: 'create',
			clientId: '476',
			itemsInput: 'json',
			lineItemsJson: '[{"article_id": 9, "quantity": 2}, {"article_id": 11, "quantity": 1, "unit_price": 200}]',
		});
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoice: {
				client_id: 476,
				'invoice-items': {
					'invoice-item': [
						{ article_id: 9, quantity: 2 },
						{ article_id: 11, quantity: 1, unit_price: 200 },
					],
				},
			},
		});
		const invoice = api.server.invoices.get(Number(result.items()[0].json.id))!;
		expect(invoice.items.map((item) => [item.title, item.unit_price, item.quantity])).toEqual([
			['Consulting', 90, 2],
			// A price the item gives wins over the article's.
			['Hosting', 200, 1],
		]);
		expect(invoice.total_net).toBe(380);
		// The article's unit (by its unit ID) and tax (name and rate, by its tax ID) come along too.
		expect(invoice.items.map((item) => [item.unit, item.tax_name, item.tax_rate])).toEqual([
			['hour', 'VAT', 19],
			['year', 'VAT', 19],
		]);
		expect(invoice.total_gross).toBe(452.2);
	});
});

describe('Billomat › Invoice › Create › line items from articles, Fields mode', () => {
	const lineItems = (articleId: unknown) => ({ item: [{ article_id: articleId, quantity: 2, unit_price: 0 }] });

	test('version 1.2: an article with Unit Price left at 0 is sent without a price, so the article’s price is used', async () => {
		api.server.reset();
		const result = await run(
			api.url,
			{ operation: 'create', clientId: { __rl: true, mode: 'id', value: '476' }, itemsInput: 'fields', lineItems: lineItems({ __rl: true, mode: 'list', value: '9' }) },
			{ typeVersion: 1.2 },
		);
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoice: { client_id: 476, 'invoice-items': { 'invoice-item': [{ article_id: 9, quantity: 2 }] } },
		});
		const invoice = api.server.invoices.get(Number(result.items()[0].json.id))!;
		expect(invoice.items.map((item) => [item.title, item.unit_price, item.quantity])).toEqual([['Consulting', 90, 2]]);
	});

	test('version 1.2: a price other than 0 is sent and wins over the article’s', async () => {
		api.server.reset();
		await run(
			api.url,
			{
				operation: 'create',
				clientId: { __rl: true, mode: 'id', value: '476' },
				itemsInput: 'fields',
				lineItems: { item: [{ article_id: { __rl: true, mode: 'id', value: '9' }, quantity: 1, unit_price: 75 }] },
			},
			{ typeVersion: 1.2 },
		);
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoice: { client_id: 476, 'invoice-items': { 'invoice-item': [{ article_id: 9, quantity: 1, unit_price: 75 }] } },
		});
	});

	test('version 1.1 keeps sending the 0 its saved workflows always sent', async () => {
		api.server.reset();
		await run(api.url, { operation: 'create', clientId: '476', itemsInput: 'fields', lineItems: lineItems('9') }, { typeVersion: 1.1 });
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoice: { client_id: 476, 'invoice-items': { 'invoice-item': [{ article_id: 9, quantity: 2, unit_price: 0 }] } },
		});
	});
});

describe('Billomat › Invoice Item › Create › from an article', () => {
	test('version 1.2: Unit Price left at 0 with an Article ID is not sent; the item gets the article’s title and price', async () => {
		api.server.reset();
		const result = await run(
			api.url,
			{
				resource: 'invoiceItem',
				operation: 'create',
				invoiceId: { __rl: true, mode: 'id', value: '2' },
				quantity: 3,
				unit_price: 0,
				additionalFields: { article_id: '9' },
				simplify: false,
			},
			{ typeVersion: 1.2 },
		);
		expect(jsonBody(api.server.received()[0])).toEqual({ 'invoice-item': { invoice_id: 2, quantity: 3, article_id: 9 } });
		expect(result.items()[0].json).toMatchObject({ invoice_id: 2, article_id: 9, title: 'Consulting', unit_price: 90, quantity: 3 });
	});
});
