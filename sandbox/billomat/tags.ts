// Invoice tags. Billomat's tags page of the invoice API (https://www.billomat.com/api/rechnungen/schlagworte/)
// could not be read from here; these routes follow a published description of that page and the
// pattern of the invoice comments page (https://www.billomat.com/en/api/invoices/comments/):
// GET /invoice-tags?invoice_id=… (the tags of an invoice, `invoice-tag` elements: id, invoice_id,
// name), GET /invoice-tags without invoice_id (the tag cloud: `tag` elements with name and count),
// GET /invoice-tags/{id}, POST /invoice-tags (invoice_id and name, both mandatory),
// DELETE /invoice-tags/{id}. No update. The tags are the invoices' own `tags` (which the invoice
// list's `tags` filter searches): adding or deleting one changes the invoice's tags.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, repeated, toApi } from './index';

export interface InvoiceTag {
	id: number;
	invoice_id: number;
	name: string;
}

interface TagStore {
	tags: Map<number, InvoiceTag>;
	nextId: number;
}

const stores = new WeakMap<BillomatSandbox, TagStore>();

function store(sandbox: BillomatSandbox): TagStore {
	let found = stores.get(sandbox);
	if (!found) {
		found = { tags: new Map(), nextId: 1 };
		stores.set(sandbox, found);
	}
	return found;
}

/** The sandbox's invoice tags (tests read and prepare them here). */
export function tagsOf(sandbox: BillomatSandbox): Map<number, InvoiceTag> {
	return store(sandbox).tags;
}

function attach(sandbox: BillomatSandbox, invoiceId: number, name: string): InvoiceTag {
	const own = store(sandbox);
	const tag = { id: own.nextId++, invoice_id: invoiceId, name };
	own.tags.set(tag.id, tag);
	const invoice = sandbox.invoices.get(invoiceId);
	if (invoice && !invoice.tags.includes(name)) invoice.tags.push(name);
	return tag;
}

/** Add `count` generated tags to invoice `invoiceId` (for paging tests); returns their IDs. */
export function addTags(sandbox: BillomatSandbox, count: number, invoiceId = 1): number[] {
	return Array.from({ length: count }, (_, n) => attach(sandbox, invoiceId, `bulk-${n + 1}`).id);
}

const record = (tag: InvoiceTag): unknown => toApi({ ...tag });

export function registerTags(sandbox: BillomatSandbox): void {
	sandbox.onSeed(() => {
		const own = store(sandbox);
		own.tags.clear();
		own.nextId = 1;
		// The demo invoices' own tags, in invoice order.
		for (const invoice of [...sandbox.invoices.values()].sort((a, b) => a.id - b.id)) {
			for (const name of invoice.tags) {
				const tag = { id: own.nextId++, invoice_id: invoice.id, name };
				own.tags.set(tag.id, tag);
			}
		}
	});

	sandbox.apiRoute('GET', '/invoice-tags', (req) => (req.query.has('invoice_id') ? list(sandbox, req) : cloud(sandbox, req)));
	sandbox.apiRoute('POST', '/invoice-tags', (req) => create(sandbox, req));
	sandbox.apiRoute('GET', '/invoice-tags/:id', (req) => withTag(sandbox, req, (t) => ({ body: { 'invoice-tag': record(t) } })));
	sandbox.apiRoute('DELETE', '/invoice-tags/:id', (req) =>
		withTag(sandbox, req, (t) => {
			tagsOf(sandbox).delete(t.id);
			const invoice = sandbox.invoices.get(t.invoice_id);
			const stillUsed = [...tagsOf(sandbox).values()].some((o) => o.invoice_id === t.invoice_id && o.name === t.name);
			if (invoice && !stillUsed) invoice.tags = invoice.tags.filter((name) => name !== t.name);
			return { status: 200 };
		}),
	);
}

function withTag(sandbox: BillomatSandbox, req: SandboxRequest, handler: (tag: InvoiceTag) => SandboxReply): SandboxReply {
	const tag = /^\d+$/.test(req.params.id) ? tagsOf(sandbox).get(Number(req.params.id)) : undefined;
	if (!tag) return errors(404, 'Tag not found');
	return handler(tag);
}

function paging(req: SandboxRequest, allowed: string[]): { page: number; perPage: number; problems: string[] } {
	const q = req.query;
	const problems: string[] = [];
	for (const name of new Set(q.keys())) if (!allowed.includes(name) && name !== 'page' && name !== 'per_page') problems.push(`Unknown parameter: ${name}`);
	const page = Number(q.get('page') ?? '1');
	const perPage = Number(q.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
	return { page, perPage, problems };
}

function list(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const { page, perPage, problems } = paging(req, ['invoice_id']);
	const invoiceId = req.query.get('invoice_id')!;
	if (!/^\d+$/.test(invoiceId)) problems.push('invoice_id must be an integer');
	if (problems.length) return errors(400, ...problems);
	if (!sandbox.invoices.has(Number(invoiceId))) return errors(404, 'Invoice not found');
	const hits = [...tagsOf(sandbox).values()].filter((t) => t.invoice_id === Number(invoiceId)).sort((a, b) => a.id - b.id);
	const slice = hits.slice((page - 1) * perPage, page * perPage);
	const tags: Record<string, unknown> = {};
	if (slice.length) tags['invoice-tag'] = repeated(slice.map(record));
	tags['@page'] = String(page);
	tags['@per_page'] = String(perPage);
	tags['@total'] = String(hits.length);
	return { body: { 'invoice-tags': tags } };
}

/** The tag cloud: each name used on invoices, alphabetically, with how many tag links it has. */
function cloud(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const { problems } = paging(req, []);
	if (problems.length) return errors(400, ...problems);
	const counts = new Map<string, number>();
	for (const t of tagsOf(sandbox).values()) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
	const entries = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, count]) => toApi({ name, count }));
	const tags: Record<string, unknown> = {};
	if (entries.length) tags.tag = repeated(entries);
	return { body: { 'invoice-tags': tags } };
}

function create(sandbox: BillomatSandbox, req: SandboxRequest): SandboxReply {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed.reply;
	const fields = parsed.value['invoice-tag'] as Record<string, unknown> | undefined;
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return errors(400, 'The body must hold an "invoice-tag" element');
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!['invoice_id', 'name'].includes(key)) problems.push(`Unknown field: ${key}`);
	if (fields.invoice_id === undefined) problems.push('invoice_id is required');
	else if (!/^\d+$/.test(String(fields.invoice_id))) problems.push('invoice_id must be an integer');
	if (fields.name === undefined) problems.push('name is required');
	else if (typeof fields.name !== 'string' || fields.name.trim() === '') problems.push('name must be a non-empty text');
	if (problems.length) return errors(400, ...problems);
	if (!sandbox.invoices.has(Number(fields.invoice_id))) return errors(404, 'Invoice not found');
	return { status: 201, body: { 'invoice-tag': record(attach(sandbox, Number(fields.invoice_id), fields.name as string)) } };
}
