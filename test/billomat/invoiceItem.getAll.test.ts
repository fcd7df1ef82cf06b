import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const DESIGN = {
	id: 2001,
	created: '2024-03-01T09:00:00+01:00',
	article_id: null,
	invoice_id: 2,
	position: 1,
	unit: 'hour',
	quantity: 8,
	unit_price: 90,
	tax_name: 'MwSt',
	tax_rate: 19,
	tax_changed_manually: '0',
	title: 'Design',
	description: null,
	total_gross: 856.8,
	total_net: 720,
	reduction: null,
	total_gross_unreduced: 856.8,
	total_net_unreduced: 720,
	type: null,
};

describe('Billomat › Invoice Item › Get Many', () => {
	test('GETs /api/invoice-items?invoice_id=… and outputs the items in order, simplified by default', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'getAll', invoiceId: { __rl: true, mode: 'list', value: '2' }, returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-items');
		expect(request.query).toEqual({ invoice_id: '2', page: '1', per_page: '1000' });
		expect(result.items()).toEqual([
			{
				json: { id: 2001, invoice_id: 2, position: 1, title: 'Design', quantity: 8, unit: 'hour', unit_price: 90, tax_rate: 19, total_net: 720, total_gross: 856.8 },
				pairedItem: { item: 0 },
			},
			{
				json: { id: 2002, invoice_id: 2, position: 2, title: 'Model', quantity: 1.5, unit: 'Piece', unit_price: 1.23, tax_rate: 19, total_net: 1.85, total_gross: 2.2 },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the whole item, empty values as null', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'getAll', invoiceId: '2', returnAll: false, limit: 1, simplify: false });
		expect(api.server.received()[0].query).toEqual({ invoice_id: '2', page: '1', per_page: '1' });
		expect(result.items().map((i) => i.json)).toEqual([DESIGN]);
	});

	test('an invoice with one item gives one item (Billomat sends one as an object, not a list)', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'getAll', invoiceId: '1', returnAll: true });
		expect(result.items().map((i) => i.json.title)).toEqual(['Consulting']);
	});

	test('an unknown invoice is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceItem', operation: 'getAll', invoiceId: '404', returnAll: true });
		expect(result.error()?.message).toBe('Billomat error 404: Invoice not found');
	});
});
