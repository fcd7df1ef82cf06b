// Document items, for every family in CHILDREN (children.ts): the "Items" pages
// (https://www.billomat.com/en/api/invoices/items/, German https://www.billomat.com/api/rechnungen/positionen/;
// https://www.billomat.com/en/api/credit-notes/items/): GET /{stem}-items?{parent}_id={id} (the
// items of one document, the ID mandatory), GET/PUT/DELETE /{stem}-items/{id}, POST /{stem}-items
// (appended after the document's existing items). Items belong to the document's `items` list (the
// one POST /{path} fills); only a DRAFT's items can be added, changed or deleted, and each change
// recalculates the draft's totals.
//
// The pages name no status code for a change to a completed document's items: the sandbox answers
// 400 with Billomat's error body, as it does for an update of a completed document; the node gives
// the same advice for 400 and 403. The credit note page says "can only be created for invoices with
// draft status": read as credit notes in DRAFT.
//
// An item's ID here is its document's ID × 1000 + its number within the document (2001, 2002 for
// invoice 2), given the first time the item is seen, so the demo documents' items keep their IDs.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Invoice, InvoiceItem } from './index';
import { errors, toApi } from './index';
import type { ChildFamily } from './children';
import { bodyFields, childPath, childRoot, listPage, nounOf, paging, parentOf, parentProblem, rowsWith, withChild } from './children';

/** An item with what only the items API shows. */
export type StoredItem = InvoiceItem & {
	id?: number;
	created?: string;
	type?: 'PRODUCT' | 'SERVICE' | null;
	tax_changed_manually?: boolean;
	optional?: boolean;
};

const PER_DOCUMENT = 1000;
const TEXT_FIELDS = ['unit', 'tax_name', 'title', 'description'];
const NUMBER_FIELDS = ['quantity', 'unit_price', 'tax_rate'];
const BOOLEANS = [0, 1, '0', '1', true, false, 'true', 'false'];
/** The account's default tax, which a new item gets when it names none. */
const DEFAULT_TAX = { tax_name: 'MwSt', tax_rate: 19 };

const round2 = (n: number) => Math.round(n * 100) / 100;
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));

/** The document's items, each with its ID (given now to those that have none yet). */
export function itemsOf(doc: Invoice): StoredItem[] {
	const items = doc.items as StoredItem[];
	let next = Math.max(0, ...items.map((item) => (item.id === undefined ? 0 : item.id - doc.id * PER_DOCUMENT))) + 1;
	for (const item of items) {
		if (item.id === undefined) item.id = doc.id * PER_DOCUMENT + next++;
		item.created ??= doc.created;
	}
	return items;
}

/** The item as GET /{stem}-items/{id} sends it, with its totals. */
function record(row: ChildFamily, doc: Invoice, item: StoredItem): unknown {
	const netUnreduced = round2(item.quantity * item.unit_price);
	const reduction = item.reduction ?? '';
	let net = netUnreduced;
	if (/^\d+(\.\d+)?%$/.test(reduction)) net = round2(netUnreduced * (1 - parseFloat(reduction) / 100));
	else if (/^\d+(\.\d+)?$/.test(reduction)) net = round2(netUnreduced - parseFloat(reduction));
	const withTax = (n: number) => round2(n * (1 + (item.tax_rate ?? 0) / 100));
	return toApi({
		id: item.id,
		...(row.itemExtras ? { created: item.created } : {}),
		article_id: item.article_id,
		[row.parentField]: doc.id,
		position: doc.items.indexOf(item) + 1,
		unit: item.unit,
		quantity: item.quantity,
		unit_price: item.unit_price,
		tax_name: item.tax_name,
		tax_rate: item.tax_rate,
		...(row.itemExtras ? { tax_changed_manually: item.tax_changed_manually ? '1' : '0' } : {}),
		title: item.title,
		description: item.description,
		total_gross: withTax(net),
		total_net: net,
		reduction: item.reduction,
		total_gross_unreduced: withTax(netUnreduced),
		total_net_unreduced: netUnreduced,
		...(row.itemExtras ? { type: item.type } : {}),
		...(row.itemOptional ? { optional: item.optional ? '1' : '0' } : {}),
	});
}

export function registerItems(sandbox: BillomatSandbox): void {
	for (const row of rowsWith('item')) {
		const path = childPath(row, 'item');
		const root = childRoot(row, 'item');
		const one = (handler: (doc: Invoice, item: StoredItem) => SandboxReply) =>
			withChild((id) => find(sandbox, row, id), `${nounOf(row)} item not found`, ({ doc, item }) => handler(doc, item));
		sandbox.apiRoute('GET', path, (req) => list(sandbox, row, req));
		sandbox.apiRoute('POST', path, (req) => create(sandbox, row, req));
		sandbox.apiRoute('GET', `${path}/:id`, one((doc, item) => ({ body: { [root]: record(row, doc, item) } })));
		sandbox.apiRoute('PUT', `${path}/:id`, (req) => one((doc, item) => update(sandbox, row, req, doc, item))(req));
		sandbox.apiRoute('DELETE', `${path}/:id`, one((doc, item) => remove(sandbox, row, doc, item)));
	}
}

function find(sandbox: BillomatSandbox, row: ChildFamily, id: number): { doc: Invoice; item: StoredItem } | undefined {
	const doc = sandbox.document(row.family, Math.floor(id / PER_DOCUMENT));
	const item = doc ? itemsOf(doc).find((candidate) => candidate.id === id) : undefined;
	return doc && item ? { doc, item } : undefined;
}

function notDraft(row: ChildFamily, doc: Invoice): SandboxReply | undefined {
	if (doc.status === 'DRAFT') return undefined;
	return errors(400, `${nounOf(row)} ${doc.id} is not a draft (status ${doc.status}): its items cannot be changed`);
}

function list(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const { page, perPage, problems } = paging(req, [row.parentField]);
	const missing = parentProblem(req, row);
	if (missing) problems.unshift(missing);
	if (problems.length) return errors(400, ...problems);
	const doc = parentOf(sandbox, row, req.query.get(row.parentField));
	if (!doc) return errors(404, `${nounOf(row)} not found`);
	return listPage(childRoot(row, 'item'), itemsOf(doc).map((item) => record(row, doc, item)), page, perPage);
}

/** The problems of an item's fields, as Billomat lists them. */
function validate(fields: Record<string, unknown>, allowed: string[]): string[] {
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!allowed.includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields.article_id !== undefined && !/^\d+$/.test(String(fields.article_id))) problems.push('article_id must be an integer');
	for (const key of NUMBER_FIELDS) if (fields[key] !== undefined && !isNumber(fields[key])) problems.push(`${key} must be a number`);
	for (const key of TEXT_FIELDS) if (fields[key] !== undefined && typeof fields[key] !== 'string') problems.push(`${key} must be a text`);
	if (fields.reduction !== undefined && !/^\d+(\.\d+)?%?$/.test(String(fields.reduction))) {
		problems.push('reduction must be an amount (10) or a percentage (10%)');
	}
	if (fields.type !== undefined && !['PRODUCT', 'SERVICE'].includes(String(fields.type))) problems.push(`Invalid type: ${String(fields.type)}`);
	for (const key of ['tax_changed_manually', 'optional']) if (fields[key] !== undefined && !BOOLEANS.includes(fields[key] as never)) problems.push(`${key} must be 0 or 1`);
	return problems;
}

function apply(item: StoredItem, fields: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'article_id' || NUMBER_FIELDS.includes(key)) (item as unknown as Record<string, unknown>)[key] = Number(value);
		else if (key === 'tax_changed_manually' || key === 'optional') item[key] = [1, '1', true, 'true'].includes(value as never);
		else if (key === 'type') item.type = value as StoredItem['type'];
		else (item as unknown as Record<string, unknown>)[key] = String(value);
	}
}

function create(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest): SandboxReply {
	const root = childRoot(row, 'item');
	const body = bodyFields(sandbox, req, root);
	if ('reply' in body) return body.reply;
	const { fields } = body;
	const problems = validate(fields, [row.parentField, ...row.itemFields]);
	const parentId = fields[row.parentField];
	if (parentId === undefined) problems.unshift(`${row.parentField} is required`);
	else if (!/^\d+$/.test(String(parentId))) problems.unshift(`${row.parentField} must be an integer`);
	if (problems.length) return errors(400, ...problems);
	const doc = parentOf(sandbox, row, parentId);
	if (!doc) return errors(404, `${nounOf(row)} not found`);
	const refused = notDraft(row, doc);
	if (refused) return refused;
	const { [row.parentField]: _parent, ...rest } = fields;
	// Quantity and unit price default to 0.0; without a tax, the account's default tax applies.
	const item: StoredItem = {
		quantity: 0,
		unit_price: 0,
		...(rest.tax_name === undefined && rest.tax_rate === undefined ? DEFAULT_TAX : {}),
		created: DateTime.now().toISO({ suppressMilliseconds: true })!,
	};
	apply(item, { ...sandbox.articles.itemDefaults(rest.article_id), ...rest });
	itemsOf(doc);
	doc.items.push(item);
	itemsOf(doc);
	sandbox.recalculate(doc);
	return { status: 201, body: { [root]: record(row, doc, item) } };
}

function update(sandbox: BillomatSandbox, row: ChildFamily, req: SandboxRequest, doc: Invoice, item: StoredItem): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const refused = notDraft(row, doc);
	if (refused) return refused;
	const root = childRoot(row, 'item');
	const body = bodyFields(sandbox, req, root);
	if ('reply' in body) return body.reply;
	const problems = validate(body.fields, row.itemFields);
	if (problems.length) return errors(400, ...problems);
	apply(item, body.fields);
	sandbox.recalculate(doc);
	return { body: { [root]: record(row, doc, item) } };
}

function remove(sandbox: BillomatSandbox, row: ChildFamily, doc: Invoice, item: StoredItem): SandboxReply {
	const refused = notDraft(row, doc);
	if (refused) return refused;
	doc.items.splice(doc.items.indexOf(item), 1);
	sandbox.recalculate(doc);
	return { status: 200 };
}
