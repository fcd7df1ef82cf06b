// Article input the node refuses before any request, with the item and what to change.
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › bad input', () => {
	test.each([
		['a blank title', { title: '   ' }, 'Item 0: "Title" is blank'],
		['a price that is not a number', { title: 'X', additionalFields: { sales_price: 'ten' } }, 'Item 0: "Sales Price" ("ten") is not a number'],
		['a negative price', { title: 'X', additionalFields: { purchase_price: -5 } }, 'Item 0: "Purchase Price" (-5) is outside the range this node accepts, 0 to 1,000,000,000,000'],
		['a number length with decimals', { title: 'X', additionalFields: { number_length: 2.5 } }, 'Item 0: "Number Length" (2.5) is not a whole number'],
		['a tax name instead of its ID', { title: 'X', additionalFields: { tax_id: 'MwSt' } }, 'Item 0: "Tax ID" ("MwSt") is not a Billomat ID'],
		['a currency name', { title: 'X', additionalFields: { currency_code: 'Euro' } }, 'Item 0: "Currency Code" ("Euro") is not a currency code'],
		['an object as the description', { title: 'X', additionalFields: { description: { text: 'x' } } }, 'Item 0: "Description" is an object ({"text":"x"}), not text'],
	])('Create with %s', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'article', operation: 'create', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});

	test('Update with a supplier name instead of its ID', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'update', articleId: '9', updateFields: { supplier_id: 'ACME' } });
		expect(result.error()?.message).toBe('Item 0: "Supplier ID" ("ACME") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});
});
