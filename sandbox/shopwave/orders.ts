// Shopwave orders (a sales export). The only stored page that documents GET /order is
// https://developer.staging.merchantstack.com/guide/pagination.html: filter headers `orderIds`
// (comma-separated), `storeIds` ("Filter orders by store") and `completed` ("Filter by completion
// status (true/false)"); no paging, an omitted header returns every record; resources keyed by id
// (https://developer.staging.merchantstack.com/guide: "products, stores, baskets etc. are objects
// (maps)"). No Order GET page with the reply's fields was found, so the fields of a demo order
// below (id, storeId, completed, timestamp, …) are the emulation's own, not the documentation's;
// the reply's key `orders` follows the pattern of every documented list (`products`, `stores`,
// `invoices`) and is a reading, as is its shape (keyed or array: the switch of stores.ts).
// The emulation's choices: 912 for a store of another merchant, 913 for a malformed header.
import type { ShopwaveSandbox } from './index';
import { errorReply } from './index';
import { afterReset, headerIds, isReply, listReply } from './stores';

export interface ShopwaveOrder {
	id: number;
	storeId: number;
	completed: boolean;
	timestamp: string;
	[field: string]: unknown;
}

export function orderSeed(): ShopwaveOrder[] {
	return [
		{ id: 60001, storeId: 1001, completed: true, timestamp: '2024-03-01T09:12:00.000Z', total: '1345.0' },
		{ id: 60002, storeId: 1001, completed: false, timestamp: '2024-03-01T10:40:00.000Z', total: '95.0' },
		{ id: 60003, storeId: 1002, completed: true, timestamp: '2024-03-02T08:05:00.000Z', total: '840.0' },
		{ id: 60004, storeId: 2001, completed: true, timestamp: '2024-03-02T11:30:00.000Z', total: '1999.0' },
	];
}

const states = new WeakMap<ShopwaveSandbox, { orders: ShopwaveOrder[] }>();

export function ordersOf(sandbox: ShopwaveSandbox): { orders: ShopwaveOrder[] } {
	return states.get(sandbox)!;
}

export function registerOrders(sandbox: ShopwaveSandbox): void {
	afterReset(sandbox, () => states.set(sandbox, { orders: orderSeed() }));

	// https://developer.staging.merchantstack.com/guide/pagination.html: GET /order and its filters.
	sandbox.route('GET', '/order', (req) =>
		sandbox.withAuth(req, 'read', (merchant) => {
			const orderIds = headerIds(sandbox, req, 'orderIds');
			if (isReply(orderIds)) return orderIds;
			const storeIds = headerIds(sandbox, req, 'storeIds');
			if (isReply(storeIds)) return storeIds;
			const foreignStores = (storeIds ?? []).filter((id) => !sandbox.owns(merchant, id));
			if (foreignStores.length) return errorReply(912, `Store ${foreignStores.join(', ')} is not yours`);
			const completedHeader = req.headers.completed;
			if (completedHeader !== undefined && completedHeader !== 'true' && completedHeader !== 'false') {
				return errorReply(913, 'completed must be true or false');
			}
			const all = ordersOf(sandbox).orders;
			const foreign = (orderIds ?? []).filter((id) => all.some((o) => o.id === id && !sandbox.owns(merchant, o.storeId)));
			if (foreign.length) return errorReply(912, `Order ${foreign.join(', ')} is not yours`);
			const orders = all
				.filter((o) => sandbox.owns(merchant, o.storeId))
				.filter((o) => !orderIds || orderIds.includes(o.id))
				.filter((o) => !storeIds || storeIds.includes(o.storeId))
				.filter((o) => completedHeader === undefined || String(o.completed) === completedHeader);
			return listReply(sandbox, req, 'orders', structuredClone(orders));
		}),
	);
}
