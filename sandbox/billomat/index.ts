// Billomat emulator, from the "Invoices" API page plus Billomat's public conventions: the 14
// invoice endpoints under {base}/api, `X-BillomatApiKey` (optional `X-AppId`/`X-AppSecret`),
// JSON converted from XML (every value a string, empty elements `{}`, one hit an object instead of
// an array, no hit no key), errors `{"errors":{"error": …}}`, the status rules (only DRAFT
// editable/deletable, complete → OPEN with a PDF, cancel/uncancel, encash only OPEN/OVERDUE),
// and the rate limit of 300 requests per clock quarter with X-Rate-Limit-Remaining/-Reset.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { Sandbox } from '../framework';
import { ClientBook, registerClientRoutes } from './clients';
import { BillomatArticles } from './articles';
import { BillomatContacts } from './contacts';
import { registerItems } from './items';
import { registerComments } from './comments';
import { registerPayments } from './payments';
import { registerTags } from './tags';
import { registerTaxes } from './taxes';
import { registerIncomings } from './incomings';
import { registerSuppliers } from './suppliers';
import { registerUnits } from './units';
import { registerClientProperties } from './clientProperties';
import { registerEmailTemplates } from './emailTemplates';
import { registerFreeTexts } from './freeTexts';
import { registerTemplates } from './templates';
import { registerUsers } from './users';
import { makePdf } from './pdf';
import { BillomatWebhooks } from './webhooks';

export type { Client } from './clients';

export const BILLOMAT_DEMO_API_KEY = 'bm-demo-3f9c2a71d8e54b06a1c7';
export const BILLOMAT_DEMO_APP_ID = 'demo-app-4711';
export const BILLOMAT_DEMO_APP_SECRET = 'bm-app-secret-8c1e5f2a9d3b';

export type Value = string | number | null | undefined | Value[] | { [key: string]: Value };

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

export interface Invoice {
	id: number;
	client_id: number;
	contact_id: number | null;
	created: string;
	invoice_number: string | null;
	number: number | null;
	number_pre: string;
	number_length: number;
	status: 'DRAFT' | 'OPEN' | 'PAID' | 'OVERDUE' | 'CANCELED';
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
	encashed?: boolean;
}

/** A page of GET /api/invoices as it was served, for {@link BillomatSandbox.afterListPage}. */
export interface ListPageServed {
	page: number;
	perPage: number;
	/** The `@total` the page announced. */
	total: number;
	/** The invoices on the page, in order. */
	ids: number[];
	/** The request's query (filters, order_by, page, per_page). */
	query: URLSearchParams;
}

export interface SentEmail {
	invoiceId: number;
	email: Record<string, unknown>;
}

const STATUSES = ['DRAFT', 'OPEN', 'PAID', 'OVERDUE', 'CANCELED'];
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
const FILTERS = [
	'client_id',
	'contact_id',
	'invoice_number',
	'status',
	'payment_type',
	'from',
	'to',
	'label',
	'intro',
	'note',
	'tags',
	'article_id',
];
const GROUPS = ['client', 'status', 'day', 'week', 'month', 'year'];
const ORDER_FIELDS = ['id', 'client_id', 'date', 'due_date', 'invoice_number', 'total_gross', 'total_net', 'status'];
const WRITABLE = [
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
	'invoice_id',
	'offer_id',
	'confirmation_id',
	'recurring_id',
	'free_text_id',
	'template_id',
];
const INT_FIELDS = [
	'client_id',
	'contact_id',
	'number',
	'number_length',
	'invoice_id',
	'offer_id',
	'confirmation_id',
	'recurring_id',
	'free_text_id',
	'template_id',
];
const DATE_FIELDS = ['date', 'due_date', 'discount_date'];
const ITEM_FIELDS = ['article_id', 'unit', 'quantity', 'unit_price', 'tax_name', 'tax_rate', 'title', 'description', 'reduction'];

const round2 = (n: number) => Math.round(n * 100) / 100;
export const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid;

export function errors(status: number, ...messages: string[]): SandboxReply {
	return { status, body: { errors: { error: messages.length === 1 ? messages[0] : messages } } };
}

/** A value as Billomat's XML-to-JSON sends it: strings, `{}` for empty. */
export function toApi(value: Value): unknown {
	if (value === null || value === undefined || value === '') return {};
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return value.map(toApi);
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = toApi(v);
		return out;
	}
	return value;
}

/** Repeated elements: one as an object, several as an array, none as no key. */
export function repeated(list: unknown[]): unknown {
	return list.length === 1 ? list[0] : list;
}

export class BillomatSandbox extends Sandbox {
	invoices = new Map<number, Invoice>();
	clients = new ClientBook();
	pdfs = new Map<number, { id: number; created: string; filename: string; data: Buffer; print: Buffer }>();
	signatures = new Map<number, Buffer>();
	emails: SentEmail[] = [];
	letters: Array<{ invoiceId: number; mail: Record<string, unknown> }> = [];
	nextId = 1000;
	nextNumber = 127;
	apiKeys = new Set([BILLOMAT_DEMO_API_KEY]);
	apps = new Map([[BILLOMAT_DEMO_APP_ID, BILLOMAT_DEMO_APP_SECRET]]);
	/** Requests per window without / with a registered app, and the window (a clock quarter). */
	rateLimit = { budget: 300, appBudget: 1000, windowMs: 15 * 60 * 1000 };
	private usage = new Map<string, { windowStart: number; used: number }>();
	/**
	 * Called after each page of GET /api/invoices is built, before its reply goes out: what a test
	 * changes here (delete, pay or add invoices) is what the next page request sees, as when other
	 * users change the account between two page requests. Cleared by reset().
	 */
	afterListPage?: (served: ListPageServed) => void;
	/** The article catalogue (sandbox/billomat/articles.ts). */
	articles = new BillomatArticles(this);
	/** The contacts of the clients (sandbox/billomat/contacts.ts). */
	contacts = new BillomatContacts(this);
	/** Settings > Webhooks and the calls it makes (sandbox/billomat/webhooks.ts). */
	webhooks = new BillomatWebhooks(this);

	constructor() {
		super('Billomat');
		const api = (method: string, path: string, handler: (req: SandboxRequest) => SandboxReply) => this.apiRoute(method, path, handler);
		api('GET', '/invoices', (req) => (req.query.has('group_by') ? this.groups(req) : this.list(req)));
		api('POST', '/invoices', (req) => this.create(req));
		api('GET', '/invoices/:id', (req) => this.withInvoice(req, (inv) => ({ body: { invoice: this.record(inv) } })));
		api('PUT', '/invoices/:id', (req) => this.withInvoice(req, (inv) => this.update(req, inv)));
		api('DELETE', '/invoices/:id', (req) => this.withInvoice(req, (inv) => this.remove(inv)));
		api('PUT', '/invoices/:id/complete', (req) => this.withInvoice(req, (inv) => this.complete(req, inv)));
		api('GET', '/invoices/:id/pdf', (req) => this.withInvoice(req, (inv) => this.pdf(req, inv)));
		api('PUT', '/invoices/:id/upload-signature', (req) => this.withInvoice(req, (inv) => this.signature(req, inv)));
		api('POST', '/invoices/:id/email', (req) => this.withInvoice(req, (inv) => this.email(req, inv)));
		api('POST', '/invoices/:id/mail', (req) => this.withInvoice(req, (inv) => this.mail(req, inv)));
		api('PUT', '/invoices/:id/cancel', (req) => this.withInvoice(req, (inv) => this.cancel(inv)));
		api('PUT', '/invoices/:id/uncancel', (req) => this.withInvoice(req, (inv) => this.uncancel(inv)));
		api('PUT', '/invoices/:id/encash', (req) => this.withInvoice(req, (inv) => this.encash(inv)));
		registerClientRoutes(this, api);
		this.articles.register(api);
		this.contacts.register(api);
		registerPayments(this);
		registerItems(this);
		registerComments(this);
		registerTags(this);
		registerUnits(this);
		registerTaxes(this);
		registerTemplates(this);
		registerEmailTemplates(this);
		registerFreeTexts(this);
		registerUsers(this);
		registerClientProperties(this);
		registerSuppliers(this);
		registerIncomings(this);
		this.seed();
	}

	/** Resource files (payments.ts, items.ts…) restore their demo data here, after the invoices. */
	private readonly seedHooks: Array<() => void> = [];

	/** A route under /api behind the API key, app and rate-limit checks, for the resource files. */
	apiRoute(method: string, path: string, handler: (req: SandboxRequest) => SandboxReply): void {
		const fired = this.webhooks.firing(method, path, handler);
		this.route(method, `/api${path}`, (req) => this.guarded(req, fired));
	}

	/** Run `hook` at every seed (construction and reset), after the invoices are seeded. */
	onSeed(hook: () => void): void {
		this.seedHooks.push(hook);
	}

	protected seed(): void {
		this.articles.seed();
		this.contacts.seed();
		this.afterListPage = undefined;
		this.rateLimit = { budget: 300, appBudget: 1000, windowMs: 15 * 60 * 1000 };
		this.usage.clear();
		this.emails = [];
		this.letters = [];
		this.signatures.clear();
		this.pdfs.clear();
		this.nextId = 1000;
		this.nextNumber = 127;
		this.clients.seed();
		this.invoices = new Map();
		const add = (fields: Partial<Invoice> & Pick<Invoice, 'id' | 'client_id' | 'status' | 'date'>) => {
			const invoice = this.blank(fields.client_id, fields.date, fields.id);
			Object.assign(invoice, fields);
			this.recalculate(invoice);
			if (invoice.status === 'PAID') invoice.paid_amount = invoice.total_gross;
			invoice.open_amount = round2(invoice.total_gross - invoice.paid_amount);
			this.invoices.set(invoice.id, invoice);
			if (invoice.status !== 'DRAFT') this.makePdf(invoice);
		};
		add({
			id: 1,
			client_id: 476,
			status: 'OPEN',
			date: '2009-10-14',
			invoice_number: 'RE123',
			number: 123,
			number_pre: 'RE',
			supply_date: '2009-10-12',
			supply_date_type: 'SUPPLY_DATE',
			due_date: '2009-10-24',
			due_days: 10,
			discount_rate: 2,
			discount_date: '2009-10-21',
			discount_days: 7,
			label: 'project 123',
			intro: 'We are pleased to offer you the following items into account:',
			note: 'Thank you for your order!',
			payment_types: 'CASH,BANK_TRANSFER,PAYPAL',
			confirmation_id: 7,
			tags: ['web'],
			items: [{ article_id: 9, unit: 'hour', quantity: 1, unit_price: 90, tax_name: 'MwSt', tax_rate: 19, title: 'Consulting' }],
		});
		add({
			id: 2,
			client_id: 477,
			status: 'DRAFT',
			date: '2024-03-01',
			label: 'Website relaunch',
			intro: 'For the relaunch of your website we invoice:',
			payment_types: 'BANK_TRANSFER',
			tags: ['web', 'design'],
			items: [
				{ unit: 'hour', quantity: 8, unit_price: 90, tax_name: 'MwSt', tax_rate: 19, title: 'Design' },
				{ article_id: 12, unit: 'Piece', quantity: 1.5, unit_price: 1.23, tax_name: 'MwSt', tax_rate: 19, title: 'Model' },
			],
		});
		add({
			id: 3,
			client_id: 476,
			status: 'PAID',
			date: '2024-02-10',
			invoice_number: 'RE124',
			number: 124,
			number_pre: 'RE',
			label: 'Hosting 2024',
			note: 'Paid with thanks',
			payment_types: 'BANK_TRANSFER',
			tags: ['hosting'],
			items: [{ unit: 'year', quantity: 1, unit_price: 240, tax_name: 'MwSt', tax_rate: 19, title: 'Hosting' }],
		});
		add({
			id: 4,
			client_id: 477,
			contact_id: 12,
			status: 'OVERDUE',
			date: '2024-01-15',
			due_date: '2024-01-29',
			invoice_number: 'RE125',
			number: 125,
			number_pre: 'RE',
			label: 'Support January',
			payment_types: 'PAYPAL,CREDIT_CARD',
			currency_code: 'GBP',
			tags: ['support'],
			items: [{ unit: 'hour', quantity: 3, unit_price: 75, tax_name: 'VAT', tax_rate: 20, title: 'Support' }],
		});
		add({
			id: 5,
			client_id: 477,
			status: 'CANCELED',
			statusBeforeCancel: 'OPEN',
			date: '2023-12-01',
			invoice_number: 'RE126',
			number: 126,
			number_pre: 'RE',
			label: 'Duplicate',
			payment_types: 'CASH',
			tags: [],
			items: [{ unit: 'Piece', quantity: 2, unit_price: 10, tax_name: 'MwSt', tax_rate: 7, title: 'Booklet' }],
		});
		for (const hook of this.seedHooks) hook();
	}

	/** Add `count` generated OPEN invoices (for paging tests); returns their IDs. */
	addInvoices(count: number, fields: Partial<Invoice> = {}): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) {
			const id = this.nextId++;
			const invoice = this.blank(476, '2025-05-01', id);
			Object.assign(invoice, {
				status: 'OPEN',
				invoice_number: `BULK${id}`,
				number: id,
				number_pre: 'BULK',
				items: [{ quantity: 1, unit_price: 10, tax_name: 'MwSt', tax_rate: 19, title: 'Item' }],
				...fields,
			});
			this.recalculate(invoice);
			invoice.open_amount = invoice.total_gross;
			this.invoices.set(id, invoice);
			ids.push(id);
		}
		return ids;
	}

	/** Use up the current window's budget of an API key. */
	exhaustRateLimit(apiKey = BILLOMAT_DEMO_API_KEY, appId = ''): void {
		const key = `${apiKey}|${appId}`;
		const windowStart = this.windowStart();
		this.usage.set(key, { windowStart, used: appId ? this.rateLimit.appBudget : this.rateLimit.budget });
	}

	private windowStart(now = Date.now()): number {
		return Math.floor(now / this.rateLimit.windowMs) * this.rateLimit.windowMs;
	}

	private blank(clientId: number, date: string, id: number): Invoice {
		const client = this.clients.get(clientId);
		return {
			id,
			client_id: clientId,
			contact_id: null,
			created: `${date}T09:00:00+01:00`,
			invoice_number: null,
			number: null,
			number_pre: 'RE',
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
			customerportal_url: `https://sandbox.billomat.net/customerportal/invoices/show/entityId/${id}?hash=${(id * 7919).toString(16)}`,
			template_id: null,
			items: [],
			tags: [],
		};
	}

	recalculate(invoice: Invoice): void {
		let net = 0;
		const taxes = new Map<string, Tax>();
		for (const item of invoice.items) {
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

	/** The invoice as GET /invoices/{id} sends it. */
	record(invoice: Invoice): unknown {
		const { items: _items, tags: _tags, free_text_id: _free, statusBeforeCancel: _before, encashed: _encashed, taxes, ...fields } =
			invoice;
		const out = toApi(fields as unknown as Value) as Record<string, unknown>;
		// Keep the documented element order: taxes before payment_types.
		const ordered: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(out)) {
			if (k === 'payment_types') {
				ordered.taxes = taxes.length ? { tax: repeated(taxes.map((t) => toApi(t as unknown as Value))) } : {};
			}
			ordered[k] = v;
		}
		return ordered;
	}

	// -------------------------------------------------------------------------------------------
	// Auth, rate limit, content negotiation.

	private guarded(req: SandboxRequest, handler: (req: SandboxRequest) => SandboxReply): SandboxReply {
		const key = req.headers['x-billomatapikey'];
		if (typeof key !== 'string' || !this.apiKeys.has(key)) {
			return errors(401, 'Unauthorized');
		}
		const appId = req.headers['x-appid'];
		const appSecret = req.headers['x-appsecret'];
		if (appId !== undefined || appSecret !== undefined) {
			if (typeof appId !== 'string' || typeof appSecret !== 'string' || this.apps.get(appId) !== appSecret) {
				return errors(401, 'Invalid app credentials (X-AppId / X-AppSecret)');
			}
		}
		const usageKey = `${key}|${appId ?? ''}`;
		const budget = appId ? this.rateLimit.appBudget : this.rateLimit.budget;
		const windowStart = this.windowStart();
		let usage = this.usage.get(usageKey);
		if (!usage || usage.windowStart !== windowStart) {
			usage = { windowStart, used: 0 };
			this.usage.set(usageKey, usage);
		}
		const rateHeaders = (remaining: number) => ({
			'X-Rate-Limit-Remaining': String(Math.max(0, remaining)),
			'X-Rate-Limit-Reset': String(Math.ceil((windowStart + this.rateLimit.windowMs) / 1000)),
		});
		if (usage.used >= budget) {
			return { ...errors(429, 'Rate limit exceeded'), headers: rateHeaders(0) };
		}
		usage.used += 1;
		const headers = rateHeaders(budget - usage.used);

		const wantsPdf = req.query.get('format') === 'pdf';
		const accept = String(req.headers.accept ?? '');
		if (!wantsPdf && !accept.includes('application/json')) {
			return { ...errors(406, 'Send "Accept: application/json" for a JSON reply'), headers };
		}
		if (req.body.length > 0 && !String(req.headers['content-type'] ?? '').includes('application/json')) {
			return { ...errors(415, 'Send the body as JSON with "Content-Type: application/json"'), headers };
		}
		const reply = handler(req);
		return { ...reply, headers: { ...headers, ...(reply.headers ?? {}) } };
	}

	/** The request's JSON object, or the 400 Billomat gives for anything else. */
	json(req: SandboxRequest): { value: Record<string, unknown> } | { reply: SandboxReply } {
		if (req.body.length === 0) return { value: {} };
		try {
			const value = JSON.parse(req.body.toString('utf8')) as unknown;
			if (!value || typeof value !== 'object' || Array.isArray(value)) return { reply: errors(400, 'The body must be a JSON object') };
			return { value: value as Record<string, unknown> };
		} catch {
			return { reply: errors(400, 'The body is not valid JSON') };
		}
	}

	withInvoice(req: SandboxRequest, handler: (invoice: Invoice) => SandboxReply): SandboxReply {
		const invoice = /^\d+$/.test(req.params.id) ? this.invoices.get(Number(req.params.id)) : undefined;
		if (!invoice) return errors(404, 'Invoice not found');
		return handler(invoice);
	}

	// -------------------------------------------------------------------------------------------
	// GET /invoices

	private filtered(req: SandboxRequest, extra: string[]): Invoice[] | SandboxReply {
		const q = req.query;
		const problems: string[] = [];
		for (const name of new Set(q.keys())) {
			if (!FILTERS.includes(name) && !extra.includes(name)) problems.push(`Unknown parameter: ${name}`);
		}
		for (const name of ['client_id', 'contact_id', 'article_id']) {
			const v = q.get(name);
			if (v !== null && !/^\d+$/.test(v)) problems.push(`${name} must be an integer`);
		}
		for (const name of ['from', 'to']) {
			const v = q.get(name);
			if (v !== null && !isDate(v)) problems.push(`${name} must be a date in the format YYYY-MM-DD`);
		}
		const statuses = q.get('status')?.split(',') ?? [];
		for (const s of statuses) if (!STATUSES.includes(s)) problems.push(`Unknown status: ${s}`);
		const payments = q.get('payment_type')?.split(',') ?? [];
		for (const p of payments) if (!PAYMENT_TYPES.includes(p)) problems.push(`Unknown payment type: ${p}`);
		if (problems.length) return errors(400, ...problems);

		const contains = (value: string | null, needle: string | null) =>
			needle === null || (value ?? '').toLowerCase().includes(needle.toLowerCase());
		const tags = q.get('tags')?.split(',').map((t) => t.trim()).filter(Boolean) ?? [];
		return [...this.invoices.values()].filter((inv) => {
			if (q.has('client_id') && inv.client_id !== Number(q.get('client_id'))) return false;
			if (q.has('contact_id') && inv.contact_id !== Number(q.get('contact_id'))) return false;
			if (!contains(inv.invoice_number, q.get('invoice_number'))) return false;
			if (statuses.length && !statuses.includes(inv.status)) return false;
			if (payments.length && !payments.some((p) => inv.payment_types.split(',').includes(p))) return false;
			if (q.has('from') && inv.date < q.get('from')!) return false;
			if (q.has('to') && inv.date > q.get('to')!) return false;
			if (!contains(inv.label, q.get('label'))) return false;
			if (!contains(inv.intro, q.get('intro'))) return false;
			if (!contains(inv.note, q.get('note'))) return false;
			if (tags.length && !tags.every((t) => inv.tags.includes(t))) return false;
			if (q.has('article_id') && !inv.items.some((i) => i.article_id === Number(q.get('article_id')))) return false;
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
			if (!m || !ORDER_FIELDS.includes(m[1])) return errors(400, `Invalid order_by: ${orderBy}`);
			const field = m[1] as keyof Invoice;
			const dir = (m[2] ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
			hits.sort((a, b) => {
				const x = a[field] as string | number | null;
				const y = b[field] as string | number | null;
				if (x === y) return a.id - b.id;
				if (x === null) return 1;
				if (y === null) return -1;
				return (x < y ? -1 : 1) * dir;
			});
		} else {
			hits.sort((a, b) => a.id - b.id);
		}
		const slice = hits.slice((page - 1) * perPage, page * perPage);
		const invoices: Record<string, unknown> = {};
		if (slice.length) invoices.invoice = repeated(slice.map((inv) => this.record(inv)));
		invoices['@page'] = String(page);
		invoices['@per_page'] = String(perPage);
		invoices['@total'] = String(hits.length);
		this.afterListPage?.({ page, perPage, total: hits.length, ids: slice.map((inv) => inv.id), query: req.query });
		return { body: { invoices } };
	}

	private groups(req: SandboxRequest): SandboxReply {
		const groupBy = (req.query.get('group_by') ?? '').split(',').filter(Boolean);
		const bad = groupBy.filter((g) => !GROUPS.includes(g));
		if (!groupBy.length || bad.length) return errors(400, `Invalid group_by: ${req.query.get('group_by')}`);
		const hits = this.filtered(req, ['group_by']);
		if (!Array.isArray(hits)) return hits;
		const keyOf = (inv: Invoice, g: string): string | number => {
			const d = DateTime.fromISO(inv.date);
			switch (g) {
				case 'client':
					return inv.client_id;
				case 'status':
					return inv.status;
				case 'day':
					return inv.date;
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
		for (const inv of [...hits].sort((a, b) => a.id - b.id)) {
			const params: Record<string, string | number> = {};
			for (const g of groupBy) params[fieldOf(g)] = keyOf(inv, g);
			const key = JSON.stringify(params);
			const group = groups.get(key) ?? { params, gross: 0, net: 0 };
			group.gross = round2(group.gross + inv.total_gross);
			group.net = round2(group.net + inv.total_net);
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
			list['invoice-group'] = repeated(
				sorted.map((g) => ({
					total_gross: String(g.gross),
					total_net: String(g.net),
					...toApi(g.params as Value) as Record<string, unknown>,
					'invoice-params': toApi(g.params as Value),
				})),
			);
		}
		list['@currency_code'] = 'EUR';
		return { body: { 'invoice-groups': list } };
	}

	// -------------------------------------------------------------------------------------------
	// Writes.

	private validateFields(fields: Record<string, unknown>, creating: boolean): string[] {
		const problems: string[] = [];
		for (const key of Object.keys(fields)) {
			if (!WRITABLE.includes(key) && !(creating && key === 'invoice-items')) problems.push(`Unknown field: ${key}`);
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
		if (fields.client_id !== undefined && !this.clients.has(Number(fields.client_id))) problems.push('Client not found');
		return problems;
	}

	private apply(invoice: Invoice, fields: Record<string, unknown>): void {
		for (const [key, value] of Object.entries(fields)) {
			if (key === 'invoice-items') continue;
			const typed = INT_FIELDS.includes(key) || ['discount_rate', 'quote'].includes(key) ? Number(value) : String(value);
			(invoice as unknown as Record<string, unknown>)[key] = typed;
		}
		if ('client_id' in fields && !('address' in fields)) invoice.address = this.clients.get(invoice.client_id)?.address ?? '';
		if ('date' in fields && !('due_date' in fields)) {
			invoice.due_date = DateTime.fromISO(invoice.date).plus({ days: invoice.due_days }).toISODate()!;
		}
		this.recalculate(invoice);
	}

	private create(req: SandboxRequest): SandboxReply {
		const parsed = this.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const fields = (body as Record<string, unknown>).invoice as Record<string, unknown> | undefined;
		if (!fields || typeof fields !== 'object') return errors(400, 'The body must hold an "invoice" element');
		const problems = this.validateFields(fields, true);
		if (fields.client_id === undefined) problems.unshift('client_id is required');
		const items: InvoiceItem[] = [];
		const rawItems = fields['invoice-items'];
		if (rawItems !== undefined) {
			const list = (rawItems as { 'invoice-item'?: unknown })?.['invoice-item'];
			const entries = list === undefined ? [] : Array.isArray(list) ? list : [list];
			entries.forEach((entry: Record<string, unknown>, n) => {
				for (const key of Object.keys(entry ?? {})) {
					if (!ITEM_FIELDS.includes(key)) problems.push(`invoice-item ${n + 1}: unknown field ${key}`);
				}
				for (const key of ['quantity', 'unit_price', 'tax_rate']) {
					if (entry?.[key] !== undefined && !Number.isFinite(Number(entry[key]))) {
						problems.push(`invoice-item ${n + 1}: ${key} must be a number`);
					}
				}
				// An item naming an article takes the article's values for what it does not give.
				const withArticle = { ...this.articles.itemDefaults(entry?.article_id), ...(entry as object) } as Record<string, unknown>;
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
		this.invoices.set(id, invoice);
		return { status: 201, body: { invoice: this.record(invoice) } };
	}

	private update(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		if (invoice.status !== 'DRAFT') {
			return errors(400, `Invoice ${invoice.id} is not a draft (status ${invoice.status}) and cannot be edited`);
		}
		const fields = (body as Record<string, unknown>).invoice as Record<string, unknown> | undefined;
		if (!fields || typeof fields !== 'object') return errors(400, 'The body must hold an "invoice" element');
		const problems = this.validateFields(fields, false);
		if (problems.length) return errors(400, ...problems);
		this.apply(invoice, fields);
		return { body: { invoice: this.record(invoice) } };
	}

	private remove(invoice: Invoice): SandboxReply {
		if (invoice.status !== 'DRAFT') {
			return errors(400, `Invoice ${invoice.id} is not a draft (status ${invoice.status}) and cannot be deleted`);
		}
		this.invoices.delete(invoice.id);
		this.pdfs.delete(invoice.id);
		return { status: 200 };
	}

	private makePdf(invoice: Invoice): void {
		const lines = [
			`Invoice ${invoice.invoice_number}`,
			`Date: ${invoice.date}   Due: ${invoice.due_date}`,
			`Client: ${this.clients.get(invoice.client_id)?.name ?? invoice.client_id}`,
			...invoice.items.map((i) => `${i.quantity} x ${i.title ?? 'Item'} @ ${i.unit_price.toFixed(2)}`),
			`Total: ${invoice.total_gross.toFixed(2)} ${invoice.currency_code}`,
		];
		this.pdfs.set(invoice.id, {
			id: 4000 + invoice.id,
			created: DateTime.now().toISO({ suppressMilliseconds: true })!,
			filename: `invoice_${invoice.invoice_number}.pdf`,
			data: makePdf(lines),
			print: makePdf(['(print version, no background)', ...lines]),
		});
	}

	private complete(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		if (invoice.status !== 'DRAFT') {
			return errors(400, `Invoice ${invoice.id} is not a draft (status ${invoice.status}) and cannot be completed`);
		}
		const complete = ((body as Record<string, unknown>).complete ?? {}) as Record<string, unknown>;
		const unknown = Object.keys(complete).filter((k) => k !== 'template_id');
		if (unknown.length) return errors(400, ...unknown.map((k) => `Unknown field: ${k}`));
		if (complete.template_id !== undefined) {
			if (!/^\d+$/.test(String(complete.template_id))) return errors(400, 'template_id must be an integer');
			invoice.template_id = Number(complete.template_id);
		}
		if (invoice.number === null) invoice.number = this.nextNumber++;
		invoice.invoice_number = `${invoice.number_pre}${String(invoice.number).padStart(invoice.number_length, '0')}`;
		invoice.status = invoice.total_gross === 0 ? 'PAID' : 'OPEN';
		this.makePdf(invoice);
		return { status: 200 };
	}

	private pdf(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const pdf = this.pdfs.get(invoice.id);
		if (!pdf) return errors(404, 'No PDF for this invoice: a draft has none until it is completed');
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
					invoice_id: String(invoice.id),
					filename: pdf.filename,
					mimetype: 'application/pdf',
					filesize: String(data.length),
					base64file: data.toString('base64'),
				},
			},
		};
	}

	private signature(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.json(req);
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
		const parsed = this.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const email = (body as Record<string, unknown>).email as Record<string, unknown> | undefined;
		if (!email || typeof email !== 'object') return errors(400, 'The body must hold an "email" element');
		if (invoice.status === 'DRAFT') return errors(400, 'A draft cannot be sent. Complete the invoice first');
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
		this.emails.push({ invoiceId: invoice.id, email });
		return { status: 200 };
	}

	private mail(req: SandboxRequest, invoice: Invoice): SandboxReply {
		const parsed = this.json(req);
		if ('reply' in parsed) return parsed.reply;
		const body = parsed.value;
		const mail = ((body as Record<string, unknown>).mail ?? {}) as Record<string, unknown>;
		if (invoice.status === 'DRAFT') return errors(400, 'A draft cannot be sent. Complete the invoice first');
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
		this.letters.push({ invoiceId: invoice.id, mail });
		return { status: 200 };
	}

	private cancel(invoice: Invoice): SandboxReply {
		if (invoice.status === 'DRAFT') return errors(400, 'A draft cannot be canceled; delete it instead');
		if (invoice.status === 'CANCELED') return errors(400, 'The invoice is already canceled');
		invoice.statusBeforeCancel = invoice.status;
		invoice.status = 'CANCELED';
		return { status: 200 };
	}

	private uncancel(invoice: Invoice): SandboxReply {
		if (invoice.status !== 'CANCELED') return errors(400, `Invoice ${invoice.id} is not canceled (status ${invoice.status})`);
		invoice.status = invoice.statusBeforeCancel ?? 'OPEN';
		invoice.statusBeforeCancel = undefined;
		return { status: 200 };
	}

	private encash(invoice: Invoice): SandboxReply {
		if (invoice.status !== 'OPEN' && invoice.status !== 'OVERDUE') {
			return errors(400, `Only open or overdue invoices can be handed to debt collection (status ${invoice.status})`);
		}
		if (invoice.encashed) return errors(400, 'The invoice has already been handed to debt collection');
		invoice.encashed = true;
		return { status: 200 };
	}
}
