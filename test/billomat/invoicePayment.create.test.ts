import { paymentsOf } from '../../sandbox/billomat/payments';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Billomat › Invoice Payment › Create', () => {
	test('POSTs the payment to /api/invoice-payments and outputs it; a partial payment leaves the invoice open', async () => {
		const result = await run(api.url, {
			resource: 'invoicePayment',
			operation: 'create',
			invoiceId: byId('1'),
			amount: 50,
			additionalFields: { date: '2024-03-05', type: 'BANK_TRANSFER', comment: 'First instalment', transaction_purpose: 'RE123 part 1' },
		});

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoice-payments');
		expect(request.query).toEqual({});
		expect(jsonBody(request)).toEqual({
			'invoice-payment': {
				invoice_id: 1,
				amount: 50,
				date: '2024-03-05',
				comment: 'First instalment',
				transaction_purpose: 'RE123 part 1',
				type: 'BANK_TRANSFER',
			},
		});
		const [item] = result.items();
		expect(result.items()).toHaveLength(1);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({
			id: 2,
			created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			invoice_id: 1,
			user_id: 1,
			date: '2024-03-05',
			amount: 50,
			comment: 'First instalment',
			transaction_purpose: 'RE123 part 1',
			type: 'BANK_TRANSFER',
		});
		const invoice = api.server.invoices.get(1)!;
		expect(invoice.status).toBe('OPEN');
		expect(invoice.paid_amount).toBe(50);
		expect(invoice.open_amount).toBe(57.1);
	});

	test('a payment of the whole open amount makes the invoice PAID; the date defaults to today on Billomat’s side', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: byId('4'), amount: '270' });
		expect(jsonBody(api.server.received()[0])).toEqual({ 'invoice-payment': { invoice_id: 4, amount: 270 } });
		expect(result.items()[0].json).toMatchObject({ invoice_id: 4, amount: 270, comment: null, type: null });
		expect(api.server.invoices.get(4)).toMatchObject({ status: 'PAID', paid_amount: 270, open_amount: 0 });
	});

	test('"Mark Invoice as Paid" sends mark_invoice_as_paid: 1 and the invoice is PAID though an amount stays open', async () => {
		await run(api.url, {
			resource: 'invoicePayment',
			operation: 'create',
			invoiceId: '1',
			amount: '105,00',
			markInvoiceAsPaid: true,
			additionalFields: { type: 'CASH' },
		});
		expect(jsonBody(api.server.received()[0])).toEqual({
			'invoice-payment': { invoice_id: 1, amount: 105, type: 'CASH', mark_invoice_as_paid: 1 },
		});
		expect(api.server.invoices.get(1)).toMatchObject({ status: 'PAID', paid_amount: 105, open_amount: 2.1 });
	});

	test('a draft takes no payment: Billomat’s 400 with what to do', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: byId('2'), amount: 10 });
		expect(result.error()?.message).toBe('Billomat error 400: Payments can only be booked for open or overdue invoices (invoice 2 is DRAFT)');
		expect(result.error()?.description).toContain('Billomat books payments only for completed invoices that are Open or Overdue');
		expect(paymentsOf(api.server).size).toBe(1);
	});

	test('a paid invoice takes no more payments', async () => {
		const result = await run(api.url, { resource: 'invoicePayment', operation: 'create', invoiceId: byId('3'), amount: 10 });
		expect(result.error()?.message).toBe('Billomat error 400: Payments can only be booked for open or overdue invoices (invoice 3 is PAID)');
	});
});
