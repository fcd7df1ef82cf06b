import type { IDataObject, INode } from 'n8n-workflow';

import { formatDate } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';
import type { ShopwaveMessage } from './transport';
import { messageId } from './transport';

/** Shopwave's invoice date: a calendar date. */
export const DATE_FORMAT = 'yyyy-MM-dd';
const INPUT_DATE_FORMATS = [DATE_FORMAT, 'dd/MM/yyyy', 'dd-MM-yyyy', 'yyyy-MM-dd HH:mm:ss'];

const INVOICE_INTEGERS = ['id', 'supplierId', 'storeId', 'supplierStoreId'] as const;
const ITEM_FIELDS = ['id', 'barcode', 'note', 'name', 'price', 'vatPercentage', 'quantity', 'productId', 'accountId'];
const ITEM_INTEGERS = ['id', 'quantity', 'productId', 'accountId'];

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/** A whole number from a number or numeric text; undefined when blank; throws when not whole. */
export function integerField(node: INode, itemIndex: number, label: string, value: unknown): number | undefined {
	if (isBlank(value)) return undefined;
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isInteger(number)) {
		throw inputError(node, itemIndex, `${label} (${JSON.stringify(value)}) is not a whole number`, `Give ${label} as a whole number, e.g. 1042.`);
	}
	return number;
}

/** Prices travel as decimal strings ("12.50"); numbers are written out, anything else refused. */
export function priceField(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^-?\d+(\.\d+)?$/.test(text)) {
		throw inputError(
			node,
			itemIndex,
			`${label} (${JSON.stringify(value)}) is not a decimal price`,
			'Give the price as a decimal number with a dot and no currency sign, e.g. 12.50.',
		);
	}
	return text;
}

function numberField(node: INode, itemIndex: number, label: string, value: unknown): number | undefined {
	if (isBlank(value)) return undefined;
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw inputError(node, itemIndex, `${label} (${JSON.stringify(value)}) is not a number`, `Give ${label} as a number, e.g. 20.`);
	}
	return number;
}

/** One invoice item as Shopwave takes it; unknown fields are refused so typos do not vanish. */
export function invoiceItem(node: INode, itemIndex: number, raw: IDataObject, position: number): IDataObject {
	const where = `Invoice item ${position + 1}`;
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		throw inputError(node, itemIndex, `${where} is not an object`, 'Each invoice item must be an object such as {"name": "Coffee beans", "price": "12.50", "quantity": 2}.');
	}
	const unknown = Object.keys(raw).filter((key) => !ITEM_FIELDS.includes(key));
	if (unknown.length) {
		throw inputError(node, itemIndex, `${where} has unknown field(s) ${unknown.join(', ')}`, `Invoice items take only: ${ITEM_FIELDS.join(', ')}.`);
	}
	const out: IDataObject = {};
	for (const key of ITEM_FIELDS) {
		const value = raw[key];
		if (isBlank(value)) continue;
		if (ITEM_INTEGERS.includes(key)) out[key] = integerField(node, itemIndex, `${where} ${key}`, value);
		else if (key === 'price') out[key] = priceField(node, itemIndex, `${where} price`, value);
		else if (key === 'vatPercentage') out[key] = numberField(node, itemIndex, `${where} vatPercentage`, value);
		else out[key] = String(value);
	}
	if (Object.keys(out).length === 0) {
		throw inputError(node, itemIndex, `${where} is empty`, 'Fill in at least a name or product ID, a price and a quantity, or remove the item.');
	}
	return out;
}

/** Invoice items from the JSON parameter: an array, or a map keyed by the client's own keys. */
export function invoiceItemsFromJson(node: INode, itemIndex: number, value: unknown): IDataObject[] {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return [];
		try {
			parsed = JSON.parse(value);
		} catch {
			throw inputError(node, itemIndex, 'Invoice Items (JSON) is not valid JSON', 'Give an array such as [{"name": "Coffee beans", "price": "12.50", "quantity": 2}].');
		}
	}
	if (parsed === undefined || parsed === null) return [];
	if (Array.isArray(parsed)) return parsed as IDataObject[];
	if (typeof parsed === 'object') return Object.values(parsed as IDataObject) as IDataObject[];
	throw inputError(node, itemIndex, 'Invoice Items (JSON) must be an array of invoice items', 'Give an array such as [{"name": "Coffee beans", "price": "12.50", "quantity": 2}].');
}

/**
 * Map a list to Shopwave's keyed form, `invoiceItems[{invoiceItemId}]`: an item to update under its
 * own id, a new one (no id yet) under `line<position>`: `{ "9002": {id: 9002, …}, line1: {…} }`.
 */
export function keyedItems(node: INode, itemIndex: number, items: IDataObject[]): IDataObject {
	const out: IDataObject = {};
	items.forEach((item, position) => {
		const key = item.id === undefined ? `line${position}` : String(item.id);
		if (key in out) {
			throw inputError(node, itemIndex, `Invoice item ID ${key} is given twice`, 'Give each invoice item to update once, with all its changes.');
		}
		out[key] = item;
	});
	return out;
}

export interface InvoiceInput {
	id?: unknown;
	storeId?: unknown;
	supplierId?: unknown;
	supplierStoreId?: unknown;
	reference?: unknown;
	completeDate?: unknown;
	note?: unknown;
}

/** The invoice object for the `invoices` map; validates every field, naming the item. */
export function invoiceBody(node: INode, itemIndex: number, input: InvoiceInput, items: IDataObject[]): IDataObject {
	const out: IDataObject = {};
	const labels: Record<(typeof INVOICE_INTEGERS)[number], string> = {
		id: 'Invoice ID',
		supplierId: 'Supplier ID',
		storeId: 'Store ID',
		supplierStoreId: 'Supplier Store ID',
	};
	for (const key of INVOICE_INTEGERS) {
		const value = integerField(node, itemIndex, labels[key], input[key]);
		if (value !== undefined) out[key] = value;
	}
	if (out.id === undefined && out.storeId === undefined) {
		throw inputError(node, itemIndex, 'Store ID is required to create an invoice', 'Give the ID of the merchant store the invoice belongs to, or an Invoice ID to update an existing invoice.');
	}
	if (!isBlank(input.reference)) out.reference = String(input.reference);
	if (!isBlank(input.completeDate)) {
		const date = formatDate(input.completeDate, DATE_FORMAT, INPUT_DATE_FORMATS);
		if (!date) {
			throw inputError(node, itemIndex, `Complete Date (${JSON.stringify(input.completeDate)}) is not a date`, 'Pick a date, or give it as 2024-01-31.');
		}
		out.completeDate = date;
	}
	if (!isBlank(input.note)) out.note = String(input.note);
	if (items.length) {
		out.invoiceItems = keyedItems(node, itemIndex, items.map((item, position) => invoiceItem(node, itemIndex, item, position)));
	}
	return out;
}

/** The reply of GET /invoice: the matching invoices keyed by id (an empty list when there are none). */
export const INVOICES: ReplyShape = {
	expected: 'invoices keyed by ID ({"invoices": {"5001": {…}}})',
	matches: (body) => isJsonObject(body) && (isJsonObject(body.invoices) || Array.isArray(body.invoices)),
};

/** The invoices of a reply checked by `INVOICES`. */
export function invoicesOf(body: unknown): IDataObject[] {
	return Object.values((body as { invoices: Record<string, IDataObject> }).invoices);
}

/** An invoice as n8n outputs it: Shopwave's keyed `invoiceItems` map as a list. */
export function outputInvoice(invoice: IDataObject): IDataObject {
	const out: IDataObject = { ...invoice };
	const items = invoice.invoiceItems;
	if (items && typeof items === 'object' && !Array.isArray(items)) {
		out.invoiceItems = Object.values(items as IDataObject);
	}
	return out;
}

/** Comma-separated whole numbers for the `storeIds` / `invoiceId` headers. */
export function idList(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((part) => String(part).trim())
		.filter((part) => part !== '');
	if (parts.length === 0) return undefined;
	for (const part of parts) {
		if (!/^\d+$/.test(part)) {
			throw inputError(node, itemIndex, `${label} (${JSON.stringify(value)}) must be whole numbers separated by commas`, `For example: 1001, 1002.`);
		}
	}
	return parts.join(',');
}

// ---- POST /invoice: which saved invoice or error is whose ---------------------------------------

/** One invoice of a POST /invoice as sent: its key in the `invoices` map and its body. */
export interface SentInvoice {
	key: string;
	invoice: IDataObject;
}

/**
 * Invoices of one request the reply does not tie to their items: each of these items' invoice is
 * one of `invoices` if it was saved, or it was refused with one of `errors`.
 */
export interface Unresolved {
	/** Positions in the request of the items concerned. */
	positions: number[];
	invoices: IDataObject[];
	errors: ShopwaveMessage[];
	/** Every one of these items was saved: as many such invoices as items, and no error. */
	allSaved: boolean;
}

/** What a POST /invoice reply says of one invoice sent. */
export type Attribution = { saved: IDataObject } | { refused: ShopwaveMessage } | { unresolved: Unresolved };

const INVOICE_FACTS = ['id', ...INVOICE_INTEGERS.filter((key) => key !== 'id'), 'reference', 'completeDate', 'note'];

/** Whether a value of the reply can be the one sent: numbers (and prices) by value, texts trimmed, a date by its day. */
function sameValue(field: string, sent: unknown, got: unknown): boolean {
	if (got === undefined || got === null) return true;
	if (typeof sent === 'number' || field === 'price') return Number(got) === Number(sent);
	if (field === 'completeDate') return String(got).slice(0, DATE_FORMAT.length) === String(sent);
	return String(got).trim() === String(sent).trim();
}

function agrees(sent: IDataObject, got: IDataObject, fields: readonly string[]): boolean {
	return fields.every((field) => sent[field] === undefined || sameValue(field, sent[field], got[field]));
}

function objectsOf(value: unknown): IDataObject[] | undefined {
	if (Array.isArray(value)) return value.filter(isJsonObject);
	return isJsonObject(value) ? Object.values(value).filter(isJsonObject) : undefined;
}

/**
 * Whether an invoice of the reply can be the one saved from an invoice sent. Only what contradicts
 * counts (a value the reply leaves out does not), so an invoice always agrees with its own.
 */
export function couldBeSavedFrom(sent: IDataObject, got: IDataObject): boolean {
	if (!agrees(sent, got, INVOICE_FACTS)) return false;
	const sentItems = objectsOf(sent.invoiceItems) ?? [];
	const gotItems = objectsOf(got.invoiceItems);
	if (!gotItems) return true;
	if (sent.id === undefined && gotItems.length !== sentItems.length) return false;
	return sentItems.every((item) => gotItems.some((candidate) => agrees(item, candidate, ITEM_FIELDS)));
}

/**
 * Tie a POST /invoice reply to the invoices sent, whether Shopwave keys it by the request's keys
 * or by the (new) invoice ids. A key is trusted when it cannot be another invoice's id: a new
 * invoice's `item<n>`, or an update's id when nothing in the request is new. The rest is tied by
 * content, and only where that is certain; what stays open is `unresolved`, never guessed.
 */
export function attributeReply(sent: SentInvoice[], invoices: unknown, errors: Record<string, ShopwaveMessage>): Attribution[] {
	const pool = new Map(Object.entries(isJsonObject(invoices) ? invoices : {}).filter((entry): entry is [string, IDataObject] => isJsonObject(entry[1])));
	const loose = new Map(Object.entries(errors));
	const hasNew = sent.some(({ invoice }) => invoice.id === undefined);
	const found: Array<Attribution | undefined> = sent.map(({ key, invoice }) => {
		const got = pool.get(key);
		const error = loose.get(key);
		if (got && !error && (invoice.id === undefined || (!hasNew && sameValue('id', invoice.id, got.id)))) {
			pool.delete(key);
			return { saved: got };
		}
		if (error && !got) {
			loose.delete(key);
			return { refused: error };
		}
		return undefined;
	});
	return resolveByContent(sent, found, [...pool.values()], [...loose.values()]);
}

/** The items the keys did not tie, the invoices still unclaimed, and which of those each item could be. */
interface OpenPairs {
	positions: number[];
	left: Set<IDataObject>;
	candidates: Map<number, IDataObject[]>;
}

function own(open: OpenPairs, position: number): IDataObject[] {
	return open.candidates.get(position)!.filter((got) => open.left.has(got));
}

function claimants(open: OpenPairs, got: IDataObject): number[] {
	return open.positions.filter((position) => own(open, position).includes(got));
}

function pair(open: OpenPairs, found: Array<Attribution | undefined>, position: number, got: IDataObject): void {
	found[position] = { saved: got };
	open.left.delete(got);
	open.positions = open.positions.filter((other) => other !== position);
}

/**
 * An item gets an invoice when it is its only candidate and no other item could claim it; when
 * every open item was saved, also when no other item has it as its only candidate.
 */
function pairByItem(open: OpenPairs, found: Array<Attribution | undefined>, allSaved: boolean): void {
	const onlyCandidate = (position: number, got: IDataObject) => {
		const mine = own(open, position);
		return mine.length === 1 && mine[0] === got;
	};
	for (const position of open.positions) {
		const [got, ...more] = own(open, position);
		if (got === undefined || more.length > 0) continue;
		const rivals = open.positions.filter((other) => other !== position && onlyCandidate(other, got));
		if (claimants(open, got).length === 1 || (allSaved && rivals.length === 0)) pair(open, found, position, got);
	}
}

/** When every open item was saved: the only claimant of an invoice gets it, when it is the only claimant of no other. */
function pairByInvoice(open: OpenPairs, found: Array<Attribution | undefined>): void {
	const onlyClaimant = (got: IDataObject, position: number) => {
		const who = claimants(open, got);
		return who.length === 1 && who[0] === position;
	};
	for (const got of [...open.left]) {
		const [who, ...others] = claimants(open, got);
		if (who === undefined || others.length > 0) continue;
		if ([...open.left].filter((other) => onlyClaimant(other, who)).length === 1) pair(open, found, who, got);
	}
}

/**
 * The invoices the keys did not tie, paired by content where that is certain (`pairByItem`,
 * `pairByInvoice`). With no invoice left, the items still open were not saved: refused, or the
 * reply is silent on them. Otherwise they stay `unresolved`, with the invoices and errors left.
 */
function resolveByContent(sent: SentInvoice[], found: Array<Attribution | undefined>, pool: IDataObject[], errors: ShopwaveMessage[]): Attribution[] {
	const positions = found.flatMap((attribution, position) => (attribution ? [] : [position]));
	const candidates = new Map(positions.map((position) => [position, pool.filter((got) => couldBeSavedFrom(sent[position].invoice, got))]));
	const open: OpenPairs = { positions, left: new Set(pool), candidates };
	const allSaved = errors.length === 0 && pool.length === positions.length;
	for (let before = -1; before !== open.positions.length; ) {
		before = open.positions.length;
		pairByItem(open, found, allSaved);
		if (allSaved) pairByInvoice(open, found);
	}
	const invoices = [...open.left];
	const unresolved: Unresolved = { positions: open.positions, invoices, errors, allSaved: errors.length === 0 && invoices.length === open.positions.length };
	const rest: Attribution = invoices.length === 0 && errors.length ? { refused: errors.length === 1 ? errors[0] : oneOf(errors) } : { unresolved };
	return found.map((attribution) => attribution ?? rest);
}

/** One line for an error of the reply: `913 Required parameter…: details`. */
export function describeMessage(message: ShopwaveMessage): string {
	const id = messageId(message);
	return [id, message.title].filter(Boolean).join(' ') + (message.details ? `: ${message.details}` : '');
}

/** Several errors none of which the reply ties to an item: their id and title when they share one. */
function oneOf(errors: ShopwaveMessage[]): ShopwaveMessage {
	const [first] = errors;
	const shared = errors.every((message) => messageId(message) === messageId(first));
	return {
		...(shared ? { id: first.id, code: first.code, statusCode: first.statusCode, title: first.title } : {}),
		details: `the reply does not say which of these errors is whose: ${errors.map(describeMessage).join('; ')}`,
	};
}
