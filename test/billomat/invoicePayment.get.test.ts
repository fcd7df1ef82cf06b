import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Payment › Get', () => {
	test('GETs /api/invoice-payments/{id} and outputs the whole payment, numbers as numbers', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'get', paymentId: { __rl: true, mode: 'list', value: '1' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-payments/1');
		expect(request.query).toEqual({});
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([
			{
				json: {
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
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an unknown payment is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'get', paymentId: { __rl: true, mode: 'id', value: '999' } });
		expect(result.error()?.message).toBe('Billomat error 404: Payment not found');
		expect(result.error()?.description).toBe('No such record in this Billomat account. Check the ID.');
	});
});
