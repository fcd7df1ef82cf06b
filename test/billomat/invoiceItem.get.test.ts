import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Item › Get', () => {
	test('GETs /api/invoice-items/{id}; Simplify (on by default) keeps the ten main fields', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'get', itemId: '1001' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-items/1001');
		expect(request.query).toEqual({});
		expect(result.items()).toEqual([
			{
				json: { id: 1001, invoice_id: 1, position: 1, title: 'Consulting', quantity: 1, unit: 'hour', unit_price: 90, tax_rate: 19, total_net: 90, total_gross: 107.1 },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the whole item', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'get', itemId: '1001', simplify: false });
		expect(result.items()[0].json).toEqual({
			id: 1001,
			created: '2009-10-14T09:00:00+01:00',
			article_id: 9,
			invoice_id: 1,
			position: 1,
			unit: 'hour',
			quantity: 1,
			unit_price: 90,
			tax_name: 'MwSt',
			tax_rate: 19,
			tax_changed_manually: '0',
			title: 'Consulting',
			description: null,
			total_gross: 107.1,
			total_net: 90,
			reduction: null,
			total_gross_unreduced: 107.1,
			total_net_unreduced: 90,
			type: null,
		});
	});

	test('an unknown item is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'get', itemId: '1999' });
		expect(result.error()?.message).toBe('Billomat error 404: Invoice item not found');
	});
});
