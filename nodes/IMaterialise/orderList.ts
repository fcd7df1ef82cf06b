import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { DateFormat } from '../shared/dates';
import type { HttpContext } from '../shared/http';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';
import type { ResponseFormat } from './transport';
import { apiRequest } from './transport';

/**
 * The Order Statistics API (https://i.materialise.com/api-dokuwiki/doku.php?id=order-statistics-api):
 * GET /web-api/orders with the ApiCode header, Accept, and the optional query parameters dateFrom
 * and dateTo (DD-MM-YYYY, the date of upload) and status. The stored copies of the page end before
 * the reply's fields, so nothing here reads a field of an order: a list is recognised by its
 * structure alone (orderListOf), and orders are handed on as i.materialise sent them.
 */
export const ORDERS_PATH = '/web-api/orders';

/** The page's status codes ("Should be one of: …"), as options sorted by name. */
export const ORDER_STATUSES: INodePropertyOptions[] = [
	{ name: 'Cancelled', value: 'Cancelled' },
	{ name: 'Delivered', value: 'Delivered' },
	{ name: 'In Production', value: 'InProduction' },
	{ name: 'Invalid', value: 'Invalid' },
	{ name: 'Ordered', value: 'Ordered' },
	{ name: 'Ready to Pick Up', value: 'ReadyToPickUp' },
	{ name: 'Ready to Ship', value: 'ReadyToShip' },
	{ name: 'Shipped', value: 'Shipped' },
];

export const isOrderStatus = (value: unknown): boolean => ORDER_STATUSES.some((option) => option.value === value);

/** dateFrom / dateTo: DD-MM-YYYY, as the page writes it; a date picker value or ISO date is read too. */
export const LIST_DATE: DateFormat = {
	format: 'dd-MM-yyyy',
	accepts: ['yyyy-MM-dd', 'dd/MM/yyyy', 'dd.MM.yyyy'],
	examples: 'an ISO date (2026-11-30) or DD-MM-YYYY (30-11-2026)',
};

const asList = (values: unknown[]): IDataObject[] => values.map((value) => (isJsonObject(value) ? value : { value: value as IDataObject[string] }));
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (isJsonObject(value) && Object.keys(value).length === 0);

/**
 * The orders of a reply, by its structure, every reasonable reading of "a list of all the orders":
 * a JSON array; an object holding it under one key (`{"orders": […]}`, or beside counters, the one
 * array-valued key); an XML root holding one element per order (read as an array, or as one object
 * when there is a single order), possibly inside one more wrapper. An empty reply or element is no
 * orders. Undefined when the reply is none of these.
 */
export function orderListOf(reply: unknown): IDataObject[] | undefined {
	if (isEmpty(reply)) return [];
	if (Array.isArray(reply)) return asList(reply);
	if (!isJsonObject(reply)) return undefined;
	const keys = Object.keys(reply);
	if (keys.length > 1) {
		const arrays = keys.filter((key) => Array.isArray(reply[key]));
		return arrays.length === 1 ? asList(reply[arrays[0]] as unknown[]) : undefined;
	}
	// One key: the wrapper of the list (`orders`, or XML's repeated `order` elements).
	let inner: unknown = reply[keys[0]];
	for (let depth = 0; depth < 2; depth++) {
		if (isEmpty(inner)) return [];
		if (Array.isArray(inner)) return asList(inner);
		if (!isJsonObject(inner)) return undefined;
		const innerKeys = Object.keys(inner);
		const only = innerKeys.length === 1 ? inner[innerKeys[0]] : undefined;
		// `{ orders: { order: [...] } }`: one more wrapper, whose one child is the list.
		if (depth === 0 && (Array.isArray(only) || isJsonObject(only))) {
			inner = only;
			continue;
		}
		return [inner];
	}
	return isJsonObject(inner) ? [inner] : undefined;
}

export const ORDER_LIST: ReplyShape = { expected: 'a list of orders', matches: (body) => orderListOf(body) !== undefined };

export interface OrderQuery {
	/** DD-MM-YYYY. */
	dateFrom?: string;
	dateTo?: string;
	status?: string;
}

/** GET /web-api/orders with the given filters (absent ones not sent): the orders of the reply. */
export async function listOrders(
	this: HttpContext,
	query: OrderQuery,
	responseFormat: ResponseFormat,
	options: { itemIndex?: number; timeout?: number } = {},
): Promise<IDataObject[]> {
	const qs: IDataObject = {};
	for (const name of ['dateFrom', 'dateTo', 'status'] as const) if (query[name]) qs[name] = query[name];
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: ORDERS_PATH,
		qs,
		responseFormat,
		shape: ORDER_LIST,
		itemIndex: options.itemIndex,
		timeout: options.timeout,
	});
	return orderListOf(reply) ?? [];
}
