import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Tag › Get', () => {
	test('GETs /api/invoice-tags/{id} and outputs the tag, IDs as numbers', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'get', tagId: { __rl: true, mode: 'id', value: '3' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-tags/3');
		expect(request.query).toEqual({});
		expect(result.items()).toEqual([{ json: { id: 3, invoice_id: 2, name: 'design' }, pairedItem: { item: 0 } }]);
	});

	test('an unknown tag is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'get', tagId: '999' });
		expect(result.error()?.message).toBe('Billomat error 404: Tag not found');
	});
});
