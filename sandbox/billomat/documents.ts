// Billomat's documents, one implementation for every family: invoices
// (https://www.billomat.com/en/api/invoices/) and credit notes
// (https://www.billomat.com/en/api/credit-notes/, German https://www.billomat.com/api/gutschriften/)
// share one lifecycle: a list with filters and group_by totals, get, create with items, update and
// delete of drafts, complete (template_id), the PDF (JSON with base64, or format=pdf), a signature,
// email, and post (Pixelletter); per family a few state changes (invoices: cancel, uncancel,
// encash). A family is a row of FAMILIES plus its special actions: estimates, confirmations,
// delivery notes, letters and reminders are added the same way.
//
// Readings (https://www.billomat.com/en/api/credit-notes/):
// - The list's number filter is `credit_note_number` in the filter table, but the example above it
//   writes `credit-note_number=GS123`: both are accepted.
// - Credit note statuses are DRAFT, OPEN and PAID (the status filter's values): no cancel/encash.
// - A credit note's `invoice_id` is the invoice it credits (a credit note for an invoice).
// - Only the list section of the page could be read whole here; the other endpoints (get, create,
//   update, delete, complete, pdf, upload-signature, email, mail) follow the invoice page's shape,
//   with `credit-note`/`credit-note-items`/`credit-note-item` as roots (the list section's naming).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Value } from './index';
import { errors, isDate, repeated, toApi } from './index';
import { makePdf } from './pdf';

export interface Tax {
	name: string;
	rate: number;
	amount: number;
}

export interface InvoiceItem {
	article_id?: number;
	unit?: string;
	quantity: number;
	unit_price: number;
	tax_name?: string;
	tax_rate?: number;
	title?: string;
	description?: string;
	reduction?: string;
}

/**
 * A document of any family, as the sandbox keeps it. Its number is kept in `invoice_number` for
 * every family; a family's reply names it by its own `numberField` (`credit_note_number`).
 */
export interface Invoice {
	id: number;
	client_id: number;
	contact_id: number | null;
	created: string;
	invoice_number: string | null;
	number: number | null;
	number_pre: string;
	number_length: number;
	/** Per family: invoices DRAFT, OPEN, PAID, OVERDUE, CANCELED; credit notes DRAFT, OPEN, PAID. */
	status: string;
	date: string;
	supply_date: string | null;
	supply_date_type: string | null;
	due_date: string;
	due_days: number;
	address: string;
	discount_rate: number;
	discount_date: string | null;
	discount_days: number;
	discount_amount: number;
	title: string | null;
	label: string | null;
	intro: string | null;
	note: string | null;
	total_gross: number;
	total_net: number;
	net_gross: 'NET' | 'GROSS';
	reduction: string | null;
	total_gross_unreduced: number;
	total_net_unreduced: number;
	paid_amount: number;
	open_amount: number;
	currency_code: string;
	quote: number;
	invoice_id: number | null;
	offer_id: number | null;
	confirmation_id: number | null;
	recurring_id: number | null;
	taxes: Tax[];
	payment_types: string;
	customerportal_url: string;
	template_id: number | null;
	/** Not in the API's invoice record: kept for filters and totals. */
	items: InvoiceItem[];
	tags: string[];
	free_text_id?: number | null;
	/** Status before a cancel, restored by uncancel. */
	statusBeforeCancel?: Invoice['status'];
	/** Status before a clear (estimates, confirmations), restored by unclear. */
	statusBeforeClear?: Invoice['status'];
	/** Estimates: the last day the estimate is valid. */
	validity_date?: string | null;
	encashed?: boolean;
	/** A family's own fields (a letter's subject, a recurring's cycle…), as its reply names them. */
	extra?: Record<string, unknown>;
}

/** A document of any family (the shape invoices have). */
export type DocumentRecord = Invoice;

/** A page of a document list as it was served, for {@link BillomatSandbox.afterListPage}. */
export interface ListPageServed {
	page: number;
	perPage: number;
	/** The `@total` the page announced. */
	total: number;
	/** The documents on the page, in order. */
	ids: number[];
	/** The request's query (filters, order_by, page, per_page). */
	query: URLSearchParams;
}

const PAYMENT_TYPES = [
	'INVOICE_CORRECTION',
	'CREDIT_NOTE',
	'BANK_CARD',
	'BANK_TRANSFER',
	'DEBIT',
	'CASH',
	'CHECK',
	'PAYPAL',
	'CREDIT_CARD',
	'COUPON',
	'MISC',
];
const COMMON_FILTERS = ['client_id', 'contact_id', 'status', 'from', 'to', 'label', 'intro', 'note', 'tags', 'article_id'];
const GROUPS = ['client', 'status', 'day', 'week', 'month', 'year'];
/** The IDs a document names: the documents it comes from, its free text and template. */
const LINK_FIELDS = ['invoice_id', 'offer_id', 'confirmation_id', 'recurring_id', 'free_text_id', 'template_id'];
const INT_FIELDS = ['client_id', 'contact_id', 'number', 'number_length', ...LINK_FIELDS];
const DATE_FIELDS = ['date', 'due_date', 'discount_date', 'validity_date'];
const ITEM_FIELDS = ['article_id', 'unit', 'quantity', 'unit_price', 'tax_name', 'tax_rate', 'title', 'description', 'reduction'];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A document family: one row of the table below. */
export interface FamilySpec {
	/** The path under /api and the list's key: `invoices`, `credit-notes`. */
	path: string;
	/** The record's key: `invoice`, `credit-note` (items `credit-note-items`/`credit-note-item`, groups `credit-note-groups`). */
	root: string;
	/** How messages name one: `Invoice`, `Credit note`. */
	noun: string;
	/** The record's number field, and the list filters that search it. */
	numberField: string;
	numberFilters: string[];
	/** The prefix of new numbers: `RE`, `GS`. */
	numberPre: string;
	statuses: string[];
	/** Filters beyond the common ones (`payment_type`). */
	filters: string[];
	orderFields: string[];
	writable: string[];
	/** Fields of the kept record this family's reply does not have. */
	omit: string[];
	/** The family's own actions: PUT /{path}/{id}/{action} with their rules. */
	actions: Record<string, (doc: Invoice) => SandboxReply>;
	/** The first ID of created documents. */
	firstId: number;
	/** The status complete leads to (default: OPEN, PAID when the total is 0). */
	completeStatus?: string;
	/** The family's demo documents, added at every seed (after the clients). */
	demo?: (book: DocumentBook) => void;
	// Optional, for families that differ from invoices (letters, reminders, recurrings):
	/** The reply's fields in order (the whole record); without it, the invoice fields less `omit`. */
	fields?: string[];
	/** The family's own writable fields (kept in `extra`), by kind; `enums` also limits their values. */
	extraText?: string[];
	extraInt?: Record<string, [number, number]>;
	extraDate?: string[];
	enums?: Record<string, string[]>;
	/** Whether documents have line items at creation (`{root}-items`); default true. */
	items?: boolean;
	/** Whether Complete gives the document a number; default true. */
	numbered?: boolean;
	/** Routes this family does not have: `group_by`, `complete`, `pdf`, `upload-signature`, `email`, `mail`. */
	without?: string[];
	/** The family's own list filters (named in `filters`): whether a document passes them. */
	match?: (doc: Invoice, query: URLSearchParams) => boolean;
	/** Before a create's checks: problems with the fields, which it may complete (a reminder's client from its invoice). */
	prepare?: (sandbox: BillomatSandbox, fields: Record<string, unknown>) => string[];
	/** After a create: what the family derives (a reminder's level and amount from its invoice). */
	created?: (sandbox: BillomatSandbox, doc: Invoice, book: DocumentBook) => void;
}

const INVOICE_WRITABLE = [
	'client_id',
	'contact_id',
	'address',
	'number_pre',
	'number',
	'number_length',
	'date',
	'supply_date',
	'supply_date_type',
	'due_date',
	'discount_rate',
	'discount_date',
	'title',
	'label',
	'intro',
	'note',
	'reduction',
	'currency_code',
	'net_gross',
	'quote',
	'payment_types',
	...LINK_FIELDS,
];

function cancel(doc: Invoice): SandboxReply {
	if (doc.status === 'DRAFT') return errors(400, 'A draft cannot be canceled; delete it instead');
	if (doc.status === 'CANCELED') return errors(400, 'The invoice is already canceled');
	doc.statusBeforeCancel = doc.status;
	doc.status = 'CANCELED';
	return { status: 200 };
}

function uncancel(doc: Invoice): SandboxReply {
	if (doc.status !== 'CANCELED') return errors(400, `Invoice ${doc.id} is not canceled (status ${doc.status})`);
	doc.status = doc.statusBeforeCancel ?? 'OPEN';
	doc.statusBeforeCancel = undefined;
	return { status: 200 };
}

function encash(doc: Invoice): SandboxReply {
	if (doc.status !== 'OPEN' && doc.status !== 'OVERDUE') {
		return errors(400, `Only open or overdue invoices can be handed to debt collection (status ${doc.status})`);
	}
	if (doc.encashed) return errors(400, 'The invoice has already been handed to debt collection');
	doc.encashed = true;
	return { status: 200 };
}

// ---------------------------------------------------------------------------------------------
// Estimates, confirmations and delivery notes: their state changes and demo documents.
//
// Readings (https://www.billomat.com/en/api/estimates/, /confirmations/, /delivery-notes/; German
// /api/angebote/, /api/auftragsbestaetigungen/, /api/lieferscheine/): only the list and get sections
// of these pages could be read whole here; the rest follows the invoice page's shape, with the
// actions Billomat's clients use against the real API: estimates win (WON), lose (LOST), clear
// (CLEARED; from OPEN or WON) and unclear (back to the status before), cancel; confirmations clear
// (CLEARED; their status filter lists only DRAFT, COMPLETED, CANCELED, so both readings of CLEARED
// are taken: it is a status and a filter value), unclear (back to COMPLETED) and cancel; delivery
// notes no action besides complete (DRAFT → CREATED). Upload-signature and mail (post) are not
// offered for these families: no source read here documents them.

/** PUT /{path}/{id}/{action}: a document in one of `from` goes to `to`; `keep` remembers the status it left. */
function transition(noun: string, verb: string, from: string[], to: string, keep?: 'statusBeforeCancel' | 'statusBeforeClear') {
	return (doc: Invoice): SandboxReply => {
		if (!from.includes(doc.status)) return errors(400, `${noun} ${doc.id} cannot be ${verb} (status ${doc.status})`);
		if (keep) doc[keep] = doc.status;
		doc.status = to;
		return { status: 200 };
	};
}

/** PUT /{path}/{id}/unclear: a cleared document goes back to the status it had before clear. */
function unclearTo(noun: string, fallback: string) {
	return (doc: Invoice): SandboxReply => {
		if (doc.status !== 'CLEARED') return errors(400, `${noun} ${doc.id} is not cleared (status ${doc.status})`);
		doc.status = doc.statusBeforeClear ?? fallback;
		doc.statusBeforeClear = undefined;
		return { status: 200 };
	};
}

/** Fields the estimate, confirmation and delivery note records do not have (https://www.billomat.com/en/api/estimates/ …). */
const NOT_ON_OFFERS = [
	'supply_date',
	'supply_date_type',
	'due_date',
	'due_days',
	'discount_rate',
	'discount_date',
	'discount_days',
	'discount_amount',
	'paid_amount',
	'open_amount',
	'recurring_id',
	'payment_types',
];
/** The invoice fields a credit note's record does not have. */
const CREDIT_NOTE_OMIT = [...NOT_ON_OFFERS, 'offer_id', 'confirmation_id'];
const DOCUMENT_WRITABLE = ['client_id', 'contact_id', 'address', 'number_pre', 'number', 'number_length', 'date', 'title', 'label', 'intro', 'note'];
const PRICED_WRITABLE = [...DOCUMENT_WRITABLE, 'reduction', 'currency_code', 'net_gross', 'quote', 'free_text_id', 'template_id'];

/** The numbered fields of a completed demo document: `AN1`. */
const numbered = (pre: string, number: number) => ({ invoice_number: `${pre}${number}`, number, number_pre: pre });
/** "project 123" of client 476 (invoice 1): the estimate, its confirmation and the delivery share it. */
const PROJECT_123 = {
	client_id: 476,
	label: 'project 123',
	tags: ['web'],
	items: [{ article_id: 9, unit: 'hour', quantity: 1, unit_price: 90, tax_name: 'MwSt', tax_rate: 19, title: 'Consulting' }],
};
/** The completed "project 123" document of a family: its number prefix (`AN`) and its own fields. */
const project123 = (pre: string, fields: Partial<Invoice> & Pick<Invoice, 'id' | 'status' | 'date'>) => ({ ...PROJECT_123, ...numbered(pre, 1), ...fields });
/** "Support package 2024" of client 477's contact 12, offered in estimate 23. */
const SUPPORT_2024 = { client_id: 477, contact_id: 12, label: 'Support package 2024', tags: ['support'] };
const SUPPORT_HOURS = [{ unit: 'hour', quantity: 10, unit_price: 75, tax_name: 'VAT', tax_rate: 20, title: 'Support' }];

/** Demo estimates of the demo clients: the won offer behind invoice 1, a draft, an open one in GBP, a lost one. */
function demoEstimates(book: DocumentBook): void {
	book.add(project123('AN', {
		id: 21,
		status: 'WON',
		date: '2009-09-20',
		validity_date: '2009-10-04',
		intro: 'We are pleased to offer you the following items:',
		note: 'We are looking forward to your answer.',
	}));
	book.add({
		id: 22,
		client_id: 477,
		status: 'DRAFT',
		date: '2024-02-20',
		validity_date: '2024-03-21',
		label: 'Website relaunch',
		intro: 'For the relaunch of your website we offer:',
		tags: ['web', 'design'],
		items: [{ unit: 'hour', quantity: 8, unit_price: 90, tax_name: 'MwSt', tax_rate: 19, title: 'Design' }],
	});
	book.add({ ...SUPPORT_2024, ...numbered('AN', 2), id: 23, status: 'OPEN', date: '2024-03-05', validity_date: '2024-04-04', currency_code: 'GBP', items: SUPPORT_HOURS });
	book.add({
		...numbered('AN', 3),
		id: 24,
		client_id: 476,
		status: 'LOST',
		date: '2023-11-10',
		validity_date: '2023-11-24',
		label: 'Print run booklets',
		tags: [],
		items: [{ unit: 'Piece', quantity: 500, unit_price: 0.8, tax_name: 'MwSt', tax_rate: 7, title: 'Booklet' }],
	});
	book.nextNumber = 4;
}

/** Demo confirmations: 7 (the confirmation invoice 1 was made from, for estimate 21), a draft for estimate 23, a cleared one. */
function demoConfirmations(book: DocumentBook): void {
	book.add(project123('AB', {
		id: 7,
		status: 'COMPLETED',
		date: '2009-10-01',
		offer_id: 21,
		intro: 'Thank you for your order. We confirm:',
		note: 'Best regards',
	}));
	book.add({ ...SUPPORT_2024, id: 42, status: 'DRAFT', date: '2024-03-06', offer_id: 23, currency_code: 'GBP', items: SUPPORT_HOURS });
	book.add({
		...numbered('AB', 2),
		id: 43,
		client_id: 476,
		status: 'CLEARED',
		statusBeforeClear: 'COMPLETED',
		date: '2024-02-01',
		label: 'Hosting 2024',
		tags: ['hosting'],
		items: [{ unit: 'year', quantity: 1, unit_price: 240, tax_name: 'MwSt', tax_rate: 19, title: 'Hosting' }],
	});
	book.nextNumber = 3;
}

/** Demo delivery notes: the delivery for confirmation 7 (invoice 1), a draft for estimate 23. */
function demoDeliveryNotes(book: DocumentBook): void {
	book.add(project123('LS', {
		id: 51,
		status: 'CREATED',
		date: '2009-10-13',
		offer_id: 21,
		confirmation_id: 7,
		invoice_id: 1,
		intro: 'We deliver:',
		note: 'Thank you!',
	}));
	book.add({ ...SUPPORT_2024, id: 52, status: 'DRAFT', date: '2024-03-08', offer_id: 23, items: [{ unit: 'Piece', quantity: 1, unit_price: 0, title: 'Support handbook' }] });
	book.nextNumber = 2;
}
/**
 * A reminder's invoice: required, known, and not settled (OPEN or OVERDUE); its client becomes the
 * reminder's (a client_id of its own is refused: the invoice names it).
 */
function reminderFor(sandbox: BillomatSandbox, fields: Record<string, unknown>): string[] {
	if (fields.client_id !== undefined) return ['client_id cannot be set: a reminder is for the client of its invoice'];
	if (fields.invoice_id === undefined) return ['invoice_id is required'];
	if (!/^\d+$/.test(String(fields.invoice_id))) return ['invoice_id must be an integer'];
	const invoice = sandbox.document('invoices', Number(fields.invoice_id));
	if (!invoice) return [`Invoice ${String(fields.invoice_id)} not found`];
	if (invoice.status !== 'OPEN' && invoice.status !== 'OVERDUE') {
		return [`Invoice ${invoice.id} is ${invoice.status}: only open or overdue invoices can be reminded`];
	}
	fields.client_id = invoice.client_id;
	return [];
}

/** A new reminder: the next dunning level of its invoice, the invoice's open amount, its number for the filter. */
function reminderCreated(sandbox: BillomatSandbox, doc: Invoice, book: DocumentBook): void {
	const invoice = sandbox.document('invoices', Number(doc.invoice_id))!;
	const level = [...book.records.values()].filter((r) => r.invoice_id === invoice.id).length + 1;
	doc.invoice_number = invoice.invoice_number;
	doc.currency_code = invoice.currency_code;
	if (doc.contact_id === null) doc.contact_id = invoice.contact_id;
	doc.items = [{ quantity: 1, unit_price: invoice.open_amount, title: `Open amount of invoice ${invoice.invoice_number ?? invoice.id}` }];
	doc.extra = { reminder_level: level, reminder_level_name: `Level ${level}`, is_old: 0, ...doc.extra };
	recalculate(doc);
}

const RECURRING_TEXT = ['name', 'action', 'cycle', 'email_sender', 'email_subject', 'email_message', 'email_filename'];
const RECURRING_INT: Record<string, [number, number]> = {
	due_days: [0, 1000],
	discount_days: [0, 1000],
	cycle_number: [1, 1000],
	hour: [0, 23],
	iterations: [0, 100000],
};
const RECURRING_DATES = ['start_date', 'end_date', 'next_creation_date'];
const RECURRING_SHARED = [
	'client_id',
	'contact_id',
	'template_id',
	'currency_code',
	'title',
	'label',
	'intro',
	'note',
	'address',
	'supply_date',
	'supply_date_type',
	'discount_rate',
	'net_gross',
	'reduction',
	'quote',
	'payment_types',
	'offer_id',
	'confirmation_id',
];
/** What a new recurring invoice has unless given: monthly at 8 o'clock, a draft each time, no limit, inactive (no next date). */
const RECURRING_DEFAULTS = {
	name: null,
	action: 'CREATE',
	cycle: 'MONTHLY',
	cycle_number: 1,
	hour: 8,
	start_date: null,
	end_date: null,
	last_creation_date: null,
	next_creation_date: null,
	iterations: 0,
	counter: 0,
	due_days: 14,
	discount_days: 0,
	email_sender: null,
	email_subject: null,
	email_message: null,
	email_filename: null,
};

/** The document families: a new family is a row here (plus its special actions). */
export const FAMILIES: Record<string, FamilySpec> = {
	invoices: {
		path: 'invoices',
		root: 'invoice',
		noun: 'Invoice',
		numberField: 'invoice_number',
		numberFilters: ['invoice_number'],
		numberPre: 'RE',
		statuses: ['DRAFT', 'OPEN', 'PAID', 'OVERDUE', 'CANCELED'],
		filters: ['payment_type'],
		orderFields: ['id', 'client_id', 'date', 'due_date', 'invoice_number', 'total_gross', 'total_net', 'status'],
		writable: INVOICE_WRITABLE,
		omit: [],
		actions: { cancel, uncancel, encash },
		firstId: 1000,
	},
	'credit-notes': {
		path: 'credit-notes',
		root: 'credit-note',
		noun: 'Credit note',
		numberField: 'credit_note_number',
		// The filter table says credit_note_number, the example above it credit-note_number: both.
		numberFilters: ['credit_note_number', 'credit-note_number'],
		numberPre: 'GS',
		statuses: ['DRAFT', 'OPEN', 'PAID'],
		filters: [],
		orderFields: ['id', 'client_id', 'date', 'credit_note_number', 'total_gross', 'total_net', 'status'],
		// The invoice fields a credit note has (its record lacks the omitted ones), except template_id.
		writable: INVOICE_WRITABLE.filter((f) => !CREDIT_NOTE_OMIT.includes(f) && f !== 'template_id'),
		omit: CREDIT_NOTE_OMIT,
		actions: {},
		firstId: 3000,
	},
	offers: {
		path: 'offers',
		root: 'offer',
		noun: 'Estimate',
		numberField: 'offer_number',
		numberFilters: ['offer_number'],
		numberPre: 'AN',
		statuses: ['DRAFT', 'OPEN', 'WON', 'LOST', 'CANCELED', 'CLEARED'],
		filters: [],
		orderFields: ['id', 'client_id', 'date', 'offer_number', 'total_gross', 'total_net', 'status'],
		// validity_date: the get example's field (https://www.billomat.com/en/api/estimates/).
		writable: [...PRICED_WRITABLE, 'validity_date'],
		omit: [...NOT_ON_OFFERS, 'invoice_id', 'offer_id', 'confirmation_id'],
		actions: {
			cancel: transition('Estimate', 'canceled', ['OPEN', 'WON', 'LOST'], 'CANCELED', 'statusBeforeCancel'),
			win: transition('Estimate', 'marked as won', ['OPEN'], 'WON'),
			lose: transition('Estimate', 'marked as lost', ['OPEN'], 'LOST'),
			clear: transition('Estimate', 'cleared', ['OPEN', 'WON'], 'CLEARED', 'statusBeforeClear'),
			unclear: unclearTo('Estimate', 'WON'),
		},
		firstId: 6000,
		completeStatus: 'OPEN',
		without: ['upload-signature', 'mail'],
		demo: demoEstimates,
	},
	confirmations: {
		path: 'confirmations',
		root: 'confirmation',
		noun: 'Confirmation',
		numberField: 'confirmation_number',
		numberFilters: ['confirmation_number'],
		numberPre: 'AB',
		statuses: ['DRAFT', 'COMPLETED', 'CANCELED', 'CLEARED'],
		filters: [],
		orderFields: ['id', 'client_id', 'date', 'confirmation_number', 'total_gross', 'total_net', 'status'],
		writable: [...PRICED_WRITABLE, 'offer_id'],
		omit: [...NOT_ON_OFFERS, 'invoice_id', 'confirmation_id'],
		actions: {
			cancel: transition('Confirmation', 'canceled', ['COMPLETED', 'CLEARED'], 'CANCELED', 'statusBeforeCancel'),
			clear: transition('Confirmation', 'cleared', ['COMPLETED'], 'CLEARED', 'statusBeforeClear'),
			unclear: unclearTo('Confirmation', 'COMPLETED'),
		},
		firstId: 7000,
		completeStatus: 'COMPLETED',
		without: ['upload-signature', 'mail'],
		demo: demoConfirmations,
	},
	// The record has no totals (the get example: note, customerportal_url, offer_id, confirmation_id,
	// invoice_id, template_id); the writable fields are the document ones and the three it belongs to.
	'delivery-notes': {
		path: 'delivery-notes',
		root: 'delivery-note',
		noun: 'Delivery note',
		numberField: 'delivery_note_number',
		numberFilters: ['delivery_note_number'],
		numberPre: 'LS',
		statuses: ['DRAFT', 'CREATED'],
		filters: [],
		orderFields: ['id', 'client_id', 'date', 'delivery_note_number', 'status'],
		writable: [...DOCUMENT_WRITABLE, 'offer_id', 'confirmation_id', 'invoice_id'],
		omit: [
			...NOT_ON_OFFERS,
			'total_gross',
			'total_net',
			'net_gross',
			'reduction',
			'total_gross_unreduced',
			'total_net_unreduced',
			'currency_code',
			'quote',
			'taxes',
		],
		actions: {},
		firstId: 8000,
		completeStatus: 'CREATED',
		without: ['upload-signature', 'mail'],
		demo: demoDeliveryNotes,
	},
	// Letters (https://www.billomat.com/en/api/letters/, German https://www.billomat.com/api/briefe/):
	// no items, no number, statuses DRAFT and COMPLETED. Readings: the English create table marks
	// client_id and supplier_id mandatory, the German one neither: client_id is required here (as
	// for every family), supplier_id may be given too. The filter table lacks `subject`, but the
	// page's example filters by it (?subject=Order+123): both the table's filters and subject are
	// accepted. Only the list, get and create sections could be read; complete, pdf and email follow
	// the invoice page's shape (no post or signature route: not documented for letters here).
	letters: {
		path: 'letters',
		root: 'letter',
		noun: 'Letter',
		numberField: 'invoice_number',
		numberFilters: [],
		numberPre: '',
		statuses: ['DRAFT', 'COMPLETED'],
		filters: ['supplier_id', 'subject'],
		orderFields: ['id', 'client_id', 'date', 'status'],
		writable: ['client_id', 'contact_id', 'supplier_id', 'address', 'date', 'subject', 'label', 'intro', 'free_text_id', 'template_id'],
		omit: [],
		fields: ['id', 'created', 'client_id', 'contact_id', 'supplier_id', 'status', 'date', 'address', 'label', 'subject', 'intro', 'customerportal_url', 'template_id'],
		extraText: ['subject'],
		extraInt: { supplier_id: [1, Number.MAX_SAFE_INTEGER] },
		items: false,
		numbered: false,
		completeStatus: 'COMPLETED',
		without: ['group_by', 'upload-signature', 'mail'],
		match: (doc, q) =>
			(!q.has('supplier_id') || doc.extra?.supplier_id === Number(q.get('supplier_id'))) &&
			(!q.has('subject') || String(doc.extra?.subject ?? '').toLowerCase().includes(q.get('subject')!.toLowerCase())),
		actions: {},
		firstId: 5000,
	},
	// Reminders (https://www.billomat.com/en/api/reminders/, German https://www.billomat.com/api/mahnungen/):
	// created for an overdue invoice (invoice_id, required), which names the client; the list's
	// invoice_number filter searches the related invoice's number (kept in the record's number slot,
	// not sent). Complete makes it OPEN (no number of its own); cancel as invoices. The amount is the
	// invoice's open amount, as one item. Only the list, get and the start of create could be read;
	// the rest follows the invoice page (no post route: not documented for reminders here).
	reminders: {
		path: 'reminders',
		root: 'reminder',
		noun: 'Reminder',
		numberField: 'invoice_number',
		numberFilters: ['invoice_number'],
		numberPre: '',
		statuses: ['DRAFT', 'OPEN', 'PAID', 'OVERDUE', 'CANCELED'],
		filters: ['subject'],
		orderFields: ['id', 'client_id', 'date', 'due_date', 'total_gross', 'status'],
		writable: ['invoice_id', 'client_id', 'contact_id', 'address', 'date', 'due_date', 'label', 'subject', 'intro', 'note', 'reminder_text_id', 'template_id'],
		omit: [],
		fields: [
			'id',
			'created',
			'status',
			'invoice_id',
			'client_id',
			'contact_id',
			'address',
			'reminder_text_id',
			'reminder_level',
			'reminder_level_name',
			'date',
			'label',
			'subject',
			'intro',
			'note',
			'due_date',
			'due_days',
			'total_gross',
			'paid_amount',
			'open_amount',
			'currency_code',
			'is_old',
			'customerportal_url',
			'template_id',
		],
		extraText: ['subject'],
		extraInt: { reminder_text_id: [1, Number.MAX_SAFE_INTEGER] },
		items: false,
		numbered: false,
		completeStatus: 'OPEN',
		without: ['group_by', 'mail'],
		match: (doc, q) => !q.has('subject') || String(doc.extra?.subject ?? '').toLowerCase().includes(q.get('subject')!.toLowerCase()),
		prepare: reminderFor,
		created: reminderCreated,
		actions: { cancel },
		firstId: 6000,
	},
	// Recurring invoices (https://www.billomat.com/en/api/recurrings/, German
	// https://www.billomat.com/api/abo-rechnungen/): templates Billomat makes invoices from. Items
	// (`recurring-items`), no number (the invoices get theirs), no status, no complete/PDF/email/post.
	// The page could not be read here: its fields and filters (name, cycle, payment_type, label,
	// intro, note, client_id, contact_id, tags) are taken as public Billomat clients use them.
	recurrings: {
		path: 'recurrings',
		root: 'recurring',
		noun: 'Recurring',
		numberField: 'invoice_number',
		numberFilters: [],
		numberPre: '',
		statuses: [],
		filters: ['name', 'cycle', 'payment_type'],
		orderFields: ['id', 'client_id', 'name', 'next_creation_date', 'total_gross'],
		writable: [...RECURRING_TEXT, ...Object.keys(RECURRING_INT), ...RECURRING_DATES, ...RECURRING_SHARED],
		omit: [],
		fields: [
			'id',
			'created',
			'client_id',
			'contact_id',
			'template_id',
			'currency_code',
			'name',
			'title',
			'label',
			'intro',
			'note',
			'address',
			'supply_date',
			'supply_date_type',
			'due_days',
			'discount_rate',
			'discount_days',
			'net_gross',
			'reduction',
			'quote',
			'payment_types',
			'action',
			'cycle',
			'cycle_number',
			'hour',
			'start_date',
			'end_date',
			'last_creation_date',
			'next_creation_date',
			'iterations',
			'counter',
			'email_sender',
			'email_subject',
			'email_message',
			'email_filename',
			'offer_id',
			'confirmation_id',
			'total_gross',
			'total_net',
			'total_gross_unreduced',
			'total_net_unreduced',
			'taxes',
		],
		extraText: RECURRING_TEXT,
		extraInt: RECURRING_INT,
		extraDate: RECURRING_DATES,
		enums: { cycle: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'], action: ['CREATE', 'COMPLETE', 'EMAIL', 'MAIL'] },
		numbered: false,
		without: ['group_by', 'complete', 'pdf', 'upload-signature', 'email', 'mail'],
		match: (doc, q) =>
			(!q.has('name') || String(doc.extra?.name ?? '').toLowerCase().includes(q.get('name')!.toLowerCase())) &&
			(!q.has('cycle') || q.get('cycle')!.split(',').includes(String(doc.extra?.cycle))),
		created: (_sandbox, doc) => {
			doc.extra = { ...RECURRING_DEFAULTS, ...doc.extra };
		},
		actions: {},
		firstId: 7000,
	},
};

/** Items, totals and taxes of a document. */
export function recalculate(invoice: Invoice): void {
	let net = 0;
	const taxes = new Map<string, Tax>();
	for (const item of invoice.items) {
		// An optional estimate item is shown but "will not be included in the total" (https://www.billomat.com/en/api/estimates/items/).
		if ((item as { optional?: boolean }).optional) continue;
		const line = round2(item.quantity * item.unit_price);
		net += line;
		if (item.tax_rate) {
			const name = item.tax_name ?? 'Tax';
			const key = `${name}|${item.tax_rate}`;
			const tax = taxes.get(key) ?? { name, rate: item.tax_rate, amount: 0 };
			tax.amount = round2(tax.amount + (line * item.tax_rate) / 100);
			taxes.set(key, tax);
		}
	}
	const taxTotal = [...taxes.values()].reduce((s, t) => s + t.amount, 0);
	invoice.total_net_unreduced = round2(net);
	invoice.total_gross_unreduced = round2(net + taxTotal);
	let factor = 1;
	const reduction = invoice.reduction ?? '';
	if (/^\d+(\.\d+)?%$/.test(reduction)) factor = 1 - parseFloat(reduction) / 100;
	else if (/^\d+(\.\d+)?$/.test(reduction) && net > 0) factor = Math.max(0, 1 - parseFloat(reduction) / net);
	invoice.total_net = round2(net * factor);
	invoice.total_gross = round2((net + taxTotal) * factor);
	invoice.taxes = [...taxes.values()].map((t) => ({ ...t, amount: round2(t.amount * factor) }));
	invoice.discount_amount = round2((invoice.total_gross * invoice.discount_rate) / 100);
	invoice.open_amount = round2(invoice.total_gross - invoice.paid_amount);
}

type Api = (method: string, path: string, handler: (req: SandboxRequest) => SandboxReply) => void;

export interface DocumentPdf {
	id: number;
	created: string;
	filename: string;
	data: Buffer;
	print: Buffer;
}

/** The documents of one family: their routes, records, PDFs, signatures and sent mail. */
export class DocumentBook {
	records = new Map<number, Invoice>();
	pdfs = new Map<number, DocumentPdf>();
	signatures = new Map<number, Buffer>();
	emails: Array<{ id: number; email: Record<string, unknown> }> = [];
	letters: Array<{ id: number; mail: Record<string, unknown> }> = [];
	nextId: number;
	nextNumber = 127;
	/** Called after each page of the list is built, before its reply goes out (see BillomatSandbox.afterListPage). */
	afterListPage?: (served: ListPageServed) => void;

	constructor(
		private readonly sandbox: BillomatSandbox,
		readonly spec: FamilySpec,
	) {
		this.nextId = spec.firstId;
	}

	register(api: Api): void {
		const base = `/${this.spec.path}`;
		const one = (handler: (req: SandboxRequest, doc: Invoice) => SandboxReply) => (req: SandboxRequest) =>
			this.with(req, (doc) => handler(req, doc));
		const has = (route: string) => !(this.spec.without ?? []).includes(route);
		api('GET', base, (req) => (req.query.has('group_by') && has('group_by') ? this.groups(req) : this.list(req)));
		api('POST', base, (req) => this.create(req));
		api('GET', `${base}/:id`, one((_req, doc) => ({ body: { [this.spec.root]: this.record(doc) } })));
		api('PUT', `${base}/:id`, one((req, doc) => this.update(req, doc)));
		api('DELETE', `${base}/:id`, one((_req, doc) => this.remove(doc)));
		if (has('complete')) api('PUT', `${base}/:id/complete`, one((req, doc) => this.complete(req, doc)));
		if (has('pdf')) api('GET', `${base}/:id/pdf`, one((req, doc) => this.pdf(req, doc)));
		if (has('upload-signature')) api('PUT', `${base}/:id/upload-signature`, one((req, doc) => this.signature(req, doc)));
		if (has('email')) api('POST', `${base}/:id/email`, one((req, doc) => this.email(req, doc)));
		if (has('mail')) api('POST', `${base}/:id/mail`, one((req, doc) => this.mail(req, doc)));
		for (const [action, handler] of Object.entries(this.spec.actions)) api('PUT', `${base}/:id/${action}`, one((_req, doc) => handler(doc)));
	}

	/** Forget every document (seed adds the demo ones again). */
	clear(): void {
		this.records = new Map();
		this.pdfs.clear();
		this.signatures.clear();
		this.emails = [];
		this.letters = [];
		this.nextId = this.spec.firstId;
		this.nextNumber = 127;
		this.afterListPage = undefined;
		this.spec.demo?.(this);
	}

	/** A demo document: `fields` over a blank one, totals computed, a PDF unless a draft. */
	add(fields: Partial<Invoice> & Pick<Invoice, 'id' | 'client_id' | 'status' | 'date'>): Invoice {
		const doc = this.blank(fields.client_id, fields.date, fields.id);
		// A copy: demo documents share their tag and item lists (PROJECT_123…), which children change.
		Object.assign(doc, structuredClone(fields));
		recalculate(doc);
		if (doc.status === 'PAID') doc.paid_amount = doc.total_gross;
		doc.open_amount = round2(doc.total_gross - doc.paid_amount);
		this.records.set(doc.id, doc);
		if (doc.status !== 'DRAFT') this.makePdf(doc);
		return doc;
	}

	/** Add `count` generated OPEN documents (for paging tests); returns their IDs. */
	addMany(count: number, fields: Partial<Invoice> = {}): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) {
			const id = this.nextId++;
			const doc = this.blank(476, '2025-05-01', id);
			Object.assign(doc, {
				status: 'OPEN',
				invoice_number: `BULK${id}`,
				number: id,
				number_pre: 'BULK',
				items: [{ quantity: 1, unit_price: 10, tax_name: 'MwSt', tax_rate: 19, title: 'Item' }],
				...fields,
			});
			recalculate(doc);
			doc.open_amount = doc.total_gross;
			this.records.set(id, doc);
			ids.push(id);
		}
		return ids;
	}

	blank(clientId: number, date: string, id: number): Invoice {
		const client = this.sandbox.clients.get(clientId);
		return {
			id,
			client_id: clientId,
			contact_id: null,
			created: `${date}T09:00:00+01:00`,
			invoice_number: null,
			number: null,
			number_pre: this.spec.numberPre,
			number_length: 0,
			status: 'DRAFT',
			date,
			supply_date: null,
			supply_date_type: null,
			due_date: DateTime.fromISO(date).plus({ days: 14 }).toISODate()!,
			due_days: 14,
			address: client?.address ?? '',
			discount_rate: 0,
			discount_date: null,
			discount_days: 0,
			discount_amount: 0,
			title: null,
			label: null,
			intro: null,
			note: null,
			total_gross: 0,
			total_net: 0,
			net_gross: 'NET',
			reduction: null,
			total_gross_unreduced: 0,
			total_net_unreduced: 0,
			paid_amount: 0,
			open_amount: 0,
			currency_code: 'EUR',
			quote: 1,
			invoice_id: null,
			offer_id: null,
			confirmation_id: null,
			recurring_id: null,
			taxes: [],
			payment_types: 'BANK_TRANSFER',
			customerportal_url: `https://sandbox.billomat.net/customerportal/${this.spec.path}/show/entityId/${id}?hash=${(id * 7919).toString(16)}`,
			template_id: null,
			items: [],
			tags: [],
		};
	}

	/** The document as GET /{path}/{id} sends it: the family's fields, its number under its own name. */
	record(doc: Invoice): unknown {
		if (this.spec.fields) {
			const all = { ...doc, ...(doc.extra ?? {}) } as unknown as Record<string, Value>;
			const out: Record<string, unknown> = {};
			for (const key of this.spec.fields) {
				out[key] = key === 'taxes' ? (doc.taxes.length ? { tax: repeated(doc.taxes.map((t) => toApi(t as unknown as Value))) } : {}) : toApi(all[key]);
			}
			return out;
		}
		const { items: _items, extra: _extra, tags: _tags, free_text_id: _free, statusBeforeCancel: _before, statusBeforeClear: _cleared, encashed: _encashed, taxes, ...fields } = doc;
		const out = toApi(fields as unknown as Value) as Record<string, unknown>;
		// Keep the documented element order: taxes before payment_types (credit notes: before customerportal_url).
		const taxesBefore = this.spec.omit.includes('payment_types') ? 'customerportal_url' : 'payment_types';
		const ordered: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(out)) {
			if (this.spec.omit.includes(k)) continue;
			if (k === taxesBefore && !this.spec.omit.includes('taxes')) ordered.taxes = taxes.length ? { tax: repeated(taxes.map((t) => toApi(t as unknown as Value))) } : {};
			ordered[k === 'invoice_number' ? this.spec.numberField : k] = v;
		}
		return ordered;
	}

	with(req: SandboxRequest, handler: (doc: Invoice) => SandboxReply): SandboxReply {
		const doc = /^\d+$/.test(req.params.id) ? this.records.get(Number(req.params.id)) : undefined;
		if (!doc) return errors(404, `${this.spec.noun} not found`);
		return handler(doc);
	}

	// -------------------------------------------------------------------------------------------
	// GET /{path}

	private filtered(req: SandboxRequest, extra: string[]): Invoice[] | SandboxReply {
		const q = req.query;
		const known = [...COMMON_FILTERS, ...this.spec.numberFilters, ...this.spec.filters, ...extra];
		const problems: string[] = [];
		for (const name of new Set(q.keys())) if (!known.includes(name)) problems.push(`Unknown parameter: ${name}`);
		for (const name of ['client_id', 'contact_id', 'article_id']) {
			const v = q.get(name);
			if (v !== null && !/^\d+$/.test(v)) problems.push(`${name} must be an integer`);
		}
		for (const name of ['from', 'to']) {
			const v = q.get(name);
			if (v !== null && !isDate(v)) problems.push(`${name} must be a date in the format YYYY-MM-DD`);
		}
		const statuses = q.get('status')?.split(',') ?? [];
		for (const s of statuses) if (!this.spec.statuses.includes(s)) problems.push(`Unknown status: ${s}`);
		const payments = this.spec.filters.includes('payment_type') ? (q.get('payment_type')?.split(',') ?? []) : [];
		for (const p of payments) if (!PAYMENT_TYPES.includes(p)) problems.push(`Unknown payment type: ${p}`);
		if (problems.length) return errors(400, ...problems);

		const contains = (value: string | null, needle: string | null) =>
			needle === null || (value ?? '').toLowerCase().includes(needle.toLowerCase());
		const numbers = this.spec.numberFilters.map((name) => q.get(name));
		const tags = q.get('tags')?.split(',').map((t) => t.trim()).filter(Boolean) ?? [];
		return [...this.records.values()].filter((doc) => {
			if (q.has('client_id') && doc.client_id !== Number(q.get('client_id'))) return false;
			if (q.has('contact_id') && doc.contact_id !== Number(q.get('contact_id'))) return false;
			if (!numbers.every((needle) => contains(doc.invoice_number, needle))) return false;
			if (statuses.length && !statuses.includes(doc.status)) return false;
			if (payments.length && !payments.some((p) => doc.payment_types.split(',').includes(p))) return false;
			if (q.has('from') && doc.date < q.get('from')!) return false;
			if (q.has('to') && doc.date > q.get('to')!) return false;
			if (!contains(doc.label, q.get('label'))) return false;
			if (!contains(doc.intro, q.get('intro'))) return false;
			if (!contains(doc.note, q.get('note'))) return false;
			if (tags.length && !tags.every((t) => doc.tags.includes(t))) return false;
			if (q.has('article_id') && !doc.items.some((i) => i.article_id === Number(q.get('article_id')))) return false;
			if (this.spec.match && !this.spec.match(doc, q)) return false;
			return true;
		});
	}

	private list(req: SandboxRequest): SandboxReply {
		const hits = this.filtered(req, ['page', 'per_page', 'order_by']);
		if (!Array.isArray(hits)) return hits;
		const page = Number(req.query.get('page') ?? '1');
		const perPage = Number(req.query.get('per_page') ?? '100');
		if (!Number.isInteger(page) || page < 1) return errors(400, 'page must be a positive integer');
		if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) return errors(400, 'per_page must be between 1 and 1000');
		const orderBy = req.query.get('order_by');
		if (orderBy !== null) {
			const m = /^([a-z_]+)(?: (ASC|DESC))?$/i.exec(orderBy.trim());
			if (!m || !this.spec.orderFields.includes(m[1])) return errors(400, `Invalid order_by: ${orderBy}`);
			const field = (m[1] === this.spec.numberField ? 'invoice_number' : m[1]) as keyof Invoice;
			const dir = (m[2] ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
			hits.sort((a, b) => {
				const x = (a[field] ?? a.extra?.[field] ?? null) as string | number | null;
				const y = (b[field] ?? b.extra?.[field] ?? null) as string | number | null;
				if (x === y) return a.id - b.id;
				if (x === null) return 1;
				if (y === null) return -1;
				return (x < y ? -1 : 1) * dir;
			});
		} else {
			hits.sort((a, b) => a.id - b.id);
		}
		const slice = hits.slice((page - 1) * perPage, page * perPage);
		const list: Record<string, unknown> = {};
		if (slice.length) list[this.spec.root] = repeated(slice.map((doc) => this.record(doc)));
		list['@page'] = String(page);
		list['@per_page'] = String(perPage);
		list['@total'] = String(hits.length);
		this.afterListPage?.({ page, perPage, total: hits.length, ids: slice.map((doc) => doc.id), query: req.query });
		return { body: { [this.spec.path]: list } };
	}

	private groups(req: SandboxRequest): SandboxReply {
		const groupBy = (req.query.get('group_by') ?? '').split(',').filter(Boolean);
		const bad = groupBy.filter((g) => !GROUPS.includes(g));
		if (!groupBy.length || bad.length) return errors(400, `Invalid group_by: ${req.query.get('group_by')}`);
		const hits = this.filtered(req, ['group_by']);
		if (!Array.isArray(hits)) return hits;
		const keyOf = (doc: Invoice, g: string): string | number => {
			const d = DateTime.fromISO(doc.date);
			switch (g) {
				case 'client':
					return doc.client_id;
				case 'status':
					return doc.status;
				case 'day':
					return doc.date;
				case 'week':
					return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
				case 'month':
					return d.toFormat('yyyy-MM');
				default:
					return d.year;
			}
		};
		const fieldOf = (g: string) => (g === 'client' ? 'client_id' : g);
		const groups = new Map<string, { params: Record<string, string | number>; gross: number; net: number }>();
		for (const doc of [...hits].sort((a, b) => a.id - b.id)) {
			const params: Record<string, string | number> = {};
			for (const g of groupBy) params[fieldOf(g)] = keyOf(doc, g);
			const key = JSON.stringify(params);
			const group = groups.get(key) ?? { params, gross: 0, net: 0 };
			group.gross = round2(group.gross + doc.total_gross);
			group.net = round2(group.net + doc.total_net);
			groups.set(key, group);
		}
		const sorted = [...groups.values()].sort((a, b) => {
			for (const g of groupBy) {
				const x = a.params[fieldOf(g)];
				const y = b.params[fieldOf(g)];
				if (x !== y) return x < y ? -1 : 1;
			}
			return 0;
		});
		const list: Record<string, unknown> = {};
		if (sorted.length) {
			list[`${this.spec.root}-group`] = repeated(
				sorted.map((g) => ({
					total_gross: String(g.gross),
					total_net: String(g.net),
					...(toApi(g.params as Value) as Record<string, unknown>),
					[`${this.spec.root}-params`]: toApi(g.params as Value),
				})),
			);
		}
		list['@currency_code'] = 'EUR';
		return { body: { [`${this.spec.root}-groups`]: list } };
	}
	// -------------------------------------------------------------------------------------------
	// Writes.

	private validateFields(fields: Record<string, unknown>, creating: boolean): string[] {
		const problems: string[] = [];
		for (const key of Object.keys(fields)) {
			if (!this.spec.writable.includes(key) && !(creating && key === `${this.spec.root}-items`)) problems.push(`Unknown field: ${key}`);
		}
		for (const key of INT_FIELDS) {
			const v = fields[key];
			if (v !== undefined && !/^\d+$/.test(String(v))) problems.push(`${key} must be an integer`);
		}
		for (const key of DATE_FIELDS) {
			if (fields[key] !== undefined && !isDate(fields[key])) problems.push(`${key} must be a date in the format YYYY-MM-DD`);
		}
		for (const key of ['discount_rate', 'quote']) {
			if (fields[key] !== undefined && !Number.isFinite(Number(fields[key]))) problems.push(`${key} must be a number`);
		}
		const sdt = fields.supply_date_type;
		if (sdt !== undefined && !['SUPPLY_DATE', 'DELIVERY_DATE', 'SUPPLY_TEXT', 'DELIVERY_TEXT'].includes(String(sdt))) {
			problems.push(`Invalid supply_date_type: ${String(sdt)}`);
		}
		if (
			fields.supply_date !== undefined &&
			String(sdt ?? 'SUPPLY_DATE').endsWith('_DATE') &&
			!isDate(fields.supply_date)
		) {
			problems.push('supply_date must be a date in the format YYYY-MM-DD for this supply_date_type');
		}
		if (fields.net_gross !== undefined && !['NET', 'GROSS'].includes(String(fields.net_gross))) {
			problems.push(`Invalid net_gross: ${String(fields.net_gross)}`);
		}
		if (fields.reduction !== undefined && !/^\d+(\.\d+)?%?$/.test(String(fields.reduction))) {
			problems.push('reduction must be an amount (10) or a percentage (10%)');
		}
		if (fields.payment_types !== undefined) {
			for (const p of String(fields.payment_types).split(',')) {
				if (!PAYMENT_TYPES.includes(p)) problems.push(`Unknown payment type: ${p}`);
			}
		}
		for (const [key, [min, max]] of Object.entries(this.spec.extraInt ?? {})) {
			const v = fields[key];
			if (v !== undefined && (!/^\d+$/.test(String(v)) || Number(v) < min || Number(v) > max)) problems.push(`${key} must be a whole number from ${min} to ${max}`);
		}
		for (const key of this.spec.extraDate ?? []) {
			if (fields[key] !== undefined && !isDate(fields[key])) problems.push(`${key} must be a date in the format YYYY-MM-DD`);
		}
		for (const [key, values] of Object.entries(this.spec.enums ?? {})) {
			if (fields[key] !== undefined && !values.includes(String(fields[key]))) problems.push(`Invalid ${key}: ${String(fields[key])}`);
		}
		if (fields.client_id !== undefined && !this.sandbox.clients.has(Number(fields.client_id))) problems.push('Client not found');
		return problems;
	}

	private apply(invoice: Invoice, fields: Record<string, unknown>): void {
		for (const [key, value] of Object.entries(fields)) {
			if (key === `${this.spec.root}-items`) continue;
			if (key in (this.spec.extraInt ?? {}) || (this.spec.extraText ?? []).includes(key) || (this.spec.extraDate ?? []).includes(key)) {
				invoice.extra = { ...invoice.extra, [key]: key in (this.spec.extraInt ?? {}) ? Number(value) : String(value) };
				continue;
			}
			const typed = INT_FIELDS.includes(key) || ['discount_rate', 'quote'].includes(key) ? Number(value) : String(value);
			(invoice as unknown as Record<string, unknown>)[key] = typed;
		}
		if ('client_id' in fields && !('address' in fields)) invoice.address = this.sandbox.clients.get(invoice.client_id)?.address ?? '';
		if ('date' in fields && !('due_date' in fields)) {
			invoice.due_date = DateTime.fromISO(invoice.date).plus({ days: invoice.due_days }).toISODate()!;
		}
		recalculate(invoice);
	}

	private create(req: SandboxRequest): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const fields = (body as Record<string, unknown>)[this.spec.root] as Record<string, unknown> | undefined;
		if (!fields || typeof fields !== 'object') return errors(400, `The body must hold an "${this.spec.root}" element`);
		const prepared = this.spec.prepare?.(this.sandbox, fields) ?? [];
		if (prepared.length) return errors(400, ...prepared);
		const problems = this.validateFields(fields, this.spec.items !== false);
		if (fields.client_id === undefined) problems.unshift('client_id is required');
		const items: InvoiceItem[] = [];
		const rawItems = fields[`${this.spec.root}-items`];
		if (rawItems !== undefined) {
			const list = (rawItems as Record<string, unknown> | undefined)?.[`${this.spec.root}-item`];
			const entries = list === undefined ? [] : Array.isArray(list) ? list : [list];
			entries.forEach((entry: Record<string, unknown>, n) => {
				for (const key of Object.keys(entry ?? {})) {
					if (!ITEM_FIELDS.includes(key)) problems.push(`${this.spec.root}-item ${n + 1}: unknown field ${key}`);
				}
				for (const key of ['quantity', 'unit_price', 'tax_rate']) {
					if (entry?.[key] !== undefined && !Number.isFinite(Number(entry[key]))) {
						problems.push(`${this.spec.root}-item ${n + 1}: ${key} must be a number`);
					}
				}
				// An item naming an article takes the article's values for what it does not give.
				const withArticle = { ...this.sandbox.articles.itemDefaults(entry?.article_id), ...(entry as object) } as Record<string, unknown>;
				items.push({
					...withArticle,
					quantity: Number(entry?.quantity ?? 1),
					unit_price: Number(withArticle.unit_price ?? 0),
					...(entry?.tax_rate !== undefined ? { tax_rate: Number(entry.tax_rate) } : {}),
					...(entry?.article_id !== undefined ? { article_id: Number(entry.article_id) } : {}),
				} as InvoiceItem);
			});
		}
		if (problems.length) return errors(400, ...problems);
		const id = this.nextId++;
		const invoice = this.blank(Number(fields.client_id), DateTime.now().toISODate()!, id);
		invoice.created = DateTime.now().toISO({ suppressMilliseconds: true })!;
		invoice.items = items;
		this.apply(invoice, fields);
		this.spec.created?.(this.sandbox, invoice, this);
		this.records.set(id, invoice);
		return { status: 201, body: { [this.spec.root]: this.record(invoice) } };
	}

	private update(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		if (invoice.status !== 'DRAFT') {
			return errors(400, `${this.spec.noun} ${invoice.id} is not a draft (status ${invoice.status}) and cannot be edited`);
		}
		const fields = (body as Record<string, unknown>)[this.spec.root] as Record<string, unknown> | undefined;
		if (!fields || typeof fields !== 'object') return errors(400, `The body must hold an "${this.spec.root}" element`);
		const problems = this.validateFields(fields, false);
		if (problems.length) return errors(400, ...problems);
		this.apply(invoice, fields);
		return { body: { [this.spec.root]: this.record(invoice) } };
	}

	private remove(invoice: Invoice): SandboxReply {
		if (invoice.status !== 'DRAFT') {
			return errors(400, `${this.spec.noun} ${invoice.id} is not a draft (status ${invoice.status}) and cannot be deleted`);
		}
		this.records.delete(invoice.id);
		this.pdfs.delete(invoice.id);
		return { status: 200 };
	}

	makePdf(invoice: Invoice): void {
		const lines = [
			`${this.spec.noun} ${invoice.invoice_number}`,
			`Date: ${invoice.date}   Due: ${invoice.due_date}`,
			`Client: ${this.sandbox.clients.get(invoice.client_id)?.name ?? invoice.client_id}`,
			...invoice.items.map((i) => `${i.quantity} x ${i.title ?? 'Item'} @ ${i.unit_price.toFixed(2)}`),
			`Total: ${invoice.total_gross.toFixed(2)} ${invoice.currency_code}`,
		];
		this.pdfs.set(invoice.id, {
			id: 4000 + invoice.id,
			created: DateTime.now().toISO({ suppressMilliseconds: true })!,
			filename: `${this.spec.root}_${this.spec.numbered === false ? invoice.id : invoice.invoice_number}.pdf`,
			data: makePdf(lines),
			print: makePdf(['(print version, no background)', ...lines]),
		});
	}

	private complete(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		if (invoice.status !== 'DRAFT') {
			return errors(400, `${this.spec.noun} ${invoice.id} is not a draft (status ${invoice.status}) and cannot be completed`);
		}
		const complete = ((body as Record<string, unknown>).complete ?? {}) as Record<string, unknown>;
		const unknown = Object.keys(complete).filter((k) => k !== 'template_id');
		if (unknown.length) return errors(400, ...unknown.map((k) => `Unknown field: ${k}`));
		if (complete.template_id !== undefined) {
			if (!/^\d+$/.test(String(complete.template_id))) return errors(400, 'template_id must be an integer');
			invoice.template_id = Number(complete.template_id);
		}
		if (this.spec.numbered !== false) {
			if (invoice.number === null) invoice.number = this.nextNumber++;
			invoice.invoice_number = `${invoice.number_pre}${String(invoice.number).padStart(invoice.number_length, '0')}`;
		}
		invoice.status = this.spec.completeStatus ?? (invoice.total_gross === 0 ? 'PAID' : 'OPEN');
		this.makePdf(invoice);
		return { status: 200 };
	}

	private pdf(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const pdf = this.pdfs.get(invoice.id);
		if (!pdf) return errors(404, `No PDF for this ${this.spec.noun.toLowerCase()}: a draft has none until it is completed`);
		const type = req.query.get('type');
		if (type !== null && type !== 'print') return errors(400, `Invalid type: ${type}`);
		const data = type === 'print' ? pdf.print : pdf.data;
		if (req.query.get('format') === 'pdf') {
			return {
				headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${pdf.filename}"` },
				body: data,
			};
		}
		return {
			body: {
				pdf: {
					id: String(pdf.id),
					created: pdf.created,
					[`${this.spec.root.replace(/-/g, '_')}_id`]: String(invoice.id),
					filename: pdf.filename,
					mimetype: 'application/pdf',
					filesize: String(data.length),
					base64file: data.toString('base64'),
				},
			},
		};
	}

	private signature(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		if (invoice.status === 'DRAFT') return errors(400, 'A signature cannot be uploaded for a draft');
		const base64 = ((body as Record<string, unknown>).signature as Record<string, unknown> | undefined)?.base64file;
		if (typeof base64 !== 'string' || base64 === '') return errors(400, 'base64file is required');
		const data = Buffer.from(base64, 'base64');
		if (data.subarray(0, 5).toString('latin1') !== '%PDF-') return errors(400, 'base64file is not a PDF');
		this.signatures.set(invoice.id, data);
		return { status: 200 };
	}

	private attachments(value: unknown, pdfOnly: boolean): { list: Array<Record<string, unknown>>; problems: string[] } {
		const problems: string[] = [];
		if (value === undefined) return { list: [], problems };
		const raw = (value as { attachment?: unknown })?.attachment;
		const list = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) as Array<Record<string, unknown>>;
		list.forEach((a, n) => {
			for (const key of ['filename', 'mimetype', 'base64file']) {
				if (typeof a?.[key] !== 'string' || a[key] === '') problems.push(`attachment ${n + 1}: ${key} is required`);
			}
			if (pdfOnly && typeof a?.base64file === 'string') {
				const head = Buffer.from(a.base64file, 'base64').subarray(0, 5).toString('latin1');
				if (head !== '%PDF-' || a.mimetype !== 'application/pdf') problems.push(`attachment ${n + 1}: only PDF files can be posted`);
			}
		});
		return { list, problems };
	}

	private email(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const email = (body as Record<string, unknown>).email as Record<string, unknown> | undefined;
		if (!email || typeof email !== 'object') return errors(400, 'The body must hold an "email" element');
		if (invoice.status === 'DRAFT') return errors(400, `A draft cannot be sent. Complete the ${this.spec.noun.toLowerCase()} first`);
		const problems: string[] = [];
		const known = ['email_template_id', 'from', 'recipients', 'subject', 'body', 'filename', 'attachments'];
		for (const key of Object.keys(email)) if (!known.includes(key)) problems.push(`Unknown field: ${key}`);
		const recipients = (email.recipients ?? {}) as Record<string, unknown>;
		const addresses = ['to', 'cc', 'bcc'].flatMap((k) => {
			const v = recipients[k];
			return v === undefined ? [] : Array.isArray(v) ? v : [v];
		});
		if (!addresses.length) problems.push('There must be at least one recipient (to, cc or bcc)');
		for (const a of addresses) if (typeof a !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(a)) problems.push(`Invalid email address: ${String(a)}`);
		if (email.email_template_id !== undefined && !/^\d+$/.test(String(email.email_template_id))) {
			problems.push('email_template_id must be an integer');
		}
		problems.push(...this.attachments(email.attachments, false).problems);
		if (problems.length) return errors(400, ...problems);
		this.emails.push({ id: invoice.id, email });
		return { status: 200 };
	}

	private mail(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const mail = ((body as Record<string, unknown>).mail ?? {}) as Record<string, unknown>;
		if (invoice.status === 'DRAFT') return errors(400, `A draft cannot be sent. Complete the ${this.spec.noun.toLowerCase()} first`);
		const problems: string[] = [];
		for (const key of Object.keys(mail)) {
			if (!['color', 'duplex', 'paper_weight', 'attachments'].includes(key)) problems.push(`Unknown field: ${key}`);
		}
		for (const key of ['color', 'duplex']) {
			if (mail[key] !== undefined && ![0, 1, '0', '1'].includes(mail[key] as number)) problems.push(`${key} must be 0 or 1`);
		}
		if (mail.paper_weight !== undefined && ![80, 90, '80', '90'].includes(mail.paper_weight as number)) {
			problems.push('paper_weight must be 80 or 90');
		}
		problems.push(...this.attachments(mail.attachments, true).problems);
		if (problems.length) return errors(400, ...problems);
		this.letters.push({ id: invoice.id, mail });
		return { status: 200 };
	}
}
