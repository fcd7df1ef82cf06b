// Billomat's article catalogue, from https://www.billomat.com/en/api/articles/: GET /articles with
// its filters (article_number, title, description, currency_code, unit_id, tags, supplier_id),
// paging and order_by; GET, POST, PUT and DELETE /articles/{id}. Bodies are `{"article": {…}}`,
// replies the record as XML converted to JSON (strings, `{}` for empty), errors as the invoice routes.
//
// Readings of the page (it leaves them open):
// - No field of POST /articles is marked mandatory there: an article without a title is accepted
//   (the node asks for one all the same: invoice items take their title from the article).
// - Filters on text (article_number, title, description) match parts, case ignored, as the page's
//   example `?title=layout` says; currency_code, unit_id and supplier_id match exactly; tags must all be there.
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
// - The sequential number makes the article number `number_pre` + `number` (zero-padded to
//   `number_length`), as the client and invoice numbers are made.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox, Value } from './index';
import { errors, repeated, toApi } from './index';
import { taxesOf } from './taxes';
import { unitsOf } from './units';

export type Api = (method: string, path: string, handler: (req: SandboxRequest) => SandboxReply) => void;

export interface Article {
	id: number;
	created: string;
	article_number: string;
	number: number;
	number_pre: string;
	number_length: number;
	title: string | null;
	description: string | null;
	sales_price: number | null;
	sales_price2: number | null;
	sales_price3: number | null;
	sales_price4: number | null;
	sales_price5: number | null;
	currency_code: string;
	unit_id: number | null;
	tax_id: number | null;
	purchase_price: number | null;
	purchase_price_net_gross: 'NET' | 'GROSS';
	supplier_id: number | null;
	/** Not in the API's article record: kept for the tags filter. */
	tags: string[];
}

const INTEGERS = ['number', 'number_length', 'unit_id', 'tax_id', 'supplier_id'];
const FLOATS = ['sales_price', 'sales_price2', 'sales_price3', 'sales_price4', 'sales_price5', 'purchase_price'];
const TEXTS = ['number_pre', 'title', 'description', 'currency_code', 'purchase_price_net_gross'];
const WRITABLE = [...INTEGERS, ...FLOATS, ...TEXTS];
const FILTERS = ['article_number', 'title', 'description', 'currency_code', 'unit_id', 'tags', 'supplier_id'];

// ---------------------------------------------------------------------------------------------
// Lists, shared by the list routes of articles and contacts (https://www.billomat.com/en/api/basics/read-data/).

/**
 * One page of a list as Billomat sends it: `page` (default 1) and `per_page` (default 100, at most
 * 1000) checked, `order_by` ("field [ASC|DESC]", comma-separated, fields from `orderFields`) applied
 * (by ID otherwise), and `{root: {element: …, @page, @per_page, @total}}`.
 */
export function listReply<T extends { id: number }>(
	req: SandboxRequest,
	names: { root: string; element: string },
	hits: T[],
	orderFields: string[],
	record: (hit: T) => unknown,
): SandboxReply {
	const page = Number(req.query.get('page') ?? '1');
	const perPage = Number(req.query.get('per_page') ?? '100');
	if (!Number.isInteger(page) || page < 1) return errors(400, 'page must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) return errors(400, 'per_page must be between 1 and 1000');
	const sorts: Array<{ field: string; dir: number }> = [];
	for (const part of (req.query.get('order_by') ?? '').split(',').filter((p) => p.trim())) {
		const m = /^([a-z_0-9]+)(?: (ASC|DESC))?$/i.exec(part.trim());
		if (!m || !orderFields.includes(m[1])) return errors(400, `Invalid order_by: ${req.query.get('order_by')}`);
		sorts.push({ field: m[1], dir: (m[2] ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1 });
	}
	const sorted = [...hits].sort((a, b) => {
		for (const { field, dir } of sorts) {
			const x = (a as unknown as Record<string, unknown>)[field] as string | number | null;
			const y = (b as unknown as Record<string, unknown>)[field] as string | number | null;
			if (x === y) continue;
			if (x === null) return 1;
			if (y === null) return -1;
			return (x < y ? -1 : 1) * dir;
		}
		return a.id - b.id;
	});
	const slice = sorted.slice((page - 1) * perPage, page * perPage);
	const list: Record<string, unknown> = {};
	if (slice.length) list[names.element] = repeated(slice.map(record));
	list['@page'] = String(page);
	list['@per_page'] = String(perPage);
	list['@total'] = String(hits.length);
	return { body: { [names.root]: list } };
}

/** Query parameters a list does not know: Billomat's 400. */
export function unknownParameters(req: SandboxRequest, known: string[]): SandboxReply | undefined {
	const unknown = [...new Set(req.query.keys())].filter((name) => !known.includes(name) && !['page', 'per_page', 'order_by'].includes(name));
	return unknown.length ? errors(400, ...unknown.map((name) => `Unknown parameter: ${name}`)) : undefined;
}

/** The `{element: {…}}` object of a write request, or Billomat's 400. */
export function bodyElement(sandbox: BillomatSandbox, req: SandboxRequest, element: string): { fields: Record<string, unknown> } | { reply: SandboxReply } {
	const parsed = sandbox.json(req);
	if ('reply' in parsed) return parsed;
	const fields = parsed.value[element];
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { reply: errors(400, `The body must hold an "${element}" element`) };
	return { fields: fields as Record<string, unknown> };
}

const contains = (value: string | null, needle: string | null) => needle === null || (value ?? '').toLowerCase().includes(needle.toLowerCase());

// ---------------------------------------------------------------------------------------------

export class BillomatArticles {
	records = new Map<number, Article>();
	private nextId = 1;
	private nextNumber = 1;

	constructor(private readonly sandbox: BillomatSandbox) {}

	/**
	 * What an invoice item takes from its article when it names one (`article_id`: "sets
	 * additionally the values from the article on creation",
	 * https://www.billomat.com/en/api/invoices/items/): title, description, the first sales
	 * price as the unit price, its unit's name and its tax's name and rate. The page does not say which wins when the item gives a value too;
	 * the sandbox keeps the item's own (the reading that never discards what the client sent).
	 */
	itemDefaults(articleId: unknown): Record<string, unknown> {
		const article = this.records.get(Number(articleId));
		if (!article) return {};
		const defaults: Record<string, unknown> = {};
		if (article.title !== null) defaults.title = article.title;
		if (article.description !== null) defaults.description = article.description;
		if (article.sales_price !== null) defaults.unit_price = article.sales_price;
		// Its unit and tax rate by their IDs (the item keeps names and a rate, not IDs).
		const unit = article.unit_id === null ? undefined : unitsOf(this.sandbox)?.records.get(article.unit_id);
		if (unit) defaults.unit = unit.name;
		const tax = article.tax_id === null ? undefined : taxesOf(this.sandbox)?.records.get(article.tax_id);
		if (tax) {
			defaults.tax_name = tax.name;
			defaults.tax_rate = tax.rate;
		}
		return defaults;
	}

	register(api: Api): void {
		api('GET', '/articles', (req) => this.list(req));
		api('POST', '/articles', (req) => this.create(req));
		api('GET', '/articles/:id', (req) => this.with(req, (article) => ({ body: { article: this.record(article) } })));
		api('PUT', '/articles/:id', (req) => this.with(req, (article) => this.update(req, article)));
		api('DELETE', '/articles/:id', (req) =>
			this.with(req, (article) => {
				this.records.delete(article.id);
				return { status: 200 };
			}),
		);
	}

	/** The demo catalogue: the articles the demo invoices' items reference (9, 12) and two more. */
	seed(): void {
		this.records = new Map();
		const add = (fields: Partial<Article> & Pick<Article, 'id' | 'number' | 'title'>) => {
			const article = { ...this.blank(fields.id, '2023-01-09T10:15:00+01:00'), ...fields };
			article.article_number = `${article.number_pre}${String(article.number).padStart(article.number_length, '0')}`;
			this.records.set(article.id, article);
		};
		add({ id: 9, number: 9, title: 'Consulting', description: 'Consulting by the hour', sales_price: 90, sales_price2: 80, unit_id: 1, tax_id: 1, purchase_price: 45, tags: ['service'] });
		add({ id: 10, number: 10, title: 'Webdesign', description: 'This is the description. What else?', sales_price: 123.45, sales_price2: 110.45, sales_price3: 99.99, unit_id: 1, tax_id: 1, supplier_id: 1, tags: ['web', 'service'] });
		add({ id: 11, number: 11, title: 'Hosting', description: 'Web hosting, one year', sales_price: 240, unit_id: 3, tax_id: 1, purchase_price: 120, purchase_price_net_gross: 'GROSS', supplier_id: 2, tags: ['web', 'hosting'] });
		add({ id: 12, number: 12, title: 'Model', description: '3D-printed model', sales_price: 1.23, unit_id: 2, tax_id: 1, purchase_price: 0.4, supplier_id: 2, tags: ['hardware'] });
		add({ id: 13, number: 13, title: 'Support (UK)', description: 'Remote support by the hour', sales_price: 75, currency_code: 'GBP', unit_id: 1, tax_id: 2, tags: ['service'] });
		this.nextId = 14;
		this.nextNumber = 14;
	}

	/** Add `count` generated articles (paging and picker tests); returns their IDs. */
	add(count: number, fields: Partial<Article> = {}): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) {
			const article = this.blank(this.nextId++, '2025-05-01T08:00:00+02:00');
			Object.assign(article, { number: this.nextNumber++, title: `Article ${article.id}`, sales_price: 10, unit_id: 2, tax_id: 1, ...fields });
			article.article_number = `${article.number_pre}${String(article.number).padStart(article.number_length, '0')}`;
			this.records.set(article.id, article);
			ids.push(article.id);
		}
		return ids;
	}

	private blank(id: number, created: string): Article {
		return {
			id,
			created,
			article_number: '',
			number: 0,
			number_pre: 'ART',
			number_length: 0,
			title: null,
			description: null,
			sales_price: null,
			sales_price2: null,
			sales_price3: null,
			sales_price4: null,
			sales_price5: null,
			currency_code: 'EUR',
			unit_id: null,
			tax_id: null,
			purchase_price: null,
			purchase_price_net_gross: 'NET',
			supplier_id: null,
			tags: [],
		};
	}

	/** The article as GET /articles/{id} sends it. */
	record(article: Article): unknown {
		const { tags: _tags, ...fields } = article;
		return toApi(fields as unknown as Value);
	}

	private with(req: SandboxRequest, handler: (article: Article) => SandboxReply): SandboxReply {
		const article = /^\d+$/.test(req.params.id) ? this.records.get(Number(req.params.id)) : undefined;
		if (!article) return errors(404, 'Article not found');
		return handler(article);
	}

	private list(req: SandboxRequest): SandboxReply {
		const q = req.query;
		const unknown = unknownParameters(req, FILTERS);
		if (unknown) return unknown;
		const problems: string[] = [];
		for (const name of ['unit_id', 'supplier_id']) {
			const v = q.get(name);
			if (v !== null && !/^\d+$/.test(v)) problems.push(`${name} must be an integer`);
		}
		if (problems.length) return errors(400, ...problems);
		const tags = q.get('tags')?.split(',').map((t) => t.trim()).filter(Boolean) ?? [];
		const hits = [...this.records.values()].filter(
			(a) =>
				contains(a.article_number, q.get('article_number')) &&
				contains(a.title, q.get('title')) &&
				contains(a.description, q.get('description')) &&
				(!q.has('currency_code') || a.currency_code.toUpperCase() === q.get('currency_code')!.toUpperCase()) &&
				(!q.has('unit_id') || a.unit_id === Number(q.get('unit_id'))) &&
				(!q.has('supplier_id') || a.supplier_id === Number(q.get('supplier_id'))) &&
				tags.every((t) => a.tags.includes(t)),
		);
		return listReply(req, { root: 'articles', element: 'article' }, hits, ['id', 'created', 'article_number', 'number', 'title', 'sales_price', 'currency_code'], (a) => this.record(a));
	}

	private validate(fields: Record<string, unknown>): string[] {
		const problems: string[] = [];
		for (const key of Object.keys(fields)) if (!WRITABLE.includes(key)) problems.push(`Unknown field: ${key}`);
		for (const key of INTEGERS) {
			if (fields[key] !== undefined && !/^\d+$/.test(String(fields[key]))) problems.push(`${key} must be an integer`);
		}
		for (const key of FLOATS) {
			if (fields[key] !== undefined && (fields[key] === '' || !Number.isFinite(Number(fields[key])))) problems.push(`${key} must be a number`);
		}
		if (fields.purchase_price_net_gross !== undefined && !['NET', 'GROSS'].includes(String(fields.purchase_price_net_gross))) {
			problems.push(`Invalid purchase_price_net_gross: ${String(fields.purchase_price_net_gross)}`);
		}
		if (fields.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(fields.currency_code))) {
			problems.push(`Invalid currency_code: ${String(fields.currency_code)}`);
		}
		return problems;
	}

	private apply(article: Article, fields: Record<string, unknown>): void {
		for (const [key, value] of Object.entries(fields)) {
			(article as unknown as Record<string, unknown>)[key] = INTEGERS.includes(key) || FLOATS.includes(key) ? Number(value) : String(value);
		}
		article.article_number = `${article.number_pre}${String(article.number).padStart(article.number_length, '0')}`;
	}

	private create(req: SandboxRequest): SandboxReply {
		const body = bodyElement(this.sandbox, req, 'article');
		if ('reply' in body) return body.reply;
		const problems = this.validate(body.fields);
		if (problems.length) return errors(400, ...problems);
		const article = this.blank(this.nextId++, DateTime.now().toISO({ suppressMilliseconds: true })!);
		article.number = this.nextNumber;
		this.apply(article, body.fields);
		this.nextNumber = Math.max(this.nextNumber, article.number) + 1;
		this.records.set(article.id, article);
		return { status: 201, body: { article: this.record(article) } };
	}

	private update(req: SandboxRequest, article: Article): SandboxReply {
		const body = bodyElement(this.sandbox, req, 'article');
		if ('reply' in body) return body.reply;
		const problems = this.validate(body.fields);
		if (problems.length) return errors(400, ...problems);
		this.apply(article, body.fields);
		return { body: { article: this.record(article) } };
	}
}
