import { addPayments } from '../../sandbox/billomat/payments';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Payment › Get Many', () => {
	test('sends every documented filter: invoice, from/to, types OR-ed comma-separated, user', async () => {
		const result = await run(api.url, {
			resource: 'invoicePayment',
			operation: 'getAll',
			returnAll: true,
			filters: { invoice_id: '3', from: '2024-02-01', to: '29.02.2024', type: ['BANK_TRANSFER', 'CASH'], user_id: '1' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-payments');
		expect(request.query).toEqual({
			invoice_id: '3',
			from: '2024-02-01',
			to: '2024-02-29',
			type: 'BANK_TRANSFER,CASH',
			user_id: '1',
			page: '1',
			per_page: '1000',
		});
		expect(result.items().map((i) => i.json)).toEqual([
			{
				id: 1,
				created: '2024-02-20T10:12:00+01:00',
				invoice_id: 3,
				user_id: 1,
				date: '2024-02-20',
				amount: 285.6,
				comment: 'Paid with thanks',
				transaction_purpose: 'RE124 Hosting 2024',
				type: 'BANK_TRANSFER',
			},
		]);
	});

	test('a filter that matches nothing gives no items', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'getAll', returnAll: true, filters: { type: ['PAYPAL'] } });
		expect(api.server.received()[0].query).toEqual({ type: 'PAYPAL', page: '1', per_page: '1000' });
		expect(result.items()).toEqual([]);
	});

	test('Return All pages through more than 1,000 payments and stops at @total', async () => {
		addPayments(api.server, 1204);
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ page: '1', per_page: '1000' },
			{ page: '2', per_page: '1000' },
		]);
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(1205);
		expect(new Set(ids).size).toBe(1205);
	});

	test('Limit asks for that many and outputs that many', async () => {
		addPayments(api.server, 5);
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'getAll', returnAll: false, limit: 3 });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '3' }]);
		expect(result.items().map((i) => i.json.id)).toEqual([1, 2, 3]);
	});
});
