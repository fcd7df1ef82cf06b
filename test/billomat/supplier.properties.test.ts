// The supplier property value operations (https://www.billomat.com/en/api/suppliers/properties/):
// list with the documented filters, read one, set one; exact request and exact items.
import { suppliersOf } from '../../sandbox/billomat/suppliers';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials, jsonBody, run } from './setup';

const api = billomatSandbox();

const VALUE_1 = { id: 1, supplier_id: 2, supplier_property_id: 1, type: 'TEXTFIELD', name: 'Payment terms', value: '14 days net' };
const VALUE_2 = { id: 2, supplier_id: 2, supplier_property_id: 2, type: 'CHECKBOX', name: 'Preferred supplier', value: '1' };

describe('Billomat › Supplier › Get Property Values', () => {
	test('GETs /api/supplier-property-values with every documented filter and outputs the records', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'getPropertyValues', returnAll: true, filters: { supplier_id: '2', supplier_property_id: 1, value: ' days ' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/supplier-property-values', { supplier_id: '2', supplier_property_id: '1', value: 'days', page: '1', per_page: '1000' }]);
		expect(result.items()).toEqual([{ json: VALUE_1, pairedItem: { item: 0 } }]);
	});

	test('without filters, every value of every supplier', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'getPropertyValues', returnAll: false, limit: 10 });
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '10' });
		expect(result.items().map((i) => i.json)).toEqual([VALUE_1, VALUE_2, { id: 3, supplier_id: 1, supplier_property_id: 1, type: 'TEXTFIELD', name: 'Payment terms', value: '30 days net' }]);
	});
});

describe('Billomat › Supplier › Get Property Value', () => {
	test('GETs /api/supplier-property-values/{id}', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'getPropertyValue', propertyValueId: { __rl: true, mode: 'id', value: '2' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/supplier-property-values/2', {}]);
		expect(result.items()).toEqual([{ json: VALUE_2, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Supplier › Set Property Value', () => {
	test('POSTs the supplier, the property and the value, and outputs the stored value', async () => {
		const result = await run(api.url, {
			resource: 'supplier',
			operation: 'setPropertyValue',
			supplierId: { __rl: true, mode: 'list', value: '3' },
			supplierPropertyId: { __rl: true, mode: 'id', value: '1' },
			value: '10 days, 2 % discount',
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['POST', '/api/supplier-property-values']);
		expect(jsonBody(request)).toEqual({ 'supplier-property-value': { supplier_id: 3, supplier_property_id: 1, value: '10 days, 2 % discount' } });
		expect(result.items()).toEqual([{ json: { id: 4, supplier_id: 3, supplier_property_id: 1, type: 'TEXTFIELD', name: 'Payment terms', value: '10 days, 2 % discount' }, pairedItem: { item: 0 } }]);
		expect(suppliersOf(api.server).records.has(3)).toBe(true);
	});

	test('setting a value the supplier already has replaces it (one value per supplier and property)', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'setPropertyValue', supplierId: '2', supplierPropertyId: '1', value: '30 days net' });
		expect(result.items()[0].json).toEqual({ ...VALUE_1, value: '30 days net' });
	});

	test('an unknown property is Billomat’s 400, with its text', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'setPropertyValue', supplierId: '2', supplierPropertyId: '9', value: 'x' });
		expect(result.error()?.message).toBe('Billomat error 400: Supplier property not found');
	});

	test('a blank value is refused before any request', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'setPropertyValue', supplierId: '2', supplierPropertyId: '1', value: '  ' });
		expect(result.error()?.message).toBe('Item 0: "Value" is blank');
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('Billomat › Supplier property pickers', () => {
	test('Supplier Property ID lists the account’s properties by name', async () => {
		const page = await listSearch('billomat', 'searchSupplierProperties', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'Payment terms · TEXTFIELD (1)', value: '1' },
			{ name: 'Preferred supplier · CHECKBOX (2)', value: '2' },
		]);
	});

	test('Property Value ID lists the values, searched by value', async () => {
		const page = await listSearch('billomat', 'searchSupplierPropertyValues', credentials(api.url), { filter: 'net' });
		expect(page.results).toEqual([
			{ name: 'Payment terms: 14 days net · supplier 2 (1)', value: '1' },
			{ name: 'Payment terms: 30 days net · supplier 1 (3)', value: '3' },
		]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', value: 'net' });
	});
});
