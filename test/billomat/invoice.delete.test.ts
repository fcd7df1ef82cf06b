import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Delete', () => {
	test('DELETEs a draft and says so', async () => {
		const result = await run(api.url, { operation: 'delete', invoiceId: '2' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/invoices/2');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 2, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.invoices.has(2)).toBe(false);
	});

	test('a completed invoice is not deleted', async () => {
		const result = await run(api.url, { operation: 'delete', invoiceId: '3' });
		expect(result.error()?.message).toBe('Billomat error 400: Invoice 3 is not a draft (status PAID) and cannot be deleted');
		expect(result.error()?.description).toBe('Billomat only deletes invoices in DRAFT status. Cancel a completed invoice instead.');
		expect(api.server.invoices.has(3)).toBe(true);
	});
});
