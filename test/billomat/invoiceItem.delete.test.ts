import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Item › Delete', () => {
	test('DELETEs the item of a draft, says so, and the draft’s totals drop', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'delete', itemId: '2002' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/invoice-items/2002');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 2002, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.invoices.get(2)).toMatchObject({ total_net: 720, total_gross: 856.8 });
		expect(api.server.invoices.get(2)!.items.map((i) => i.title)).toEqual(['Design']);
	});

	test('an item of a completed invoice is not deleted', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'delete', itemId: '1001' });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 1 is not a draft (status OPEN): its items cannot be changed');
		expect(result.error()?.description).toContain('Billomat changes the items of draft invoices only.');
		expect(api.server.invoices.get(1)!.items).toHaveLength(1);
	});
});
