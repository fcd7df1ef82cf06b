import { tagsOf } from '../../sandbox/billomat/tags';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Tag › Delete', () => {
	test('DELETEs the tag, outputs a summary, and the invoice no longer carries it', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'delete', tagId: { __rl: true, mode: 'id', value: '3' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/invoice-tags/3');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(tagsOf(api.server).has(3)).toBe(false);
		expect(api.server.invoices.get(2)?.tags).toEqual(['web']);
	});

	test('an unknown tag is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'delete', tagId: '77' });
		expect(result.error()?.message).toBe('Billomat error 404: Tag not found');
	});
});
