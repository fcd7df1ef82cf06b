// Billomat's users, from https://www.billomat.com/en/api/users/:
//   GET /users               filters email, first_name, last_name (parts of words, case ignored); paging
//   GET /users/{id}          `{id, created, salutation, first_name, last_name, email, locale,
//                            timezone, role_id, rights}` (rights: one level per area)
//   GET /users/{id}/avatar   the picture, cut square; ?size= its edge in pixels, ?mode=FULL the original
//   GET /users/myself        the user of the API key
// The API documents no writes for users. The demo users work for the demo account
// (clients.ts: Demo Software GmbH, Anna Schmidt); the demo API key is Anna's.
//
// Readings of the page (it leaves them open):
// - The avatar's format is not named: the sandbox sends a PNG (Content-Type image/png). A size that
//   is not a positive whole number, or a mode other than FULL, is a 400.
import type { SandboxReply, SandboxRequest } from '../framework';
import { listReply, unknownParameters } from './articles';
import type { BillomatSandbox, Value } from './index';
import { errors, toApi } from './index';
import { IMAGES } from './templates';

export interface User {
	id: number;
	created: string;
	salutation: string;
	first_name: string;
	last_name: string;
	email: string;
	locale: string;
	timezone: string;
	role_id: number;
	rights: Record<string, string>;
}

const AREAS = ['articles', 'clients', 'offers', 'confirmations', 'invoices', 'credit_notes', 'delivery_notes', 'reminders'];
const SETTINGS = ['settings_my_account', 'settings_documents', 'settings_configuration', 'settings_administration', 'settings_addons', 'settings_my_addons'];

const rights = (documents: string, settings: string): Record<string, string> => ({
	...Object.fromEntries(AREAS.map((a) => [a, documents])),
	...Object.fromEntries(SETTINGS.map((s) => [s, settings])),
});

export function demoUsers(): User[] {
	return [
		{ id: 1, created: '2007-12-13T12:12:00+01:00', salutation: 'MRS', first_name: 'Anna', last_name: 'Schmidt', email: 'office@demo-software.example', locale: 'de_DE', timezone: 'Europe/Berlin', role_id: 1, rights: rights('DELETE', 'UPDATE') },
		{ id: 2, created: '2019-04-01T09:00:00+02:00', salutation: 'MR', first_name: 'Jonas', last_name: 'Weber', email: 'buchhaltung@demo-software.example', locale: 'de_DE', timezone: 'Europe/Berlin', role_id: 2, rights: rights('UPDATE', 'READ') },
		{ id: 3, created: '2022-09-15T14:30:00+02:00', salutation: 'MS', first_name: 'Lea', last_name: 'Krüger', email: 'lea.krueger@demo-software.example', locale: 'en_GB', timezone: 'Europe/Berlin', role_id: 3, rights: rights('READ', 'NONE') },
	];
}

const stores = new WeakMap<BillomatSandbox, { records: Map<number, User>; myself: number }>();

/** The sandbox's users (tests read and prepare them here). */
export function usersOf(sandbox: BillomatSandbox): { records: Map<number, User>; myself: number } {
	return stores.get(sandbox)!;
}

const contains = (value: string, needle: string) => value.toLowerCase().includes(needle.toLowerCase());
const FILTERS: Record<string, (u: User, v: string) => boolean> = {
	email: (u, v) => contains(u.email, v),
	first_name: (u, v) => contains(u.first_name, v),
	last_name: (u, v) => contains(u.last_name, v),
};

export function registerUsers(sandbox: BillomatSandbox): void {
	const store = { records: new Map<number, User>(), myself: 1 };
	stores.set(sandbox, store);
	sandbox.onSeed(() => {
		store.records = new Map(demoUsers().map((u) => [u.id, u]));
		store.myself = 1;
	});
	const record = (u: User) => toApi(u as unknown as Value);
	const withUser = (req: SandboxRequest, handler: (u: User) => SandboxReply): SandboxReply => {
		const found = /^\d+$/.test(req.params.id) ? store.records.get(Number(req.params.id)) : undefined;
		return found ? handler(found) : errors(404, 'User not found');
	};
	sandbox.apiRoute('GET', '/users', (req) => {
		const unknown = unknownParameters(req, Object.keys(FILTERS));
		if (unknown) return unknown;
		const hits = [...store.records.values()].filter((u) => Object.entries(FILTERS).every(([name, test]) => !req.query.has(name) || test(u, req.query.get(name)!)));
		return listReply(req, { root: 'users', element: 'user' }, hits, ['id', 'last_name', 'email'], record);
	});
	// Before /users/:id, so "myself" is not read as an ID.
	sandbox.apiRoute('GET', '/users/myself', () => ({ body: { user: record(store.records.get(store.myself)!) } }));
	sandbox.apiRoute('GET', '/users/:id', (req) => withUser(req, (u) => ({ body: { user: record(u) } })));
	sandbox.apiRoute('GET', '/users/:id/avatar', (req) =>
		withUser(req, () => {
			const size = req.query.get('size');
			if (size !== null && !/^[1-9]\d*$/.test(size)) return errors(400, 'size must be a positive integer');
			const mode = req.query.get('mode');
			if (mode !== null && mode.toUpperCase() !== 'FULL') return errors(400, 'mode must be FULL');
			return { status: 200, headers: { 'Content-Type': IMAGES.png.type }, body: IMAGES.png.data };
		}),
	);
}
