// What the catalogue routes of the InvoiceXpress emulator share (items.ts, taxes.ts,
// sequences.ts): the api_key check, `.json` paths (the legacy XML API documents none of these
// routes, so `.xml` is 404 as everywhere but the invoice update), `{"errors":[{"error":…}]}`
// replies, stores that go back to their demo records on reset(), and the readings of the pages
// that leave a point open, each a switch tests can turn.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { InvoiceXpressSandbox } from './index';

/**
 * Where the API pages allow two readings, the sandbox offers each (defaults: the newer pages).
 * reset() restores the defaults.
 */
export interface CatalogueReadings {
	/**
	 * Item description: optional ("item / description No" on the XML items.create page, and not
	 * marked required on https://invoicexpress.com/api-v2/items/create-5) or required ("item /
	 * description Yes" on https://invoicexpress.com/api/items/create).
	 */
	itemDescription: 'optional' | 'required';
	/**
	 * Item unit price 0: allowed ("equal or greater than 0.0", https://invoicexpress.com/api/items/create)
	 * or refused ("greater than 0.0", the XML items.create page).
	 */
	itemZeroPrice: 'allowed' | 'refused';
	/**
	 * An item naming an unknown tax gets the default tax (https://invoicexpress.com/api/items/create)
	 * or no tax (the XML items.create page).
	 */
	unknownItemTax: 'default-tax' | 'no-tax';
	/**
	 * GET /taxes.json and GET /sequences.json "return all" (no paging documented): one reply with
	 * every record (`all`), or paged like the other lists (`paged`: `page`, `per_page`, `pagination`).
	 */
	listPaging: 'all' | 'paged';
	/**
	 * What a write without a documented reply body answers (item and tax updates, sequence register
	 * and set_current): 200 with an empty body (`empty`, as the XML items.update page says "HTTP: 200
	 * OK") or 200 with the record (`record`).
	 */
	writeReply: 'empty' | 'record';
	/**
	 * POST /sequences.json creates the sequence (https://invoicexpress.com/api-v2/sequences/create)
	 * or creates and registers it with the AT (https://invoicexpress.com/api-v2/sequences/create-6).
	 */
	sequenceCreate: 'create' | 'create-and-register';
}

export const DEFAULT_READINGS: CatalogueReadings = {
	itemDescription: 'optional',
	itemZeroPrice: 'allowed',
	unknownItemTax: 'default-tax',
	listPaging: 'all',
	writeReply: 'empty',
	sequenceCreate: 'create-and-register',
};

const readings = new WeakMap<InvoiceXpressSandbox, CatalogueReadings>();

/** The readings this sandbox follows now (tests change them; reset() restores the defaults). */
export function catalogueReadings(sandbox: InvoiceXpressSandbox): CatalogueReadings {
	let current = readings.get(sandbox);
	if (!current) {
		current = { ...DEFAULT_READINGS };
		readings.set(sandbox, current);
		afterReset(sandbox, () => Object.assign(current!, DEFAULT_READINGS));
	}
	return current;
}

/** Run `hook` now and after every reset() of the sandbox (the demo data back to its seed). */
export function afterReset(sandbox: InvoiceXpressSandbox, hook: () => void): void {
	const reset = sandbox.reset.bind(sandbox);
	sandbox.reset = () => {
		reset();
		hook();
	};
	hook();
}

export interface Stored {
	id: number;
}

/** The records of one catalogue list, by ID, in creation order. */
export class Store<T extends Stored> {
	records = new Map<number, T>();
	private nextId = 0;

	constructor(
		private readonly demo: () => T[],
		private readonly firstId: number,
		private readonly generated: (id: number) => T,
	) {}

	seed(): void {
		this.records = new Map(this.demo().map((r) => [r.id, structuredClone(r)]));
		this.nextId = Math.max(this.firstId, ...[...this.records.keys()].map((id) => id + 1));
	}

	newId(): number {
		return this.nextId++;
	}

	insert(record: T): T {
		this.records.set(record.id, record);
		return record;
	}

	/** Add `count` generated records cheaply (picker and paging tests); returns their IDs. */
	add(count: number): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) ids.push(this.insert(this.generated(this.newId())).id);
		return ids;
	}

	all(): T[] {
		return [...this.records.values()];
	}
}

export function errors(status: number, lines: string[]): SandboxReply {
	return { status, body: { errors: lines.map((error) => ({ error })) } };
}

export const NOT_FOUND: SandboxReply = errors(404, ['Not Found']);

/**
 * The api_key check of every route, then the handler. `file` is the path's last segment: only
 * `.json` is served (the legacy XML API documents none of these requests).
 */
export function guarded(sandbox: InvoiceXpressSandbox, handler: (req: SandboxRequest) => SandboxReply) {
	return (req: SandboxRequest): SandboxReply => {
		if (!req.path.endsWith('.json')) {
			return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found: the legacy XML API documents only PUT /invoices/:invoice-id.xml' };
		}
		const key = req.query.get('api_key');
		if (!key || !sandbox.apiKeys.has(key)) return errors(401, ['Access denied']);
		return handler(req);
	};
}

/** The record ID of `12.json` (digits only), else undefined. */
export function jsonId(file: string | undefined): number | undefined {
	const m = /^(\d+)\.json$/.exec(file ?? '');
	return m ? Number(m[1]) : undefined;
}

/** The `{"<root>": {…}}` of a JSON body, or the 422 reply for an unreadable one. */
export function bodyOf(req: SandboxRequest, root: string): Record<string, unknown> | SandboxReply {
	const text = req.body.toString('utf8');
	let parsed: unknown;
	try {
		parsed = text.trim() === '' ? {} : JSON.parse(text);
	} catch (error) {
		return errors(422, [`The request body could not be read: ${(error as Error).message}`]);
	}
	const value = (parsed as Record<string, unknown> | null)?.[root];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export const isReply = (value: unknown): value is SandboxReply =>
	!!value && typeof value === 'object' && 'status' in value && typeof (value as SandboxReply).status === 'number';

/**
 * A list reply. `paged`: the page asked for (`page`, `per_page` from 1 to 100, default 10) with
 * `pagination`, as GET /invoices.json answers; else every record, as "returns all your …" says.
 */
export function listReply<T>(req: SandboxRequest, key: string, records: T[], paged: boolean, present: (r: T) => unknown): SandboxReply {
	if (!paged) return { status: 200, body: { [key]: records.map(present) } };
	const perPage = Math.max(1, Math.min(100, Number(req.query.get('per_page') ?? 10) || 10));
	const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
	const totalPages = Math.max(1, Math.ceil(records.length / perPage));
	const slice = records.slice((page - 1) * perPage, page * perPage);
	return {
		status: 200,
		body: { [key]: slice.map(present), pagination: { total_entries: records.length, current_page: page, total_pages: totalPages, per_page: perPage } },
	};
}

/** A number as the API accepts one: a JSON number or numeric text. */
export function numeric(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

/** `1`, `"1"` and `true` are on; anything else given is off. */
export function flag(value: unknown): 0 | 1 {
	return value === 1 || value === '1' || value === true || value === 'true' ? 1 : 0;
}

/** How one catalogue list is served: `/items.json`, `/items/:id.json`, `{"item": {…}}`. */
export interface RecordRoutes<T extends Stored> {
	/** `/items`. */
	path: string;
	/** `items`: the list's key. */
	list: string;
	/** `item`: the root of a record and of a write body. */
	element: string;
	store: Store<T>;
	/** Whether GET /<path>.json pages. */
	paged: () => boolean;
	/** The 422 lines for a create (`current` undefined) or an update of `current`. */
	check(fields: Record<string, unknown>, current?: T): string[];
	/** The record with the fields applied (`create`: a new record from `blank`). */
	apply(record: T, fields: Record<string, unknown>, create: boolean): T;
	blank(id: number): T;
	present(record: T): unknown;
}

/**
 * GET (list) and POST on `/<path>.json`; GET, PUT and DELETE on `/<path>/:id.json`. Create answers
 * 201 with the record, update and delete 200 (update: empty, or the record under the writeReply
 * reading), an unknown ID 404, a refused body 422 with every problem.
 */
export function recordRoutes<T extends Stored>(sandbox: InvoiceXpressSandbox, spec: RecordRoutes<T>): void {
	const readings = catalogueReadings(sandbox);
	const { store, element } = spec;
	const found = (req: SandboxRequest) => store.records.get(jsonId(req.params.file) ?? NaN);
	const one = (status: number, record: T): SandboxReply => ({ status, body: { [element]: spec.present(record) } });
	const write = (req: SandboxRequest, current?: T): SandboxReply => {
		const fields = bodyOf(req, element);
		if (isReply(fields)) return fields;
		const problems = spec.check(fields, current);
		if (problems.length) return errors(422, problems);
		if (!current) return one(201, store.insert(spec.apply(spec.blank(store.newId()), fields, true)));
		spec.apply(current, fields, false);
		return readings.writeReply === 'record' ? one(200, current) : { status: 200 };
	};
	sandbox.route('GET', `${spec.path}.json`, guarded(sandbox, (req) => listReply(req, spec.list, store.all(), spec.paged(), spec.present)));
	sandbox.route('POST', `${spec.path}.json`, guarded(sandbox, (req) => write(req)));
	sandbox.route('GET', `${spec.path}/:file`, guarded(sandbox, (req) => {
		const record = found(req);
		return record ? one(200, record) : NOT_FOUND;
	}));
	sandbox.route('PUT', `${spec.path}/:file`, guarded(sandbox, (req) => {
		const record = found(req);
		return record ? write(req, record) : NOT_FOUND;
	}));
	sandbox.route('DELETE', `${spec.path}/:file`, guarded(sandbox, (req) => {
		const record = found(req);
		if (!record) return NOT_FOUND;
		store.records.delete(record.id);
		return { status: 200 };
	}));
}
