// Incoming Invoice Payment (https://www.billomat.com/en/api/incomings/payments/): a payment to a
// supplier booked on an open or overdue incoming invoice (the ten documented types, "mark incoming as
// paid"), listed with the documented filters, read and deleted; the incoming becomes PAID and
// OPEN (or OVERDUE) again.
import { incomingsOf } from '../../sandbox/billomat/incomings';
import { addPayments, paymentsOf } from '../../sandbox/billomat/payments';
import { pickAll } from './familyChild.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const incoming = (id: number) => incomingsOf(api.server).incoming(id)!;

const DESIGN_PAID = {
	id: 1,
	created: '2025-03-25T10:15:00+01:00',
	incoming_id: 1,
	user_id: 1,
	date: '2025-03-25',
	amount: 2201.5,
	comment: 'Paid by bank transfer',
	transaction_purpose: 'PW-2025-0311 K-10482',
	type: 'BANK_TRANSFER',
};

describe('Billomat › Incoming Invoice Payment › Create', () => {
	test('POSTs the payment to /api/incoming-payments; a part payment leaves the incoming open, Mark as Paid closes it', async () => {
		expect(incoming(5)).toMatchObject({ status: 'OPEN', total_gross: 1428 });
		const result = await run(api.url, {
			resource: 'incomingPayment',
			operation: 'create',
			incomingId: { __rl: true, mode: 'list', value: '5' },
			amount: 1000,
			additionalFields: { date: '2025-11-20', type: 'BANK_TRANSFER', comment: 'First instalment' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/incoming-payments', {}]);
		expect(jsonBody(request)).toEqual({ 'incoming-payment': { incoming_id: 5, amount: 1000, date: '2025-11-20', comment: 'First instalment', type: 'BANK_TRANSFER' } });
		expect(result.items()).toEqual([
			{
				json: { id: 2, created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), incoming_id: 5, user_id: 1, date: '2025-11-20', amount: 1000, comment: 'First instalment', transaction_purpose: null, type: 'BANK_TRANSFER' },
				pairedItem: { item: 0 },
			},
		]);
		expect(incoming(5)).toMatchObject({ status: 'OPEN', paid_amount: 1000, open_amount: 428 });

		await run(api.url, { resource: 'incomingPayment', operation: 'create', incomingId: '5', amount: 400, markIncomingAsPaid: true });
		expect(jsonBody(api.server.received().at(-1)!)).toEqual({ 'incoming-payment': { incoming_id: 5, amount: 400, mark_incoming_as_paid: 1 } });
		expect(incoming(5)).toMatchObject({ status: 'PAID', paid_amount: 1400 });
	});

	test('an overdue incoming takes payments; a paid one is refused by Billomat, with the advice', async () => {
		await run(api.url, { resource: 'incomingPayment', operation: 'create', incomingId: '3', amount: 238 });
		expect(incoming(3)).toMatchObject({ status: 'PAID', open_amount: 0 });
		const result = await run(api.url, { resource: 'incomingPayment', operation: 'create', incomingId: '1', amount: 1 });
		expect(result.error()?.message).toBe('Billomat error 400: Payments can only be booked for open or overdue incomings (incoming 1 is PAID)');
		expect(result.error()?.description).toContain('Billomat books payments only for incoming invoices that are Open or Overdue');
	});

	test('the Payment Type dropdown offers the ten types of the payments page, and no Transaction Purpose', async () => {
		const { packageModule } = await import('../harness/registry');
		const { Billomat } = packageModule<typeof import('../../nodes/Billomat/Billomat.node')>('nodes/Billomat/Billomat.node');
		const fields = new Billomat().description.properties.find(
			(p) => p.name === 'additionalFields' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes('incomingPayment'),
		)!;
		const options = fields.options as Array<{ name: string; options?: Array<{ value: string }> }>;
		expect(options.find((o) => o.name === 'type')!.options!.map((o) => o.value).sort()).toEqual([
			'BANK_CARD', 'BANK_TRANSFER', 'CASH', 'CHECK', 'COUPON', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL',
		]);
		expect(options.map((o) => o.name)).not.toContain('transaction_purpose');
	});
});

describe('Billomat › Incoming Invoice Payment › Get', () => {
	test('GETs /api/incoming-payments/{id}', async () => {
		const result = await run(api.url, { resource: 'incomingPayment', operation: 'get', paymentId: { __rl: true, mode: 'id', value: '1' } });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/incoming-payments/1', {}]]);
		expect(result.items()).toEqual([{ json: DESIGN_PAID, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Incoming Invoice Payment › Get Many', () => {
	test('GETs /api/incoming-payments with every documented filter', async () => {
		const result = await run(api.url, {
			resource: 'incomingPayment',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { incoming_id: '1', user_id: '1', from: '2025-03-01', to: '2025-03-31', type: ['BANK_TRANSFER', 'CASH'] },
		});
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/incoming-payments', { incoming_id: '1', user_id: '1', from: '2025-03-01', to: '2025-03-31', type: 'BANK_TRANSFER,CASH', page: '1', per_page: '10' }],
		]);
		expect(result.items()).toEqual([{ json: DESIGN_PAID, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Incoming Invoice Payment › Delete', () => {
	test('DELETEs /api/incoming-payments/{id}: a summary, and the paid incoming is open again', async () => {
		const result = await run(api.url, { resource: 'incomingPayment', operation: 'delete', paymentId: '1' });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/incoming-payments/1']]);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(paymentsOf(api.server, 'incomings').has(1)).toBe(false);
		// Its due date (2025-03-28) has passed: overdue.
		expect(incoming(1)).toMatchObject({ status: 'OVERDUE', paid_amount: 0, open_amount: 2201.5 });
	});
});

describe('Billomat › Incoming Invoice Payment › picker', () => {
	test('the Payment picker pages through more than 1,000 incoming payments', async () => {
		const bulk = addPayments(api.server, 1100, 5, 'incomings');
		const seen = await pickAll(api.url, 'searchIncomingInvoicePayments');
		expect(seen).toHaveLength(1101);
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received().map((r) => r.path)).toEqual(Array.from({ length: 12 }, () => '/api/incoming-payments'));
	});
});
