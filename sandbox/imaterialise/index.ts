// i.materialise emulator, from the "Invoice Add/Update API" page: POST
// /web-api/order/{OrderID}/invoice (and its twin /delivery-note) as multipart/form-data with a
// `File` part or a `FileUrl` field, the API code in the `APICode` header, replies in JSON or XML
// by Accept (XML when absent, as documented), and every error code of the doc's table:
//   100 unknown order · 101 API code missing, unknown, or not the one the order was made with ·
//   103 order shipped or cancelled · 104 FileUrl not an http(s) link · 105 download failed or
//   timed out · 106 not .doc/.docx/.pdf/.xls/.xlsx · 107 no document (also a malformed multipart
//   body) · 108 empty file · 109 more than 10 MB · 110 both File and FileUrl.
// Success is HTTP 200 with an empty body (the doc shows only the status). Downloads are made
// only from loopback addresses (the sandbox is offline); the sandbox serves demo files itself
// under GET /files/{name}.
import { createHash } from 'crypto';
import { request as httpRequest } from 'http';

import type { SandboxReply, SandboxRequest } from '../framework';
import { Sandbox } from '../framework';
import { MultipartError, parseMultipart } from './multipart';
import type { OrderFacts, OrderListShape, OrderStatus } from './orders';
import { bulkOrderId, registerOrders, stateFor } from './orders';

/** The doc's own example API code; the sandbox's demo orders were placed with it. */
export const IMATERIALISE_DEMO_API_CODE = 'A1F1BAE8-3F1B-4B8D-8D95-D19E17595034';
/** Another customer's API code, known to the sandbox, owning one order. */
export const IMATERIALISE_OTHER_API_CODE = '5C3D9E20-7A41-4F0B-9B6E-2D8F4A1C6E93';

export const IMATERIALISE_ORDERS = {
	/** Placed with the demo code, in production: documents can be added. */
	open: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
	/** Placed with the demo code, still open. */
	second: '3B241101-E2BB-4255-8CAF-4136C566A962',
	shipped: '9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D',
	cancelled: 'C0FFEE00-1234-4ABC-9DEF-0123456789AB',
	/** Placed with IMATERIALISE_OTHER_API_CODE. */
	otherCustomer: 'D15EA5E0-0000-4000-8000-00000000BEEF',
	/** Ready to ship: its invoice and delivery note can be uploaded. */
	readyToShip: '5A1E0C2B-7D3F-4E6A-9B8C-0D1E2F3A4B5C',
	ordered: '0F1E2D3C-4B5A-4697-8877-665544332211',
	readyToPickUp: '7C6B5A49-3827-4160-9F8E-7D6C5B4A3928',
	delivered: 'AB12CD34-EF56-4789-A0B1-C2D3E4F5A6B7',
	invalid: 'E1E2E3E4-F5F6-4A7B-8C9D-0E1F2A3B4C5D',
} as const;

/** The demo orders' statistics: status, days before today they were uploaded, number, customer, total. */
const DEMO_FACTS: Record<keyof typeof IMATERIALISE_ORDERS, [OrderStatus, number, string, string, number]> = {
	open: ['InProduction', 3, 'IM-1001', 'Atelier Vos', 184.5],
	second: ['InProduction', 2, 'IM-1002', 'Studio Lumen', 62],
	shipped: ['Shipped', 20, 'IM-0996', 'Atelier Vos', 310.2],
	cancelled: ['Cancelled', 15, 'IM-0998', 'Maker Hub Gent', 45],
	otherCustomer: ['InProduction', 5, 'IM-1000', 'Other Customer BV', 99],
	readyToShip: ['ReadyToShip', 6, 'IM-0999', 'Studio Lumen', 129.9],
	ordered: ['Ordered', 1, 'IM-1003', 'Maker Hub Gent', 75.25],
	readyToPickUp: ['ReadyToPickUp', 4, 'IM-0997', 'Atelier Vos', 18],
	delivered: ['Delivered', 40, 'IM-0990', 'Studio Lumen', 220],
	invalid: ['Invalid', 10, 'IM-0995', 'Maker Hub Gent', 0],
};

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const EXTENSIONS: Record<string, string> = {
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type OrderState = 'inProduction' | 'shipped' | 'cancelled';
export type DocumentKind = 'invoice' | 'deliveryNote';

export interface StoredDocument {
	fileName: string;
	contentType?: string;
	bytes: Buffer;
	sha256: string;
	source: 'File' | 'FileUrl';
	fileUrl?: string;
	version: number;
}

export interface SandboxOrder {
	id: string;
	apiCode: string;
	state: OrderState;
	documents: Partial<Record<DocumentKind, StoredDocument>>;
	/** What the Order Statistics API lists of it (orders.ts). */
	facts?: OrderFacts;
}

export interface DemoFile {
	body: Buffer;
	contentType: string;
	/** Wait this long before answering (to provoke a download timeout). */
	delayMs?: number;
	status?: number;
}

/** A small but real one-page PDF, for the demo file server. */
export const DEMO_PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
		'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<>>>>endobj\n' +
		'4 0 obj<</Length 44>>stream\nBT /F1 24 Tf 72 760 Td (INVOICE TEST) Tj ET\nendstream endobj\n' +
		'trailer<</Root 1 0 R>>\n%%EOF\n',
	'latin1',
);

const ERRORS: Record<number, (kind: DocumentKind) => string> = {
	100: () => 'Order ID is wrong',
	101: () => 'Wrong API code',
	103: () => 'Order is already shipped or cancelled',
	104: () => 'Incorrect document link format',
	105: () => 'Document cannot be downloaded or timeout',
	106: () => 'Document file format is not supported. File should be of one of formats .doc, .docx, .pdf, .xls, .xlsx',
	107: () => 'No document in request',
	108: (kind) => `${kind === 'invoice' ? 'Invoice' : 'Delivery note'} file cannot be empty`,
	109: (kind) => `${kind === 'invoice' ? 'Invoice' : 'Delivery note'} file should be not more than 10MB.`,
	110: () => 'Please, use either FileUrl or File, but not both within the same request.',
};

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function extensionOf(name: string): string | undefined {
	return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
}

class Refusal extends Error {
	constructor(readonly code: number, readonly detail?: string) {
		super(`code ${code}`);
	}
}

export class IMaterialiseSandbox extends Sandbox {
	orders = new Map<string, SandboxOrder>();
	apiCodes = new Set<string>();
	files = new Map<string, DemoFile>();
	/** How long the server waits for a FileUrl download before answering 105. */
	downloadTimeoutMs = 5000;
	/** The JSON shape of the order list (orders.ts): `{"orders": […]}` or a bare array. */
	orderListShape: OrderListShape = 'wrapped';

	constructor() {
		super('i.materialise');
		this.route('POST', '/web-api/order/:orderId/invoice', (req) => this.upload(req, 'invoice'));
		this.route('POST', '/web-api/order/:orderId/delivery-note', (req) => this.upload(req, 'deliveryNote'));
		this.route('GET', '/files/:name', (req) => this.serveFile(req));
		registerOrders(this);
		this.seed();
	}

	protected seed(): void {
		this.apiCodes = new Set([IMATERIALISE_DEMO_API_CODE, IMATERIALISE_OTHER_API_CODE]);
		const order = (id: string, state: OrderState, apiCode = IMATERIALISE_DEMO_API_CODE): [string, SandboxOrder] => [
			id.toLowerCase(),
			{ id, apiCode, state, documents: {} },
		];
		this.orders = new Map(
			(Object.keys(IMATERIALISE_ORDERS) as Array<keyof typeof IMATERIALISE_ORDERS>).map((key) => {
				const [status] = DEMO_FACTS[key];
				return order(IMATERIALISE_ORDERS[key], stateFor(status), key === 'otherCustomer' ? IMATERIALISE_OTHER_API_CODE : IMATERIALISE_DEMO_API_CODE);
			}),
		);
		this.dateOrders(new Date().toISOString().slice(0, 10));
		this.orderListShape = 'wrapped';
		this.downloadTimeoutMs = 5000;
		this.files = new Map<string, DemoFile>([
			['INVOICE_TEST.pdf', { body: DEMO_PDF, contentType: 'application/pdf' }],
			['DELIVERY_NOTE.pdf', { body: DEMO_PDF, contentType: 'application/pdf' }],
			['empty.pdf', { body: Buffer.alloc(0), contentType: 'application/pdf' }],
			['notes.txt', { body: Buffer.from('not a document\n'), contentType: 'text/plain' }],
			['slow.pdf', { body: DEMO_PDF, contentType: 'application/pdf', delayMs: 10_000 }],
			['broken.pdf', { body: Buffer.from('Internal error'), contentType: 'text/plain', status: 500 }],
		]);
	}

	/**
	 * The demo orders' statistics, uploaded the DEMO_FACTS days before `today` (ISO day): the seed
	 * uses the real day; a test that stops the clock dates them again from its day.
	 */
	dateOrders(today: string): void {
		const base = Date.parse(`${today}T00:00:00Z`);
		for (const key of Object.keys(IMATERIALISE_ORDERS) as Array<keyof typeof IMATERIALISE_ORDERS>) {
			const [status, daysAgo, orderNumber, customer, total] = DEMO_FACTS[key];
			const uploaded = new Date(base - daysAgo * 86_400_000).toISOString().slice(0, 10);
			const order = this.order(IMATERIALISE_ORDERS[key]);
			if (order) order.facts = { status, uploaded, orderNumber, customer, total };
		}
	}

	/**
	 * `count` more orders of the demo code (IDs B0000000-…-000000000001 upwards), cheaply: for
	 * lists of more than a thousand orders. Numbered IM-B00001…, uploaded on `uploaded`.
	 */
	addOrders(count: number, facts: Partial<OrderFacts> = {}): string[] {
		const ids: string[] = [];
		const start = [...this.orders.keys()].filter((key) => key.startsWith('b0000000-')).length;
		for (let n = start + 1; n <= start + count; n++) {
			const id = bulkOrderId(n);
			const status = facts.status ?? 'InProduction';
			this.orders.set(id.toLowerCase(), {
				id,
				apiCode: IMATERIALISE_DEMO_API_CODE,
				state: stateFor(status),
				documents: {},
				facts: {
					status,
					uploaded: facts.uploaded ?? new Date().toISOString().slice(0, 10),
					orderNumber: facts.orderNumber ?? `IM-B${String(n).padStart(5, '0')}`,
					customer: facts.customer ?? `Bulk Customer ${n}`,
					total: facts.total ?? n,
				},
			});
			ids.push(id);
		}
		return ids;
	}

	/** A stored order, by ID (case-insensitive, as GUIDs are). */
	order(id: string): SandboxOrder | undefined {
		return this.orders.get(id.replace(/^\{|\}$/g, '').toLowerCase());
	}

	/** Serve a file under GET /files/{name} (tests add their own). */
	serve(name: string, file: DemoFile): void {
		this.files.set(name, file);
	}

	private async serveFile(req: SandboxRequest): Promise<SandboxReply> {
		const file = this.files.get(req.params.name);
		if (!file) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };
		if (file.delayMs) await new Promise((resolve) => setTimeout(resolve, file.delayMs));
		return { status: file.status ?? 200, headers: { 'Content-Type': file.contentType }, body: file.body };
	}

	private reply(req: SandboxRequest, kind: DocumentKind, code?: number, detail?: string): SandboxReply {
		const accept = String(req.headers.accept ?? '').toLowerCase();
		const json = accept.includes('json');
		const xmlType = accept.includes('application/xml') ? 'application/xml' : 'text/xml';
		const jsonType = accept.includes('text/json') && !accept.includes('application/json') ? 'text/json' : 'application/json';
		if (code === undefined) return { status: 200, headers: { 'Content-Type': json ? jsonType : xmlType }, body: '' };
		const message = ERRORS[code](kind) + (detail ? ` (${detail})` : '');
		if (json) {
			return { status: 400, headers: { 'Content-Type': `${jsonType}; charset=utf-8` }, body: JSON.stringify({ error: { message, code } }) };
		}
		const root = kind === 'invoice' ? 'InvoiceResponse' : 'DeliveryNoteResponse';
		const body =
			'<?xml version="1.0" encoding="utf-8"?>\n' +
			`<${root} xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
			`<Error><Message>${escapeXml(message)}</Message><Code>${code}</Code></Error></${root}>`;
		return { status: 400, headers: { 'Content-Type': `${xmlType}; charset=utf-8` }, body };
	}

	private async upload(req: SandboxRequest, kind: DocumentKind): Promise<SandboxReply> {
		try {
			const document = await this.accept(req);
			const order = this.order(req.params.orderId)!;
			const previous = order.documents[kind];
			order.documents[kind] = { ...document, version: (previous?.version ?? 0) + 1 };
			return this.reply(req, kind);
		} catch (error) {
			if (error instanceof Refusal) return this.reply(req, kind, error.code, error.detail);
			throw error;
		}
	}

	private async accept(req: SandboxRequest): Promise<Omit<StoredDocument, 'version'>> {
		const header = req.headers.apicode;
		const apiCode = (typeof header === 'string' ? header.trim() : '').replace(/^\{|\}$/g, '').toUpperCase();
		if (!GUID.test(apiCode) || !this.apiCodes.has(apiCode)) throw new Refusal(101);
		const order = this.order(req.params.orderId);
		if (!order) throw new Refusal(100);
		if (order.apiCode !== apiCode) throw new Refusal(101);
		if (order.state === 'shipped' || order.state === 'cancelled') throw new Refusal(103);

		let parts;
		try {
			parts = parseMultipart(req.body, req.headers['content-type']);
		} catch (error) {
			if (error instanceof MultipartError) throw new Refusal(107, `malformed multipart body: ${error.message}`);
			throw error;
		}
		const file = parts.find((p) => p.name === 'File' && p.fileName !== undefined);
		const urlField = parts.find((p) => p.name === 'FileUrl');
		const fileUrl = urlField?.data.toString('utf8').trim() ?? '';
		// The doc's demo page sends an empty FileUrl next to File: empty counts as absent.
		if (file && fileUrl) throw new Refusal(110);
		if (!file && !fileUrl) throw new Refusal(107);

		if (file) {
			this.check(file.fileName!, file.contentType, file.data, false);
			return {
				fileName: file.fileName!,
				contentType: file.contentType,
				bytes: Buffer.from(file.data),
				sha256: createHash('sha256').update(file.data).digest('hex'),
				source: 'File',
			};
		}

		let url: URL;
		try {
			url = new URL(fileUrl);
		} catch {
			throw new Refusal(104);
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal(104);
		const downloaded = await this.download(url);
		const fileName = decodeURIComponent(url.pathname.split('/').pop() || 'document');
		this.check(fileName, downloaded.contentType, downloaded.body, true);
		return {
			fileName,
			contentType: downloaded.contentType,
			bytes: downloaded.body,
			sha256: createHash('sha256').update(downloaded.body).digest('hex'),
			source: 'FileUrl',
			fileUrl,
		};
	}

	/** 106 by extension (or, for a download without one, its content type), then 108, then 109. */
	private check(fileName: string, contentType: string | undefined, data: Buffer, fromUrl: boolean): void {
		const extension = extensionOf(fileName);
		const typeOk = extension !== undefined && extension in EXTENSIONS;
		const mime = contentType?.split(';')[0].trim().toLowerCase() ?? '';
		if (!typeOk && !(fromUrl && Object.values(EXTENSIONS).includes(mime))) throw new Refusal(106);
		if (data.length === 0) throw new Refusal(108);
		if (data.length > MAX_DOCUMENT_BYTES) throw new Refusal(109);
	}

	/** GET the file from a loopback address, within downloadTimeoutMs; anything else is 105. */
	private download(url: URL): Promise<{ body: Buffer; contentType?: string }> {
		const host = url.hostname.replace(/^\[|\]$/g, '');
		if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost', '::1'].includes(host)) {
			return Promise.reject(new Refusal(105, 'the offline sandbox downloads only from http://127.0.0.1, localhost or [::1]'));
		}
		return new Promise((resolve, reject) => {
			const limit = MAX_DOCUMENT_BYTES + 1;
			const request = httpRequest(url, { method: 'GET', timeout: this.downloadTimeoutMs }, (response) => {
				if ((response.statusCode ?? 0) >= 400) {
					response.resume();
					reject(new Refusal(105, `the file server answered HTTP ${response.statusCode}`));
					return;
				}
				const chunks: Buffer[] = [];
				let size = 0;
				response.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size <= limit) chunks.push(chunk);
				});
				response.on('end', () => {
					const body = Buffer.concat(chunks);
					// Only the size matters beyond the limit: keep limit+1 bytes so 109 still applies.
					resolve({ body, contentType: response.headers['content-type'] });
				});
				response.on('error', () => reject(new Refusal(105)));
			});
			const timer = setTimeout(() => request.destroy(new Error('timeout')), this.downloadTimeoutMs);
			request.on('timeout', () => request.destroy(new Error('timeout')));
			request.on('error', (error) => {
				clearTimeout(timer);
				reject(new Refusal(105, error.message === 'timeout' ? 'timed out' : 'the file server could not be reached'));
			});
			request.on('close', () => clearTimeout(timer));
			request.end();
		});
	}
}
