// Billomat emulator, from the "Invoices" API page plus Billomat's public conventions: the
// document endpoints (invoices, credit notes: sandbox/billomat/documents.ts) under {base}/api, `X-BillomatApiKey` (optional `X-AppId`/`X-AppSecret`),
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
import { registerIncomingItems } from './incomingItems';
import { registerSuppliers } from './suppliers';
import { registerUnits } from './units';
import { registerClientProperties } from './clientProperties';
import { registerEmailTemplates } from './emailTemplates';
import { registerFreeTexts } from './freeTexts';
import { registerTemplates } from './templates';
import { registerUsers } from './users';
import { BillomatWebhooks } from './webhooks';
import { registerDocumentDemos } from './documentDemos';
import type { FamilySpec, Invoice, ListPageServed } from './documents';
import { DocumentBook, FAMILIES, recalculate } from './documents';

export type { Client } from './clients';
export type { DocumentRecord, Invoice, InvoiceItem, ListPageServed, Tax } from './documents';
export { FAMILIES } from './documents';

export const BILLOMAT_DEMO_API_KEY = 'bm-demo-3f9c2a71d8e54b06a1c7';
export const BILLOMAT_DEMO_APP_ID = 'demo-app-4711';
export const BILLOMAT_DEMO_APP_SECRET = 'bm-app-secret-8c1e5f2a9d3b';

export type Value = string | number | null | undefined | Value[] | { [key: string]: Value };

export interface SentEmail {
	invoiceId: number;
	email: Record<string, unknown>;
}

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
	clients = new ClientBook();
	/** The documents, one book per family (sandbox/billomat/documents.ts): `invoices`, `credit-notes`. */
	documentBooks: Record<string, DocumentBook> = Object.fromEntries(
		Object.entries(FAMILIES).map(([path, spec]: [string, FamilySpec]) => [path, new DocumentBook(this, spec)]),
	);
	apiKeys = new Set([BILLOMAT_DEMO_API_KEY]);
	apps = new Map([[BILLOMAT_DEMO_APP_ID, BILLOMAT_DEMO_APP_SECRET]]);
	/** Requests per window without / with a registered app, and the window (a clock quarter). */
	rateLimit = { budget: 300, appBudget: 1000, windowMs: 15 * 60 * 1000 };
	private usage = new Map<string, { windowStart: number; used: number }>();
	/** The article catalogue (sandbox/billomat/articles.ts). */
	articles = new BillomatArticles(this);
	/** The contacts of the clients (sandbox/billomat/contacts.ts). */
	contacts = new BillomatContacts(this);
	/** Settings > Webhooks and the calls it makes (sandbox/billomat/webhooks.ts). */
	webhooks = new BillomatWebhooks(this);

	constructor() {
		super('Billomat');
		const api = (method: string, path: string, handler: (req: SandboxRequest) => SandboxReply) => this.apiRoute(method, path, handler);
		for (const book of Object.values(this.documentBooks)) book.register(api);
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
		registerIncomingItems(this);
		registerDocumentDemos(this);
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
		this.rateLimit = { budget: 300, appBudget: 1000, windowMs: 15 * 60 * 1000 };
		this.usage.clear();
		this.clients.seed();
		for (const book of Object.values(this.documentBooks)) book.clear();
		const add = (fields: Partial<Invoice> & Pick<Invoice, 'id' | 'client_id' | 'status' | 'date'>) => this.documentBooks.invoices.add(fields);
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
		this.seedCreditNotes();
		for (const hook of this.seedHooks) hook();
	}

	/** Demo credit notes of the demo clients: a partial refund of invoice 3, a goodwill draft for invoice 4, a paid return. */
	private seedCreditNotes(): void {
		const book = this.documentBooks['credit-notes'];
		book.add({
			id: 31,
			client_id: 476,
			status: 'OPEN',
			date: '2024-03-15',
			invoice_number: 'GS1',
			number: 1,
			number_pre: 'GS',
			invoice_id: 3,
			label: 'Hosting 2024: three months refunded',
			intro: 'For the hosting months not used we credit you:',
			tags: ['hosting'],
			items: [{ unit: 'month', quantity: 3, unit_price: 20, tax_name: 'MwSt', tax_rate: 19, title: 'Hosting (refund)' }],
		});
		book.add({
			id: 32,
			client_id: 477,
			contact_id: 12,
			status: 'DRAFT',
			date: '2024-02-05',
			invoice_id: 4,
			label: 'Support January: goodwill',
			currency_code: 'GBP',
			tags: ['support'],
			items: [{ unit: 'hour', quantity: 1, unit_price: 75, tax_name: 'VAT', tax_rate: 20, title: 'Support (goodwill)' }],
		});
		book.add({
			id: 33,
			client_id: 477,
			status: 'PAID',
			date: '2023-12-20',
			invoice_number: 'GS2',
			number: 2,
			number_pre: 'GS',
			label: 'Returned booklets',
			note: 'Refunded by bank transfer',
			tags: [],
			items: [{ article_id: 12, unit: 'Piece', quantity: 2, unit_price: 1.23, tax_name: 'MwSt', tax_rate: 19, title: 'Model' }],
		});
		book.nextNumber = 3;
	}

	/** A document of a family by its ID (`document('credit-notes', 31)`), for the routes of items, comments, tags and payments. */
	document(family: string, id: number): Invoice | undefined {
		return this.documentBooks[family]?.records.get(id);
	}

	/** The invoices (the `invoices` family's records). */
	get invoices(): Map<number, Invoice> {
		return this.documentBooks.invoices.records;
	}

	get pdfs() {
		return this.documentBooks.invoices.pdfs;
	}

	get signatures() {
		return this.documentBooks.invoices.signatures;
	}

	/** The invoice emails sent, in order. */
	get emails(): SentEmail[] {
		return this.documentBooks.invoices.emails.map(({ id, email }) => ({ invoiceId: id, email }));
	}

	/** The invoices posted, in order. */
	get letters(): Array<{ invoiceId: number; mail: Record<string, unknown> }> {
		return this.documentBooks.invoices.letters.map(({ id, mail }) => ({ invoiceId: id, mail }));
	}

	/**
	 * Called after each page of GET /api/invoices is built, before its reply goes out: what a test
	 * changes here (delete, pay or add invoices) is what the next page request sees, as when other
	 * users change the account between two page requests. Cleared by reset().
	 */
	get afterListPage(): ((served: ListPageServed) => void) | undefined {
		return this.documentBooks.invoices.afterListPage;
	}

	set afterListPage(hook: ((served: ListPageServed) => void) | undefined) {
		this.documentBooks.invoices.afterListPage = hook;
	}

	/** Add `count` generated OPEN invoices (for paging tests); returns their IDs. */
	addInvoices(count: number, fields: Partial<Invoice> = {}): number[] {
		return this.documentBooks.invoices.addMany(count, fields);
	}

	/** Add `count` generated OPEN credit notes (for paging tests); returns their IDs. */
	addCreditNotes(count: number, fields: Partial<Invoice> = {}): number[] {
		return this.documentBooks['credit-notes'].addMany(count, fields);
	}

	recalculate(invoice: Invoice): void {
		recalculate(invoice);
	}

	/** The invoice as GET /invoices/{id} sends it. */
	record(invoice: Invoice): unknown {
		return this.documentBooks.invoices.record(invoice);
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
		return this.documentBooks.invoices.with(req, handler);
	}
}
