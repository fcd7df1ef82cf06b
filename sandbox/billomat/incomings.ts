// Billomat incoming invoices (invoices received from suppliers), from the "Incomings" API page
// (https://www.billomat.com/en/api/incomings/, German https://www.billomat.com/api/eingangsrechnungen/):
//   GET    /api/incomings             list, filtered by supplier_id, incoming_number, status (OPEN, PAID,
//                                     OVERDUE, comma-separated = OR), from / to (YYYY-MM-DD), note, tags;
//                                     paging and order_by as every list
//   GET    /api/incomings?group_by=   totals grouped by supplier, status, day, week, month, year
//                                     (comma-separated, in order), combinable with the filters
//   GET    /api/incomings/{id}
//   POST   /api/incomings             201 Created with the whole record (supplier_id mandatory)
//   PUT    /api/incomings/{id}        200 OK with the whole record
//   DELETE /api/incomings/{id}        200 OK, empty body
// Payments, comments and tags of incomings are the generic document children (built elsewhere):
// they find an incoming through `incomingsOf(sandbox).incoming(id)`.
//
// Readings of the page (it leaves them open):
// - The filter table names `incoming_number`, the example above it `?number=RE123`: both are
//   accepted, as the same filter (parts of the number, case ignored).
// - The record's number field is `number` (the page's create example); `incoming_number` is accepted
//   as the same field on writes.
// - Status is Billomat's, not writable: PAID when the payments cover the gross total, OVERDUE when
//   the due date has passed, OPEN otherwise (computed on every write; the demo records keep theirs).
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { bodyElement, listReply, unknownParameters } from './articles';
import type { BillomatSandbox, Value } from './index';
import { errors, isDate, repeated, toApi } from './index';
import { suppliersOf } from './suppliers';

// The RecordBook is shared with suppliers.ts (one store, one lookup, one generator per resource).
/** The records of one resource by ID, with the next free ID, restored at every seed. */
export class RecordBook<T extends { id: number }> {
	records = new Map<number, T>();
	nextId = 1;

	constructor(
		private readonly notFound: string,
		private readonly demo: () => T[],
	) {}

	seed(): void {
		this.records = new Map(this.demo().map((r) => [r.id, r]));
		this.nextId = Math.max(0, ...this.records.keys()) + 1;
	}

	/** The record of the route's `:id`, or Billomat's 404. */
	with(req: SandboxRequest, handler: (record: T) => SandboxReply): SandboxReply {
		const found = /^\d+$/.test(req.params.id) ? this.records.get(Number(req.params.id)) : undefined;
		return found ? handler(found) : errors(404, this.notFound);
	}

	/**
	 * POST {path}, and GET, PUT, DELETE {path}/{id} (an empty 200), around the resource's own
	 * record reply and write handler (`existing` undefined: a POST).
	 */
	recordRoutes(sandbox: BillomatSandbox, path: string, element: string, record: (r: T) => unknown, write: (req: SandboxRequest, existing?: T) => SandboxReply): void {
		sandbox.apiRoute('POST', path, (req) => write(req));
		sandbox.apiRoute('GET', `${path}/:id`, (req) => this.with(req, (r) => ({ body: { [element]: record(r) } })));
		sandbox.apiRoute('PUT', `${path}/:id`, (req) => this.with(req, (r) => write(req, r)));
		sandbox.apiRoute('DELETE', `${path}/:id`, (req) =>
			this.with(req, (r) => {
				this.records.delete(r.id);
				return { status: 200 };
			}),
		);
	}

	/** Store `count` records made by `make` under the next IDs (paging and picker tests); returns their IDs. */
	add(count: number, make: (id: number) => T): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) {
			const record = make(this.nextId++);
			this.records.set(record.id, record);
			ids.push(record.id);
		}
		return ids;
	}
}

export const now = () => DateTime.now().toISO({ suppressMilliseconds: true })!;
export const contains = (value: unknown, needle: string | null) => needle === null || String(value ?? '').toLowerCase().includes(needle.toLowerCase());
export const tagList = (req: SandboxRequest) => req.query.get('tags')?.split(',').map((t) => t.trim()).filter(Boolean) ?? [];

export interface Incoming {
	id: number;
	created: string;
	supplier_id: number;
	number: string | null;
	client_number: string | null;
	date: string;
	due_date: string | null;
	due_days: number | null;
	status: 'OPEN' | 'PAID' | 'OVERDUE';
	label: string | null;
	note: string | null;
	category: string | null;
	expense_account_number: number | null;
	total_gross: number;
	total_net: number;
	paid_amount: number;
	open_amount: number;
	currency_code: string;
	quote: number;
	/** Not in the API's record: kept for the tags filter. */
	tags: string[];
}

const TEXTS = ['number', 'client_number', 'label', 'note', 'category', 'currency_code'];
const INTEGERS = ['supplier_id', 'due_days', 'expense_account_number'];
const FLOATS = ['total_gross', 'total_net', 'quote'];
const DATES = ['date', 'due_date'];
const WRITABLE = [...TEXTS, ...INTEGERS, ...FLOATS, ...DATES, 'incoming_number'];
const FILTERS = ['supplier_id', 'incoming_number', 'number', 'status', 'from', 'to', 'note', 'tags', 'group_by'];
const STATUSES = ['OPEN', 'PAID', 'OVERDUE'];
const GROUPS = ['supplier', 'status', 'day', 'week', 'month', 'year'];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The incoming invoices of a sandbox, with the lookup the document children use. */
export class IncomingBook extends RecordBook<Incoming> {
	/** The incoming invoice with this ID, or undefined. */
	incoming(id: number): Incoming | undefined {
		return this.records.get(id);
	}

	/** Record a payment's effect (for the payment routes): paid and open amounts, and the status. */
	settle(incoming: Incoming, paidAmount: number): void {
		incoming.paid_amount = round2(paidAmount);
		refresh(incoming);
	}
}

function refresh(incoming: Incoming): void {
	incoming.open_amount = round2(incoming.total_gross - incoming.paid_amount);
	const today = DateTime.now().toISODate()!;
	if (incoming.total_gross > 0 && incoming.open_amount <= 0) incoming.status = 'PAID';
	else if (incoming.due_date !== null && incoming.due_date < today) incoming.status = 'OVERDUE';
	else incoming.status = 'OPEN';
}

function blank(id: number, supplierId: number, created: string): Incoming {
	return {
		id,
		created,
		supplier_id: supplierId,
		number: null,
		client_number: null,
		date: created.slice(0, 10),
		due_date: null,
		due_days: null,
		status: 'OPEN',
		label: null,
		note: null,
		category: null,
		expense_account_number: null,
		total_gross: 0,
		total_net: 0,
		paid_amount: 0,
		open_amount: 0,
		currency_code: 'EUR',
		quote: 1,
		tags: [],
	};
}

function demo(): Incoming[] {
	const make = (fields: Partial<Incoming> & Pick<Incoming, 'id' | 'supplier_id' | 'number' | 'date' | 'status' | 'total_net'>): Incoming => {
		const incoming = { ...blank(fields.id, fields.supplier_id, `${fields.date}T09:00:00+01:00`), ...fields };
		incoming.total_gross = fields.total_gross ?? round2(incoming.total_net * 1.19);
		if (incoming.status === 'PAID') incoming.paid_amount = incoming.total_gross;
		incoming.open_amount = round2(incoming.total_gross - incoming.paid_amount);
		return incoming;
	};
	return [
		make({ id: 1, supplier_id: 1, number: 'PW-2025-0311', client_number: 'K-10482', date: '2025-03-14', due_date: '2025-03-28', status: 'PAID', label: 'Logo and web layout, March', category: 'external_services', expense_account_number: 4900, total_net: 1850, tags: ['design'] }),
		make({ id: 2, supplier_id: 2, number: 'RH-25-00117', client_number: 'RH-2291', date: '2025-01-05', due_date: '2025-01-19', status: 'PAID', label: 'Hosting 2025', category: 'hosting', expense_account_number: 4930, total_net: 480, tags: ['hosting'] }),
		make({ id: 3, supplier_id: 2, number: 'RH-25-00342', client_number: 'RH-2291', date: '2025-06-02', due_date: '2025-06-16', status: 'OVERDUE', label: '3D-printed models, 500 pieces', category: 'goods', expense_account_number: 3400, total_net: 200, note: 'Second delivery outstanding', tags: ['hardware'] }),
		make({ id: 4, supplier_id: 3, number: '20250910', client_number: '47110', date: '2025-09-10', due_date: '2025-10-10', status: 'PAID', label: 'Paper and toner', category: 'office', expense_account_number: 4930, total_net: 96.5 }),
		make({ id: 5, supplier_id: 4, number: 'HP-2025-118', date: '2025-11-03', due_date: '2099-12-31', status: 'OPEN', label: 'Annual accounts 2024', category: 'consulting', expense_account_number: 4950, total_net: 1200, tags: ['service'] }),
	];
}

const books = new WeakMap<BillomatSandbox, IncomingBook>();

/** The sandbox's incoming invoices (tests and the payment/comment/tag routes read them here). */
export function incomingsOf(sandbox: BillomatSandbox): IncomingBook {
	return books.get(sandbox)!;
}

/** Add `count` generated incoming invoices of supplier 3; returns their IDs. */
export function addIncomings(sandbox: BillomatSandbox, count: number, fields: Partial<Incoming> = {}): number[] {
	return incomingsOf(sandbox).add(count, (id) => {
		const incoming = { ...blank(id, 3, '2025-05-01T08:00:00+02:00'), number: `BULK-${String(id).padStart(5, '0')}`, total_net: 100, total_gross: 119, ...fields };
		refresh(incoming);
		return incoming;
	});
}

function validate(sandbox: BillomatSandbox, fields: Record<string, unknown>, create: boolean): string[] {
	const problems = Object.keys(fields).filter((k) => !WRITABLE.includes(k)).map((k) => `Unknown field: ${k}`);
	if (create && fields.supplier_id === undefined) problems.push('supplier_id is required');
	for (const key of INTEGERS) if (fields[key] !== undefined && !/^\d+$/.test(String(fields[key]))) problems.push(`${key} must be an integer`);
	for (const key of FLOATS) if (fields[key] !== undefined && (fields[key] === '' || !Number.isFinite(Number(fields[key])))) problems.push(`${key} must be a number`);
	for (const key of DATES) if (fields[key] !== undefined && !isDate(fields[key])) problems.push(`${key} must be a date (YYYY-MM-DD)`);
	if (fields.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(fields.currency_code))) problems.push(`Invalid currency_code: ${String(fields.currency_code)}`);
	if (fields.supplier_id !== undefined && /^\d+$/.test(String(fields.supplier_id)) && !suppliersOf(sandbox).records.has(Number(fields.supplier_id))) problems.push('Supplier not found');
	return problems;
}

function apply(incoming: Incoming, fields: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(fields)) {
		const field = key === 'incoming_number' ? 'number' : key;
		(incoming as unknown as Record<string, unknown>)[field] = INTEGERS.includes(key) || FLOATS.includes(key) ? Number(value) : String(value);
	}
	if (fields.due_days !== undefined && fields.due_date === undefined) {
		incoming.due_date = DateTime.fromISO(incoming.date).plus({ days: incoming.due_days ?? 0 }).toISODate();
	}
	refresh(incoming);
}

/** The key of an incoming invoice in one group_by criterion. */
function groupKey(incoming: Incoming, by: string): Record<string, string | number> {
	const day = DateTime.fromISO(incoming.date);
	switch (by) {
		case 'supplier':
			return { supplier_id: incoming.supplier_id };
		case 'status':
			return { status: incoming.status };
		case 'day':
			return { day: incoming.date };
		case 'week':
			return { year: day.weekYear, week: day.weekNumber };
		case 'month':
			return { year: day.year, month: day.month };
		default:
			return { year: day.year };
	}
}

export function registerIncomings(sandbox: BillomatSandbox): void {
	const book = new IncomingBook('Incoming not found', demo);
	books.set(sandbox, book);
	sandbox.onSeed(() => book.seed());

	const record = (incoming: Incoming) => {
		const { tags: _tags, ...fields } = incoming;
		return toApi(fields as unknown as Value);
	};
	const write = (req: SandboxRequest, existing?: Incoming): SandboxReply => {
		const body = bodyElement(sandbox, req, 'incoming');
		if ('reply' in body) return body.reply;
		const problems = validate(sandbox, body.fields, !existing);
		if (problems.length) return errors(400, ...problems);
		const incoming = existing ?? blank(book.nextId++, Number(body.fields.supplier_id), now());
		apply(incoming, body.fields);
		book.records.set(incoming.id, incoming);
		return { status: existing ? 200 : 201, body: { incoming: record(incoming) } };
	};

	const hitsOf = (req: SandboxRequest): Incoming[] | SandboxReply => {
		const unknown = unknownParameters(req, FILTERS);
		if (unknown) return unknown;
		const q = req.query;
		const problems: string[] = [];
		if (q.has('supplier_id') && !/^\d+$/.test(q.get('supplier_id')!)) problems.push('supplier_id must be an integer');
		const statuses = q.get('status')?.split(',').map((s) => s.trim()) ?? [];
		for (const s of statuses) if (!STATUSES.includes(s)) problems.push(`Invalid status: ${s}`);
		for (const key of ['from', 'to']) if (q.has(key) && !isDate(q.get(key))) problems.push(`${key} must be a date (YYYY-MM-DD)`);
		if (problems.length) return errors(400, ...problems);
		const tags = tagList(req);
		return [...book.records.values()].filter(
			(i) =>
				(!q.has('supplier_id') || i.supplier_id === Number(q.get('supplier_id'))) &&
				contains(i.number, q.get('incoming_number')) &&
				contains(i.number, q.get('number')) &&
				(statuses.length === 0 || statuses.includes(i.status)) &&
				(!q.has('from') || i.date >= q.get('from')!) &&
				(!q.has('to') || i.date <= q.get('to')!) &&
				contains(i.note, q.get('note')) &&
				tags.every((t) => i.tags.includes(t)),
		);
	};

	const groups = (req: SandboxRequest, hits: Incoming[]): SandboxReply => {
		const by = req.query.get('group_by')!.split(',').map((g) => g.trim());
		const bad = by.filter((g) => !GROUPS.includes(g));
		if (bad.length) return errors(400, ...bad.map((g) => `Invalid group_by: ${g}`));
		const totals = new Map<string, { keys: Record<string, string | number>; gross: number; net: number }>();
		for (const incoming of hits) {
			const keys = Object.assign({}, ...by.map((g) => groupKey(incoming, g))) as Record<string, string | number>;
			const id = JSON.stringify(keys);
			const group = totals.get(id) ?? { keys, gross: 0, net: 0 };
			group.gross += incoming.total_gross;
			group.net += incoming.total_net;
			totals.set(id, group);
		}
		const list: Record<string, unknown> = {};
		const entries = [...totals.values()].map((g) =>
			toApi({ total_gross: round2(g.gross), total_net: round2(g.net), ...g.keys, 'incoming-params': g.keys } as unknown as Value),
		);
		if (entries.length) list['incoming-group'] = repeated(entries);
		list['@currency_code'] = 'EUR';
		return { body: { 'incoming-groups': list } };
	};

	sandbox.apiRoute('GET', '/incomings', (req) => {
		const hits = hitsOf(req);
		if (!Array.isArray(hits)) return hits;
		if (req.query.has('group_by')) return groups(req, hits);
		return listReply(req, { root: 'incomings', element: 'incoming' }, hits, ['id', 'created', 'number', 'date', 'due_date', 'total_gross', 'supplier_id'], record);
	});
	book.recordRoutes(sandbox, '/incomings', 'incoming', record, write);
}
