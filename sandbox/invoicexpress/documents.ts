// InvoiceXpress documents in the sandbox: one table row per document type (path segment, class
// name, body root, family, list, what it can do, its state transitions), and the routes every
// family shares: list, create, get, update (the one documented legacy XML request too),
// change-state, email-document, the PDF (202 then the link), related documents and payments.
// Estimates and guides are rows of DOCUMENT_TYPES (plus their own fields through `ownFields`).
//
// Pages: https://invoicexpress.com/api-v2/invoices/ (create, get, update, list-all, change-state,
// send-by-email, generate-pdf, related-documents, generate-payment, cancel-payment) and
// docs.invoicexpress.com/invoices/* (the same, newer site).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { ESTIMATE_ROWS } from './estimates';
import { GUIDE_ROWS } from './guides';
import type { Format } from './http';
import { authorised, errors, isReply, notFound, readBody, reply, splitFile } from './http';
import { COUNTRY_NAMES } from '../../nodes/InvoiceXpress/values/clients';

/** Units the demo account accepts ("Unit kg is not included in the list of accepted units"). */
export const ACCEPTED_UNITS = ['unit', 'hour', 'day', 'month', 'service', 'other'];
/** The countries InvoiceXpress accepts (the same table the client routes check). */
export const KNOWN_COUNTRIES: readonly string[] = COUNTRY_NAMES;
export const KNOWN_TAXES: Record<string, number> = { IVA23: 23, IVA13: 13, IVA6: 6, IVA0: 0, IVA20: 20 };

/** How many times GET /api/pdf/{id} answers 202 before the PDF is ready. */
export const PDF_PENDING_POLLS = 2;

/** What a document type can do besides being read and listed. */
export type DocumentAction = 'create' | 'update' | 'email' | 'pdf' | 'related' | 'payment';

/** A change-state move: from which statuses, to which. */
export interface Transition {
	from: readonly string[];
	to: string;
}

/** One document type of the API. */
export interface DocumentTypeRow {
	/** The path segment: `invoice_receipts`. */
	path: string;
	/** `type` in replies and the list's `type[]`: `InvoiceReceipt`. */
	className: string;
	/** The request body root (create, update, change-state): `invoice`, `receipt`. */
	root: string;
	/** The reply's key for one document: `invoice_receipt`. */
	replyKey: string;
	family: 'invoice' | 'estimate' | 'guide';
	/** The family's list (`invoices`: GET /invoices.json lists every invoice type). */
	list: string;
	/** What the type can do. */
	actions: readonly DocumentAction[];
	/** change-state's documented moves for the type (`state` sent → transition). */
	transitions: Readonly<Record<string, Transition>>;
	/** The series of the sequence numbers change-state gives it (`1/A`, `1/IR`). */
	series: string;
	/** The type's own body fields (a guide's `loaded_at`, `address_from`…): kept as sent and shown when set. */
	ownFields?: readonly string[];
	/**
	 * The type's own checks of a create/update body: the 422 lines (none: accepted). `complete`: the
	 * type's required fields must be there (a create, or an update under `complete` rules); `known`:
	 * the account's country names.
	 */
	validate?(body: Record<string, unknown>, complete: boolean, known: { countries: readonly string[] }): string[];
	/** The family list's own filters (the guides' loaded_at[from|to]): bad values, and which documents stay. */
	listFilter?(query: URLSearchParams): { errors: string[]; keep(doc: IxDocument): boolean };
}

/**
 * change-state, https://invoicexpress.com/api-v2/invoices/change-state: draft → final (finalized),
 * draft → deleted (deleted), final → canceled (canceled), final → settled (settled), all documents;
 * draft → settled (finalized) and settled → canceled only invoice_receipt; settled → final
 * (unsettled) only credit_note and debit_note. "Any other transitions will fail." `sent` (after an
 * email) counts as final.
 */
const BASE_MOVES: Record<string, Transition> = {
	finalized: { from: ['draft'], to: 'final' },
	deleted: { from: ['draft'], to: 'deleted' },
	canceled: { from: ['final', 'sent'], to: 'canceled' },
	settled: { from: ['final', 'sent'], to: 'settled' },
};
const NOTE_MOVES: Record<string, Transition> = { ...BASE_MOVES, unsettled: { from: ['settled'], to: 'final' } };
const INVOICE_RECEIPT_MOVES: Record<string, Transition> = {
	...BASE_MOVES,
	finalized: { from: ['draft'], to: 'settled' },
	canceled: { from: ['final', 'sent', 'settled'], to: 'canceled' },
};
/** Cancel Payment, https://invoicexpress.com/api-v2/invoices/cancel-payment: a receipt's one move. */
const RECEIPT_MOVES: Record<string, Transition> = { canceled: { from: ['final', 'sent', 'settled'], to: 'canceled' } };

const INVOICE_ACTIONS: readonly DocumentAction[] = ['create', 'update', 'email', 'pdf', 'related'];

export const DOCUMENT_TYPES: DocumentTypeRow[] = [
	// generate-payment: "only available for invoices, simplified_invoices and vat_moss_invoices"
	// (the 2023 copy of the page names invoices and simplified_invoices only).
	{ path: 'invoices', className: 'Invoice', root: 'invoice', replyKey: 'invoice', family: 'invoice', list: 'invoices', actions: [...INVOICE_ACTIONS, 'payment'], transitions: BASE_MOVES, series: 'A' },
	{ path: 'invoice_receipts', className: 'InvoiceReceipt', root: 'invoice', replyKey: 'invoice_receipt', family: 'invoice', list: 'invoices', actions: INVOICE_ACTIONS, transitions: INVOICE_RECEIPT_MOVES, series: 'IR' },
	{ path: 'simplified_invoices', className: 'SimplifiedInvoice', root: 'invoice', replyKey: 'simplified_invoice', family: 'invoice', list: 'invoices', actions: [...INVOICE_ACTIONS, 'payment'], transitions: BASE_MOVES, series: 'SI' },
	{ path: 'vat_moss_invoices', className: 'VatMossInvoice', root: 'invoice', replyKey: 'vat_moss_invoice', family: 'invoice', list: 'invoices', actions: [...INVOICE_ACTIONS, 'payment'], transitions: BASE_MOVES, series: 'VMI' },
	// related-documents: "related to an invoice, simplified_invoice, invoice_receipt or vat_moss_invoice".
	{ path: 'credit_notes', className: 'CreditNote', root: 'invoice', replyKey: 'credit_note', family: 'invoice', list: 'invoices', actions: ['create', 'update', 'email', 'pdf'], transitions: NOTE_MOVES, series: 'CN' },
	{ path: 'debit_notes', className: 'DebitNote', root: 'invoice', replyKey: 'debit_note', family: 'invoice', list: 'invoices', actions: ['create', 'update', 'email', 'pdf'], transitions: NOTE_MOVES, series: 'DN' },
	// Receipts come from generate-payment; list-all lists them (/receipts.json), cancel-payment cancels them.
	{ path: 'receipts', className: 'Receipt', root: 'receipt', replyKey: 'receipt', family: 'invoice', list: 'invoices', actions: ['email', 'pdf'], transitions: RECEIPT_MOVES, series: 'R' },
	...ESTIMATE_ROWS,
	...GUIDE_ROWS,
];

export const typeByPath = (path: string) => DOCUMENT_TYPES.find((row) => row.path === path);
export const typeByClass = (className: string) => DOCUMENT_TYPES.find((row) => row.className === className);

export interface IxItem {
	name: string;
	description?: string | null;
	unit_price: number;
	quantity: number;
	unit: string;
	discount: number;
	tax?: { name: string; value: number } | null;
}

export interface IxClient {
	id: number;
	name: string;
	code?: string;
	email?: string;
	address?: string;
	city?: string;
	postal_code?: string;
	country?: string;
	fiscal_id?: string;
	website?: string;
	phone?: string;
	fax?: string;
	observations?: string;
	language?: string;
	preferred_contact?: { name?: string; email?: string; phone?: string };
	send_options?: string;
	payment_days?: string;
	tax_exemption_code?: string;
}

/** A payment registered through generate-payment: its receipt and amount. */
export interface IxPayment {
	receiptId: number;
	amount: number;
	canceled: boolean;
}

export interface IxDocument {
	id: number;
	type: string;
	path: string;
	status: string;
	archived: boolean;
	sequence_number: string;
	date: string;
	due_date: string;
	reference: string | null;
	observations: string | null;
	retention: number | null;
	client: IxClient;
	items: IxItem[];
	message?: string;
	/** Fields shown only when set (created with them, or given by the flow that made the document). */
	extra?: Record<string, unknown>;
	/** The documents this one relates to (an invoice's receipts and notes; a receipt's invoice). */
	related?: number[];
	/** An invoice's payments (generate-payment). */
	payments?: IxPayment[];
	/** A receipt's amount (its total). */
	amount?: number;
}

/**
 * The order GET /invoices.json lists documents in. The API pages do not say; accounts were seen
 * answering newest first, so both readings are offered.
 */
export type ListOrder = 'oldest-first' | 'newest-first';

/**
 * Which change-state moves are accepted. `documented`: the page's table (unsettled only for credit
 * and debit notes; draft → settled and settled → canceled only for invoice-receipts). `any-type`:
 * every move of the table for every type, as accounts may allow in practice (e.g. unsettling an
 * invoice).
 */
export type StateRules = 'documented' | 'any-type';

/**
 * What an update must carry. `partial`: the fields sent change, the others stay (the 2017 update
 * pages' examples). `complete`: a type's own required fields on every update too, as
 * docs.invoicexpress.com/guides/updateguide.md marks loaded_at, address_from and address_to
 * required in the update body.
 */
export type UpdateRules = 'partial' | 'complete';

/**
 * What generate-payment answers. The page shows no reply: `receipt`, 201 with the receipt it made
 * (`{"receipt": {…}}`, as cancel-payment's reply shows a receipt), or `empty`, 201 with no body.
 */
export type PaymentReply = 'receipt' | 'empty';

/** A page of GET /invoices as it was served, for `afterListPage`. */
export interface ListPageServed {
	page: number;
	perPage: number;
	/** The `total_entries` the page announced. */
	total: number;
	/** The documents on the page, in order. */
	ids: number[];
	/** The request's query (filters, page, per_page). */
	query: URLSearchParams;
}

/** What the document routes need of the sandbox: its documents, clients, keys and switches. */
export interface DocumentStore {
	documents: Map<number, IxDocument>;
	clients: IxClient[];
	pdfPolls: Map<number, number>;
	emails: Array<{ id: number; message: Record<string, unknown> }>;
	lastBody: Record<string, unknown> | undefined;
	apiKeys: Set<string>;
	listOrder: ListOrder;
	stateRules: StateRules;
	/** What an update must carry (default `partial`). */
	updateRules?: UpdateRules;
	paymentReply: PaymentReply;
	afterListPage?: (served: ListPageServed) => void;
	/** The next document ID (and moves it on). */
	newId(): number;
	route(method: string, pattern: string, handler: (req: SandboxRequest) => SandboxReply | Promise<SandboxReply>): unknown;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

export function totals(doc: IxDocument) {
	if (doc.amount !== undefined) {
		return { sum: doc.amount, discount: 0, before_taxes: doc.amount, taxes: 0, total: doc.amount };
	}
	let sum = 0;
	let discount = 0;
	let taxes = 0;
	for (const item of doc.items) {
		const gross = item.unit_price * item.quantity;
		const off = (gross * item.discount) / 100;
		sum += gross;
		discount += off;
		taxes += ((gross - off) * (item.tax?.value ?? 0)) / 100;
	}
	const beforeTaxes = sum - discount;
	return {
		sum: round(sum),
		discount: round(discount),
		before_taxes: round(beforeTaxes),
		taxes: round(taxes),
		total: round(beforeTaxes + taxes),
	};
}

/** A document as the API shows it. */
export function present(doc: IxDocument): Record<string, unknown> {
	return {
		id: doc.id,
		status: doc.status,
		archived: doc.archived,
		type: doc.type,
		sequence_number: doc.sequence_number,
		date: doc.date,
		due_date: doc.due_date,
		reference: doc.reference,
		observations: doc.observations,
		retention: doc.retention,
		...totals(doc),
		currency: 'Euro',
		...doc.extra,
		client: { ...doc.client },
		items: doc.items.map((item) => ({ ...item, tax: item.tax ?? null })),
	};
}

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

export function day(value: string | null): DateTime | undefined {
	if (!value || !DATE.test(value)) return undefined;
	const dt = DateTime.fromFormat(value, 'dd/MM/yyyy');
	return dt.isValid ? dt : undefined;
}

/** A document of the type the path names (not deleted). */
function findDocument(store: DocumentStore, path: string, id: string | undefined): IxDocument | undefined {
	const doc = id && /^\d+$/.test(id) ? store.documents.get(Number(id)) : undefined;
	if (!doc || doc.status === 'deleted' || doc.path !== path) return undefined;
	return doc;
}

/** A document by ID whatever its type (not deleted). */
function anyDocument(store: DocumentStore, id: string | undefined): IxDocument | undefined {
	const doc = id && /^\d+$/.test(id) ? store.documents.get(Number(id)) : undefined;
	return doc && doc.status !== 'deleted' ? doc : undefined;
}

interface Checked {
	errors: string[];
	items: IxItem[];
	client?: Omit<IxClient, 'id'>;
}

/** The documented validations of the document body, with their documented texts. */
function validate(store: DocumentStore, invoice: Record<string, unknown>): Checked {
	const out: string[] = [];
	for (const field of ['date', 'due_date']) {
		const value = invoice[field];
		if (value !== undefined && value !== '' && !day(String(value))) out.push(`${field === 'date' ? 'Date' : 'Due date'} must be in the format dd/mm/yyyy`);
	}
	if (invoice.retention !== undefined && invoice.retention !== '') {
		const retention = asNumber(invoice.retention);
		if (retention === undefined || retention < 0 || retention > 99.99) out.push('Retention must be a number between 0 and 99.99');
	}
	const client = (invoice.client ?? {}) as Record<string, unknown>;
	let clientOk = true;
	// A client given by its code alone is an existing client (no name: nothing to create).
	const byCode = (client.name === undefined || client.name === '') && typeof client.code === 'string' && client.code !== '';
	if (byCode) {
		if (!store.clients.some((c) => c.code === client.code)) out.push(`Client with code ${String(client.code)} was not found`);
	} else if (typeof client.name !== 'string' || client.name.trim() === '') clientOk = false;
	if (client.email !== undefined && client.email !== '' && !EMAIL.test(String(client.email))) {
		clientOk = false;
		out.push('email must be an email address');
	}
	if (client.country !== undefined && client.country !== '' && !KNOWN_COUNTRIES.includes(String(client.country))) {
		out.push(`Country ${String(client.country)} was not found`);
	}
	if (!clientOk) out.push('Client is invalid');

	const rawItems = Array.isArray(invoice.items) ? (invoice.items as Array<Record<string, unknown>>) : [];
	let itemsOk = rawItems.length > 0;
	const items: IxItem[] = [];
	for (const raw of rawItems) {
		const itemErrors: string[] = [];
		const unitPrice = asNumber(raw.unit_price);
		const quantity = asNumber(raw.quantity);
		const discount = raw.discount === undefined || raw.discount === '' ? 0 : asNumber(raw.discount);
		const unit = raw.unit === undefined ? '' : String(raw.unit);
		if (typeof raw.name !== 'string' || raw.name === '') itemErrors.push("name can't be blank");
		if (unitPrice === undefined) itemErrors.push('unit_price must be a number');
		else if (unitPrice <= 0) itemErrors.push('unit_price must be a number greater than 0');
		if (quantity === undefined || quantity <= 0) itemErrors.push('quantity must be a number greater than 0');
		if (discount === undefined) itemErrors.push('discount is not a number');
		else if (discount < 0) itemErrors.push('discount must be greater than or equal to 0');
		if (!ACCEPTED_UNITS.includes(unit)) itemErrors.push(`Unit ${unit} is not included in the list of accepted units`);
		if (itemErrors.length) {
			itemsOk = false;
			out.push(...itemErrors);
			continue;
		}
		const taxName = (raw.tax as { name?: unknown } | undefined)?.name;
		items.push({
			name: String(raw.name),
			description: raw.description === undefined ? null : String(raw.description),
			unit_price: unitPrice!,
			quantity: quantity!,
			unit,
			discount: discount!,
			tax: typeof taxName === 'string' && taxName in KNOWN_TAXES ? { name: taxName, value: KNOWN_TAXES[taxName] } : null,
		});
	}
	if (!itemsOk) out.unshift('Invoice items is invalid');
	out.push(...validateExtras(invoice, items));
	const clientFields = clientOk
		? (Object.fromEntries(Object.entries(client).map(([k, v]) => [k, String(v)])) as unknown as Omit<IxClient, 'id'>)
		: undefined;
	return { errors: out, items, client: clientFields };
}

export const TAX_EXEMPTION_CODES = ['M00', 'M01', 'M02', 'M04', 'M05', 'M06', 'M07', 'M09', 'M10', 'M11', 'M12', 'M13', 'M14', 'M15', 'M16', 'M19', 'M20', 'M21', 'M25', 'M26', 'M30', 'M31', 'M32', 'M33', 'M34', 'M40', 'M41', 'M42', 'M43', 'M99'];
export const PAYMENT_MECHANISMS = ['TB', 'MB', 'CC', 'CD', 'CH', 'CO', 'CS', 'DE', 'LC', 'NU', 'PR', 'TR', 'CI', 'OU'];

/**
 * The fields beside the client and items: `tax_exemption` (a code of the table; required when a
 * line has 0% VAT: "Portuguese accounts should also send the IVA exemption reason if the invoice
 * contains exempt items (IVA 0%)", https://invoicexpress.com/api-v2/invoices/create "Taxes"; the
 * demo account is Portuguese), `sequence_id` and `manual_sequence_number` (numbers),
 * `currency_code` (three letters) and `rate` (above 0). The error texts are the sandbox's own: the
 * pages give none for these fields.
 */
function validateExtras(invoice: Record<string, unknown>, items: IxItem[]): string[] {
	const out: string[] = [];
	const exemption = invoice.tax_exemption === undefined || invoice.tax_exemption === '' ? undefined : String(invoice.tax_exemption);
	if (exemption !== undefined && !TAX_EXEMPTION_CODES.includes(exemption)) out.push(`Tax exemption ${exemption} is not a valid exemption code`);
	if (items.some((item) => item.tax?.value === 0) && (exemption === undefined || exemption === 'M00')) {
		out.push('Tax exemption must be given for items with 0% VAT (IVA 0%)');
	}
	for (const field of ['sequence_id', 'manual_sequence_number']) {
		const value = invoice[field];
		if (value !== undefined && value !== '' && !/^[1-9][0-9]*$/.test(String(value))) out.push(`${field} must be a number`);
	}
	if (invoice.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(invoice.currency_code))) out.push('Currency code is invalid');
	if (invoice.rate !== undefined) {
		const rate = asNumber(invoice.rate);
		if (rate === undefined || rate <= 0) out.push('Rate must be greater than 0');
	}
	return out;
}

/** The extra fields a document keeps from its body (shown when set), its type's own fields too. */
function extrasOf(invoice: Record<string, unknown>, type?: DocumentTypeRow): Record<string, unknown> {
	const extra: Record<string, unknown> = {};
	for (const field of type?.ownFields ?? []) if (invoice[field] !== undefined) extra[field] = invoice[field];
	for (const field of ['tax_exemption', 'sequence_id', 'manual_sequence_number', 'currency_code']) {
		if (invoice[field] !== undefined && invoice[field] !== '') extra[field] = String(invoice[field]);
	}
	if (invoice.rate !== undefined) extra.rate = asNumber(invoice.rate);
	return extra;
}

/** An existing client by code or name (its other fields are then ignored), else a new one. */
function clientFor(store: DocumentStore, fields: Omit<IxClient, 'id'>): IxClient {
	const existing = store.clients.find((c) => (fields.code && c.code === fields.code) || c.name === fields.name);
	if (existing) return existing;
	const client: IxClient = { id: 500 + store.clients.length + 1, ...fields };
	store.clients.push(client);
	return client;
}

function applyFields(store: DocumentStore, doc: IxDocument, invoice: Record<string, unknown>, checked: Checked) {
	const type = typeByPath(doc.path);
	if (invoice.date !== undefined) doc.date = String(invoice.date);
	if (invoice.due_date !== undefined) doc.due_date = String(invoice.due_date);
	if (invoice.reference !== undefined) doc.reference = String(invoice.reference);
	if (invoice.observations !== undefined) doc.observations = String(invoice.observations);
	if (invoice.retention !== undefined && invoice.retention !== '') doc.retention = asNumber(invoice.retention) ?? null;
	doc.client = clientFor(store, checked.client!);
	doc.items = checked.items;
	const extra = extrasOf(invoice, type);
	if (Object.keys(extra).length) doc.extra = { ...doc.extra, ...extra };
}

function create(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.collection);
	const type = file && typeByPath(file.name);
	if (!type || !type.actions.includes('create')) return notFound(format);
	const body = readBody(req, format);
	if (isReply(body)) return body;
	const invoice = (body[type.root] ?? {}) as Record<string, unknown>;
	store.lastBody = invoice;
	const checked = validate(store, invoice);
	checked.errors.push(...(type.validate?.(invoice, true, { countries: KNOWN_COUNTRIES }) ?? []));
	if (!invoice.date) checked.errors.push("Date can't be blank");
	if (!invoice.due_date) checked.errors.push("Due date can't be blank");
	if (checked.errors.length) return errors(format, 422, checked.errors);
	const doc: IxDocument = {
		id: store.newId(),
		type: type.className,
		path: type.path,
		status: 'draft',
		archived: false,
		sequence_number: 'draft',
		date: '',
		due_date: '',
		reference: null,
		observations: null,
		retention: null,
		client: { id: 0, name: '' },
		items: [],
	};
	applyFields(store, doc, invoice, checked);
	store.documents.set(doc.id, doc);
	return reply(format, 201, type.replyKey, present(doc));
}

function get(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.file);
	const doc = findDocument(store, req.params.type, file?.name);
	if (!doc) return notFound(format);
	return reply(format, 200, typeByPath(doc.path)!.replyKey, present(doc));
}

function update(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.file);
	const doc = findDocument(store, req.params.type, file?.name);
	const type = doc && typeByPath(doc.path);
	if (!doc || !type?.actions.includes('update')) return notFound(format);
	const body = readBody(req, format);
	if (isReply(body)) return body;
	const invoice = (body[type.root] ?? {}) as Record<string, unknown>;
	store.lastBody = invoice;
	if (doc.status === 'settled') return errors(format, 422, ['Invoice has been settled so cant be changed anymore.']);
	if (doc.status === 'canceled') return errors(format, 422, ['Invoice has been canceled so cant be changed anymore.']);
	const checked = validate(store, invoice);
	checked.errors.push(...(type.validate?.(invoice, store.updateRules === 'complete', { countries: KNOWN_COUNTRIES }) ?? []));
	if (checked.errors.length) return errors(format, 422, checked.errors);
	applyFields(store, doc, invoice, checked);
	return { status: 200 };
}

/**
 * Every move for every type but receipts (`any-type`): the sandbox's rules before the page's table
 * was followed, as accounts may allow in practice (e.g. unsettling an invoice).
 */
const ANY_TYPE_MOVES: Record<string, Transition> = {
	...BASE_MOVES,
	canceled: { from: ['final', 'sent', 'settled'], to: 'canceled' },
	unsettled: { from: ['settled'], to: 'final' },
};

/** The moves a type takes under the store's rules. */
function movesOf(store: DocumentStore, type: DocumentTypeRow): Readonly<Record<string, Transition>> {
	return store.stateRules === 'documented' || type.path === 'receipts' ? type.transitions : ANY_TYPE_MOVES;
}

/**
 * A finalized document's number: its manual sequence number when it has one (`12/A`), else the
 * next of its type. A document of a sequence (`sequence_id`: the demo sequences are registered with
 * the Tax Authority) also gets its ATCUD (validation code + number), as the pages' replies show
 * (`atcud`, `inverted_sequence_number`).
 */
function finalize(store: DocumentStore, doc: IxDocument, type: DocumentTypeRow): void {
	const manual = doc.extra?.manual_sequence_number;
	doc.sequence_number = manual ? `${String(manual)}/${type.series}` : nextNumber(store, doc, type.series);
	if (doc.extra?.sequence_id) {
		const [number, series] = doc.sequence_number.split('/');
		doc.extra = { ...doc.extra, inverted_sequence_number: `${series}/${number}`, atcud: `${VALIDATION_CODE}-${number}` };
	}
}

/** The validation code the Tax Authority gave the demo account's registered sequences. */
export const VALIDATION_CODE = 'JJ7KXQ4B';

/** The next sequence number of a type's series: `3/A`. */
function nextNumber(store: DocumentStore, doc: IxDocument, series: string): string {
	const count = [...store.documents.values()].filter((d) => d.type === doc.type && d.sequence_number !== 'draft').length;
	return `${count + 1}/${series}`;
}

function changeState(store: DocumentStore, doc: IxDocument, body: Record<string, unknown>, format: Format): SandboxReply {
	const type = typeByPath(doc.path)!;
	const request = (body[type.root] ?? {}) as Record<string, unknown>;
	const state = String(request.state ?? '');
	const message = request.message === undefined ? '' : String(request.message);
	const move = movesOf(store, type)[state];
	const noun = type.path === 'receipts' ? 'Receipt' : type.family === 'invoice' ? 'Invoice' : type.className;
	if (!move && !(state in ANY_TYPE_MOVES)) return errors(format, 422, [`State ${state} is not a valid state`]);
	if (state === 'canceled' && message.trim() === '') return errors(format, 422, ["Message can't be blank"]);
	// A move of the table this type does not take ("Any other transitions will fail").
	if (!move || !move.from.includes(doc.status)) return errors(format, 422, [`${noun} with status ${doc.status} cannot be ${state}`]);
	doc.status = move.to;
	if (message) doc.message = message;
	if (state === 'finalized') finalize(store, doc, type);
	if (type.path === 'receipts' && state === 'canceled') cancelPayment(store, doc);
	return reply(format, 200, type.replyKey, present(doc));
}

/** A canceled receipt's payment no longer counts: its invoice is settled no more. */
function cancelPayment(store: DocumentStore, receipt: IxDocument): void {
	for (const invoice of store.documents.values()) {
		const payment = invoice.payments?.find((p) => p.receiptId === receipt.id);
		if (!payment) continue;
		payment.canceled = true;
		if (invoice.status === 'settled') invoice.status = 'final';
	}
}

function emailDocument(store: DocumentStore, doc: IxDocument, body: Record<string, unknown>, format: Format): SandboxReply {
	const message = (body.message ?? {}) as Record<string, unknown>;
	const client = (message.client ?? {}) as Record<string, unknown>;
	const lines: string[] = [];
	if (!EMAIL.test(String(client.email ?? ''))) lines.push('email must be an email address');
	if (!message.subject) lines.push("Subject can't be blank");
	if (!message.body) lines.push("Body can't be blank");
	if (doc.status === 'draft') lines.push('Document must be finalized before being sent');
	if (lines.length) return errors(format, 422, lines);
	store.emails.push({ id: doc.id, message });
	if (doc.status === 'final') doc.status = 'sent';
	return { status: 200 };
}

function action(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.action);
	const doc = findDocument(store, req.params.type, req.params.id);
	if (!file || !doc) return notFound(format);
	const body = readBody(req, format);
	if (isReply(body)) return body;
	if (file.name === 'change-state') return changeState(store, doc, body, format);
	if (file.name === 'email-document' && typeByPath(doc.path)?.actions.includes('email')) return emailDocument(store, doc, body, format);
	return notFound(format);
}

/** The lists: a family's (`/invoices.json`, filters), or one type's (`/receipts.json`, list-all). */
function list(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.collection);
	if (!file) return notFound(format);
	const family = DOCUMENT_TYPES.filter((row) => row.list === file.name);
	const one = typeByPath(file.name);
	const listed = family.length ? family : one ? [one] : [];
	if (!listed.length) return notFound(format);
	const classes = new Set(listed.map((row) => row.className));
	const q = req.query;
	const types = q.getAll('type[]');
	const statuses = q.getAll('status[]');
	const text = (q.get('text') ?? '').toLowerCase();
	const range = (name: string) => ({ from: q.get(`${name}[from]`), to: q.get(`${name}[to]`) });
	const bad: string[] = [];
	for (const name of ['date', 'due_date']) {
		for (const bound of ['from', 'to']) {
			const v = q.get(`${name}[${bound}]`);
			if (v !== null && !day(v)) bad.push(`${name}[${bound}] must be in the format dd/mm/yyyy`);
		}
	}
	const own = listed[0].listFilter?.(q);
	if (own) bad.push(...own.errors);
	if (bad.length) return errors(format, 422, bad);
	const inRange = (value: string, r: { from: string | null; to: string | null }) => {
		const d = day(value);
		if (!d) return false;
		if (r.from && d < day(r.from)!) return false;
		if (r.to && d > day(r.to)!) return false;
		return true;
	};
	const totalFrom = asNumber(q.get('total_before_taxes[from]') ?? undefined);
	const totalTo = asNumber(q.get('total_before_taxes[to]') ?? undefined);
	const archived = q.get('archived') === 'true';
	const nonArchived = q.get('non_archived') !== 'false';
	const hits = [...store.documents.values()]
		// Deleted drafts are listed only when asked for: the list page documents `status[]=deleted`.
		.filter((d) => (d.status !== 'deleted' || statuses.includes('deleted')) && classes.has(d.type))
		.filter((d) => !types.length || types.includes(d.type))
		.filter((d) => !statuses.length || statuses.includes(d.status))
		.filter((d) => (d.archived ? archived : nonArchived))
		.filter((d) => !own || own.keep(d))
		.filter((d) => (!q.get('date[from]') && !q.get('date[to]') ? true : inRange(d.date, range('date'))))
		.filter((d) => (!q.get('due_date[from]') && !q.get('due_date[to]') ? true : inRange(d.due_date, range('due_date'))))
		.filter((d) => {
			if (totalFrom === undefined && totalTo === undefined) return true;
			const t = totals(d).before_taxes;
			return (totalFrom === undefined || t >= totalFrom) && (totalTo === undefined || t <= totalTo);
		})
		.filter((d) => !text || [d.client.name, d.reference ?? '', d.sequence_number, d.observations ?? ''].some((s) => s.toLowerCase().includes(text)));
	if (store.listOrder === 'newest-first') hits.sort((a, b) => b.id - a.id);
	const perPage = Math.max(1, Math.min(100, Number(q.get('per_page') ?? 10) || 10));
	const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
	const totalPages = Math.max(1, Math.ceil(hits.length / perPage));
	const pageDocs = hits.slice((page - 1) * perPage, page * perPage);
	const slice = pageDocs.map(present);
	const pagination = { total_entries: hits.length, current_page: page, total_pages: totalPages, per_page: perPage };
	store.afterListPage?.({ page, perPage, total: hits.length, ids: pageDocs.map((d) => d.id), query: q });
	return { status: 200, body: { [file.name]: slice, pagination } };
}

/** 202 (empty body) for the first PDF_PENDING_POLLS polls of a document, then its pdfUrl. */
function pdf(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.file);
	const id = file && /^\d+$/.test(file.name) ? Number(file.name) : NaN;
	const doc = store.documents.get(id);
	if (!doc || doc.status === 'deleted') return notFound(format);
	const polls = (store.pdfPolls.get(id) ?? 0) + 1;
	store.pdfPolls.set(id, polls);
	if (polls <= PDF_PENDING_POLLS) return { status: 202 };
	const copy = req.query.get('second_copy') === 'true' ? '-second-copy' : '';
	const host = String(req.headers.host ?? '127.0.0.1');
	const pdfUrl = `http://${host}/downloads/${doc.path}-${doc.id}${copy}.pdf?signature=sbx${doc.id}`;
	return reply(format, 200, 'output', { pdfUrl });
}

function pdfFile(store: DocumentStore, req: SandboxRequest): SandboxReply {
	const m = /^([a-z_]+)-(\d+)(-second-copy)?\.pdf$/.exec(req.params.file);
	const doc = m ? store.documents.get(Number(m[2])) : undefined;
	if (!doc || req.query.get('signature') !== `sbx${doc.id}`) return { status: 403, body: 'AccessDenied' };
	return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: samplePdf(doc, !!m![3]) };
}

/**
 * GET /document/:document-id/related_documents.json: `{"documents": […]}`, the receipts and notes
 * of "an invoice, simplified_invoice, invoice_receipt or vat_moss_invoice".
 */
function relatedDocuments(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.file);
	const doc = anyDocument(store, req.params.id);
	if (!file || file.name !== 'related_documents' || !doc || !typeByPath(doc.path)?.actions.includes('related')) return notFound(format);
	const related = (doc.related ?? []).map((id) => store.documents.get(id)).filter((d): d is IxDocument => !!d && d.status !== 'deleted');
	return { status: 200, body: { documents: related.map(present) } };
}

/** What a document still owes: its total less the payments not canceled. */
function outstanding(doc: IxDocument): number {
	const paid = (doc.payments ?? []).filter((p) => !p.canceled).reduce((sum, p) => sum + p.amount, 0);
	return round(totals(doc).total - paid);
}

/**
 * POST /documents/:document-id/partial_payments.json with `{"partial_payment": {payment_mechanism,
 * note, serie, amount, payment_date}}` (https://invoicexpress.com/api-v2/invoices/generate-payment:
 * "Creates a payment which generates a receipt", for invoices, simplified invoices and VAT MOSS
 * invoices). The receipt is a final document of its own (GET /receipts/:id.json, listed with
 * `type[]=Receipt`), related to the invoice both ways; the invoice is settled once paid in full.
 * Reply: 201 with `{"receipt": {…}}`, or without a body (`paymentReply`: the page shows no reply).
 * Refusals (sandbox texts): a document not final, an amount of 0 or above what is owed, an
 * unknown payment mechanism, a date not dd/mm/yyyy.
 */
function partialPayment(store: DocumentStore, req: SandboxRequest, format: Format): SandboxReply {
	const file = splitFile(req.params.file);
	const doc = anyDocument(store, req.params.id);
	const type = doc && typeByPath(doc.path);
	if (!file || file.name !== 'partial_payments' || !doc || !type?.actions.includes('payment')) return notFound(format);
	const body = readBody(req, format);
	if (isReply(body)) return body;
	const payment = (body.partial_payment ?? {}) as Record<string, unknown>;
	const lines: string[] = [];
	const amount = asNumber(payment.amount);
	const owed = outstanding(doc);
	if (!['final', 'sent'].includes(doc.status)) lines.push(`Invoice with status ${doc.status} cannot be paid`);
	if (amount === undefined || amount <= 0) lines.push('Amount must be greater than 0');
	else if (amount > owed) lines.push(`Amount can't be greater than the amount owed (${owed})`);
	const mechanism = payment.payment_mechanism === undefined ? undefined : String(payment.payment_mechanism);
	if (mechanism !== undefined && !PAYMENT_MECHANISMS.includes(mechanism)) lines.push(`Payment mechanism ${mechanism} is not valid`);
	const date = payment.payment_date === undefined ? undefined : String(payment.payment_date);
	if (date !== undefined && !day(date)) lines.push('Payment date must be in the format dd/mm/yyyy');
	if (lines.length) return errors(format, 422, lines);
	const receiptType = typeByPath('receipts')!;
	const receipt: IxDocument = {
		id: store.newId(),
		type: receiptType.className,
		path: receiptType.path,
		status: 'final',
		archived: false,
		sequence_number: 'draft',
		date: date ?? DateTime.now().toFormat('dd/MM/yyyy'),
		due_date: date ?? DateTime.now().toFormat('dd/MM/yyyy'),
		reference: doc.sequence_number,
		observations: payment.note === undefined ? null : String(payment.note),
		retention: null,
		client: doc.client,
		items: [],
		amount: amount!,
		related: [doc.id],
		extra: { ...(mechanism ? { payment_mechanism: mechanism } : {}), ...(payment.serie ? { serie: String(payment.serie) } : {}) },
	};
	receipt.sequence_number = nextNumber(store, receipt, receiptType.series);
	store.documents.set(receipt.id, receipt);
	doc.related = [...(doc.related ?? []), receipt.id];
	doc.payments = [...(doc.payments ?? []), { receiptId: receipt.id, amount: amount!, canceled: false }];
	if (outstanding(doc) <= 0) doc.status = 'settled';
	if (store.paymentReply === 'empty') return { status: 201 };
	return reply(format, 201, receiptType.replyKey, present(receipt));
}


export function registerDocuments(store: DocumentStore): void {
	const guarded = (handler: (req: SandboxRequest, format: Format) => SandboxReply, legacy?: (req: SandboxRequest) => boolean) => (req: SandboxRequest) =>
		authorised(store.apiKeys, req, (format) => handler(req, format), legacy?.(req) ?? false);
	store.route('GET', '/downloads/:file', (req) => pdfFile(store, req));
	store.route('GET', '/api/pdf/:file', guarded((req, f) => pdf(store, req, f)));
	store.route('GET', '/document/:id/:file', guarded((req, f) => relatedDocuments(store, req, f)));
	store.route('POST', '/documents/:id/:file', guarded((req, f) => partialPayment(store, req, f)));
	store.route('GET', '/:collection', guarded((req, f) => list(store, req, f)));
	store.route('POST', '/:collection', guarded((req, f) => create(store, req, f)));
	store.route('GET', '/:type/:file', guarded((req, f) => get(store, req, f)));
	// invoices.update, the one documented legacy request: PUT /invoices/:invoice-id.xml.
	store.route('PUT', '/:type/:file', guarded((req, f) => update(store, req, f), (req) => req.params.type === 'invoices'));
	store.route('PUT', '/:type/:id/:action', guarded((req, f) => action(store, req, f)));
}

/** A small, valid one-page PDF naming the document. */
export function samplePdf(doc: IxDocument, secondCopy = false): Buffer {
	const text = `${doc.type} ${doc.sequence_number} (id ${doc.id})${secondCopy ? ' - second copy' : ''}`.replace(/[()\\]/g, '\\$&');
	const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out);
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}
