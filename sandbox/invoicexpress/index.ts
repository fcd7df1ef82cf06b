// InvoiceXpress emulator. From the legacy "invoices.update" page
// (provider-docs/invoicexpress-invoices-update.txt): PUT /invoices/{id}.xml with `api_key` in the
// query and the documented XML body, 401 / 404 / 422 with `<errors><error>…</error></errors>` and
// the documented validation texts (accepted units, settled documents cannot change, unknown
// country). That is the only `.xml` route: the legacy API documents nothing else, so any other
// `.xml` path answers 404. From the current API v2 reference: the `.json` paths with
// `{"invoice":{…}}` bodies: create, get, update, list with filters and `pagination`, change-state
// (a state machine), email-document, and GET /api/pdf/{id} answering 202 until the PDF is ready,
// then a `pdfUrl` served by this sandbox on /downloads/.
// Both hosts ({account}.invoicexpress.net and {account}.app.invoicexpress.com) are this one server.
import { DateTime } from 'luxon';

import { buildXml, parseXml, xmlList } from '../../nodes/shared/xml';
import type { SandboxReply, SandboxRequest } from '../framework';
import { Sandbox } from '../framework';
import { registerClients } from './clients';
import { registerAccounts } from './accounts';
import { registerItems } from './items';
import { registerSaft } from './saft';
import { registerSequences } from './sequences';
import { registerTaxes } from './taxes';

export const INVOICEXPRESS_DEMO_ACCOUNT = 'demo-company';
export const INVOICEXPRESS_DEMO_API_KEY = 'ixk_4f2b9c7e1d8a6053b1e2c3d4a5f6e7d8';

/** Units the demo account accepts ("Unit kg is not included in the list of accepted units"). */
export const ACCEPTED_UNITS = ['unit', 'hour', 'day', 'month', 'service', 'other'];
export const KNOWN_COUNTRIES = ['Portugal', 'Spain', 'France', 'Germany', 'United Kingdom', 'Brazil', 'Angola'];
export const KNOWN_TAXES: Record<string, number> = { IVA23: 23, IVA13: 13, IVA6: 6, IVA0: 0, IVA20: 20 };

/** How many times GET /api/pdf/{id} answers 202 before the PDF is ready. */
export const PDF_PENDING_POLLS = 2;

const TYPES: Record<string, { className: string; singular: string }> = {
	invoices: { className: 'Invoice', singular: 'invoice' },
	invoice_receipts: { className: 'InvoiceReceipt', singular: 'invoice_receipt' },
	simplified_invoices: { className: 'SimplifiedInvoice', singular: 'simplified_invoice' },
	credit_notes: { className: 'CreditNote', singular: 'credit_note' },
	debit_notes: { className: 'DebitNote', singular: 'debit_note' },
};

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
}

type Format = 'json' | 'xml';

/**
 * The order GET /invoices.json lists documents in. The API pages do not say; accounts were seen
 * answering newest first, so both readings are offered.
 */
export type ListOrder = 'oldest-first' | 'newest-first';

/** A page of GET /invoices as it was served, for {@link InvoiceXpressSandbox.afterListPage}. */
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

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

function totals(doc: IxDocument) {
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
		client: { ...doc.client },
		items: doc.items.map((item) => ({ ...item, tax: item.tax ?? null })),
	};
}

/** JSON → legacy XML shape: lists as `type="array"`, null as an empty element. */
function xmlShape(value: unknown, name = ''): unknown {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) {
		const child = name.endsWith('s') ? name.slice(0, -1) : 'item';
		return { '@type': 'array', [child]: value.map((v) => xmlShape(v, child)) };
	}
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = xmlShape(v, k);
		return out;
	}
	return value;
}

function reply(format: Format, status: number, root: string, value: unknown): SandboxReply {
	if (format === 'xml') {
		return {
			status,
			headers: { 'Content-Type': 'application/xml; charset=utf-8' },
			body: buildXml(root, xmlShape(value, root) as Record<string, unknown>),
		};
	}
	return { status, body: { [root]: value } };
}

function errors(format: Format, status: number, lines: string[]): SandboxReply {
	if (format === 'xml') {
		return {
			status,
			headers: { 'Content-Type': 'application/xml; charset=utf-8' },
			body: buildXml('errors', { error: lines }),
		};
	}
	return { status, body: { errors: lines.map((error) => ({ error })) } };
}

/** `12.json` → { id: '12', format: 'json' }. */
function splitFile(file: string): { name: string; format: Format } | undefined {
	const m = /^(.+)\.(json|xml)$/.exec(file);
	return m ? { name: m[1], format: m[2] as Format } : undefined;
}

/** XML request → plain values: `type="array"` lists become arrays, text stays text. */
function fromXml(value: unknown): unknown {
	if (value === null || value === undefined || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(fromXml);
	const element = value as Record<string, unknown>;
	const children = Object.keys(element).filter((k) => !k.startsWith('@') && k !== '#text');
	if (element['@type'] === 'array') return children.flatMap((k) => xmlList(element[k]).map(fromXml));
	if (children.length === 0) return '#text' in element ? String(element['#text']) : '';
	return Object.fromEntries(children.map((k) => [k, fromXml(element[k])]));
}

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

function day(value: string | null): DateTime | undefined {
	if (!value || !DATE.test(value)) return undefined;
	const dt = DateTime.fromFormat(value, 'dd/MM/yyyy');
	return dt.isValid ? dt : undefined;
}

export class InvoiceXpressSandbox extends Sandbox {
	documents = new Map<number, IxDocument>();
	clients: IxClient[] = [];
	/** Polls of GET /api/pdf/{id} so far, per document. */
	pdfPolls = new Map<number, number>();
	/** Emails sent through email-document, newest last. */
	emails: Array<{ id: number; message: Record<string, unknown> }> = [];
	/** The last document body (parsed) update or create received, for tests. */
	lastBody: Record<string, unknown> | undefined;
	apiKeys = new Set([INVOICEXPRESS_DEMO_API_KEY]);
	/** The order of the list (reset() restores oldest first). */
	listOrder: ListOrder = 'oldest-first';
	/**
	 * Called after each page of GET /invoices is built, before its reply goes out: what a test
	 * changes here (add, delete or change documents) is what the next page request sees, as when
	 * other users change the account between two page requests. Cleared by reset().
	 */
	afterListPage?: (served: ListPageServed) => void;
	private nextId = 1;

	constructor() {
		super('InvoiceXpress');
		// The other resources' routes (one register call per file of sandbox/invoicexpress/) come
		// first: the document routes below match any collection.
		registerClients(this);
		registerTaxes(this);
		registerItems(this);
		registerSequences(this);
		registerSaft(this);
		registerAccounts(this);
		this.route('GET', '/downloads/:file', (req) => this.pdfFile(req));
		this.route('GET', '/api/pdf/:file', (req) => this.authorised(req, (f) => this.pdf(req, f)));
		this.route('GET', '/:collection', (req) => this.authorised(req, (f) => this.list(req, f)));
		this.route('POST', '/:collection', (req) => this.authorised(req, (f) => this.create(req, f)));
		this.route('GET', '/:type/:file', (req) => this.authorised(req, (f) => this.get(req, f)));
		// invoices.update, the one documented legacy request: PUT /invoices/:invoice-id.xml.
		this.route('PUT', '/:type/:file', (req) => this.authorised(req, (f) => this.update(req, f), req.params.type === 'invoices'));
		this.route('PUT', '/:type/:id/:action', (req) => this.authorised(req, (f) => this.action(req, f)));
		this.seed();
	}

	protected seed(): void {
		this.listOrder = 'oldest-first';
		this.afterListPage = undefined;
		this.documents = new Map();
		this.pdfPolls = new Map();
		this.emails = [];
		this.lastBody = undefined;
		this.nextId = 1001;
		this.clients = [
			{ id: 501, name: 'Bruce Norris', code: 'BN01', email: 'foo@bar.com', country: 'Germany', fiscal_id: '12' },
			{ id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', country: 'Portugal', fiscal_id: '501234567' },
		];
		const item = (name: string, unit_price: number, quantity: number, tax: string | null = 'IVA23'): IxItem => ({
			name,
			description: `${name} description`,
			unit_price,
			quantity,
			unit: 'unit',
			discount: 0,
			tax: tax ? { name: tax, value: KNOWN_TAXES[tax] } : null,
		});
		const docs: Array<Omit<IxDocument, 'path'>> = [
			{ id: 1001, type: 'Invoice', status: 'draft', archived: false, sequence_number: 'draft', date: '19/10/2009', due_date: '19/10/2009', reference: '123456', observations: 'Computer processed', retention: 5, client: this.clients[0], items: [item('Product 1', 10, 1)] },
			{ id: 1002, type: 'Invoice', status: 'final', archived: false, sequence_number: '1/A', date: '05/01/2024', due_date: '04/02/2024', reference: 'PO-77', observations: null, retention: null, client: this.clients[1], items: [item('Espresso beans', 12.5, 4), item('Grinder service', 40, 1)] },
			{ id: 1003, type: 'Invoice', status: 'settled', archived: false, sequence_number: '2/A', date: '12/01/2024', due_date: '11/02/2024', reference: null, observations: null, retention: null, client: this.clients[0], items: [item('Consulting', 80, 3)] },
			{ id: 1004, type: 'InvoiceReceipt', status: 'final', archived: false, sequence_number: '1/R', date: '20/01/2024', due_date: '20/01/2024', reference: null, observations: null, retention: null, client: this.clients[1], items: [item('Pastel de nata', 1.2, 50, 'IVA13')] },
			{ id: 1005, type: 'SimplifiedInvoice', status: 'final', archived: false, sequence_number: '1/S', date: '02/02/2024', due_date: '02/02/2024', reference: null, observations: null, retention: null, client: this.clients[1], items: [item('Coffee', 0.8, 10, 'IVA13')] },
			{ id: 1006, type: 'CreditNote', status: 'final', archived: false, sequence_number: '1/NC', date: '15/02/2024', due_date: '15/02/2024', reference: '1/A', observations: 'Returned grinder', retention: null, client: this.clients[1], items: [item('Grinder service', 40, 1)] },
			{ id: 1007, type: 'DebitNote', status: 'draft', archived: false, sequence_number: 'draft', date: '01/03/2024', due_date: '31/03/2024', reference: null, observations: null, retention: null, client: this.clients[0], items: [item('Late fee', 15, 1, null)] },
			{ id: 1008, type: 'Invoice', status: 'canceled', archived: true, sequence_number: '3/A', date: '03/03/2024', due_date: '02/04/2024', reference: null, observations: null, retention: null, client: this.clients[0], items: [item('Workshop', 300, 1)] },
		];
		for (const doc of docs) {
			const path = Object.entries(TYPES).find(([, t]) => t.className === doc.type)![0];
			this.documents.set(doc.id, structuredClone({ ...doc, path }));
		}
		this.nextId = 1009;
	}

	/** Add a final invoice, as if created in the account now (for list tests); returns its id. */
	addDocument(fields: Partial<Omit<IxDocument, 'id' | 'path'>> = {}): number {
		const id = this.nextId++;
		this.documents.set(id, {
			id,
			type: 'Invoice',
			path: 'invoices',
			status: 'final',
			archived: false,
			sequence_number: `${id}/A`,
			date: '01/06/2024',
			due_date: '01/07/2024',
			reference: null,
			observations: null,
			retention: null,
			client: this.clients[0],
			items: [{ name: 'Service', description: null, unit_price: 10, quantity: 1, unit: 'unit', discount: 0, tax: null }],
			...fields,
		});
		return id;
	}

	/**
	 * Work out the reply format from the path's extension, then check `api_key`. A `.xml` path is
	 * served only where the legacy API documents it (`legacyDocumented`); elsewhere it is unknown.
	 */
	private authorised(
		req: SandboxRequest,
		handler: (format: Format) => SandboxReply,
		legacyDocumented = false,
	): SandboxReply {
		const last = req.path.split('/').pop() ?? '';
		const format: Format = last.endsWith('.xml') ? 'xml' : 'json';
		if (format === 'xml' && !legacyDocumented) {
			return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found: the legacy XML API documents only PUT /invoices/:invoice-id.xml' };
		}
		const key = req.query.get('api_key');
		if (!key || !this.apiKeys.has(key)) {
			return format === 'xml'
				? { status: 401, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: buildXml('errors', { error: ['Access denied'] }) }
				: { status: 401, body: { errors: [{ error: 'Access denied' }] } };
		}
		return handler(format);
	}

	private notFound(format: Format): SandboxReply {
		return errors(format, 404, ['Not Found']);
	}

	/** The request body as plain values: `{"invoice":{…}}` or `<invoice>…</invoice>`. */
	private body(req: SandboxRequest, format: Format): Record<string, unknown> | SandboxReply {
		const text = req.body.toString('utf8');
		try {
			if (format === 'xml') {
				const parsed = parseXml(text);
				return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, fromXml(v)]));
			}
			return JSON.parse(text) as Record<string, unknown>;
		} catch (error) {
			return errors(format, 422, [`The request body could not be read: ${(error as Error).message}`]);
		}
	}

	private findDocument(req: SandboxRequest, id: string | undefined): IxDocument | undefined {
		const doc = id && /^\d+$/.test(id) ? this.documents.get(Number(id)) : undefined;
		if (!doc || doc.status === 'deleted' || doc.path !== req.params.type) return undefined;
		return doc;
	}

	/** The documented validations, with their documented texts. */
	private validate(invoice: Record<string, unknown>): { errors: string[]; items: IxItem[]; client?: Omit<IxClient, 'id'> } {
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
		if (typeof client.name !== 'string' || client.name.trim() === '') clientOk = false;
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
			if (typeof raw.name !== 'string' || raw.name === '') itemErrors.push('name can\'t be blank');
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
		const clientFields = clientOk
			? (Object.fromEntries(Object.entries(client).map(([k, v]) => [k, String(v)])) as unknown as Omit<IxClient, 'id'>)
			: undefined;
		return { errors: out, items, client: clientFields };
	}

	/** An existing client by code or name (its other fields are then ignored), else a new one. */
	private clientFor(fields: Omit<IxClient, 'id'>): IxClient {
		const existing = this.clients.find((c) => (fields.code && c.code === fields.code) || c.name === fields.name);
		if (existing) return existing;
		const client: IxClient = { id: 500 + this.clients.length + 1, ...fields };
		this.clients.push(client);
		return client;
	}

	private applyFields(doc: IxDocument, invoice: Record<string, unknown>, items: IxItem[], client: Omit<IxClient, 'id'>) {
		if (invoice.date !== undefined) doc.date = String(invoice.date);
		if (invoice.due_date !== undefined) doc.due_date = String(invoice.due_date);
		if (invoice.reference !== undefined) doc.reference = String(invoice.reference);
		if (invoice.observations !== undefined) doc.observations = String(invoice.observations);
		if (invoice.retention !== undefined && invoice.retention !== '') doc.retention = asNumber(invoice.retention) ?? null;
		doc.client = this.clientFor(client);
		doc.items = items;
	}

	private create(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.collection);
		const type = file && TYPES[file.name];
		if (!type) return this.notFound(format);
		const body = this.body(req, format);
		if ('status' in body && typeof body.status === 'number') return body as SandboxReply;
		const invoice = ((body as Record<string, unknown>).invoice ?? {}) as Record<string, unknown>;
		this.lastBody = invoice;
		const checked = this.validate(invoice);
		if (!invoice.date) checked.errors.push('Date can\'t be blank');
		if (!invoice.due_date) checked.errors.push('Due date can\'t be blank');
		if (checked.errors.length) return errors(format, 422, checked.errors);
		const doc: IxDocument = {
			id: this.nextId++,
			type: type.className,
			path: file.name,
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
		this.applyFields(doc, invoice, checked.items, checked.client!);
		this.documents.set(doc.id, doc);
		return reply(format, 201, type.singular, present(doc));
	}

	private get(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.file);
		const doc = this.findDocument(req, file?.name);
		if (!doc) return this.notFound(format);
		return reply(format, 200, TYPES[doc.path].singular, present(doc));
	}

	private update(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.file);
		const doc = this.findDocument(req, file?.name);
		if (!doc) return this.notFound(format);
		const body = this.body(req, format);
		if ('status' in body && typeof body.status === 'number') return body as SandboxReply;
		const invoice = ((body as Record<string, unknown>).invoice ?? {}) as Record<string, unknown>;
		this.lastBody = invoice;
		if (doc.status === 'settled') return errors(format, 422, ['Invoice has been settled so cant be changed anymore.']);
		if (doc.status === 'canceled') return errors(format, 422, ['Invoice has been canceled so cant be changed anymore.']);
		const checked = this.validate(invoice);
		if (checked.errors.length) return errors(format, 422, checked.errors);
		this.applyFields(doc, invoice, checked.items, checked.client!);
		return { status: 200 };
	}

	private action(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.action);
		const doc = this.findDocument(req, req.params.id);
		if (!file || !doc) return this.notFound(format);
		const body = this.body(req, format);
		if ('status' in body && typeof body.status === 'number') return body as SandboxReply;
		if (file.name === 'change-state') return this.changeState(doc, body as Record<string, unknown>, format);
		if (file.name === 'email-document') return this.emailDocument(doc, body as Record<string, unknown>, format);
		return this.notFound(format);
	}

	/** draft → final (finalized) or deleted; final/sent → settled or canceled; settled → final (unsettled). */
	private changeState(doc: IxDocument, body: Record<string, unknown>, format: Format): SandboxReply {
		const invoice = (body.invoice ?? {}) as Record<string, unknown>;
		const state = String(invoice.state ?? '');
		const message = invoice.message === undefined ? '' : String(invoice.message);
		const moves: Record<string, { from: string[]; to: string }> = {
			finalized: { from: ['draft'], to: 'final' },
			deleted: { from: ['draft'], to: 'deleted' },
			canceled: { from: ['final', 'sent', 'settled'], to: 'canceled' },
			settled: { from: ['final', 'sent'], to: 'settled' },
			unsettled: { from: ['settled'], to: 'final' },
		};
		const move = moves[state];
		if (!move) return errors(format, 422, [`State ${state} is not a valid state`]);
		if (state === 'canceled' && message.trim() === '') return errors(format, 422, ['Message can\'t be blank']);
		if (!move.from.includes(doc.status)) {
			return errors(format, 422, [`Invoice with status ${doc.status} cannot be ${state}`]);
		}
		doc.status = move.to;
		if (message) doc.message = message;
		if (state === 'finalized') {
			const count = [...this.documents.values()].filter((d) => d.type === doc.type && d.sequence_number !== 'draft').length;
			doc.sequence_number = `${count + 1}/${doc.type === 'Invoice' ? 'A' : doc.type.replace(/[a-z]/g, '')}`;
		}
		return reply(format, 200, TYPES[doc.path].singular, present(doc));
	}

	private emailDocument(doc: IxDocument, body: Record<string, unknown>, format: Format): SandboxReply {
		const message = (body.message ?? {}) as Record<string, unknown>;
		const client = (message.client ?? {}) as Record<string, unknown>;
		const lines: string[] = [];
		if (!EMAIL.test(String(client.email ?? ''))) lines.push('email must be an email address');
		if (!message.subject) lines.push('Subject can\'t be blank');
		if (!message.body) lines.push('Body can\'t be blank');
		if (doc.status === 'draft') lines.push('Document must be finalized before being sent');
		if (lines.length) return errors(format, 422, lines);
		this.emails.push({ id: doc.id, message });
		if (doc.status === 'final') doc.status = 'sent';
		return { status: 200 };
	}

	private list(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.collection);
		if (!file || file.name !== 'invoices') return this.notFound(format);
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
		const hits = [...this.documents.values()]
			.filter((d) => d.status !== 'deleted')
			.filter((d) => !types.length || types.includes(d.type))
			.filter((d) => !statuses.length || statuses.includes(d.status))
			.filter((d) => (d.archived ? archived : nonArchived))
			.filter((d) => !q.get('date[from]') && !q.get('date[to]') ? true : inRange(d.date, range('date')))
			.filter((d) => !q.get('due_date[from]') && !q.get('due_date[to]') ? true : inRange(d.due_date, range('due_date')))
			.filter((d) => {
				const t = totals(d).before_taxes;
				return (totalFrom === undefined || t >= totalFrom) && (totalTo === undefined || t <= totalTo);
			})
			.filter((d) =>
				!text ||
				[d.client.name, d.reference ?? '', d.sequence_number, d.observations ?? ''].some((s) => s.toLowerCase().includes(text)),
			);
		if (this.listOrder === 'newest-first') hits.sort((a, b) => b.id - a.id);
		const perPage = Math.max(1, Math.min(100, Number(q.get('per_page') ?? 10) || 10));
		const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
		const totalPages = Math.max(1, Math.ceil(hits.length / perPage));
		const pageDocs = hits.slice((page - 1) * perPage, page * perPage);
		const slice = pageDocs.map(present);
		const pagination = { total_entries: hits.length, current_page: page, total_pages: totalPages, per_page: perPage };
		this.afterListPage?.({ page, perPage, total: hits.length, ids: pageDocs.map((d) => d.id), query: q });
		return { status: 200, body: { invoices: slice, pagination } };
	}

	/** 202 (empty body) for the first PDF_PENDING_POLLS polls of a document, then its pdfUrl. */
	private pdf(req: SandboxRequest, format: Format): SandboxReply {
		const file = splitFile(req.params.file);
		const id = file && /^\d+$/.test(file.name) ? Number(file.name) : NaN;
		const doc = this.documents.get(id);
		if (!doc || doc.status === 'deleted') return this.notFound(format);
		const polls = (this.pdfPolls.get(id) ?? 0) + 1;
		this.pdfPolls.set(id, polls);
		if (polls <= PDF_PENDING_POLLS) return { status: 202 };
		const copy = req.query.get('second_copy') === 'true' ? '-second-copy' : '';
		const host = String(req.headers.host ?? '127.0.0.1');
		const pdfUrl = `http://${host}/downloads/${doc.path}-${doc.id}${copy}.pdf?signature=sbx${doc.id}`;
		return reply(format, 200, 'output', { pdfUrl });
	}

	private pdfFile(req: SandboxRequest): SandboxReply {
		const m = /^([a-z_]+)-(\d+)(-second-copy)?\.pdf$/.exec(req.params.file);
		const doc = m ? this.documents.get(Number(m[2])) : undefined;
		if (!doc || req.query.get('signature') !== `sbx${doc.id}`) return { status: 403, body: 'AccessDenied' };
		return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: samplePdf(doc, !!m![3]) };
	}
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
