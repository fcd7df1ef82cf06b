import type { IDataObject, INode } from 'n8n-workflow';

import { parseDate } from '../shared/dates';
import { inputError } from '../shared/errors';

/** InvoiceXpress writes and reads every date as dd/mm/yyyy. */
export const API_DATE = 'dd/MM/yyyy';
/** What a user may type besides a date picker value, an ISO string or an n8n DateTime. */
const INPUT_FORMATS = [API_DATE, 'd/M/yyyy', 'dd-MM-yyyy', 'yyyy-MM-dd', 'dd.MM.yyyy'];

/** A date input as dd/mm/yyyy; empty stays undefined; anything unreadable is refused. */
export function apiDate(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const dt = parseDate(value, INPUT_FORMATS);
	if (!dt) {
		throw inputError(
			node,
			itemIndex,
			`"${label}" (${JSON.stringify(typeof value === 'string' ? value : String(value))}) is not a date`,
			'Pick a date, or give an ISO date (2024-01-31) or dd/mm/yyyy (31/01/2024).',
		);
	}
	return dt.toFormat(API_DATE);
}

/** The document types the current API addresses by path. */
export const DOCUMENT_TYPES = [
	{ name: 'Invoice', value: 'invoices', className: 'Invoice' },
	{ name: 'Invoice-Receipt', value: 'invoice_receipts', className: 'InvoiceReceipt' },
	{ name: 'Simplified Invoice', value: 'simplified_invoices', className: 'SimplifiedInvoice' },
	{ name: 'Credit Note', value: 'credit_notes', className: 'CreditNote' },
	{ name: 'Debit Note', value: 'debit_notes', className: 'DebitNote' },
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['value'];

export function documentTypeName(type: string): string {
	return DOCUMENT_TYPES.find((t) => t.value === type)?.name ?? type;
}

/** An id as the path needs it: digits only, so nothing can be smuggled into the URL. */
export function documentId(node: INode, itemIndex: number, value: unknown, label = 'Document ID'): string {
	const id = String(value ?? '').trim();
	if (!/^\d+$/.test(id)) {
		throw inputError(
			node,
			itemIndex,
			`"${label}" (${JSON.stringify(id)}) is not an InvoiceXpress document ID`,
			'Give the numeric ID of the document, e.g. 1503698 (the "id" field of Get or Get Many), not its sequence number.',
		);
	}
	return id;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(node: INode, itemIndex: number, label: string, value: string): void {
	if (!EMAIL.test(value)) {
		throw inputError(
			node,
			itemIndex,
			`"${label}" (${JSON.stringify(value)}) is not an email address`,
			'Give a valid email address, e.g. foo@bar.com.',
		);
	}
}

export interface ItemInput {
	name?: string;
	description?: string;
	unitPrice?: number | string;
	quantity?: number | string;
	unit?: string;
	discount?: number | string;
	taxName?: string;
}

export interface ClientInput {
	code?: string;
	email?: string;
	address?: string;
	city?: string;
	postalCode?: string;
	country?: string;
	fiscalId?: string;
	website?: string;
	phone?: string;
	fax?: string;
	observations?: string;
}

export interface DocumentInput {
	date?: unknown;
	dueDate?: unknown;
	reference?: string;
	observations?: string;
	retention?: number | string;
	clientName?: string;
	client?: ClientInput;
	items?: ItemInput[];
}

function text(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	const s = String(value);
	return s.trim() === '' ? undefined : s;
}

function number(node: INode, itemIndex: number, label: string, value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
	if (!Number.isFinite(n)) {
		throw inputError(node, itemIndex, `"${label}" (${JSON.stringify(value)}) is not a number`, `Give ${label} as a number, e.g. 10.5.`);
	}
	return n;
}

/**
 * The document body of the update page (and create): date, due date, reference, observations,
 * retention, the client block and the items, checked the way InvoiceXpress checks them so a
 * mistake is named before any request.
 */
export function documentBody(node: INode, itemIndex: number, input: DocumentInput): IDataObject {
	const body: IDataObject = {};
	const date = apiDate(node, itemIndex, 'Date', input.date);
	const dueDate = apiDate(node, itemIndex, 'Due Date', input.dueDate);
	if (date !== undefined) body.date = date;
	if (dueDate !== undefined) body.due_date = dueDate;
	if (text(input.reference) !== undefined) body.reference = input.reference;
	if (text(input.observations) !== undefined) body.observations = input.observations;
	const retention = number(node, itemIndex, 'Retention', input.retention);
	if (retention !== undefined) {
		if (retention < 0 || retention > 99.99) {
			throw inputError(
				node,
				itemIndex,
				`"Retention" (${retention}) must be a number between 0 and 99.99`,
				'Give the withholding tax as a percentage from 0 to 99.99.',
			);
		}
		body.retention = retention;
	}

	const clientName = text(input.clientName);
	if (clientName === undefined) {
		throw inputError(node, itemIndex, '"Client Name" is empty', 'Give the client’s name: an existing client is used, an unknown one is created.');
	}
	const client: IDataObject = { name: input.clientName };
	const c = input.client ?? {};
	const clientFields: Array<[keyof ClientInput, string]> = [
		['code', 'code'],
		['email', 'email'],
		['address', 'address'],
		['city', 'city'],
		['postalCode', 'postal_code'],
		['country', 'country'],
		['fiscalId', 'fiscal_id'],
		['website', 'website'],
		['phone', 'phone'],
		['fax', 'fax'],
		['observations', 'observations'],
	];
	for (const [from, to] of clientFields) {
		const value = text(c[from]);
		if (value !== undefined) client[to] = c[from];
	}
	if (typeof client.email === 'string') checkEmail(node, itemIndex, 'Client Email', client.email.trim());
	body.client = client;

	const items = input.items ?? [];
	if (items.length === 0) {
		throw inputError(node, itemIndex, 'at least one item is required', 'Add an item under "Items": InvoiceXpress replaces all the document’s items with the ones sent.');
	}
	body.items = items.map((item, index) => {
		const label = (field: string) => `Items ${index + 1} › ${field}`;
		const name = text(item.name);
		if (name === undefined) {
			throw inputError(node, itemIndex, `"${label('Name')}" is empty`, 'Give every item a name: an unknown name creates a new item.');
		}
		const unitPrice = number(node, itemIndex, label('Unit Price'), item.unitPrice);
		if (unitPrice === undefined || unitPrice <= 0) {
			throw inputError(node, itemIndex, `"${label('Unit Price')}" (${unitPrice ?? 'empty'}) must be greater than 0`, 'Give a unit price above 0.0.');
		}
		const quantity = number(node, itemIndex, label('Quantity'), item.quantity);
		if (quantity === undefined || quantity <= 0) {
			throw inputError(node, itemIndex, `"${label('Quantity')}" (${quantity ?? 'empty'}) must be greater than 0`, 'Give a quantity above 0.0.');
		}
		const unit = text(item.unit);
		if (unit === undefined) {
			throw inputError(node, itemIndex, `"${label('Unit')}" is empty`, 'Give the unit of measure, e.g. unit, hour, day or service.');
		}
		const discount = number(node, itemIndex, label('Discount'), item.discount);
		if (discount !== undefined && discount < 0) {
			throw inputError(node, itemIndex, `"${label('Discount')}" (${discount}) must be greater than or equal to 0`, 'Give a discount of 0 or more.');
		}
		const out: IDataObject = { name: item.name };
		if (text(item.description) !== undefined) out.description = item.description;
		out.unit_price = unitPrice;
		out.quantity = quantity;
		out.unit = item.unit;
		if (text(item.taxName) !== undefined) out.tax = { name: item.taxName };
		out.discount = discount ?? 0;
		return out;
	});
	return body;
}
