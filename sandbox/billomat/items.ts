// Invoice items, from Billomat's "Items" page of the invoice API
// (https://www.billomat.com/en/api/invoices/items/, German https://www.billomat.com/api/rechnungen/positionen/):
// GET /invoice-items?invoice_id={id} (the items of one invoice), GET/PUT/DELETE
// /invoice-items/{id}, POST /invoice-items (appended after the invoice's existing items). Items
// belong to the invoice's `items` list (the one POST /invoices fills); only a DRAFT's items can
// be added, changed or deleted, and each change recalculates the draft's totals.
//
// The page names no status code for a change to a completed invoice's items: the sandbox answers
// 400 with Billomat's error body, as it does for an update of a completed invoice; the node gives
// the same advice for 400 and 403.
//
// An item's ID here is its invoice's ID × 1000 + its number within the invoice (2001, 2002 for
// invoice 2), given the first time the item is seen, so the demo invoices' items keep their IDs.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Invoice, InvoiceItem } from './index';
import { errors, repeated, toApi } from './index';

/** An invoice item with what only the items API shows. */
export type StoredItem = InvoiceItem & {
	id?: number;
	created?: string;
	type?: 'PRODUCT' | 'SERVICE' | null;
	tax_changed_manually?: boolean;
};

const PER_INVOICE = 1000;
const TEXT_FIELDS = ['unit', 'tax_name', 'title', 'description'];
const NUMBER_FIELDS = ['quantity', 'unit_price', 'tax_rate'];
const WRITABLE = ['article_id', ...TEXT_FIELDS, ...NUMBER_FIELDS, 'tax_changed_manually', 'reduction', 'type'];
const BOOLEANS = [0, 1, '0', '1', true, false, 'true', 'false'];
/** The account's default tax, which a new item gets when it names none. */
const DEFAULT_TAX = { tax_name: 'MwSt', tax_rate: 19 };

const round2 = (n: number) => Math.round(n * 100) / 100;
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));

/** The invoice's items, each with its ID (given now to those that have none yet). */
export function itemsOf(invoice: Invoice): StoredItem[] {
	const items = invoice.items as StoredItem[];
	let next = Math.max(0, ...items.map((item) => (item.id === undefined ? 0 : item.id - invoice.id * PER_INVOICE))) + 1;
	for (const item of items) {
		if (item.id === undefined) item.id = invoice.id * PER_INVOICE + next++;
		item.created ??= invoice.created;
	}
	return items;
}

function find(sandbox: BillomatSandbox, id: number): { invoice: Invoice; item: StoredItem } | undefined {
	const invoice = sandbox.invoices.get(Math.floor(id / PER_INVOICE));
	const item = invoice ? itemsOf(invoice).find((candidate) => candidate.id === id) : undefined;
	return invoice && item ? { invoice, item } : undefined;
}

/** The item as GET /invoice-items/{id} sends it, with its totals. */
function record(invoice: Invoice, item: StoredItem): unknown {
	const netUnreduced = round2(item.quantity * item.unit_price);
	const reduction = item.reduction ?? '';
	let net = netUnreduced;
	if (/^\d+(\.\d+)?%$/.test(reduction)) net = round2(netUnreduced * (1 - parseFloat(reduction) / 100));
	else if (/^\d+(\.\d+)?$/.test(reduction)) net = round2(netUnreduced - parseFloat(reduction));
	const withTax = (n: number) => round2(n * (1 + (item.tax_rate ?? 0) / 100));
	return toApi({
		id: item.id,
		created: item.created,
		article_id: item.article_id,
		invoice_id: invoice.id,
		position: invoice.items.indexOf(item) + 1,
		unit: item.unit,
		quantity: item.quantity,
		unit_price: item.unit_price,
		tax_name: item.tax_name,
		tax_rate: item.tax_rate,
		tax_changed_manually: item.tax_changed_manually ? '1' : '0',
		title: item.title,
		description: item.description,
		total_gross: withTax(net),
		total_net: net,
		reduction: item.reduction,
		total_gross_unreduced: withTax(netUnreduced),
		total_net_unreduced: netUnreduced,
		type: item.type,
	});
}

export function registerItems(sandbox: BillomatSandbox): void {
	sandbox.apiRoute('GET', '/invoice-items', (req) => list(sandbox, req));
	sandbox.apiRoute('POST', '/invoice-items', (req) => create(sandbox, req));
	sandbox.apiRoute('GET', '/invoice-items/:id', (req) =>
		withItem(sandbox, req, (invoice, item) => ({ body: { 'invoice-item': record(invoice, item) } })),
	);
	sandbox.apiRoute('PUT', '/invoice-items/:id', (req) => withItem(sandbox, req, (invoice, item) => update(sandbox, req, invoice, item)));
	sandbox.apiRoute('DELETE', '/invoice-items/:id', (req) => withItem(sandbox, req, (invoice, item) => remove(sandbox, invoice, item)));
}

function withItem(
	sandbox: BillomatSandbox,
	req: SandboxRequest,
	handler: (invoice: Invoice, item: StoredItem) => SandboxReply,
): SandboxReply {
	const found = /^\d+$/.test(req.params.id) ? find(sandbox, Number(req.params.id)) : undefined;
	if (!found) return errors(404, 'Invoice item not found');
	return handler(found.invoice, found.item);
}

function notDraft(invoice: Invoice): SandboxReply | undefined {
	if (invoice.status === 'DRAFT') return undefined;
	return errors(400, `Invoice ${invoice.id} is not a draft (status ${invoice.status}): its items cannot be changed`);
}

function list(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const q = req.query;
	const problems: string[] = [];
	for (const name of new Set(q.keys())) {
		if (!['invoice_id', 'page', 'per_page'].includes(name)) problems.push(`Unknown parameter: ${name}`);
	}
	const invoiceId = q.get('invoice_id');
	if (invoiceId === null) problems.push('invoice_id is required');
	else if (!/^\d+$/.test(invoiceId)) problems.push('invoice_id must be an integer');
	const page = Number(q.get('page') ?? '1');
	const perPage = Number(q.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
	if (problems.length) return errors(400, ...problems);
	const invoice = sandbox.invoices.get(Number(invoiceId));
	if (!invoice) return errors(404, 'Invoice not found');
	const all = itemsOf(invoice);
	const slice = all.slice((page - 1) * perPage, page * perPage);
	const items: Record<string, unknown> = {};
	if (slice.length) items['invoice-item'] = repeated(slice.map((item) => record(invoice, item)));
	items['@page'] = String(page);
	items['@per_page'] = String(perPage);
	items['@total'] = String(all.length);
	return { body: { 'invoice-items': items } };
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
	if (fields.tax_changed_manually !== undefined && !BOOLEANS.includes(fields.tax_changed_manually as never)) {
		problems.push('tax_changed_manually must be 0 or 1');
	}
	return problems;
}

function apply(item: StoredItem, fields: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'article_id' || NUMBER_FIELDS.includes(key)) (item as unknown as Record<string, unknown>)[key] = Number(value);
		else if (key === 'tax_changed_manually') item.tax_changed_manually = [1, '1', true, 'true'].includes(value as never);
		else if (key === 'type') item.type = value as StoredItem['type'];
		else (item as unknown as Record<string, unknown>)[key] = String(value);
	}
}

function itemFields(body: Record<string, unknown>): Record<string, unknown> | undefined {
	const fields = body['invoice-item'];
	return fields && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : undefined;
}

function create(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const fields = itemFields(parsed.value);
	if (!fields) return errors(400, 'The body must hold an "invoice-item" element');
	const problems = validate(fields, ['invoice_id', ...WRITABLE]);
	if (fields.invoice_id === undefined) problems.unshift('invoice_id is required');
	else if (!/^\d+$/.test(String(fields.invoice_id))) problems.unshift('invoice_id must be an integer');
	if (problems.length) return errors(400, ...problems);
	const invoice = sandbox.invoices.get(Number(fields.invoice_id));
	if (!invoice) return errors(404, 'Invoice not found');
	const refused = notDraft(invoice);
	if (refused) return refused;
	const { invoice_id: _invoiceId, ...rest } = fields;
	// Quantity and unit price default to 0.0; without a tax, the account's default tax applies.
	const item: StoredItem = {
		quantity: 0,
		unit_price: 0,
		...(rest.tax_name === undefined && rest.tax_rate === undefined ? DEFAULT_TAX : {}),
		created: DateTime.now().toISO({ suppressMilliseconds: true })!,
	};
	apply(item, { ...sandbox.articles.itemDefaults(rest.article_id), ...rest });
	itemsOf(invoice);
	invoice.items.push(item);
	itemsOf(invoice);
	sandbox.recalculate(invoice);
	return { status: 201, body: { 'invoice-item': record(invoice, item) } };
}

function update(sandbox: BillomatSandbox, req: SandboxRequest, invoice: Invoice, item: StoredItem): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const refused = notDraft(invoice);
	if (refused) return refused;
	const fields = itemFields(parsed.value);
	if (!fields) return errors(400, 'The body must hold an "invoice-item" element');
	const problems = validate(fields, WRITABLE);
	if (problems.length) return errors(400, ...problems);
	apply(item, fields);
	sandbox.recalculate(invoice);
	return { body: { 'invoice-item': record(invoice, item) } };
}

function remove(sandbox: BillomatSandbox, invoice: Invoice, item: StoredItem): SandboxReply {
	const refused = notDraft(invoice);
	if (refused) return refused;
	invoice.items.splice(invoice.items.indexOf(item), 1);
	sandbox.recalculate(invoice);
	return { status: 200 };
}
