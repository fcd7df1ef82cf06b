import { paymentsOf } from '../../sandbox/billomat/payments';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Payment › Delete', () => {
	test('DELETEs the payment, outputs a summary, and the paid invoice is open again (overdue: its due date has passed)', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'delete', paymentId: { __rl: true, mode: 'id', value: '1' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/invoice-payments/1');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(paymentsOf(api.server).has(1)).toBe(false);
		// RE124 was due 2024-02-24.
		expect(api.server.invoices.get(3)).toMatchObject({ status: 'OVERDUE', paid_amount: 0, open_amount: 285.6 });
	});

	test('a payment recorded and deleted leaves the invoice as it was', async () => {
		await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: '1', amount: 20 });
		expect(api.server.invoices.get(1)).toMatchObject({ paid_amount: 20, open_amount: 87.1 });
		await run(api.url, { resource: 'invoicePayment', operation: 'delete', paymentId: '2' });
		expect(api.server.invoices.get(1)).toMatchObject({ status: 'OPEN', paid_amount: 0, open_amount: 107.1 });
	});

	test('an unknown payment is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'delete', paymentId: '77' });
		expect(result.error()?.message).toBe('Billomat error 404: Payment not found');
		expect(api.server.received()).toHaveLength(1);
	});
});
