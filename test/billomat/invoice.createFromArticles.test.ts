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
	});
});
