// Credit Note Payment (https://www.billomat.com/en/api/credit-notes/payments/): a refund booked on
// an open credit note (the seven documented types, "mark credit note as paid"), listed with the
// documented filters, read and deleted; the credit note becomes PAID and OPEN again.
import { addPayments, paymentsOf } from '../../sandbox/billomat/payments';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials, jsonBody, run } from './setup';

const api = billomatSandbox();

const creditNote = (id: number) => api.server.documentBooks['credit-notes'].records.get(id)!;

const REFUND = {
	id: 1,
	created: '2023-12-22T16:30:00+01:00',
	credit_note_id: 33,
	user_id: 1,
	date: '2023-12-22',
	amount: 2.93,
	comment: 'Refunded by bank transfer',
	transaction_purpose: 'GS2 Returned booklets',
	type: 'BANK_TRANSFER',
};

describe('Billomat › Credit Note Payment › Create', () => {
	test('POSTs the payment to /api/credit-note-payments; a part payment leaves the credit note open, Mark as Paid closes it', async () => {
		expect(creditNote(31)).toMatchObject({ status: 'OPEN', total_gross: 71.4 });
		const result = await run(api.url, {
			resource: 'creditNotePayment',
			operation: 'create',
			creditNoteId: { __rl: true, mode: 'list', value: '31' },
			amount: 50,
			additionalFields: { date: '2024-03-20', type: 'PAYPAL', comment: 'First part' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/credit-note-payments', {}]);
		expect(jsonBody(request)).toEqual({ 'credit-note-payment': { credit_note_id: 31, amount: 50, date: '2024-03-20', comment: 'First part', type: 'PAYPAL' } });
		expect(result.items()).toEqual([
			{
				json: { id: 2, created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), credit_note_id: 31, user_id: 1, date: '2024-03-20', amount: 50, comment: 'First part', transaction_purpose: null, type: 'PAYPAL' },
				pairedItem: { item: 0 },
			},
		]);
		expect(creditNote(31)).toMatchObject({ status: 'OPEN', paid_amount: 50 });

		await run(api.url, { resource: 'creditNotePayment', operation: 'create', creditNoteId: '31', amount: 20, markCreditNoteAsPaid: true });
		expect(jsonBody(api.server.received().at(-1)!)).toEqual({ 'credit-note-payment': { credit_note_id: 31, amount: 20, mark_credit_note_as_paid: 1 } });
		expect(creditNote(31)).toMatchObject({ status: 'PAID', paid_amount: 70 });
	});

	test('a draft takes no payment: Billomat’s 400 with the advice', async () => {
		const result = await run(api.url, { resource: 'creditNotePayment', operation: 'create', creditNoteId: '32', amount: 10 });
		expect(result.error()?.message).toBe('Billomat error 400: Payments can only be booked for open credit notes (credit note 32 is DRAFT)');
		expect(result.error()?.description).toContain('Billomat books payments only for completed credit notes that are Open');
	});

	test('the payment types offered are the seven the page lists; no transaction purpose; an amount of 0 is refused before any request', async () => {
		const { description } = await import('../../nodes/Billomat/actions/creditNotePayment/create.operation');
		const additional = description.find((p) => p.name === 'additionalFields')!.options as Array<{ name: string; options?: Array<{ value: string }> }>;
		expect(additional.map((o) => o.name)).toEqual(['comment', 'date', 'type']);
		expect(additional[2].options!.map((o) => o.value)).toEqual(['BANK_TRANSFER', 'CASH', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']);
		const zero = await run(api.url, { resource: 'creditNotePayment', operation: 'create', creditNoteId: '31', amount: 0 });
		expect(zero.error()?.message).toBe('Item 0: "Amount" is empty or 0');
		expect(api.server.received()).toEqual([]);
	});
});

describe('Billomat › Credit Note Payment › Get', () => {
	test('GETs /api/credit-note-payments/{id} and outputs the whole payment', async () => {
		const result = await run(api.url, { resource: 'creditNotePayment', operation: 'get', paymentId: '1' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-payments/1', {}]);
		expect(result.items()).toEqual([{ json: REFUND, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Credit Note Payment › Get Many', () => {
	test('sends every documented filter (credit note, dates, types, user) and outputs the payments', async () => {
		const result = await run(api.url, {
			resource: 'creditNotePayment',
			operation: 'getAll',
			returnAll: true,
			filters: { credit_note_id: '33', from: '2023-12-01', to: '2023-12-31', type: ['BANK_TRANSFER', 'CASH'], user_id: '1' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['GET', '/api/credit-note-payments']);
		expect(request.query).toEqual({ credit_note_id: '33', user_id: '1', from: '2023-12-01', to: '2023-12-31', type: 'BANK_TRANSFER,CASH', page: '1', per_page: '1000' });
		expect(result.items()).toEqual([{ json: REFUND, pairedItem: { item: 0 } }]);
	});

	test('Return All pages through more than 1,000 payments', async () => {
		addPayments(api.server, 1204, 31, 'credit-notes');
		const result = await run(api.url, { resource: 'creditNotePayment', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2']);
		expect(result.items()).toHaveLength(1205);
	});

	test('a From after To is refused before any request', async () => {
		const result = await run(api.url, { resource: 'creditNotePayment', operation: 'getAll', returnAll: true, filters: { from: '2024-02-01', to: '2024-01-01' } });
		expect(result.error()?.message).toBe('Item 0: "From" (2024-02-01) is after "To" (2024-01-01)');
		expect(api.server.received()).toEqual([]);
	});
});

describe('Billomat › Credit Note Payment › Delete', () => {
	test('DELETEs /api/credit-note-payments/{id}; the paid credit note is open again', async () => {
		const result = await run(api.url, { resource: 'creditNotePayment', operation: 'delete', paymentId: { __rl: true, mode: 'id', value: '1' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/credit-note-payments/1', 0]);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(paymentsOf(api.server, 'credit-notes').has(1)).toBe(false);
		expect(paymentsOf(api.server).has(1)).toBe(true);
		expect(creditNote(33)).toMatchObject({ status: 'OPEN', paid_amount: 0 });
	});
});

describe('Billomat › Credit Note Payment picker (searchCreditNotePayments)', () => {
	test('pages through more than 1,000 payments, 100 a page, each named by date, amount, type and credit note', async () => {
		const bulk = addPayments(api.server, 1050, 31, 'credit-notes');
		const seen: string[] = [];
		let token: string | undefined;
		let first: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchCreditNotePayments', credentials(api.url), { paginationToken: token });
			first ??= page.results[0].name;
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		expect(first).toBe('2023-12-22 · 2.93 · BANK_TRANSFER · credit note 33 (1)');
		expect(seen).toHaveLength(1051);
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual(
			Array.from({ length: 11 }, (_, n) => ['/api/credit-note-payments', { page: String(n + 1), per_page: '100' }]),
		);
	});
});
