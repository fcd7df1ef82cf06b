import { addTags } from '../../sandbox/billomat/tags';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Tag › Get Many and Get Tag Cloud', () => {
	test('Get Many sends the invoice and outputs its tags', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'getAll', invoiceId: { __rl: true, mode: 'list', value: '2' }, returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-tags');
		expect(request.query).toEqual({ invoice_id: '2', page: '1', per_page: '1000' });
		expect(result.items().map((i) => i.json)).toEqual([
			{ id: 2, invoice_id: 2, name: 'web' },
			{ id: 3, invoice_id: 2, name: 'design' },
		]);
	});

	test('Return All pages through more than 1,000 tags; Limit asks for that many', async () => {
		addTags(api.server, 1100, 4);
		const all = await run(api.url, { resource: 'invoiceTag', operation: 'getAll', invoiceId: '4', returnAll: true });
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ invoice_id: '4', page: '1', per_page: '1000' },
			{ invoice_id: '4', page: '2', per_page: '1000' },
		]);
		expect(new Set(all.items().map((i) => i.json.id)).size).toBe(1101);
	});

	test('Get Tag Cloud GETs /api/invoice-tags without an invoice and outputs each name with its count', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'getCloud' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-tags');
		expect(request.query).toEqual({});
		expect(result.items().map((i) => i.json)).toEqual([
			{ name: 'design', count: 1 },
			{ name: 'hosting', count: 1 },
			{ name: 'support', count: 1 },
			{ name: 'web', count: 2 },
		]);
	});

	test('Minimum Count keeps the tags used at least that often (filtered in n8n, the same request)', async () => {
		const result = await run(api.url, { resource: 'invoiceTag', operation: 'getCloud', minCount: 2 });
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/invoice-tags', {}]]);
		expect(result.items().map((i) => i.json)).toEqual([{ name: 'web', count: 2 }]);
	});
});
