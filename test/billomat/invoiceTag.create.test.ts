import { tagsOf } from '../../sandbox/billomat/tags';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Tag › Create', () => {
	test('POSTs {"invoice-tag": {invoice_id, name}}, outputs the tag, and the invoice carries it', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'create', invoiceId: { __rl: true, mode: 'list', value: '1' }, name: ' Priority ' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoice-tags');
		expect(request.query).toEqual({});
		expect(JSON.parse(request.body.toString())).toEqual({ 'invoice-tag': { invoice_id: 1, name: 'Priority' } });
		expect(result.items()).toEqual([{ json: { id: 6, invoice_id: 1, name: 'Priority' }, pairedItem: { item: 0 } }]);
		expect(tagsOf(api.server).get(6)).toEqual({ id: 6, invoice_id: 1, name: 'Priority' });
		expect(api.server.invoices.get(1)?.tags).toEqual(['web', 'Priority']);
	});

	test('an unknown invoice is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'create', invoiceId: '999', name: 'x' });
		expect(result.error()?.message).toBe('Billomat error 404: Invoice not found');
	});
});
