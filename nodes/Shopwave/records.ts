import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { joinedName, timeoutOf } from '../shared/descriptions';
import { inputError } from '../shared/errors';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';
import type { HttpContext } from '../shared/http';
import { authentication } from './helpers';
import type { Authentication } from './transport';
import { apiRequest } from './transport';

/**
 * The catalogue lists (GET /store, /supplier/store, /product, /order). Their pages write the reply
 * as `products[{productId}]…`, an object keyed by record id (and the guide says so: "Resources are
 * keyed by ID … objects (maps), not arrays"); `products[…]` also reads as an array. Both are taken.
 */
export function listShape(key: string): ReplyShape {
	return {
		expected: `${key} keyed by ID ({"${key}": {"1": {…}}}) or as a list`,
		// No records: the key may be left out of a reply that still carries the `api` envelope.
		matches: (body) =>
			isJsonObject(body) &&
			(isJsonObject(body[key]) || Array.isArray(body[key]) || ((body[key] === undefined || body[key] === null) && isJsonObject(body.api))),
	};
}

/** The records of a reply checked by `listShape(key)`, keyed or listed, in the reply's order. */
export function recordsOf(body: unknown, key: string): IDataObject[] {
	const list = (body as IDataObject)[key];
	const values = Array.isArray(list) ? list : isJsonObject(list) ? Object.values(list) : [];
	return values.filter(isJsonObject) as IDataObject[];
}

export interface ListRequest {
	authentication: Authentication;
	path: '/store' | '/supplier/store' | '/product' | '/order';
	key: 'stores' | 'supplierStores' | 'products' | 'orders';
	/** Filter headers (Shopwave takes filters as headers, never a query string). */
	headers?: Record<string, string>;
	apiVersion?: string;
	itemIndex?: number;
	timeout?: number;
}

/** One GET of a catalogue list: every record it answers (the API does not page). */
export async function listRecords(this: HttpContext, request: ListRequest): Promise<IDataObject[]> {
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: request.path,
		authentication: request.authentication,
		apiVersion: request.apiVersion,
		headers: request.headers ?? {},
		shape: listShape(request.key),
		itemIndex: request.itemIndex,
		timeout: request.timeout,
	});
	return recordsOf(reply, request.key);
}

/**
 * The records an operation's list request answers, with the item's Options (API Version, Timeout):
 * Get Many's Return All or Limit (the API does not page: one request, Limit cuts the list).
 */
export async function operationRecords(
	this: IExecuteFunctions,
	itemIndex: number,
	request: Pick<ListRequest, 'path' | 'key' | 'headers'>,
	limited = false,
): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const records = await listRecords.call(this, {
		...request,
		authentication: authentication(this),
		apiVersion: options.apiVersion,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	if (!limited || (this.getNodeParameter('returnAll', itemIndex) as boolean)) return records;
	return records.slice(0, this.getNodeParameter('limit', itemIndex) as number);
}

/**
 * One record by ID through its list's ID filter header (e.g. `productIds: 701`): the record, or an
 * error naming the item when the reply holds no record with that ID.
 */
export async function recordById(
	this: IExecuteFunctions,
	itemIndex: number,
	request: Pick<ListRequest, 'path' | 'key'> & { header: string; id: number; noun: string },
): Promise<IDataObject> {
	const records = await operationRecords.call(this, itemIndex, { path: request.path, key: request.key, headers: { [request.header]: String(request.id) } });
	const record = records.find((candidate) => String(candidate.id) === String(request.id));
	if (record) return record;
	const noun = request.noun.toLowerCase();
	throw inputError(
		this.getNode(),
		itemIndex,
		`Shopwave has no ${noun} ${request.id} that the connected user can see`,
		`Check the ${request.noun} ID, or use "Get Many" to list the ${noun}s.`,
	);
}

/** Whether a record carries a delete date (`deleteDate`, `storeDeleteDate`): deleted in Shopwave. */
export function isDeleted(record: IDataObject): boolean {
	const date = record.deleteDate ?? record.storeDeleteDate;
	return date !== undefined && date !== null && date !== '';
}

/** A store or supplier store as a picker lists it: the store pages document no name, so its address. */
export function storeName(store: IDataObject): string {
	return joinedName(store.addressLine1, store.city, store.postcode) || `Store ${String(store.id)}`;
}

/** A product as a picker lists it: its name and barcode. */
export function productName(product: IDataObject): string {
	return joinedName(product.name, product.barcode) || `Product ${String(product.id)}`;
}

/** The fields a workflow needs of a product (Simplify): of the GET page's fields, with the current price. */
export function simplifyProduct(product: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of ['id', 'barcode', 'name', 'details', 'tags', 'activeDate', 'deleteDate', 'totalStock', 'categories']) {
		if (product[key] !== undefined) out[key] = product[key];
	}
	const instance = currentInstance(product);
	if (instance) {
		if (instance.price !== undefined) out.price = instance.price;
		if (instance.taxPercentage !== undefined) out.taxPercentage = instance.taxPercentage;
	}
	return out;
}

/** The product's price entry in force: the latest `activeDate` of its `instances` (keyed or listed). */
function currentInstance(product: IDataObject): IDataObject | undefined {
	const raw = product.instances;
	const instances = (Array.isArray(raw) ? raw : isJsonObject(raw) ? Object.values(raw) : []).filter(isJsonObject) as IDataObject[];
	return instances.sort((a, b) => String(b.activeDate ?? '').localeCompare(String(a.activeDate ?? '')))[0];
}

/** A barcode as typed: text, trimmed; digits and letters as Shopwave stores them (a String). */
export function barcodeText(value: unknown): string {
	return typeof value === 'number' ? String(value) : String(value ?? '').trim();
}

/**
 * Products by barcode, from one GET /product (the product pages document no barcode filter: the
 * list is read and matched here). A barcode of a deleted product does not count.
 */
export async function productsByBarcode(
	this: IExecuteFunctions,
	authentication: Authentication,
	options: { apiVersion?: string; itemIndex: number; timeout?: number },
): Promise<Map<string, IDataObject>> {
	const products = await listRecords.call(this, { authentication, path: '/product', key: 'products', ...options });
	const found = new Map<string, IDataObject>();
	for (const product of products) {
		const barcode = barcodeText(product.barcode);
		if (barcode && !isDeleted(product) && !found.has(barcode)) found.set(barcode, product);
	}
	return found;
}

/** The error of a barcode no product has, naming the item, where it was given and the barcode. */
export function unknownBarcode(node: INode, itemIndex: number, where: string, barcode: string) {
	return inputError(
		node,
		itemIndex,
		`${where}: no Shopwave product has the barcode "${barcode}"`,
		'Check the barcode, or give the line item a Product ID (Product › Get Many lists the products and their barcodes).',
	);
}
