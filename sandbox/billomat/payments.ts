// Document payments, for every family in CHILDREN (children.ts) that has them, from the
// "Payments" pages (https://www.billomat.com/en/api/invoices/payments/, German
// https://www.billomat.com/api/rechnungen/zahlungen/; https://www.billomat.com/en/api/credit-notes/payments/):
// GET/POST /{stem}-payments, GET/DELETE /{stem}-payments/{id}. No update: a payment is deleted and
// booked again. A payment is booked only on an OPEN (or, for invoices, OVERDUE) document; it raises
// the document's paid amount and lowers its open amount, and the document becomes PAID when the
// open amount is covered or when the "mark as paid" field is set. Deleting a payment takes its
// amount off again and sets a PAID document back to OPEN (or OVERDUE, for an invoice whose due date
// has passed).
// Readings (credit notes): the page's sample record names the credit note `credit_note-id`, its
// create table and filters `credit_note_id`: the sandbox sends `credit_note_id` (the node reads
// both). "Payments can only be booked for invoices in the state OPEN or overdue" on the credit note
// page is read as credit notes in OPEN (credit notes have no OVERDUE).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, isDate, toApi } from './index';
import type { ChildFamily, ParentRecord } from './children';
import { bodyFields, CHILDREN, childFamily, childPath, childRoot, listPage, nounOf, paging, parentRecordOf, perFamily, pluralOf, seededParents, statusesOf, withChild } from './children';

/** A payment: `invoice_id` (or the family's parent field) names its document. */
export interface Payment {
	id: number;
	created: string;
	user_id: number;
	date: string;
	amount: number;
	comment: string | null;
	transaction_purpose: string | null;
	type: string | null;
	[parentField: string]: number | string | null;
}

const invoicePayments = childFamily('invoices').payments!;
/** The invoice payment types a payment can be booked with (the create table), and every value `type` can have. */
export const BOOKABLE_TYPES = invoicePayments.bookable;
export const PAYMENT_TYPES = invoicePayments.types;

/** The API user the demo key belongs to. */
const DEMO_USER_ID = 1;

const round2 = (n: number) => Math.round(n * 100) / 100;
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));
const BOOLEANS = [0, 1, '0', '1', true, false, 'true', 'false'];

const store = perFamily(() => ({ payments: new Map<number, Payment>(), nextId: 1 }));

/** The sandbox's payments of a family (tests read and prepare them here). */
export function paymentsOf(sandbox: BillomatSandbox, family = 'invoices'): Map<number, Payment> {
	return store(sandbox, family).payments;
}

const record = (payment: Payment): unknown => toApi({ ...payment });

/** Add `count` generated payments to document `parentId` without changing it (for paging tests); returns their IDs. */
export function addPayments(sandbox: BillomatSandbox, count: number, parentId = 3, family = 'invoices'): number[] {
	const row = childFamily(family);
	const own = store(sandbox, family);
	return Array.from({ length: count }, () => {
		const id = own.nextId++;
		own.payments.set(id, {
			id,
			created: '2025-05-02T09:00:00+02:00',
			[row.parentField]: parentId,
			user_id: DEMO_USER_ID,
			date: '2025-05-02',
			amount: 1,
			comment: null,
			transaction_purpose: `BULK${id}`,
			type: 'CASH',
		});
		return id;
	});
}

/** Whether the family's documents can be OVERDUE (invoices): then payments are booked on OPEN and OVERDUE ones. */
const hasOverdue = (row: ChildFamily) => statusesOf(row).includes('OVERDUE');

/** The status a completed document has when it is not (or no longer) paid. */
function unpaidStatus(row: ChildFamily, doc: ParentRecord): string {
	return hasOverdue(row) && doc.due_date !== null && doc.due_date < DateTime.now().toISODate()! ? 'OVERDUE' : 'OPEN';
}

/** The demo documents paid in full: invoice 3 (RE124) by bank transfer, credit note 33 (GS2) refunded. */
const DEMO: Record<string, { parentId: number; created: string; date: string; comment: string; transaction_purpose: string; type: string }> = {
	invoices: { parentId: 3, created: '2024-02-20T10:12:00+01:00', date: '2024-02-20', comment: 'Paid with thanks', transaction_purpose: 'RE124 Hosting 2024', type: 'BANK_TRANSFER' },
	'credit-notes': { parentId: 33, created: '2023-12-22T16:30:00+01:00', date: '2023-12-22', comment: 'Refunded by bank transfer', transaction_purpose: 'GS2 Returned booklets', type: 'BANK_TRANSFER' },
	// Incoming 1 (PW-2025-0311 of supplier 1) is paid: its transfer to the design studio.
	incomings: { parentId: 1, created: '2025-03-25T10:15:00+01:00', date: '2025-03-25', comment: 'Paid by bank transfer', transaction_purpose: 'PW-2025-0311 K-10482', type: 'BANK_TRANSFER' },
};

export function registerPayments(sandbox: BillomatSandbox): void {
	for (const row of CHILDREN.filter((candidate) => candidate.payments)) {
		const path = childPath(row, 'payment');
		const root = childRoot(row, 'payment');
		sandbox.onSeed(() => {
			const own = store(sandbox, row.family);
			own.payments.clear();
			own.nextId = 1;
			const demo = DEMO[row.family];
			const paid = demo ? seededParents(sandbox, row).find((parent) => parent.id === demo.parentId) : undefined;
			if (demo && paid) {
				const { parentId, ...fields } = demo;
				own.payments.set(1, { id: 1, [row.parentField]: parentId, user_id: DEMO_USER_ID, amount: paid.paid_amount, ...fields });
				own.nextId = 2;
			}
		});
		const one = (handler: (payment: Payment) => SandboxReply) => withChild((id) => paymentsOf(sandbox, row.family).get(id), 'Payment not found', handler);
		sandbox.apiRoute('GET', path, (req) => list(sandbox, row, req));
		sandbox.apiRoute('POST', path, (req) => create(sandbox, row, req));
		sandbox.apiRoute('GET', `${path}/:id`, one((p) => ({ body: { [root]: record(p) } })));
		sandbox.apiRoute('DELETE', `${path}/:id`, one((p) => remove(sandbox, row, p)));
	}
}

function list(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const spec = row.payments!;
	const q = req.query;
	const { page, perPage, problems } = paging(req, [row.parentField, 'from', 'to', 'type', 'user_id']);
	for (const name of [row.parentField, 'user_id']) {
		const v = q.get(name);
		if (v !== null && !/^\d+$/.test(v)) problems.push(`${name} must be an integer`);
	}
	for (const name of ['from', 'to']) {
		const v = q.get(name);
		if (v !== null && !isDate(v)) problems.push(`${name} must be a date in the format YYYY-MM-DD`);
	}
	// "Several payment types can be given separated by commas; they are OR-ed."
	const types = q.get('type')?.split(',') ?? [];
	for (const t of types) if (!spec.types.includes(t)) problems.push(`Unknown payment type: ${t}`);
	if (problems.length) return errors(400, ...problems);

	const hits = [...paymentsOf(sandbox, row.family).values()]
		.filter((p) => {
			if (q.has(row.parentField) && p[row.parentField] !== Number(q.get(row.parentField))) return false;
			if (q.has('user_id') && p.user_id !== Number(q.get('user_id'))) return false;
			if (q.has('from') && p.date < q.get('from')!) return false;
			if (q.has('to') && p.date > q.get('to')!) return false;
			if (types.length && !types.includes(p.type ?? '')) return false;
			return true;
		})
		.sort((a, b) => a.id - b.id);
	return listPage(childRoot(row, 'payment'), hits.map(record), page, perPage);
}

function create(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const spec = row.payments!;
	const body = bodyFields(sandbox, req, childRoot(row, 'payment'));
	if ('reply' in body) return body.reply;
	const { fields } = body;
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!spec.fields.includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields[row.parentField] === undefined) problems.push(`${row.parentField} is required`);
	else if (!/^\d+$/.test(String(fields[row.parentField]))) problems.push(`${row.parentField} must be an integer`);
	if (fields.amount === undefined) problems.push('amount is required');
	else if (!isNumber(fields.amount)) problems.push('amount must be a number');
	if (fields.date !== undefined && !isDate(fields.date)) problems.push('date must be a date in the format YYYY-MM-DD');
	if (fields.type !== undefined && !spec.bookable.includes(String(fields.type))) problems.push(`Invalid payment type: ${String(fields.type)}`);
	for (const key of ['comment', 'transaction_purpose']) {
		if (fields[key] !== undefined && typeof fields[key] !== 'string') problems.push(`${key} must be a text`);
	}
	if (fields[spec.markAsPaid] !== undefined && !BOOLEANS.includes(fields[spec.markAsPaid] as never)) problems.push(`${spec.markAsPaid} must be 0 or 1`);
	if (problems.length) return errors(400, ...problems);

	const doc = parentRecordOf(sandbox, row, fields[row.parentField]);
	if (!doc) return errors(404, `${nounOf(row)} not found`);
	// "Payments can only be booked for invoices in status OPEN or OVERDUE."
	if (doc.status !== 'OPEN' && !(hasOverdue(row) && doc.status === 'OVERDUE')) {
		const states = hasOverdue(row) ? 'open or overdue' : 'open';
		return errors(400, `Payments can only be booked for ${states} ${pluralOf(row)} (${nounOf(row).toLowerCase()} ${doc.id} is ${doc.status})`);
	}
	const own = store(sandbox, row.family);
	const payment: Payment = {
		id: own.nextId++,
		created: DateTime.now().toISO({ suppressMilliseconds: true })!,
		[row.parentField]: doc.id,
		user_id: DEMO_USER_ID,
		date: (fields.date as string | undefined) ?? DateTime.now().toISODate()!,
		amount: round2(Number(fields.amount)),
		comment: (fields.comment as string | undefined) ?? null,
		transaction_purpose: (fields.transaction_purpose as string | undefined) ?? null,
		type: (fields.type as string | undefined) ?? null,
	};
	own.payments.set(payment.id, payment);
	doc.paid_amount = round2(doc.paid_amount + payment.amount);
	doc.open_amount = round2(doc.total_gross - doc.paid_amount);
	const markAsPaid = [1, '1', true, 'true'].includes(fields[spec.markAsPaid] as never);
	if (markAsPaid || doc.open_amount <= 0) doc.status = 'PAID';
	return { status: 201, body: { [childRoot(row, 'payment')]: record(payment) } };
}

function remove(sandbox: BillomatSandbox, row: ChildFamily, payment: Payment): SandboxReply {
	paymentsOf(sandbox, row.family).delete(payment.id);
	const doc = parentRecordOf(sandbox, row, payment[row.parentField]);
	if (doc) {
		doc.paid_amount = round2(doc.paid_amount - payment.amount);
		doc.open_amount = round2(doc.total_gross - doc.paid_amount);
		// "Deleting a payment sets the invoice's status to OPEN or OVERDUE."
		if (doc.status === 'PAID') doc.status = unpaidStatus(row, doc);
	}
	return { status: 200 };
}
