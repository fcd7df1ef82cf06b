import type { IDataObject, INode } from 'n8n-workflow';

import { formatDate } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';

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

/** Map a list to Shopwave's keyed form: `{ line0: {...}, line1: {...} }`. */
export function keyedItems(items: IDataObject[]): IDataObject {
	return Object.fromEntries(items.map((item, index) => [`line${index}`, item]));
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
	if (items.length) out.invoiceItems = keyedItems(items.map((item, position) => invoiceItem(node, itemIndex, item, position)));
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
