import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import type { DateFormat } from '../shared/dates';
import { dateInput } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { FieldName } from '../shared/input';
import { decimalCommaText, fieldName, idInput, numberInput, shown, textInput } from '../shared/input';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';
import type { Authentication, ShopwaveMessage } from './transport';
import { messageId } from './transport';

/** The node's "Authentication" choice (one for the whole run). */
export function authentication(ctx: IExecuteFunctions): Authentication {
	return ctx.getNodeParameter('authentication', 0, 'accessToken') as Authentication;
}

/** Shopwave's invoice date: a calendar date; users may also type dd/MM/yyyy, dd-MM-yyyy or a date-time. */
export const DATE_FORMAT = 'yyyy-MM-dd';
export const SHOPWAVE_DATE: DateFormat = {
	format: DATE_FORMAT,
	accepts: ['dd/MM/yyyy', 'dd-MM-yyyy', 'yyyy-MM-dd HH:mm:ss'],
	examples: 'an ISO date such as 2024-01-31 (or 31/01/2024)',
};

const INVOICE_INTEGERS = ['id', 'supplierId', 'storeId', 'supplierStoreId'] as const;
const ITEM_FIELDS = ['id', 'barcode', 'note', 'name', 'price', 'vatPercentage', 'quantity', 'productId', 'accountId'];
const ITEM_IDS = ['id', 'productId', 'accountId'];

/** A JSON list of line items, for the fix lines. */
export const ITEM_EXAMPLE = '[{"name": "Coffee beans", "price": "12.50", "quantity": 2}]';

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/**
 * A Shopwave record ID (documented as Int) as the number sent: digits only, 1 to 2^53 − 1, so an
 * ID is never sent rounded (9007199254740993 would become …992) nor as 0 from a blank value.
 */
export function shopwaveId(node: INode, itemIndex: number, field: FieldName, value: unknown): number {
	return Number(
		idInput(node, itemIndex, field, value, {
			what: 'a Shopwave ID',
			hint: 'Give the numeric ID Shopwave shows for the record, e.g. 1001.',
		}),
	);
}

/** A line item quantity (Int): a whole number of units from 0, written in digits (`1e0`, `1.0` are slips). */
export function quantityInput(node: INode, itemIndex: number, field: FieldName, value: unknown): number | undefined {
	const quantity = numberInput(node, itemIndex, field, value, { min: 0, integer: true });
	if (quantity !== undefined && typeof value === 'string' && !/^\d+$/.test(value.trim())) {
		throw inputError(
			node,
			itemIndex,
			`${fieldName(field)} (${shown(value)}) is not written as a whole number`,
			'Give the quantity as a whole number of units written in digits, e.g. 2 (no sign, decimals, exponent or hex).',
		);
	}
	return quantity;
}

/**
 * Prices travel as decimal strings ("12.50") so no cent is lost: a finite number within the amount
 * limit (`numberInput`), sent as written when that is plain decimal notation (a decimal comma
 * becomes a dot: "12,50" → "12.50"), else refused.
 */
export function priceInput(node: INode, itemIndex: number, field: FieldName, value: unknown): string | undefined {
	if (numberInput(node, itemIndex, field, value) === undefined) return undefined;
	const written = typeof value === 'number' ? String(value) : String(value).trim();
	const text = decimalCommaText(written) ?? written;
	if (!/^-?\d+(\.\d+)?$/.test(text)) {
		throw inputError(
			node,
			itemIndex,
			`${fieldName(field)} (${shown(value)}) is not a decimal price`,
			'Give the price as a decimal number with a dot (or a comma) and no currency sign, e.g. 12.50.',
		);
	}
	return text;
}

/** One field of a line item as Shopwave takes it: IDs, quantity, price, VAT in percent, the rest text. */
function itemValue(node: INode, itemIndex: number, position: number, key: string, value: unknown): IDataObject[string] {
	const field = { within: `line item ${position + 1}`, name: key };
	if (ITEM_IDS.includes(key)) return shopwaveId(node, itemIndex, field, value);
	if (key === 'quantity') return quantityInput(node, itemIndex, field, value);
	if (key === 'price') return priceInput(node, itemIndex, field, value);
	if (key === 'vatPercentage') return numberInput(node, itemIndex, field, value, { min: 0, max: 100 });
	return textInput(node, itemIndex, field, value);
}

/** One invoice item as Shopwave takes it; unknown fields are refused so typos do not vanish. */
export function invoiceItem(node: INode, itemIndex: number, raw: IDataObject, position: number): IDataObject {
	const where = `line item ${position + 1}`;
	if (!isJsonObject(raw)) {
		throw inputError(node, itemIndex, `${where} is not an object`, `Each line item must be an object such as ${ITEM_EXAMPLE}.`);
	}
	const unknown = Object.keys(raw).filter((key) => !ITEM_FIELDS.includes(key));
	if (unknown.length) {
		throw inputError(node, itemIndex, `${where} has unknown field(s) ${unknown.join(', ')}`, `Line items take only: ${ITEM_FIELDS.join(', ')}.`);
	}
	const out: IDataObject = {};
	for (const key of ITEM_FIELDS) {
		if (isBlank(raw[key])) continue;
		const value = itemValue(node, itemIndex, position, key, raw[key]);
		if (value !== undefined) out[key] = value;
	}
	if (Object.keys(out).length === 0) {
		throw inputError(node, itemIndex, `${where} is empty`, 'Fill in at least a name or product ID, a price and a quantity, or remove the item.');
	}
	return out;
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
			throw inputError(node, itemIndex, `Line item ID ${key} is given twice`, 'Give each line item to update once, with all its changes.');
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

const INVOICE_LABELS: Record<(typeof INVOICE_INTEGERS)[number], string> = {
	id: 'Invoice ID',
	supplierId: 'Supplier ID',
	storeId: 'Store ID',
	supplierStoreId: 'Supplier Store ID',
};

/** The invoice object for the `invoices` map; validates every field, naming the item. */
export function invoiceBody(node: INode, itemIndex: number, input: InvoiceInput, items: IDataObject[]): IDataObject {
	const out: IDataObject = {};
	for (const key of INVOICE_INTEGERS) {
		if (!isBlank(input[key])) out[key] = shopwaveId(node, itemIndex, INVOICE_LABELS[key], input[key]);
	}
	if (out.id === undefined && out.storeId === undefined) {
		throw inputError(node, itemIndex, 'Store ID is required to create an invoice', 'Give the ID of the merchant store the invoice belongs to, or an Invoice ID to update an existing invoice.');
	}
	const reference = textInput(node, itemIndex, 'Reference', input.reference);
	if (reference !== undefined) out.reference = reference;
	const completeDate = dateInput(node, itemIndex, 'Complete Date', input.completeDate, SHOPWAVE_DATE);
	if (completeDate !== undefined) out.completeDate = completeDate;
	const note = textInput(node, itemIndex, 'Note', input.note);
	if (note !== undefined) out.note = note;
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

/** Comma-separated Shopwave IDs (`shopwaveId` each) for the `storeIds` / `invoiceId` headers. */
export function idList(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	const text = Array.isArray(value) ? value.map((part) => textInput(node, itemIndex, label, part) ?? '').join(',') : textInput(node, itemIndex, label, value);
	const parts = (text ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length === 0) return undefined;
	return parts.map((part) => String(shopwaveId(node, itemIndex, label, part))).join(',');
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
