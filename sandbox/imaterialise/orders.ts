// i.materialise emulator: the Order Statistics API, GET /web-api/orders
// (https://i.materialise.com/api-dokuwiki/doku.php?id=order-statistics-api, also its export_raw
// and export_xhtml copies and the old revision …/api/docs/order-statistics-api&rev=1502800694/).
// What those pages document, and this route does:
//   - headers: ApiCode (a GUID, required), Accept (optional; "text/xml is used by default",
//     application/json or text/json for JSON);
//   - query: dateFrom and dateTo, each DD-MM-YYYY, optional, "the date of upload" of the order;
//     status, optional, one of Cancelled, Invalid, Ordered, InProduction, ReadyToShip,
//     ReadyToPickUp, Shipped, Delivered (absent: every status);
//   - "a list of all the orders for a given time period" placed with the toolIDs of one API code.
// What the stored copies of the page do NOT show (each ends inside the status row's sentence
// "If it's not indicated, then the info about orders in …"): the reply's fields, its element
// names, paging, and the error replies. So the records below are the sandbox's own demo data
// (the node reads none of their names), the reply comes in each shape a list can reasonably take
// (option `orderListShape`), and a wrong API code is answered as the Invoice Add/Update page
// documents for its routes (code 101).
//
// The Order Status API (POST /web-api/order,
// https://i.materialise.com/api-dokuwiki/doku.php?id=order-status-api) is NOT emulated: every
// stored copy of that page ends before its request fields, so nothing here could be faithful.
//
// Sandbox control (not i.materialise's): POST /_sandbox/orders/{OrderID}/status with
// {"status": "ReadyToShip"} moves a demo order to another documented status, as production would
// when the order is made; the trigger's tests and its end-to-end example use it.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { IMaterialiseSandbox, SandboxOrder } from './index';

/** The statuses the status parameter takes, in the page's order. */
export const ORDER_STATUSES = ['Cancelled', 'Invalid', 'Ordered', 'InProduction', 'ReadyToShip', 'ReadyToPickUp', 'Shipped', 'Delivered'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The readings of "a list of all the orders", all offered: `wrapped` (JSON `{"orders": […]}`, the
 * default), `array` (a bare JSON array); XML is always a root element holding one element per order.
 */
export type OrderListShape = 'wrapped' | 'array';

/** What the sandbox keeps of an order for the statistics, beyond what uploads need. */
export interface OrderFacts {
	status: OrderStatus;
	/** ISO day of upload: what dateFrom / dateTo select on. */
	uploaded: string;
	orderNumber: string;
	customer: string;
	total: number;
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const DAY = /^(\d{2})-(\d{2})-(\d{4})$/;

/** DD-MM-YYYY → ISO day, or undefined when it is not a real day. */
function isoDayOf(text: string): string | undefined {
	const match = DAY.exec(text);
	if (!match) return undefined;
	const [, dd, mm, yyyy] = match;
	const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
	if (date.getUTCDate() !== Number(dd) || date.getUTCMonth() !== Number(mm) - 1) return undefined;
	return `${yyyy}-${mm}-${dd}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The upload state an Add/Update checks (code 103), from the statistics status. */
export function stateFor(status: OrderStatus): SandboxOrder['state'] {
	if (status === 'Cancelled') return 'cancelled';
	if (status === 'Shipped' || status === 'Delivered') return 'shipped';
	return 'inProduction';
}

/** The record the sandbox lists for an order (its own field names: the page shows none). */
function record(order: SandboxOrder): Record<string, string | number> {
	const facts = order.facts!;
	return {
		orderId: order.id,
		orderNumber: facts.orderNumber,
		status: facts.status,
		uploadDate: facts.uploaded.split('-').reverse().join('-'),
		customer: facts.customer,
		total: facts.total,
	};
}

function apiCodeOf(req: SandboxRequest): string {
	const header = req.headers.apicode;
	return (typeof header === 'string' ? header.trim() : '').replace(/^\{|\}$/g, '').toUpperCase();
}

function refusal(req: SandboxRequest, status: number, message: string, code?: number): SandboxReply {
	const json = String(req.headers.accept ?? '').toLowerCase().includes('json');
	if (json) return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ error: { message, ...(code ? { code } : {}) } }) };
	const body =
		'<?xml version="1.0" encoding="utf-8"?>\n' +
		`<OrdersResponse><Error><Message>${escapeXml(message)}</Message>${code ? `<Code>${code}</Code>` : ''}</Error></OrdersResponse>`;
	return { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body };
}

function listOrders(sandbox: IMaterialiseSandbox, req: SandboxRequest): SandboxReply {
	const apiCode = apiCodeOf(req);
	if (!GUID.test(apiCode) || !sandbox.apiCodes.has(apiCode)) return refusal(req, 400, 'Wrong API code', 101);
	const bounds: Record<'dateFrom' | 'dateTo', string | undefined> = { dateFrom: undefined, dateTo: undefined };
	for (const name of ['dateFrom', 'dateTo'] as const) {
		const raw = req.query.get(name);
		if (raw === null) continue;
		const day = isoDayOf(raw);
		if (!day) return refusal(req, 400, `${name} should be a date in the format DD-MM-YYYY`);
		bounds[name] = day;
	}
	const status = req.query.get('status');
	if (status !== null && !ORDER_STATUSES.includes(status as OrderStatus)) {
		return refusal(req, 400, `status should be one of ${ORDER_STATUSES.join(', ')}`);
	}
	const orders = [...sandbox.orders.values()]
		.filter((order) => order.apiCode === apiCode && order.facts)
		.filter((order) => (!bounds.dateFrom || order.facts!.uploaded >= bounds.dateFrom) && (!bounds.dateTo || order.facts!.uploaded <= bounds.dateTo))
		.filter((order) => status === null || order.facts!.status === status)
		.sort((a, b) => a.facts!.uploaded.localeCompare(b.facts!.uploaded) || a.facts!.orderNumber.localeCompare(b.facts!.orderNumber))
		.map(record);

	const accept = String(req.headers.accept ?? '').toLowerCase();
	if (accept.includes('json')) {
		const type = accept.includes('text/json') && !accept.includes('application/json') ? 'text/json' : 'application/json';
		const body = sandbox.orderListShape === 'array' ? orders : { orders };
		return { status: 200, headers: { 'Content-Type': `${type}; charset=utf-8` }, body: JSON.stringify(body) };
	}
	const elements = orders
		.map((order) => `<Order>${Object.entries(order).map(([key, value]) => {
			const name = key.charAt(0).toUpperCase() + key.slice(1);
			return `<${name}>${escapeXml(String(value))}</${name}>`;
		}).join('')}</Order>`)
		.join('');
	const type = accept.includes('application/xml') ? 'application/xml' : 'text/xml';
	return {
		status: 200,
		headers: { 'Content-Type': `${type}; charset=utf-8` },
		body: `<?xml version="1.0" encoding="utf-8"?>\n<Orders xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${elements}</Orders>`,
	};
}

/** Moves order `id` to `status` (a documented one), as production does while the order is made. */
export function setOrderStatus(sandbox: IMaterialiseSandbox, id: string, status: OrderStatus): SandboxOrder {
	const order = sandbox.order(id);
	if (!order?.facts) throw new Error(`The i.materialise sandbox has no order ${id}`);
	if (!ORDER_STATUSES.includes(status)) throw new Error(`${status} is not a documented order status`);
	order.facts.status = status;
	order.state = stateFor(status);
	return order;
}

function controlStatus(sandbox: IMaterialiseSandbox, req: SandboxRequest): SandboxReply {
	let status: unknown;
	try {
		status = (JSON.parse(req.body.toString('utf8') || '{}') as { status?: unknown }).status;
	} catch {
		return { status: 400, body: { error: 'send {"status": "<one of the documented statuses>"}' } };
	}
	if (!ORDER_STATUSES.includes(status as OrderStatus)) return { status: 400, body: { error: `status should be one of ${ORDER_STATUSES.join(', ')}` } };
	try {
		const order = setOrderStatus(sandbox, req.params.orderId, status as OrderStatus);
		return { status: 200, body: record(order) };
	} catch (error) {
		return { status: 404, body: { error: (error as Error).message } };
	}
}

export function registerOrders(sandbox: IMaterialiseSandbox): void {
	sandbox.route('GET', '/web-api/orders', (req) => listOrders(sandbox, req));
	sandbox.route('POST', '/_sandbox/orders/:orderId/status', (req) => controlStatus(sandbox, req));
}

/** A GUID made from a number, so bulk orders are the same on every run. */
export function bulkOrderId(n: number): string {
	const hex = n.toString(16).padStart(12, '0');
	return `B0000000-0000-4000-8000-${hex}`.toUpperCase();
}
