// Document comments, for every family in CHILDREN (children.ts), from the "Comments" pages
// (https://www.billomat.com/en/api/invoices/comments/; the older "Comments and History" page
// http://www.billomat.com/en/api/invoices/comments-and-history/ and the German
// http://www.billomat.com/api/rechnungen/kommentare-und-historie/ say the same;
// https://www.billomat.com/en/api/credit-notes/comments/, German
// http://www.billomat.com/api/gutschriften/kommentare-und-historie/):
// GET /{stem}-comments?{parent}_id=… (the ID mandatory; actionkey filters, several keys
// comma-separated), GET /{stem}-comments/{id}, POST /{stem}-comments (the document and comment,
// both mandatory), DELETE /{stem}-comments/{id}.
// Readings: the pages' sample records say actionkey "CREATED" while their actionkey tables say
// CREATE; the filter takes the table's keys, and the demo data uses them. A comment written through
// the API has actionkey COMMENT and `public` 0. The invoice page's create table does not list
// `public` (not writable there); the English credit note page lists it (0/1, default 0) and the
// German one does not: credit note comments accept it.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, toApi } from './index';
import type { ChildFamily } from './children';
import { bodyFields, childFamily, childPath, childRoot, listPage, nounOf, paging, parentProblem, parentRecordOf, perFamily, rowsWith, withChild } from './children';

/** A comment: `invoice_id` (or the family's parent field) names its document. */
export interface DocumentComment {
	id: number;
	created: string;
	user_id: number;
	comment: string;
	actionkey: string;
	public: number;
	[parentField: string]: number | string;
}

/** An invoice comment, as the invoice tests read them. */
export type InvoiceComment = DocumentComment & { invoice_id: number };

/** The invoice comments page's actionkey table. */
export const ACTION_KEYS = childFamily('invoices').actionKeys;

const DEMO_USER_ID = 1;

const store = perFamily(() => ({ comments: new Map<number, DocumentComment>(), nextId: 1 }));

/** The sandbox's comments of a family (tests read and prepare them here). */
export function commentsOf(sandbox: BillomatSandbox, family = 'invoices'): Map<number, DocumentComment> {
	return store(sandbox, family).comments;
}

/** A comment of the family's document `parentId`, written by the demo user. */
function comment(row: ChildFamily, id: number, parentId: number, created: string, text: string, actionkey: string, isPublic = 0): DocumentComment {
	return { id, created, [row.parentField]: parentId, user_id: DEMO_USER_ID, comment: text, actionkey, public: isPublic };
}

/** Add `count` generated user comments to document `parentId` (for paging tests); returns their IDs. */
export function addComments(sandbox: BillomatSandbox, count: number, parentId = 1, family = 'invoices'): number[] {
	const own = store(sandbox, family);
	return Array.from({ length: count }, () => {
		const id = own.nextId++;
		own.comments.set(id, comment(childFamily(family), id, parentId, '2025-05-02T09:00:00+02:00', `Note ${id}`, 'COMMENT'));
		return id;
	});
}

const record = (comment: DocumentComment): unknown => toApi({ ...comment });

/** The demo documents' history: what happened to them, in order. */
const DEMO: Record<string, Array<[number, string, string, string]>> = {
	invoices: [
		// RE123: created, sent by e-mail, and a note from the user.
		[1, '2009-10-14T12:12:00+02:00', 'Invoice created.', 'CREATE'],
		[1, '2009-10-14T12:20:00+02:00', 'Invoice sent by e-mail.', 'MAIL'],
		[1, '2009-10-20T09:05:00+02:00', 'Client will pay next week.', 'COMMENT'],
		// The draft: created only.
		[2, '2024-03-01T10:00:00+01:00', 'Invoice created.', 'CREATE'],
		// RE124: created, paid.
		[3, '2024-02-10T08:30:00+01:00', 'Invoice created.', 'CREATE'],
		[3, '2024-02-20T10:12:00+01:00', 'Payment received.', 'PAYMENT'],
	],
	'credit-notes': [
		// GS1 (for RE124): created from the invoice, sent by e-mail, a note.
		[31, '2024-03-15T09:00:00+01:00', 'Credit note created.', 'CREATE_FROM_INVOICE'],
		[31, '2024-03-15T09:10:00+01:00', 'Credit note sent by e-mail.', 'MAIL'],
		[31, '2024-03-16T11:00:00+01:00', 'Refund agreed on the phone.', 'COMMENT'],
		// The goodwill draft: created only.
		[32, '2024-02-05T14:00:00+01:00', 'Credit note created.', 'CREATE'],
		// GS2: created, refunded.
		[33, '2023-12-20T10:00:00+01:00', 'Credit note created.', 'CREATE'],
		[33, '2023-12-22T16:30:00+01:00', 'Payment received.', 'PAYMENT'],
	],
	offers: [
		// AN1 (project 123): created, sent by e-mail, won.
		[21, '2009-09-20T10:00:00+02:00', 'Estimate created.', 'CREATE'],
		[21, '2009-09-20T10:15:00+02:00', 'Estimate sent by e-mail.', 'MAIL'],
		[21, '2009-09-28T14:30:00+02:00', 'Status changed to won.', 'STATUS'],
		// The website relaunch draft: created, a note.
		[22, '2024-02-20T09:00:00+01:00', 'Estimate created.', 'CREATE'],
		[22, '2024-02-21T11:00:00+01:00', 'Client asks for a second design round.', 'COMMENT'],
	],
	confirmations: [
		// AB1 (for estimate AN1): created, sent by e-mail.
		[7, '2009-10-01T09:00:00+02:00', 'Confirmation created.', 'CREATE'],
		[7, '2009-10-01T09:05:00+02:00', 'Confirmation sent by e-mail.', 'MAIL'],
		// The support draft: created.
		[42, '2024-03-06T10:00:00+01:00', 'Confirmation created.', 'CREATE'],
	],
	'delivery-notes': [
		// LS1 (for confirmation AB1): created, sent by letter, a note.
		[51, '2009-10-13T08:00:00+02:00', 'Delivery note created.', 'CREATE'],
		[51, '2009-10-13T08:30:00+02:00', 'Delivery note sent by letter.', 'LETTER'],
		[51, '2009-10-14T16:00:00+02:00', 'Delivered to the reception desk.', 'COMMENT'],
	],
	letters: [
		// Letter 51 (hosting contract, completed): created, sent by e-mail. The draft 52: created, a note.
		[51, '2024-01-10T09:00:00+01:00', 'Letter created.', 'CREATE'],
		[51, '2024-01-10T09:30:00+01:00', 'Letter sent by e-mail.', 'MAIL'],
		[52, '2024-02-02T15:00:00+01:00', 'Letter created.', 'CREATE'],
		[52, '2024-02-02T15:05:00+01:00', 'Waiting for the order number before sending.', 'COMMENT'],
	],
	incomings: [
		// Incoming 1 (PW-2025-0311): created, checked, paid. Incoming 3 (overdue): created, a note.
		[1, '2025-03-14T09:00:00+01:00', 'Incoming invoice created.', 'CREATE'],
		[1, '2025-03-20T11:00:00+01:00', 'Invoice checked: can be paid.', 'COMMENT'],
		[1, '2025-03-25T10:15:00+01:00', 'Payment booked.', 'PAYMENT'],
		[3, '2025-06-02T09:00:00+01:00', 'Incoming invoice created.', 'CREATE'],
		[3, '2025-06-20T14:00:00+01:00', 'Second delivery still outstanding: pay after it arrives.', 'COMMENT'],
	],
};

export function registerComments(sandbox: BillomatSandbox): void {
	for (const row of rowsWith('comment')) {
		const path = childPath(row, 'comment');
		const root = childRoot(row, 'comment');
		sandbox.onSeed(() => {
			const own = store(sandbox, row.family);
			own.comments.clear();
			(DEMO[row.family] ?? []).forEach(([parentId, created, text, actionkey], n) => own.comments.set(n + 1, comment(row, n + 1, parentId, created, text, actionkey)));
			own.nextId = own.comments.size + 1;
		});
		const one = (handler: (comment: DocumentComment) => SandboxReply) => withChild((id) => commentsOf(sandbox, row.family).get(id), 'Comment not found', handler);
		sandbox.apiRoute('GET', path, (req) => list(sandbox, row, req));
		sandbox.apiRoute('POST', path, (req) => create(sandbox, row, req));
		sandbox.apiRoute('GET', `${path}/:id`, one((c) => ({ body: { [root]: record(c) } })));
		sandbox.apiRoute(
			'DELETE',
			`${path}/:id`,
			one((c) => {
				commentsOf(sandbox, row.family).delete(c.id);
				return { status: 200 };
			}),
		);
	}
}

function list(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const { page, perPage, problems } = paging(req, [row.parentField, 'actionkey']);
	// "Comments can only be returned for a particular invoice. Therefore invoice_id is a mandatory parameter."
	const missing = parentProblem(req, row);
	if (missing) problems.push(missing);
	const keys = req.query.get('actionkey')?.split(',') ?? [];
	for (const k of keys) if (!row.actionKeys.includes(k)) problems.push(`Unknown actionkey: ${k}`);
	if (problems.length) return errors(400, ...problems);
	const parentId = Number(req.query.get(row.parentField));
	if (!parentRecordOf(sandbox, row, parentId)) return errors(404, `${nounOf(row)} not found`);
	const hits = [...commentsOf(sandbox, row.family).values()]
		.filter((c) => c[row.parentField] === parentId && (!keys.length || keys.includes(c.actionkey)))
		.sort((a, b) => a.id - b.id);
	return listPage(childRoot(row, 'comment'), hits.map(record), page, perPage);
}

function create(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const root = childRoot(row, 'comment');
	const body = bodyFields(sandbox, req, root);
	if ('reply' in body) return body.reply;
	const { fields } = body;
	const allowed = [row.parentField, 'comment', ...(row.commentPublic ? ['public'] : [])];
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!allowed.includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields[row.parentField] === undefined) problems.push(`${row.parentField} is required`);
	else if (!/^\d+$/.test(String(fields[row.parentField]))) problems.push(`${row.parentField} must be an integer`);
	if (fields.comment === undefined) problems.push('comment is required');
	else if (typeof fields.comment !== 'string' || fields.comment.trim() === '') problems.push('comment must be a non-empty text');
	if (fields.public !== undefined && ![0, 1, '0', '1'].includes(fields.public as never)) problems.push('public must be 0 or 1');
	if (problems.length) return errors(400, ...problems);
	const doc = parentRecordOf(sandbox, row, fields[row.parentField]);
	if (!doc) return errors(404, `${nounOf(row)} not found`);
	const own = store(sandbox, row.family);
	const created = DateTime.now().toISO({ suppressMilliseconds: true })!;
	const made = comment(row, own.nextId++, doc.id, created, fields.comment as string, 'COMMENT', Number(fields.public ?? 0));
	own.comments.set(made.id, made);
	return { status: 201, body: { [root]: record(made) } };
}
