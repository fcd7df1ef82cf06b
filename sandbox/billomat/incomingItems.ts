// The items ("posts") of incoming invoices, from https://www.billomat.com/api/eingangsrechnungen/posten/
// (English https://www.billomat.com/en/api/incomings/posts/):
//   GET    /api/incoming-items            list, filtered by incoming_id and customfield (both optional)
//   GET    /api/incoming-items/{id}
//   POST   /api/incoming-items            incoming_id mandatory; position, description, total,
//                                         tax_name, tax_rate, tax_rate_reverse_charge, tax_included,
//                                         category, type (PRODUCT, SERVICE), cost_center,
//                                         expense_account_number, customfield; appended after the
//                                         incoming's items
//   PUT    /api/incoming-items/{id}       the same fields but incoming_id
//   DELETE /api/incoming-items/{id}       200, empty body
// Readings: the stored copies of both pages end after the create section; changing and deleting an
// item are taken from the sibling items pages (invoices, credit notes: PUT and DELETE /{stem}-items/{id}).
// The create table types `total` as INT while the record shows a float (75): any number is accepted.
// `customfield` filters on the whole value (case ignored). The incoming's own totals are not recomputed
// (the page does not say they are: an incoming's totals are its own fields).
import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, toApi } from './index';
import { bodyFields, listPage, paging } from './children';
import { incomingsOf, RecordBook } from './incomings';

export interface IncomingItem {
	id: number;
	incoming_id: number;
	position: number;
	description: string | null;
	total: number;
	tax_name: string | null;
	tax_rate: number | null;
	tax_rate_reverse_charge: number | null;
	tax_included: number;
	category: string | null;
	type: string | null;
	cost_center: number | null;
	expense_account_number: number | null;
	customfield: string | null;
}

const TEXTS = ['description', 'tax_name', 'category', 'customfield'];
const FLOATS = ['total', 'tax_rate', 'tax_rate_reverse_charge'];
const INTEGERS = ['position', 'cost_center', 'expense_account_number'];
const WRITABLE = [...TEXTS, ...FLOATS, ...INTEGERS, 'tax_included', 'type'];
const BOOLEANS = [0, 1, '0', '1', true, false, 'true', 'false'];
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));

const blank = (id: number, incomingId: number, position: number): IncomingItem => ({
	id,
	incoming_id: incomingId,
	position,
	description: null,
	total: 0,
	tax_name: null,
	tax_rate: null,
	tax_rate_reverse_charge: null,
	tax_included: 1,
	category: null,
	type: null,
	cost_center: null,
	expense_account_number: null,
	customfield: null,
});

/** One item per demo incoming: its gross total, under its category and expense account. */
function demo(): IncomingItem[] {
	const item = (id: number, incomingId: number, description: string, total: number, category: string, type: string, account: number, taxRate = 19): IncomingItem => ({
		...blank(id, incomingId, 1),
		description,
		total,
		tax_name: 'USt',
		tax_rate: taxRate,
		category,
		type,
		expense_account_number: account,
	});
	return [
		item(1, 1, 'Logo and web layout', 2201.5, 'external_services', 'SERVICE', 4900),
		item(2, 2, 'Hosting 2025', 571.2, 'hosting', 'SERVICE', 4930),
		item(3, 3, '3D-printed models, 500 pieces', 238, 'goods', 'PRODUCT', 3400),
		item(4, 4, 'Paper and toner', 114.84, 'office', 'PRODUCT', 4930),
		item(5, 5, 'Annual accounts 2024', 1428, 'consulting', 'SERVICE', 4950),
	];
}

const books = new WeakMap<BillomatSandbox, RecordBook<IncomingItem>>();

/** The sandbox's incoming items (tests read and prepare them here). */
export function incomingItemsOf(sandbox: BillomatSandbox): RecordBook<IncomingItem> {
	return books.get(sandbox)!;
}

/** Add `count` generated items to incoming `incomingId` (paging and picker tests); returns their IDs. */
export function addIncomingItems(sandbox: BillomatSandbox, count: number, incomingId = 5): number[] {
	const book = incomingItemsOf(sandbox);
	return book.add(count, (id) => ({ ...blank(id, incomingId, nextPosition(book, incomingId)), description: `Bulk post ${id}`, total: 1 }));
}

function nextPosition(book: RecordBook<IncomingItem>, incomingId: number): number {
	return Math.max(0, ...[...book.records.values()].filter((i) => i.incoming_id === incomingId).map((i) => i.position)) + 1;
}

function validate(fields: Record<string, unknown>, allowed: string[]): string[] {
	const problems = Object.keys(fields).filter((k) => !allowed.includes(k)).map((k) => `Unknown field: ${k}`);
	for (const key of FLOATS) if (fields[key] !== undefined && !isNumber(fields[key])) problems.push(`${key} must be a number`);
	for (const key of INTEGERS) if (fields[key] !== undefined && !/^\d+$/.test(String(fields[key]))) problems.push(`${key} must be an integer`);
	for (const key of TEXTS) if (fields[key] !== undefined && typeof fields[key] !== 'string') problems.push(`${key} must be a text`);
	if (fields.tax_included !== undefined && !BOOLEANS.includes(fields.tax_included as never)) problems.push('tax_included must be 0 or 1');
	if (fields.type !== undefined && !['PRODUCT', 'SERVICE'].includes(String(fields.type))) problems.push(`Invalid type: ${String(fields.type)}`);
	return problems;
}

function apply(item: IncomingItem, fields: Record<string, unknown>): void {
	const record = item as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'tax_included') record[key] = [1, '1', true, 'true'].includes(value as never) ? 1 : 0;
		else if (FLOATS.includes(key) || INTEGERS.includes(key)) record[key] = Number(value);
		else record[key] = String(value);
	}
}

export function registerIncomingItems(sandbox: BillomatSandbox): void {
	const book = new RecordBook<IncomingItem>('Item not found', demo);
	books.set(sandbox, book);
	sandbox.onSeed(() => book.seed());
	const record = (item: IncomingItem) => toApi({ ...item });

	const write = (req: SandboxRequest, existing?: IncomingItem): SandboxReply => {
		const body = bodyFields(sandbox, req, 'incoming-item');
		if ('reply' in body) return body.reply;
		const { fields } = body;
		const problems = validate(fields, existing ? WRITABLE : ['incoming_id', ...WRITABLE]);
		if (!existing) {
			if (fields.incoming_id === undefined) problems.unshift('incoming_id is required');
			else if (!/^\d+$/.test(String(fields.incoming_id))) problems.unshift('incoming_id must be an integer');
		}
		if (problems.length) return errors(400, ...problems);
		let item = existing;
		if (!item) {
			const incomingId = Number(fields.incoming_id);
			if (!incomingsOf(sandbox).incoming(incomingId)) return errors(404, 'Incoming not found');
			item = blank(book.nextId++, incomingId, nextPosition(book, incomingId));
		}
		const { incoming_id: _parent, ...rest } = fields;
		apply(item, rest);
		book.records.set(item.id, item);
		return { status: existing ? 200 : 201, body: { 'incoming-item': record(item) } };
	};

	sandbox.apiRoute('GET', '/incoming-items', (req) => {
		const { page, perPage, problems } = paging(req, ['incoming_id', 'customfield']);
		const incomingId = req.query.get('incoming_id');
		if (incomingId !== null && !/^\d+$/.test(incomingId)) problems.push('incoming_id must be an integer');
		if (problems.length) return errors(400, ...problems);
		const custom = req.query.get('customfield')?.toLowerCase();
		const hits = [...book.records.values()]
			.filter((i) => (incomingId === null || i.incoming_id === Number(incomingId)) && (custom === undefined || (i.customfield ?? '').toLowerCase() === custom))
			.sort((a, b) => a.incoming_id - b.incoming_id || a.position - b.position || a.id - b.id);
		return listPage('incoming-item', hits.map(record), page, perPage);
	});
	book.recordRoutes(sandbox, '/incoming-items', 'incoming-item', record, write);
}
