// The children of Billomat's documents, one table for every family: items, comments, tags and
// (invoices, credit notes, incomings) payments live under paths named after the family
// (`/invoice-items?invoice_id=…`, `/credit-note-items?credit_note_id=…`, …) and name their
// document by the family's ID field. items.ts, comments.ts, tags.ts and payments.ts register
// their routes for every row here and find the document through `document(family, id)`; a new
// family's children are a row here (its document family being a row of FAMILIES in documents.ts).
//
// Pages: https://www.billomat.com/en/api/invoices/items/ (…/comments/, …/payments/; tags at
// https://www.billomat.com/api/rechnungen/schlagworte/, not readable here), and
// https://www.billomat.com/en/api/credit-notes/items/, https://www.billomat.com/en/api/credit-notes/comments/,
// https://www.billomat.com/en/api/credit-notes/payments/ (credit note tags: no page readable here;
// they follow the invoice tags).
import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Invoice } from './index';
import { errors, FAMILIES, repeated } from './index';
import { incomingsOf } from './incomings';

export interface ChildFamily {
	/** The document family (a key of FAMILIES, or of an `outside` parent): `invoices`, `credit-notes`, `incomings`. */
	family: string;
	/** The children's path and root stem: `invoice` → `/invoice-items`, `invoice-item`. */
	stem: string;
	/** The field naming the document in a child and in the list filter: `invoice_id`. */
	parentField: string;
	/** Items: the writable fields besides the parent, and whether the record shows created/type/tax_changed_manually. */
	itemFields: string[];
	itemExtras: boolean;
	/** Items: whether the record shows `optional` (an optional position, left out of the totals). */
	itemOptional?: boolean;
	/** Comments: the action keys the page lists, and whether `public` is writable. */
	actionKeys: string[];
	commentPublic: boolean;
	/** Payments, where documented: the types bookable, every type the filter takes, the "mark as paid" field, the writable fields. */
	payments?: { bookable: string[]; types: string[]; markAsPaid: string; fields: string[] };
	/** The child kinds the family's pages document (`item`, `comment`, `tag`; payments by `payments`). Default: items, comments and tags. */
	kinds?: string[];
	/** A parent that is no document family of FAMILIES (incoming invoices): how to find it. */
	outside?: OutsideParent;
}

/** What the comment, tag and payment routes read and change on a parent (a document or an incoming invoice). */
export interface ParentRecord {
	id: number;
	status: string;
	due_date: string | null;
	total_gross: number;
	paid_amount: number;
	open_amount: number;
	tags: string[];
}

/** A parent outside FAMILIES: its noun and statuses, one record by ID, and every record as the seed leaves it. */
export interface OutsideParent {
	noun: string;
	statuses: string[];
	find: (sandbox: BillomatSandbox, id: number) => ParentRecord | undefined;
	seeded: (sandbox: BillomatSandbox) => ParentRecord[];
}

const INVOICE_ACTION_KEYS = [
	'COMMENT', 'CREATE', 'COPY', 'CREATE_FROM_OFFER', 'CREATE_FROM_INVOICE', 'CREATE_FROM_RECURRING', 'STATUS', 'PAYMENT',
	'PAYMENT_ERROR', 'DELETE_PAYMENT', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL', 'CREATE_CREDIT_NOTE',
	'REMINDER_CREATE', 'REMINDER_STATUS', 'REMINDER_MAIL', 'REMINDER_ERROR_MAIL', 'REMINDER_LETTER', 'REMINDER_FAX',
	'REMINDER_SIGN', 'REMINDER_SIGN_MAIL', 'REMINDER_CANCEL',
];
const ITEM_FIELDS = ['article_id', 'unit', 'quantity', 'unit_price', 'tax_name', 'tax_rate', 'title', 'description', 'reduction'];
const INVOICE_BOOKABLE = ['CREDIT_NOTE', 'BANK_CARD', 'BANK_TRANSFER', 'DEBIT', 'CASH', 'CHECK', 'PAYPAL', 'CREDIT_CARD', 'COUPON', 'MISC'];
// The credit note payments page lists seven types (for the record, the filter and the create table).
const CREDIT_NOTE_TYPES = ['CREDIT_NOTE', 'BANK_TRANSFER', 'DEBIT', 'CASH', 'PAYPAL', 'CREDIT_CARD', 'MISC'];
// The estimate and confirmation comments pages' actionkey table (estimates add VALIDITY).
const ORDER_ACTION_KEYS = ['COMMENT', 'CREATE', 'COPY', 'STATUS', 'MAIL', 'LETTER', 'FAX', 'CANCEL', 'ERROR_MAIL'];

// The credit notes' comment keys without payments and invoice corrections (letters have neither).
const LETTER_ACTION_KEYS = ['COMMENT', 'CREATE', 'COPY', 'STATUS', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL'];

/** The families with children: a new family is a row here. */
export const CHILDREN: ChildFamily[] = [
	{
		family: 'invoices',
		stem: 'invoice',
		parentField: 'invoice_id',
		itemFields: [...ITEM_FIELDS, 'tax_changed_manually', 'type'],
		itemExtras: true,
		actionKeys: INVOICE_ACTION_KEYS,
		// Not in the invoice page's create table: not writable.
		commentPublic: false,
		payments: {
			// The create table lists ten types; the list of values adds INVOICE_CORRECTION, booked by Billomat itself.
			bookable: INVOICE_BOOKABLE,
			types: ['INVOICE_CORRECTION', ...INVOICE_BOOKABLE],
			markAsPaid: 'mark_invoice_as_paid',
			fields: ['invoice_id', 'date', 'amount', 'comment', 'transaction_purpose', 'type', 'mark_invoice_as_paid'],
		},
	},
	{
		family: 'credit-notes',
		stem: 'credit-note',
		parentField: 'credit_note_id',
		// The credit note items page's create table: no type and no tax_changed_manually; its record has no created.
		itemFields: ITEM_FIELDS,
		itemExtras: false,
		// The credit note comments page's actionkey table ("sent (e-mail)" printed without its key: MAIL, as on invoices).
		actionKeys: ['COMMENT', 'CREATE', 'CREATE_FROM_INVOICE', 'COPY', 'STATUS', 'PAYMENT', 'PAYMENT_ERROR', 'DELETE_PAYMENT', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL'],
		// The English page's create table lists `public` (0/1, default 0); the German page does not: accepted.
		commentPublic: true,
		payments: {
			bookable: CREDIT_NOTE_TYPES,
			types: CREDIT_NOTE_TYPES,
			markAsPaid: 'mark_credit_note_as_paid',
			// The create table: credit_note_id, date, amount, comment, type, mark_credit_note_as_paid. The record
			// shows transaction_purpose too: accepted, as on invoices.
			fields: ['credit_note_id', 'date', 'amount', 'comment', 'transaction_purpose', 'type', 'mark_credit_note_as_paid'],
		},
	},
	// Estimates: https://www.billomat.com/en/api/estimates/items/ (offer_id mandatory in the list;
	// create table: article_id, unit, quantity, unit_price, tax_name, tax_rate, title, description,
	// optional; no reduction, type or tax_changed_manually; the record shows no created) and
	// https://www.billomat.com/en/api/estimates/comments/ (actionkeys as confirmations plus VALIDITY,
	// `public` writable). No estimate tags page could be read: the tags follow the invoice tags.
	// Reading: an optional item's price is shown but, as the page says, left out of the total.
	{
		family: 'offers',
		stem: 'offer',
		parentField: 'offer_id',
		itemFields: [...ITEM_FIELDS.filter((field) => field !== 'reduction'), 'optional'],
		itemExtras: false,
		itemOptional: true,
		actionKeys: [...ORDER_ACTION_KEYS, 'VALIDITY'],
		commentPublic: true,
	},
	// Confirmations: https://www.billomat.com/en/api/confirmations/comments/ (actionkeys, `public`
	// writable). No confirmation items or tags page could be read: the items follow the credit note
	// items page (ITEM_FIELDS, no created), the tags the invoice tags.
	{
		family: 'confirmations',
		stem: 'confirmation',
		parentField: 'confirmation_id',
		itemFields: ITEM_FIELDS,
		itemExtras: false,
		actionKeys: ORDER_ACTION_KEYS,
		commentPublic: true,
	},
	// Delivery notes: no children page could be read; items as the confirmation items, comments as
	// the confirmation comments page, tags as the invoice tags.
	{
		family: 'delivery-notes',
		stem: 'delivery-note',
		parentField: 'delivery_note_id',
		itemFields: ITEM_FIELDS,
		itemExtras: false,
		actionKeys: ORDER_ACTION_KEYS,
		commentPublic: true,
	},
	// Letters (https://www.billomat.com/en/api/letters/): comments and tags, no items. Neither page
	// (letter-comments, letter-tags) was readable here: they follow the credit notes' comments page
	// (the action keys without payments and invoice corrections, which letters do not have; no
	// `public`) and the invoice tags.
	{
		family: 'letters',
		stem: 'letter',
		parentField: 'letter_id',
		itemFields: [],
		itemExtras: false,
		actionKeys: LETTER_ACTION_KEYS,
		commentPublic: false,
		kinds: ['comment', 'tag'],
	},
	// Reminders (https://www.billomat.com/en/api/reminders/: "Reminder items can be accessed
	// separately"): items and tags. The reminder items and tags pages were not readable here: items
	// follow the credit note items page (no type, no tax_changed_manually), tags the invoice tags.
	// No comments: the reminder pages document none.
	{
		family: 'reminders',
		stem: 'reminder',
		parentField: 'reminder_id',
		itemFields: ITEM_FIELDS,
		itemExtras: false,
		actionKeys: [],
		commentPublic: false,
		kinds: ['item', 'tag'],
	},
	// Recurring invoices: items from https://www.billomat.com/en/api/recurrings/items/ (recurring_id
	// mandatory for the list; the create table is ITEM_FIELDS; the record has no created and no type)
	// and tags (no page readable here: they follow the invoice tags). Recurring e-mail receivers:
	// no page readable here, not built.
	{
		family: 'recurrings',
		stem: 'recurring',
		parentField: 'recurring_id',
		itemFields: ITEM_FIELDS,
		itemExtras: false,
		actionKeys: [],
		commentPublic: false,
		kinds: ['item', 'tag'],
	},
	// Incoming invoices (sandbox/billomat/incomings.ts, not a row of FAMILIES): comments from
	// https://www.billomat.com/en/api/incomings/comments/ (German .../eingangsrechnungen/kommentare/,
	// which lacks COPY: accepted), payments from https://www.billomat.com/en/api/incomings/payments/
	// (the ten types of the invoice create table, mark_incoming_as_paid; the create table as read
	// ends at mark_incoming_as_paid, the record shows transaction_purpose: accepted, as on invoices),
	// tags following the invoice tags (no page readable here). Their items have other fields
	// (https://www.billomat.com/api/eingangsrechnungen/posten/): incomingItems.ts.
	{
		family: 'incomings',
		stem: 'incoming',
		parentField: 'incoming_id',
		itemFields: [],
		itemExtras: false,
		actionKeys: ['COMMENT', 'CREATE', 'COPY', 'STATUS', 'PAYMENT', 'DELETE_PAYMENT'],
		commentPublic: false,
		kinds: ['comment', 'tag'],
		payments: {
			bookable: INVOICE_BOOKABLE,
			types: INVOICE_BOOKABLE,
			markAsPaid: 'mark_incoming_as_paid',
			fields: ['incoming_id', 'date', 'amount', 'comment', 'transaction_purpose', 'type', 'mark_incoming_as_paid'],
		},
		outside: {
			noun: 'Incoming',
			statuses: ['OPEN', 'PAID', 'OVERDUE'],
			find: (sandbox, id) => incomingsOf(sandbox).incoming(id),
			// The tags seed may run before the incomings' own seed hook: seed them first (the same demo data).
			seeded: (sandbox) => {
				const book = incomingsOf(sandbox);
				book.seed();
				return [...book.records.values()];
			},
		},
	},
];

/** The row of a family (`invoices` when not given, as the invoice-only helpers were). */
export function childFamily(family = 'invoices'): ChildFamily {
	const found = CHILDREN.find((row) => row.family === family);
	if (!found) throw new Error(`No document children for the family ${family}`);
	return found;
}

/** The children's path: `/credit-note-comments`. */
export const childPath = (row: ChildFamily, kind: string) => `/${row.stem}-${kind}s`;
export const childRoot = (row: ChildFamily, kind: string) => `${row.stem}-${kind}`;
/** How messages name a document of the family: `Invoice`, `Credit note`; and several: `invoices`. */
export const nounOf = (row: ChildFamily) => row.outside?.noun ?? FAMILIES[row.family].noun;
export const pluralOf = (row: ChildFamily) => `${nounOf(row).toLowerCase()}s`;
/** The statuses the family's parents can have. */
export const statusesOf = (row: ChildFamily) => row.outside?.statuses ?? FAMILIES[row.family].statuses;
/** Whether the family's pages document children of this kind. */
export const hasKind = (row: ChildFamily, kind: string) => (row.kinds ?? ['item', 'comment', 'tag']).includes(kind);
/** The rows with children of a kind (the routes of items.ts, comments.ts, tags.ts). */
export const rowsWith = (kind: string) => CHILDREN.filter((row) => hasKind(row, kind));

/** The document a child names, or undefined (document families only: items live in the document). */
export function parentOf(sandbox: BillomatSandbox, row: ChildFamily, id: unknown): Invoice | undefined {
	return /^\d+$/.test(String(id)) && !row.outside ? sandbox.document(row.family, Number(id)) : undefined;
}

/** The parent a comment, tag or payment names (a document, or a record outside FAMILIES), or undefined. */
export function parentRecordOf(sandbox: BillomatSandbox, row: ChildFamily, id: unknown): ParentRecord | undefined {
	if (!/^\d+$/.test(String(id))) return undefined;
	return row.outside ? row.outside.find(sandbox, Number(id)) : sandbox.document(row.family, Number(id));
}

/** Every parent of the family as the seed leaves it, by ID (the tags seed reads their own tags). */
export function seededParents(sandbox: BillomatSandbox, row: ChildFamily): ParentRecord[] {
	const all = row.outside ? row.outside.seeded(sandbox) : [...sandbox.documentBooks[row.family].records.values()];
	return [...all].sort((a, b) => a.id - b.id);
}

/** A store per sandbox and family (reset by the seed hooks). */
export function perFamily<T>(make: () => T): (sandbox: BillomatSandbox, family: string) => T {
	const stores = new WeakMap<BillomatSandbox, Map<string, T>>();
	return (sandbox, family) => {
		let bySandbox = stores.get(sandbox);
		if (!bySandbox) stores.set(sandbox, (bySandbox = new Map()));
		let store = bySandbox.get(family);
		if (!store) bySandbox.set(family, (store = make()));
		return store;
	};
}

/** The page and per_page of a list, and the problems of its query (unknown parameters, bad paging). */
export function paging(req: SandboxRequest, allowed: string[]): { page: number; perPage: number; problems: string[] } {
	const q = req.query;
	const problems: string[] = [];
	for (const name of new Set(q.keys())) if (!allowed.includes(name) && name !== 'page' && name !== 'per_page') problems.push(`Unknown parameter: ${name}`);
	const page = Number(q.get('page') ?? '1');
	const perPage = Number(q.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
	return { page, perPage, problems };
}

/** A page of a list as Billomat sends it: `{"{root}s": {"{root}": […], "@page", "@per_page", "@total"}}`. */
export function listPage(root: string, all: unknown[], page: number, perPage: number): SandboxReply {
	const slice = all.slice((page - 1) * perPage, page * perPage);
	const list: Record<string, unknown> = {};
	if (slice.length) list[root] = repeated(slice);
	list['@page'] = String(page);
	list['@per_page'] = String(perPage);
	list['@total'] = String(all.length);
	return { body: { [`${root}s`]: list } };
}

/** The mandatory document ID of a per-document list: its problem, if any. */
export function parentProblem(req: SandboxRequest, row: ChildFamily): string | undefined {
	const id = req.query.get(row.parentField);
	if (id === null) return `${row.parentField} is required`;
	return /^\d+$/.test(id) ? undefined : `${row.parentField} must be an integer`;
}

/** The fields of a create/update body's `{root}` element, or the 400 Billomat gives. */
export function bodyFields(sandbox: BillomatSandbox, req: SandboxRequest, root: string): { fields: Record<string, unknown> } | { reply: SandboxReply } {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed;
	const fields = parsed.value[root];
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { reply: errors(400, `The body must hold an "${root}" element`) };
	return { fields: fields as Record<string, unknown> };
}

/** A route on one child by ID, 404 when there is none. */
export function withChild<T>(find: (id: number) => T | undefined, missing: string, handler: (child: T) => SandboxReply) {
	return (req: SandboxRequest): SandboxReply => {
		const child = /^\d+$/.test(req.params.id) ? find(Number(req.params.id)) : undefined;
		return child === undefined ? errors(404, missing) : handler(child);
	};
}
