// Shopwave stores and supplier stores: the records an invoice's storeId and supplierStoreId name.
// - GET /store, from http://developer.merchantstack.com/shopwave/api/documentation/store/GET:
//   optional header `storeIds` (comma-separated); reply `stores[{storeId}]` with id, lat, lng,
//   addressLine1-3, phoneNumber, city, postcode, countryId, timezoneId, email, sandbox,
//   storeDeleteDate. The page documents no store name: a store is known by its address.
// - GET /supplier/store, from http://developer.merchantstack.com/shopwave/api/documentation/supplier/store/GET:
//   header `supplierIds` (comma-separated); reply `supplierStores[{storeId}]` with the same fields
//   but email and sandbox. https://developer.staging.merchantstack.com/guide/pagination.html: no
//   paging, filters travel as headers, an omitted filter header returns every record.
// Both pages list 908, 911, 912 and 899 as their errors; ids that are not numbers are answered 913
// (the emulation's choice: the pages say nothing of malformed headers).
//
// Readings of `stores[{storeId}]` (shared with products.ts and orders.ts, the switch `replyShape`:
// `catalogueOf(sandbox).replyShape`, or the per-request header `X-Sandbox-Reply-Shape`):
// - `keyed` (default): an object keyed by record id, as the pages write `stores[{storeId}]` and the
//   guide says ("Resources are keyed by ID … objects (maps), not arrays");
// - `array`: the same records as a JSON array, the other way `stores[…]` reads.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { ShopwaveSandbox } from './index';
import { errorReply, message } from './index';

export type ReplyShape = 'keyed' | 'array';
export const REPLY_SHAPES: readonly ReplyShape[] = ['keyed', 'array'];

export interface ShopwaveStore {
	id: number;
	lat: number;
	lng: number;
	addressLine1: string;
	addressLine2: string | null;
	addressLine3: string | null;
	phoneNumber: string;
	city: string;
	postcode: string;
	countryId: string;
	timezoneId: string;
	email?: string;
	sandbox?: boolean;
	storeDeleteDate: string | null;
}

/** A supplier's store (no email or sandbox flag, per its page) and, kept apart, its supplier. */
export interface ShopwaveSupplierStore {
	supplierId: number;
	store: Omit<ShopwaveStore, 'email' | 'sandbox'>;
}

/** The merchants' stores (owned as index.ts's STORES says). */
export function storeSeed(): ShopwaveStore[] {
	return [
		{ id: 1001, lat: 51.5246, lng: -0.0786, addressLine1: '12 Shoreditch High Street', addressLine2: null, addressLine3: null, phoneNumber: '+44 20 7946 0001', city: 'London', postcode: 'E1 6PG', countryId: 'GB', timezoneId: 'Europe/London', email: 'shoreditch@example.com', sandbox: false, storeDeleteDate: null },
		{ id: 1002, lat: 53.4794, lng: -2.2453, addressLine1: '5 Market Street', addressLine2: 'Unit 2', addressLine3: null, phoneNumber: '+44 161 496 0002', city: 'Manchester', postcode: 'M1 1WR', countryId: 'GB', timezoneId: 'Europe/London', email: 'manchester@example.com', sandbox: true, storeDeleteDate: null },
		{ id: 2001, lat: 55.9533, lng: -3.1883, addressLine1: '1 Princes Street', addressLine2: null, addressLine3: null, phoneNumber: '+44 131 496 0003', city: 'Edinburgh', postcode: 'EH2 2EQ', countryId: 'GB', timezoneId: 'Europe/London', email: 'edinburgh@example.com', sandbox: false, storeDeleteDate: null },
	];
}

/** Supplier stores: 31 and 33 of supplier 301, 32 of 302, 34 of 303 (deleted). */
export function supplierStoreSeed(): ShopwaveSupplierStore[] {
	const store = (id: number, addressLine1: string, city: string, postcode: string, storeDeleteDate: string | null = null) => ({
		id, lat: 51.5, lng: -0.1, addressLine1, addressLine2: null, addressLine3: null, phoneNumber: '+44 20 7946 0100', city, postcode, countryId: 'GB', timezoneId: 'Europe/London', storeDeleteDate,
	});
	return [
		{ supplierId: 301, store: store(31, 'Roastery Lane 4', 'Bristol', 'BS1 4DJ') },
		{ supplierId: 302, store: store(32, 'Bakers Row 9', 'Leeds', 'LS1 6HT') },
		{ supplierId: 301, store: store(33, 'Dock Road 17', 'Liverpool', 'L3 4AA') },
		{ supplierId: 303, store: store(34, 'Old Mill 1', 'York', 'YO1 7HH', '2023-12-31T00:00:00.000Z') },
	];
}

interface CatalogueState {
	replyShape: ReplyShape;
	stores: ShopwaveStore[];
	supplierStores: ShopwaveSupplierStore[];
}

const states = new WeakMap<ShopwaveSandbox, CatalogueState>();

/** The sandbox's stores, supplier stores and reply-shape switch (tests set them here). */
export function catalogueOf(sandbox: ShopwaveSandbox): CatalogueState {
	return states.get(sandbox)!;
}

/** Run `hook` now and after every reset() of the sandbox. */
export function afterReset(sandbox: ShopwaveSandbox, hook: () => void): void {
	const reset = sandbox.reset.bind(sandbox);
	sandbox.reset = () => {
		reset();
		hook();
	};
	hook();
}

/** How this request's reply lists its records: the request's `X-Sandbox-Reply-Shape`, else the switch. */
export function replyShapeOf(sandbox: ShopwaveSandbox, req: SandboxRequest): ReplyShape {
	const asked = req.headers['x-sandbox-reply-shape'];
	return REPLY_SHAPES.find((shape) => shape === asked) ?? catalogueOf(sandbox).replyShape;
}

/** A list reply: `{<key>: records keyed by id (or as an array), api: {message: {success: {202}}}}`. */
export function listReply(sandbox: ShopwaveSandbox, req: SandboxRequest, key: string, records: Array<{ id: number }>): SandboxReply {
	const list = replyShapeOf(sandbox, req) === 'array' ? records : Object.fromEntries(records.map((record) => [String(record.id), record]));
	return { status: 200, body: { [key]: list, api: { message: { success: { 202: message(202) } } } } };
}

/** The ids of a filter header, or a 913 reply when one is not a number. */
export function headerIds(sandbox: ShopwaveSandbox, req: SandboxRequest, header: string): number[] | undefined | SandboxReply {
	const ids = sandbox.ids(req.headers[header.toLowerCase()]);
	if (ids === 'invalid') return errorReply(913, `${header} must be comma-separated ids`);
	return ids && ids.length ? ids : undefined;
}

export function isReply(value: unknown): value is SandboxReply {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && 'status' in value;
}

export function registerStores(sandbox: ShopwaveSandbox): void {
	afterReset(sandbox, () => states.set(sandbox, { replyShape: 'keyed', stores: storeSeed(), supplierStores: supplierStoreSeed() }));

	// http://developer.merchantstack.com/shopwave/api/documentation/store/GET: the merchant's stores.
	sandbox.route('GET', '/store', (req) =>
		sandbox.withAuth(req, 'read', (merchant) => {
			const ids = headerIds(sandbox, req, 'storeIds');
			if (isReply(ids)) return ids;
			const foreign = (ids ?? []).filter((id) => catalogueOf(sandbox).stores.some((s) => s.id === id) && !sandbox.owns(merchant, id));
			if (foreign.length) return errorReply(912, `Store ${foreign.join(', ')} is not yours`);
			const stores = catalogueOf(sandbox).stores.filter((s) => sandbox.owns(merchant, s.id) && (!ids || ids.includes(s.id)));
			return listReply(sandbox, req, 'stores', structuredClone(stores));
		}),
	);

	// http://developer.merchantstack.com/shopwave/api/documentation/supplier/store/GET: supplier
	// stores, keyed by their store id; `supplierIds` narrows them to some suppliers.
	sandbox.route('GET', '/supplier/store', (req) =>
		sandbox.withAuth(req, 'read', () => {
			const ids = headerIds(sandbox, req, 'supplierIds');
			if (isReply(ids)) return ids;
			const stores = catalogueOf(sandbox).supplierStores.filter((s) => !ids || ids.includes(s.supplierId)).map((s) => s.store);
			return listReply(sandbox, req, 'supplierStores', structuredClone(stores));
		}),
	);
}
