// Supplier input the node refuses before any request, with the item and what to change.
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Supplier › bad input', () => {
	test.each([
		['create with an invalid email', { operation: 'create', supplierFields: { name: 'X', email: 'not-an-address' } }, /^Item 0: "Email" /],
		['create with a country name', { operation: 'create', supplierFields: { name: 'X', country_code: 'Germany' } }, /^Item 0: "Country Code" \("Germany"\) is not a two-letter country code$/],
		['create with a currency name', { operation: 'create', supplierFields: { currency_code: 'Euro' } }, /^Item 0: "Currency Code" \("Euro"\) is not a currency code$/],
		['create with a blank name', { operation: 'create', supplierFields: { name: '   ' } }, /^Item 0: "Name" is blank$/],
		['get with a name instead of an ID', { operation: 'get', supplierId: 'ACME' }, /^Item 0: "Supplier ID" \("ACME"\) is not a Billomat ID$/],
		['update without a field', { operation: 'update', supplierId: '1', updateFields: {} }, /^Item 0: no field to update$/],
		['get many with an incoming number instead of an ID', { operation: 'getAll', returnAll: true, filters: { incoming_id: '1, RE-12' } }, /^Item 0: "Incoming IDs" \("RE-12"\) is not a Billomat ID$/],
	])('%s', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'supplier', ...parameters });
		expect(result.error()?.message).toMatch(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
