import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Item › Update', () => {
	test('PUTs the changed fields to /api/invoice-items/{id}; the draft’s totals follow', async () => {
		const result = await run(api.url, {
			resource: 'invoiceItem',
			operation: 'update',
			itemId: '2001',
			updateFields: { quantity: 10, title: 'Design (final)', reduction: '10%' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoice-items/2001');
		expect(jsonBody(request)).toEqual({ 'invoice-item': { quantity: 10, title: 'Design (final)', reduction: '10%' } });
		expect(result.items()).toEqual([
			{
				json: { id: 2001, invoice_id: 2, position: 1, title: 'Design (final)', quantity: 10, unit: 'hour', unit_price: 90, tax_rate: 19, total_net: 810, total_gross: 963.9 },
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.invoices.get(2)!.total_net_unreduced).toBe(901.85);
	});

	test('an item of a completed invoice is not changed', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'update', itemId: '3001', updateFields: { unit_price: 1 } });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 3 is not a draft (status PAID): its items cannot be changed');
		expect(result.error()?.description).toContain('Billomat changes the items of draft invoices only.');
		expect(api.server.invoices.get(3)!.items[0].unit_price).toBe(240);
	});
});
