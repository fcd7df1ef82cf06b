// InvoiceXpress emulator. From the legacy "invoices.update" page
// (provider-docs/invoicexpress-invoices-update.txt): PUT /invoices/{id}.xml with `api_key` in the
// query and the documented XML body, 401 / 404 / 422 with `<errors><error>…</error></errors>` and
// the documented validation texts (accepted units, settled documents cannot change, unknown
// country). That is the only `.xml` route: the legacy API documents nothing else, so any other
// `.xml` path answers 404. From the current API v2 reference: the documents of every family
// (sandbox/invoicexpress/documents.ts: one row per document type; list, create, get, update,
// change-state, email-document, the 202-then-PDF flow, related documents, payments).
// Both hosts ({account}.invoicexpress.net and {account}.app.invoicexpress.com) are this one server.
import { Sandbox } from '../framework';
import { registerClients } from './clients';
import { registerAccounts } from './accounts';
import { registerItems } from './items';
import { registerSaft } from './saft';
import { registerSequences } from './sequences';
import { registerTaxes } from './taxes';
import { registerTreasury } from './treasury';
import type { DocumentStore, IxClient, IxDocument, IxItem, ListOrder, ListPageServed, PaymentReply, StateRules, UpdateRules } from './documents';
import { DOCUMENT_TYPES, KNOWN_TAXES, registerDocuments } from './documents';
import { demoEstimates } from './estimates';
import { demoGuides } from './guides';

export { ACCEPTED_UNITS, DOCUMENT_TYPES, KNOWN_COUNTRIES, KNOWN_TAXES, PDF_PENDING_POLLS, VALIDATION_CODE, present, samplePdf } from './documents';
export type { DocumentTypeRow, IxClient, IxDocument, IxItem, IxPayment, ListOrder, ListPageServed, PaymentReply, StateRules, UpdateRules } from './documents';

export const INVOICEXPRESS_DEMO_ACCOUNT = 'demo-company';
export const INVOICEXPRESS_DEMO_API_KEY = 'ixk_4f2b9c7e1d8a6053b1e2c3d4a5f6e7d8';

export class InvoiceXpressSandbox extends Sandbox implements DocumentStore {
	documents = new Map<number, IxDocument>();
	/** THE client store: documents' clients, and the client routes' records. */
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
	/** Which change-state moves are accepted (reset() restores the page's table, `documented`). */
	stateRules: StateRules = 'documented';
	/** What generate-payment answers (reset() restores the receipt). */
	paymentReply: PaymentReply = 'receipt';
	/** What an update must carry (reset() restores `partial`). */
	updateRules: UpdateRules = 'partial';
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
		registerTreasury(this);
		registerDocuments(this);
		this.seed();
	}

	/** The next document ID. */
	newId(): number {
		return this.nextId++;
	}

	protected seed(): void {
		this.listOrder = 'oldest-first';
		this.stateRules = 'documented';
		this.paymentReply = 'receipt';
		this.updateRules = 'partial';
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
			const path = DOCUMENT_TYPES.find((t) => t.className === doc.type)!.path;
			this.documents.set(doc.id, structuredClone({ ...doc, path }));
		}
		for (const doc of [...demoEstimates(this.clients), ...demoGuides(this.clients)]) this.documents.set(doc.id, structuredClone(doc));
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
	 * Add `count` final invoices at once (the picker's >1,000-document account): each shares the
	 * first client and one item, so holding thousands costs little. Returns their IDs.
	 */
	addDocuments(count: number, fields: Partial<Omit<IxDocument, 'id' | 'path'>> = {}): number[] {
		const items: IxItem[] = [{ name: 'Service', description: null, unit_price: 10, quantity: 1, unit: 'unit', discount: 0, tax: null }];
		return Array.from({ length: count }, () => this.addDocument({ items, ...fields }));
	}
}
