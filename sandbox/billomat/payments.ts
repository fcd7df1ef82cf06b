// Invoice payments, from Billomat's "Payments" page of the invoice API
// (https://www.billomat.com/en/api/invoices/payments/, German https://www.billomat.com/api/rechnungen/zahlungen/):
// GET/POST /invoice-payments, GET/DELETE /invoice-payments/{id}. No update: a payment is deleted
// and booked again. A payment is booked only on an OPEN or OVERDUE invoice; it raises the
// invoice's paid amount and lowers its open amount, and the invoice becomes PAID when the open
// amount is covered or when `mark_invoice_as_paid` is set. Deleting a payment takes its amount off
// again and sets a PAID invoice back to OPEN (or OVERDUE, when its due date has passed).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Invoice } from './index';
import { errors, repeated, toApi } from './index';

export interface Payment {
	id: number;
	created: string;
	invoice_id: number;
	user_id: number;
	date: string;
	amount: number;
	comment: string | null;
	transaction_purpose: string | null;
	type: string | null;
}

/**
 * The payment types a payment can be booked with. The page's field table for POST lists these
 * ten; its list of the values `type` can have (GET) adds INVOICE_CORRECTION, which Billomat books
 * itself for a correction invoice: booking it through the API is refused here.
 */
export const BOOKABLE_TYPES = ['CREDIT_NOTE', 'BANK_CARD', 'BANK_TRANSFER', 'DEBIT', 'CASH', 'CHECK', 'PAYPAL', 'CREDIT_CARD', 'COUPON', 'MISC'];
/** Every value `type` can have, as the list filter takes them. */
export const PAYMENT_TYPES = ['INVOICE_CORRECTION', ...BOOKABLE_TYPES];

const FIELDS = ['invoice_id', 'date', 'amount', 'comment', 'transaction_purpose', 'type', 'mark_invoice_as_paid'];
const FILTERS = ['invoice_id', 'from', 'to', 'type', 'user_id'];
/** The API user the demo key belongs to. */
const DEMO_USER_ID = 1;

const round2 = (n: number) => Math.round(n * 100) / 100;
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid;
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));
const BOOLEANS = [0, 1, '0', '1', true, false, 'true', 'false'];

interface PaymentStore {
	payments: Map<number, Payment>;
	nextId: number;
}

const stores = new WeakMap<BillomatSandbox, PaymentStore>();

/** The sandbox's payments (tests read and prepare them here). */
export function paymentsOf(sandbox: BillomatSandbox): Map<number, Payment> {
	return store(sandbox).payments;
}

function store(sandbox: BillomatSandbox): PaymentStore {
	let found = stores.get(sandbox);
	if (!found) {
		found = { payments: new Map(), nextId: 1 };
		stores.set(sandbox, found);
	}
	return found;
}

/** The payment as GET /invoice-payments/{id} sends it. */
function record(payment: Payment): unknown {
	return toApi({ ...payment });
}

/** Add `count` generated payments to invoice `invoiceId` without changing the invoice (for paging tests); returns their IDs. */
export function addPayments(sandbox: BillomatSandbox, count: number, invoiceId = 3): number[] {
	const own = store(sandbox);
	const ids: number[] = [];
	for (let n = 0; n < count; n++) {
		const id = own.nextId++;
		own.payments.set(id, {
			id,
			created: '2025-05-02T09:00:00+02:00',
			invoice_id: invoiceId,
			user_id: DEMO_USER_ID,
			date: '2025-05-02',
			amount: 1,
			comment: null,
			transaction_purpose: `BULK${id}`,
			type: 'CASH',
		});
		ids.push(id);
	}
	return ids;
}

/** The status a completed invoice has when it is not (or no longer) paid. */
function unpaidStatus(invoice: Invoice): Invoice['status'] {
	return invoice.due_date < DateTime.now().toISODate()! ? 'OVERDUE' : 'OPEN';
}

export function registerPayments(sandbox: BillomatSandbox): void {
	sandbox.onSeed(() => {
		const own = store(sandbox);
		own.payments.clear();
		own.nextId = 2;
		// Invoice 3 (RE124, PAID) was paid in full by bank transfer: its paid amount is this payment.
		const paid = sandbox.invoices.get(3);
		if (paid) {
			own.payments.set(1, {
				id: 1,
				created: '2024-02-20T10:12:00+01:00',
				invoice_id: 3,
				user_id: DEMO_USER_ID,
				date: '2024-02-20',
				amount: paid.paid_amount,
				comment: 'Paid with thanks',
				transaction_purpose: 'RE124 Hosting 2024',
				type: 'BANK_TRANSFER',
			});
		}
	});

	sandbox.apiRoute('GET', '/invoice-payments', (req) => list(sandbox, req));
	sandbox.apiRoute('POST', '/invoice-payments', (req) => create(sandbox, req));
	sandbox.apiRoute('GET', '/invoice-payments/:id', (req) => withPayment(sandbox, req, (p) => ({ body: { 'invoice-payment': record(p) } })));
	sandbox.apiRoute('DELETE', '/invoice-payments/:id', (req) => withPayment(sandbox, req, (p) => remove(sandbox, p)));
}

function withPayment(sandbox: BillomatSandbox, req: SandboxRequest, handler: (payment: Payment) => SandboxReply): SandboxReply {
	const payment = /^\d+$/.test(req.params.id) ? paymentsOf(sandbox).get(Number(req.params.id)) : undefined;
	if (!payment) return errors(404, 'Payment not found');
	return handler(payment);
}

function list(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const q = req.query;
	const problems: string[] = [];
	for (const name of new Set(q.keys())) {
		if (!FILTERS.includes(name) && name !== 'page' && name !== 'per_page') problems.push(`Unknown parameter: ${name}`);
	}
	for (const name of ['invoice_id', 'user_id']) {
		const v = q.get(name);
		if (v !== null && !/^\d+$/.test(v)) problems.push(`${name} must be an integer`);
	}
	for (const name of ['from', 'to']) {
		const v = q.get(name);
		if (v !== null && !isDate(v)) problems.push(`${name} must be a date in the format YYYY-MM-DD`);
	}
	// "Several payment types can be given separated by commas; they are OR-ed."
	const types = q.get('type')?.split(',') ?? [];
	for (const t of types) if (!PAYMENT_TYPES.includes(t)) problems.push(`Unknown payment type: ${t}`);
	const page = Number(q.get('page') ?? '1');
	const perPage = Number(q.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
	if (problems.length) return errors(400, ...problems);

	const hits = [...paymentsOf(sandbox).values()]
		.filter((p) => {
			if (q.has('invoice_id') && p.invoice_id !== Number(q.get('invoice_id'))) return false;
			if (q.has('user_id') && p.user_id !== Number(q.get('user_id'))) return false;
			if (q.has('from') && p.date < q.get('from')!) return false;
			if (q.has('to') && p.date > q.get('to')!) return false;
			if (types.length && !types.includes(p.type ?? '')) return false;
			return true;
		})
		.sort((a, b) => a.id - b.id);
	const slice = hits.slice((page - 1) * perPage, page * perPage);
	const payments: Record<string, unknown> = {};
	if (slice.length) payments['invoice-payment'] = repeated(slice.map(record));
	payments['@page'] = String(page);
	payments['@per_page'] = String(perPage);
	payments['@total'] = String(hits.length);
	return { body: { 'invoice-payments': payments } };
}

function create(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const fields = parsed.value['invoice-payment'] as Record<string, unknown> | undefined;
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return errors(400, 'The body must hold an "invoice-payment" element');
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!FIELDS.includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields.invoice_id === undefined) problems.push('invoice_id is required');
	else if (!/^\d+$/.test(String(fields.invoice_id))) problems.push('invoice_id must be an integer');
	if (fields.amount === undefined) problems.push('amount is required');
	else if (!isNumber(fields.amount)) problems.push('amount must be a number');
	if (fields.date !== undefined && !isDate(fields.date)) problems.push('date must be a date in the format YYYY-MM-DD');
	if (fields.type !== undefined && !BOOKABLE_TYPES.includes(String(fields.type))) problems.push(`Invalid payment type: ${String(fields.type)}`);
	for (const key of ['comment', 'transaction_purpose']) {
		if (fields[key] !== undefined && typeof fields[key] !== 'string') problems.push(`${key} must be a text`);
	}
	if (fields.mark_invoice_as_paid !== undefined && !BOOLEANS.includes(fields.mark_invoice_as_paid as never)) {
		problems.push('mark_invoice_as_paid must be 0 or 1');
	}
	if (problems.length) return errors(400, ...problems);

	const invoice = sandbox.invoices.get(Number(fields.invoice_id));
	if (!invoice) return errors(404, 'Invoice not found');
	// "Payments can only be booked for invoices in status OPEN or OVERDUE."
	if (invoice.status !== 'OPEN' && invoice.status !== 'OVERDUE') {
		return errors(400, `Payments can only be booked for open or overdue invoices (invoice ${invoice.id} is ${invoice.status})`);
	}
	const own = store(sandbox);
	const payment: Payment = {
		id: own.nextId++,
		created: DateTime.now().toISO({ suppressMilliseconds: true })!,
		invoice_id: invoice.id,
		user_id: DEMO_USER_ID,
		date: (fields.date as string | undefined) ?? DateTime.now().toISODate()!,
		amount: round2(Number(fields.amount)),
		comment: (fields.comment as string | undefined) ?? null,
		transaction_purpose: (fields.transaction_purpose as string | undefined) ?? null,
		type: (fields.type as string | undefined) ?? null,
	};
	own.payments.set(payment.id, payment);
	invoice.paid_amount = round2(invoice.paid_amount + payment.amount);
	invoice.open_amount = round2(invoice.total_gross - invoice.paid_amount);
	const markAsPaid = [1, '1', true, 'true'].includes(fields.mark_invoice_as_paid as never);
	if (markAsPaid || invoice.open_amount <= 0) invoice.status = 'PAID';
	return { status: 201, body: { 'invoice-payment': record(payment) } };
}

function remove(sandbox: BillomatSandbox, payment: Payment): SandboxReply {
	paymentsOf(sandbox).delete(payment.id);
	const invoice = sandbox.invoices.get(payment.invoice_id);
	if (invoice) {
		invoice.paid_amount = round2(invoice.paid_amount - payment.amount);
		invoice.open_amount = round2(invoice.total_gross - invoice.paid_amount);
		// "Deleting a payment sets the invoice's status to OPEN or OVERDUE."
		if (invoice.status === 'PAID') invoice.status = unpaidStatus(invoice);
	}
	return { status: 200 };
}
