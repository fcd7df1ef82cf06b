// Generate Payment (https://invoicexpress.com/api-v2/invoices/generate-payment), Cancel Payment
// (…/invoices/cancel-payment) and Get Related Documents (…/invoices/related-documents): a partial
// payment makes a receipt, the invoice is settled once paid in full, canceling the receipt's payment
// brings the invoice back to final, and the invoice's related documents list its receipts.
import { DateTime } from 'luxon';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const run = async (operation: string, parameters: Record<string, unknown>) =>
	await runWorkflow(ix(operation, parameters), { credentials: credentials(api.url) });

/** Invoice 1002 (final, 90.00 + 23% = 110.70, Café Lisboa) paid by `amount` with every field. */
const pay = (amount: number, extra: Record<string, unknown> = {}) =>
	run('generatePayment', {
		documentType: 'invoices',
		invoiceId: '1002',
		amount,
		additionalFields: { paymentMechanism: 'MB', note: 'First half', serie: 'A', paymentDate: '2024-02-01', ...extra },
	});

describe('InvoiceXpress › Invoice › Generate Payment', () => {
	test('POST /documents/{id}/partial_payments.json with {"partial_payment":{…}}, outputs the receipt; the invoice stays final', async () => {
		const result = await pay(50);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/documents/1002/partial_payments.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			partial_payment: { payment_mechanism: 'MB', note: 'First half', serie: 'A', amount: 50, payment_date: '01/02/2024' },
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 1009,
					status: 'final',
					archived: false,
					type: 'Receipt',
					sequence_number: '1/R',
					date: '2024-02-01',
					due_date: '2024-02-01',
					reference: '1/A',
					observations: 'First half',
					retention: null,
					sum: 50,
					discount: 0,
					before_taxes: 50,
					taxes: 0,
					total: 50,
					currency: 'Euro',
					payment_mechanism: 'MB',
					serie: 'A',
					client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', country: 'Portugal', fiscal_id: '501234567' },
					items: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.documents.get(1002)!.status).toBe('final');
	});

	test('the rest of the amount settles the invoice; the payment date in every form (dd/mm/yyyy, DateTime, none)', async () => {
		await pay(50, { paymentDate: '01/02/2024' });
		await run('generatePayment', {
			documentType: 'invoices',
			invoiceId: '1002',
			amount: 60.7,
			additionalFields: { paymentDate: '={{ DateTime.fromISO("2024-02-15T10:00:00") }}' },
		});
		const [first, second] = api.server.received('POST').map((r) => JSON.parse(bodyText(r)).partial_payment);
		expect(first.payment_date).toBe('01/02/2024');
		expect(second).toEqual({ amount: 60.7, payment_date: '15/02/2024' });
		expect(api.server.documents.get(1002)!.status).toBe('settled');
	});

	test('without a date InvoiceXpress dates the receipt today', async () => {
		const result = await run('generatePayment', { documentType: 'simplified_invoices', invoiceId: '1005', amount: 9.04 });
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ partial_payment: { amount: 9.04 } });
		expect(result.items()[0].json).toMatchObject({ type: 'Receipt', total: 9.04, date: DateTime.now().toISODate() });
		expect(api.server.documents.get(1005)!.status).toBe('settled');
	});

	test('a reply without a body (the page shows none): the item says what was paid', async () => {
		api.server.paymentReply = 'empty';
		const result = await pay(50);
		expect(result.items()).toEqual([{ json: { id: 1002, documentType: 'invoices', paid: 50 }, pairedItem: { item: 0 } }]);
		expect(api.server.documents.get(1009)).toMatchObject({ type: 'Receipt', amount: 50 });
	});

	test('more than is owed: InvoiceXpress’s 422 with its text', async () => {
		const result = await pay(500);
		expect(result.error()?.message).toBe("InvoiceXpress error 422: Amount can't be greater than the amount owed (110.7)");
		expect(api.server.received()).toHaveLength(1);
	});

	test('a draft cannot be paid: 422', async () => {
		const result = await run('generatePayment', { documentType: 'invoices', invoiceId: '1001', amount: 1 });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Invoice with status draft cannot be paid');
	});

	test('an amount of 0 is refused before any request', async () => {
		const result = await run('generatePayment', { documentType: 'invoices', invoiceId: '1002', amount: 0 });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Amount" (0) must be greater than 0', 'Give the amount paid, e.g. 100.00.');
	});

	test('a payment mechanism that is no documented code (from an expression) is refused before any request', async () => {
		const result = await run('generatePayment', {
			documentType: 'invoices',
			invoiceId: '1002',
			amount: 1,
			additionalFields: { paymentMechanism: '={{ "PAYPAL" }}' },
		});
		expect(result.error()?.message).toBe('Item 0: "Payment Mechanism" (PAYPAL) is not a documented code');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a POST is not repeated after a reply lost on the way back', async () => {
		api.server.injectFault({ kind: 'reset', method: 'POST', path: '/partial_payments' });
		const result = await pay(50);
		expect(result.error()).toBeDefined();
		expect(api.server.received('POST')).toHaveLength(1);
	});
});

describe('InvoiceXpress › Invoice › Get Related Documents', () => {
	test('GET /document/{id}/related_documents.json: one item per receipt', async () => {
		await pay(50);
		await pay(10, { note: 'More' });
		const result = await run('relatedDocuments', { documentType: 'invoices', invoiceId: '1002' });
		const request = api.server.received('GET')[0];
		expect(request.path).toBe('/document/1002/related_documents.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(result.items().map((item) => [item.json.id, item.json.type, item.json.total, item.json.observations, item.pairedItem])).toEqual([
			[1009, 'Receipt', 50, 'First half', { item: 0 }],
			[1010, 'Receipt', 10, 'More', { item: 0 }],
		]);
	});

	test('a document without related documents gives no item', async () => {
		const result = await run('relatedDocuments', { documentType: 'invoices', invoiceId: '1003' });
		expect(api.server.received()[0].path).toBe('/document/1003/related_documents.json');
		expect(result.items()).toEqual([]);
	});

	test('Simplify off: the documents exactly as sent', async () => {
		await pay(50);
		const result = await run('relatedDocuments', { documentType: 'invoices', invoiceId: '1002', simplify: false });
		expect(result.items()[0].json).toMatchObject({ id: 1009, date: '01/02/2024' });
	});
});

describe('InvoiceXpress › Invoice › Cancel Payment', () => {
	test('PUT /receipts/{id}/change-state.json with {"receipt":{"state":"canceled","message"}}: the invoice is settled no more', async () => {
		await pay(50);
		await pay(60.7);
		expect(api.server.documents.get(1002)!.status).toBe('settled');
		const before = api.server.received().length;
		const result = await run('cancelPayment', { receiptId: { __rl: true, mode: 'id', value: '1010' }, message: 'Wrong amount' });
		const [request, ...more] = api.server.received().slice(before);
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/receipts/1010/change-state.json');
		expect(JSON.parse(bodyText(request))).toEqual({ receipt: { state: 'canceled', message: 'Wrong amount' } });
		expect(result.items()[0].json).toMatchObject({ id: 1010, type: 'Receipt', status: 'canceled', total: 60.7 });
		expect(api.server.documents.get(1002)!.status).toBe('final');
	});

	test('a plain receipt ID (an expression) works too', async () => {
		await pay(50);
		const result = await run('cancelPayment', { receiptId: '={{ 1009 }}', message: 'Duplicate' });
		expect(api.server.received().pop()!.path).toBe('/receipts/1009/change-state.json');
		expect(result.items()[0].json).toMatchObject({ id: 1009, status: 'canceled' });
	});

	test('without a message it is refused before any request', async () => {
		const result = await run('cancelPayment', { receiptId: { __rl: true, mode: 'id', value: '1009' }, message: ' ' });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: canceling a payment needs a message', 'Fill in "Message" with the reason for the cancellation.');
	});

	test('a receipt canceled already: InvoiceXpress’s 422', async () => {
		await pay(50);
		await run('cancelPayment', { receiptId: { __rl: true, mode: 'id', value: '1009' }, message: 'Once' });
		const result = await run('cancelPayment', { receiptId: { __rl: true, mode: 'id', value: '1009' }, message: 'Twice' });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Receipt with status canceled cannot be canceled');
	});

	test('an unknown receipt: 404 naming it', async () => {
		const result = await run('cancelPayment', { receiptId: { __rl: true, mode: 'id', value: '1002' }, message: 'Not a receipt' });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Receipt 1002 is unknown');
	});
});
