// Invoice comments, from Billomat's "Comments" page of the invoice API
// (https://www.billomat.com/en/api/invoices/comments/; the older "Comments and History" page
// http://www.billomat.com/en/api/invoices/comments-and-history/ and the German
// http://www.billomat.com/api/rechnungen/kommentare-und-historie/ say the same):
// GET /invoice-comments?invoice_id=… (invoice_id mandatory; actionkey filters, several keys
// comma-separated), GET /invoice-comments/{id}, POST /invoice-comments (invoice_id and comment,
// both mandatory: the only fields the page's table lists), DELETE /invoice-comments/{id}.
// Readings: the page's sample record says actionkey "CREATED" while its actionkey table says
// CREATE; the filter takes the table's keys, and the demo data uses them. A comment written
// through the API has actionkey COMMENT and `public` 0 (the record shows `public`, the create
// table does not list it, so it is not writable here).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, repeated, toApi } from './index';

export interface InvoiceComment {
	id: number;
	created: string;
	invoice_id: number;
	user_id: number;
	comment: string;
	actionkey: string;
	public: number;
}

/** The actionkey table of the page. */
export const ACTION_KEYS = [
	'COMMENT', 'CREATE', 'COPY', 'CREATE_FROM_OFFER', 'CREATE_FROM_INVOICE', 'CREATE_FROM_RECURRING', 'STATUS', 'PAYMENT',
	'PAYMENT_ERROR', 'DELETE_PAYMENT', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL', 'CREATE_CREDIT_NOTE',
	'REMINDER_CREATE', 'REMINDER_STATUS', 'REMINDER_MAIL', 'REMINDER_ERROR_MAIL', 'REMINDER_LETTER', 'REMINDER_FAX',
	'REMINDER_SIGN', 'REMINDER_SIGN_MAIL', 'REMINDER_CANCEL',
];

const FIELDS = ['invoice_id', 'comment'];
const FILTERS = ['invoice_id', 'actionkey'];
const DEMO_USER_ID = 1;

interface CommentStore {
	comments: Map<number, InvoiceComment>;
	nextId: number;
}

const stores = new WeakMap<BillomatSandbox, CommentStore>();

function store(sandbox: BillomatSandbox): CommentStore {
	let found = stores.get(sandbox);
	if (!found) {
		found = { comments: new Map(), nextId: 1 };
		stores.set(sandbox, found);
	}
	return found;
}

/** The sandbox's invoice comments (tests read and prepare them here). */
export function commentsOf(sandbox: BillomatSandbox): Map<number, InvoiceComment> {
	return store(sandbox).comments;
}

/** Add `count` generated user comments to invoice `invoiceId` (for paging tests); returns their IDs. */
export function addComments(sandbox: BillomatSandbox, count: number, invoiceId = 1): number[] {
	const own = store(sandbox);
	const ids: number[] = [];
	for (let n = 0; n < count; n++) {
		const id = own.nextId++;
		own.comments.set(id, {
			id,
			created: '2025-05-02T09:00:00+02:00',
			invoice_id: invoiceId,
			user_id: DEMO_USER_ID,
			comment: `Note ${id}`,
			actionkey: 'COMMENT',
			public: 0,
		});
		ids.push(id);
	}
	return ids;
}

function record(comment: InvoiceComment): unknown {
	return toApi({ ...comment });
}

export function registerComments(sandbox: BillomatSandbox): void {
	sandbox.onSeed(() => {
		const own = store(sandbox);
		own.comments.clear();
		const demo: Array<Omit<InvoiceComment, 'id' | 'user_id' | 'public'>> = [
			// RE123: created, sent by e-mail, and a note from the user.
			{ created: '2009-10-14T12:12:00+02:00', invoice_id: 1, comment: 'Invoice created.', actionkey: 'CREATE' },
			{ created: '2009-10-14T12:20:00+02:00', invoice_id: 1, comment: 'Invoice sent by e-mail.', actionkey: 'MAIL' },
			{ created: '2009-10-20T09:05:00+02:00', invoice_id: 1, comment: 'Client will pay next week.', actionkey: 'COMMENT' },
			// The draft: created only.
			{ created: '2024-03-01T10:00:00+01:00', invoice_id: 2, comment: 'Invoice created.', actionkey: 'CREATE' },
			// RE124: created, paid.
			{ created: '2024-02-10T08:30:00+01:00', invoice_id: 3, comment: 'Invoice created.', actionkey: 'CREATE' },
			{ created: '2024-02-20T10:12:00+01:00', invoice_id: 3, comment: 'Payment received.', actionkey: 'PAYMENT' },
		];
		demo.forEach((c, n) => own.comments.set(n + 1, { id: n + 1, user_id: DEMO_USER_ID, public: 0, ...c }));
		own.nextId = demo.length + 1;
	});

	sandbox.apiRoute('GET', '/invoice-comments', (req) => list(sandbox, req));
	sandbox.apiRoute('POST', '/invoice-comments', (req) => create(sandbox, req));
	sandbox.apiRoute('GET', '/invoice-comments/:id', (req) => withComment(sandbox, req, (c) => ({ body: { 'invoice-comment': record(c) } })));
	sandbox.apiRoute('DELETE', '/invoice-comments/:id', (req) =>
		withComment(sandbox, req, (c) => {
			commentsOf(sandbox).delete(c.id);
			return { status: 200 };
		}),
	);
}

function withComment(sandbox: BillomatSandbox, req: SandboxRequest, handler: (comment: InvoiceComment) => SandboxReply): SandboxReply {
	const comment = /^\d+$/.test(req.params.id) ? commentsOf(sandbox).get(Number(req.params.id)) : undefined;
	if (!comment) return errors(404, 'Comment not found');
	return handler(comment);
}

function list(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const q = req.query;
	const problems: string[] = [];
	for (const name of new Set(q.keys())) {
		if (!FILTERS.includes(name) && name !== 'page' && name !== 'per_page') problems.push(`Unknown parameter: ${name}`);
	}
	// "Comments can only be returned for a particular invoice. Therefore invoice_id is a mandatory parameter."
	const invoiceId = q.get('invoice_id');
	if (invoiceId === null) problems.push('invoice_id is required');
	else if (!/^\d+$/.test(invoiceId)) problems.push('invoice_id must be an integer');
	const keys = q.get('actionkey')?.split(',') ?? [];
	for (const k of keys) if (!ACTION_KEYS.includes(k)) problems.push(`Unknown actionkey: ${k}`);
	const page = Number(q.get('page') ?? '1');
	const perPage = Number(q.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
	if (problems.length) return errors(400, ...problems);
	if (!sandbox.invoices.has(Number(invoiceId))) return errors(404, 'Invoice not found');

	const hits = [...commentsOf(sandbox).values()]
		.filter((c) => c.invoice_id === Number(invoiceId) && (!keys.length || keys.includes(c.actionkey)))
		.sort((a, b) => a.id - b.id);
	const slice = hits.slice((page - 1) * perPage, page * perPage);
	const comments: Record<string, unknown> = {};
	if (slice.length) comments['invoice-comment'] = repeated(slice.map(record));
	comments['@page'] = String(page);
	comments['@per_page'] = String(perPage);
	comments['@total'] = String(hits.length);
	return { body: { 'invoice-comments': comments } };
}

function create(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const fields = parsed.value['invoice-comment'] as Record<string, unknown> | undefined;
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return errors(400, 'The body must hold an "invoice-comment" element');
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!FIELDS.includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields.invoice_id === undefined) problems.push('invoice_id is required');
	else if (!/^\d+$/.test(String(fields.invoice_id))) problems.push('invoice_id must be an integer');
	if (fields.comment === undefined) problems.push('comment is required');
	else if (typeof fields.comment !== 'string' || fields.comment.trim() === '') problems.push('comment must be a non-empty text');
	if (problems.length) return errors(400, ...problems);
	const invoice = sandbox.invoices.get(Number(fields.invoice_id));
	if (!invoice) return errors(404, 'Invoice not found');
	const own = store(sandbox);
	const comment: InvoiceComment = {
		id: own.nextId++,
		created: DateTime.now().toISO({ suppressMilliseconds: true })!,
		invoice_id: invoice.id,
		user_id: DEMO_USER_ID,
		comment: fields.comment as string,
		actionkey: 'COMMENT',
		public: 0,
	};
	own.comments.set(comment.id, comment);
	return { status: 201, body: { 'invoice-comment': record(comment) } };
}
