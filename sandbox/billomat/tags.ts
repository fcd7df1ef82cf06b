// Document tags, for every family in CHILDREN (children.ts). Billomat's tags page of the invoice
// API (https://www.billomat.com/api/rechnungen/schlagworte/) could not be read from here, nor a
// credit note one: these routes follow a published description of the invoice page and the
// pattern of the comments pages (https://www.billomat.com/en/api/invoices/comments/):
// GET /{stem}-tags?{parent}_id=… (the tags of a document, `{stem}-tag` elements: id, the document,
// name), GET /{stem}-tags without the document (the tag cloud: `tag` elements with name and count),
// GET /{stem}-tags/{id}, POST /{stem}-tags (the document and name, both mandatory),
// DELETE /{stem}-tags/{id}. No update. The tags are the documents' own `tags` (which the document
// lists' `tags` filter searches): adding or deleting one changes the document's tags.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, repeated, toApi } from './index';
import type { ChildFamily } from './children';
import { bodyFields, childFamily, childPath, childRoot, listPage, nounOf, paging, parentRecordOf, perFamily, rowsWith, seededParents, withChild } from './children';

/** A tag on a document: `invoice_id` (or the family's parent field) names it. */
export interface DocumentTag {
	id: number;
	name: string;
	[parentField: string]: number | string;
}

export type InvoiceTag = DocumentTag & { invoice_id: number };

const store = perFamily(() => ({ tags: new Map<number, DocumentTag>(), nextId: 1 }));

/** The sandbox's tags of a family (tests read and prepare them here). */
export function tagsOf(sandbox: BillomatSandbox, family = 'invoices'): Map<number, DocumentTag> {
	return store(sandbox, family).tags;
}

function attach(sandbox: BillomatSandbox, row: ChildFamily, parentId: number, name: string): DocumentTag {
	const own = store(sandbox, row.family);
	const tag: DocumentTag = { id: own.nextId++, [row.parentField]: parentId, name };
	own.tags.set(tag.id, tag);
	const doc = parentRecordOf(sandbox, row, parentId);
	if (doc && !doc.tags.includes(name)) doc.tags.push(name);
	return tag;
}

/** Add `count` generated tags to document `parentId` (for paging tests); returns their IDs. */
export function addTags(sandbox: BillomatSandbox, count: number, parentId = 1, family = 'invoices'): number[] {
	return Array.from({ length: count }, (_, n) => attach(sandbox, childFamily(family), parentId, `bulk-${n + 1}`).id);
}

const record = (tag: DocumentTag): unknown => toApi({ ...tag });

export function registerTags(sandbox: BillomatSandbox): void {
	for (const row of rowsWith('tag')) {
		const path = childPath(row, 'tag');
		const root = childRoot(row, 'tag');
		sandbox.onSeed(() => {
			const own = store(sandbox, row.family);
			own.tags.clear();
			own.nextId = 1;
			// The demo documents' own tags, in document order.
			for (const doc of seededParents(sandbox, row)) {
				for (const name of doc.tags) {
					const tag: DocumentTag = { id: own.nextId++, [row.parentField]: doc.id, name };
					own.tags.set(tag.id, tag);
				}
			}
		});
		const one = (handler: (tag: DocumentTag) => SandboxReply) => withChild((id) => tagsOf(sandbox, row.family).get(id), 'Tag not found', handler);
		sandbox.apiRoute('GET', path, (req) => (req.query.has(row.parentField) ? list(sandbox, row, req) : cloud(sandbox, row, req)));
		sandbox.apiRoute('POST', path, (req) => create(sandbox, row, req));
		sandbox.apiRoute('GET', `${path}/:id`, one((t) => ({ body: { [root]: record(t) } })));
		sandbox.apiRoute('DELETE', `${path}/:id`, one((t) => remove(sandbox, row, t)));
	}
}

function remove(sandbox: BillomatSandbox, row: ChildFamily, tag: DocumentTag): SandboxReply {
	const tags = tagsOf(sandbox, row.family);
	tags.delete(tag.id);
	const parentId = tag[row.parentField];
	const doc = parentRecordOf(sandbox, row, parentId);
	const stillUsed = [...tags.values()].some((o) => o[row.parentField] === parentId && o.name === tag.name);
	if (doc && !stillUsed) doc.tags = doc.tags.filter((name) => name !== tag.name);
	return { status: 200 };
}

function list(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const { page, perPage, problems } = paging(req, [row.parentField]);
	const parentId = req.query.get(row.parentField)!;
	if (!/^\d+$/.test(parentId)) problems.push(`${row.parentField} must be an integer`);
	if (problems.length) return errors(400, ...problems);
	if (!parentRecordOf(sandbox, row, parentId)) return errors(404, `${nounOf(row)} not found`);
	const hits = [...tagsOf(sandbox, row.family).values()].filter((t) => t[row.parentField] === Number(parentId)).sort((a, b) => a.id - b.id);
	return listPage(childRoot(row, 'tag'), hits.map(record), page, perPage);
}

/** The tag cloud: each name used on the family's documents, alphabetically, with how many tag links it has. */
function cloud(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const { problems } = paging(req, []);
	if (problems.length) return errors(400, ...problems);
	const counts = new Map<string, number>();
	for (const t of tagsOf(sandbox, row.family).values()) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
	const entries = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, count]) => toApi({ name, count }));
	const tags: Record<string, unknown> = {};
	if (entries.length) tags.tag = repeated(entries);
	return { body: { [`${childRoot(row, 'tag')}s`]: tags } };
}

function create(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const body = bodyFields(sandbox, req, childRoot(row, 'tag'));
	if ('reply' in body) return body.reply;
	const { fields } = body;
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (![row.parentField, 'name'].includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields[row.parentField] === undefined) problems.push(`${row.parentField} is required`);
	else if (!/^\d+$/.test(String(fields[row.parentField]))) problems.push(`${row.parentField} must be an integer`);
	if (fields.name === undefined) problems.push('name is required');
	else if (typeof fields.name !== 'string' || fields.name.trim() === '') problems.push('name must be a non-empty text');
	if (problems.length) return errors(400, ...problems);
	if (!parentRecordOf(sandbox, row, fields[row.parentField])) return errors(404, `${nounOf(row)} not found`);
	return { status: 201, body: { [childRoot(row, 'tag')]: record(attach(sandbox, row, Number(fields[row.parentField]), fields.name as string)) } };
}
