// Billomat's units (settings), from https://www.billomat.com/en/api/settings/units/: GET /units
// (filter `name`, paging), GET /units/{id}, POST /units (`name` mandatory), PUT /units/{id} and
// DELETE /units/{id}. Records are `{id, created, name}`. The demo units are those the demo
// articles use (articles.ts: unit_id 1 hour, 2 piece, 3 year).
//
// Readings of the page (it leaves them open):
// - The `name` filter matches parts, case ignored ("all units with the term “hour” in their name").
// - "You cannot delete units while they are assigned to any articles": the page gives no status;
//   the sandbox answers 400 with Billomat's error body. (Billomat's FAQ says the web app may delete
//   them; the API page is the specification here.)
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
// The list/record/route machinery below is shared with taxes.ts (the same settings-list shape).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { bodyElement, listReply, unknownParameters } from './articles';
import type { BillomatSandbox, Value } from './index';
import { errors, toApi } from './index';

export interface SettingsRecord {
	id: number;
	[field: string]: string | number | null;
}

/** How one settings resource (units, taxes) lists, checks and stores its records. */
export interface SettingsSpec<T extends SettingsRecord> {
	path: string;
	root: string;
	element: string;
	notFound: string;
	filters: Record<string, (record: T, value: string) => boolean>;
	/** The problems of a write body (`create`: POST, mandatory fields apply). */
	validate: (fields: Record<string, unknown>, create: boolean) => string[];
	/** A new record from a checked POST body. */
	build: (id: number, fields: Record<string, unknown>) => T;
	/** Apply a checked PUT body. */
	apply: (record: T, fields: Record<string, unknown>) => void;
	/** Called after a write is stored (e.g. one default tax only). */
	afterWrite?: (store: SettingsStore<T>, record: T) => void;
	/** A reason the record cannot be deleted, or undefined. */
	refuseDelete?: (record: T) => string | undefined;
	seed: () => T[];
}

export interface SettingsStore<T extends SettingsRecord> {
	records: Map<number, T>;
	nextId: number;
}

/** Register a settings resource's five routes and its demo data; returns its store (tests add records there). */
export function registerSettings<T extends SettingsRecord>(sandbox: BillomatSandbox, spec: SettingsSpec<T>): SettingsStore<T> {
	const store: SettingsStore<T> = { records: new Map(), nextId: 1 };
	const record = (r: T) => toApi({ ...r } as unknown as Value);
	const withRecord = (req: SandboxRequest, handler: (r: T) => SandboxReply): SandboxReply => {
		const found = /^\d+$/.test(req.params.id) ? store.records.get(Number(req.params.id)) : undefined;
		return found ? handler(found) : errors(404, spec.notFound);
	};
	const write = (req: SandboxRequest, existing: T | undefined): SandboxReply => {
		const body = bodyElement(sandbox, req, spec.element);
		if ('reply' in body) return body.reply;
		const problems = spec.validate(body.fields, !existing);
		if (problems.length) return errors(400, ...problems);
		const target = existing ?? spec.build(store.nextId++, body.fields);
		if (existing) spec.apply(existing, body.fields);
		store.records.set(target.id, target);
		spec.afterWrite?.(store, target);
		return { status: existing ? 200 : 201, body: { [spec.element]: record(target) } };
	};
	sandbox.onSeed(() => {
		store.records = new Map(spec.seed().map((r) => [r.id, r]));
		store.nextId = Math.max(0, ...store.records.keys()) + 1;
	});
	sandbox.apiRoute('GET', spec.path, (req) => {
		const unknown = unknownParameters(req, Object.keys(spec.filters));
		if (unknown) return unknown;
		const hits = [...store.records.values()].filter((r) =>
			Object.entries(spec.filters).every(([name, test]) => !req.query.has(name) || test(r, req.query.get(name)!)),
		);
		return listReply(req, { root: spec.root, element: spec.element }, hits, ['id', 'name'], record);
	});
	sandbox.apiRoute('POST', spec.path, (req) => write(req, undefined));
	sandbox.apiRoute('GET', `${spec.path}/:id`, (req) => withRecord(req, (r) => ({ body: { [spec.element]: record(r) } })));
	sandbox.apiRoute('PUT', `${spec.path}/:id`, (req) => withRecord(req, (r) => write(req, r)));
	sandbox.apiRoute('DELETE', `${spec.path}/:id`, (req) =>
		withRecord(req, (r) => {
			const refused = spec.refuseDelete?.(r);
			if (refused) return errors(400, refused);
			store.records.delete(r.id);
			return { status: 200 };
		}),
	);
	return store;
}

/** Add `count` generated records to a settings store (paging and picker tests); returns their IDs. */
export function addSettings<T extends SettingsRecord>(store: SettingsStore<T>, make: (id: number) => T, count: number): number[] {
	const ids: number[] = [];
	for (let n = 0; n < count; n++) {
		const r = make(store.nextId++);
		store.records.set(r.id, r);
		ids.push(r.id);
	}
	return ids;
}

export interface Unit extends SettingsRecord {
	created: string;
	name: string;
}

const now = () => DateTime.now().toISO({ suppressMilliseconds: true })!;
const nameProblems = (fields: Record<string, unknown>, create: boolean, writable: string[]): string[] => {
	const problems = Object.keys(fields).filter((k) => !writable.includes(k)).map((k) => `Unknown field: ${k}`);
	if ((create || fields.name !== undefined) && (typeof fields.name !== 'string' || !fields.name.trim())) problems.push('name is mandatory');
	return problems;
};

const unitStores = new WeakMap<BillomatSandbox, SettingsStore<Unit>>();

/** The sandbox's units (tests read and prepare them here). */
export function unitsOf(sandbox: BillomatSandbox): SettingsStore<Unit> {
	return unitStores.get(sandbox)!;
}

/** Add `count` generated units; returns their IDs. */
export function addUnits(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(unitsOf(sandbox), (id) => ({ id, created: '2025-05-01T08:00:00+02:00', name: `Unit ${id}` }), count);
}

export function registerUnits(sandbox: BillomatSandbox): void {
	const store = registerSettings<Unit>(sandbox, {
		path: '/units',
		root: 'units',
		element: 'unit',
		notFound: 'Unit not found',
		filters: { name: (u, v) => u.name.toLowerCase().includes(v.toLowerCase()) },
		validate: (fields, create) => nameProblems(fields, create, ['name']),
		build: (id, fields) => ({ id, created: now(), name: String(fields.name) }),
		apply: (unit, fields) => {
			if (fields.name !== undefined) unit.name = String(fields.name);
		},
		refuseDelete: (unit) =>
			[...sandbox.articles.records.values()].some((a) => a.unit_id === unit.id) ? 'The unit is assigned to articles and cannot be deleted' : undefined,
		seed: () => [
			{ id: 1, created: '2023-01-09T10:00:00+01:00', name: 'hour' },
			{ id: 2, created: '2023-01-09T10:00:00+01:00', name: 'piece' },
			{ id: 3, created: '2023-01-09T10:00:00+01:00', name: 'year' },
			{ id: 4, created: '2023-01-09T10:00:00+01:00', name: 'day' },
		],
	});
	unitStores.set(sandbox, store);
}
