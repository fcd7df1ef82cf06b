import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import type { DateFormat } from '../shared/dates';
import { dateInput, parseDate } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { FieldName } from '../shared/input';
import { emailInput, idInput, jsonListInput, numberInput, textInput } from '../shared/input';

/** InvoiceXpress writes and reads every date as dd/mm/yyyy; users may type these forms too. */
export const INVOICEXPRESS_DATE: DateFormat = {
	format: 'dd/MM/yyyy',
	accepts: ['d/M/yyyy', 'dd-MM-yyyy', 'yyyy-MM-dd', 'dd.MM.yyyy'],
	examples: 'an ISO date (2024-01-31) or dd/mm/yyyy (31/01/2024)',
};

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

/**
 * An id as the path needs it: plain digits (so nothing can be smuggled into the URL), kept exact;
 * one above 2^53 − 1 is refused, since no reply could carry it exactly.
 */
export function documentId(node: INode, itemIndex: number, value: unknown, label = 'Invoice ID'): string {
	return idInput(node, itemIndex, label, value, {
		what: 'an InvoiceXpress document ID',
		hint: 'Give the numeric ID of the document, e.g. 1503698 (the "id" field of Get or Get Many), not its sequence number.',
	});
}

/** One email address (the shared check), trimmed; an empty one is refused. */
export function checkEmail(node: INode, itemIndex: number, label: string, value: unknown): string {
	return emailInput(node, itemIndex, label, value, { required: true })!;
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
	/** An existing client by its code (Client: By Code): the client block is `{"code": …}` alone. */
	clientCode?: string;
	client?: ClientInput;
	items?: ItemInput[];
}

/**
 * Text that InvoiceXpress stores: a string or a number, never an object or a list (sent raw, or as
 * "[object Object]"), and without the control characters XML 1.0 cannot carry: the legacy API's
 * body is XML, and InvoiceXpress exports every document as SAF-T XML.
 */
function text(node: INode, itemIndex: number, field: FieldName, value: unknown, required = false, emptyHint?: string): string | undefined {
	return textInput(node, itemIndex, field, value, { xml: true, required, emptyHint });
}

/** An amount, percentage or quantity: a finite number within ±AMOUNT_LIMIT (a dot before the decimals). */
function number(node: INode, itemIndex: number, field: FieldName, value: unknown): number | undefined {
	return numberInput(node, itemIndex, field, value);
}

/** The document fields other than the client and the items: dates, reference, observations, retention. */
function headerFields(node: INode, itemIndex: number, input: DocumentInput): IDataObject {
	const body: IDataObject = {};
	const date = dateInput(node, itemIndex, 'Date', input.date, INVOICEXPRESS_DATE);
	const dueDate = dateInput(node, itemIndex, 'Due Date', input.dueDate, INVOICEXPRESS_DATE);
	if (date !== undefined) body.date = date;
	if (dueDate !== undefined) body.due_date = dueDate;
	const reference = text(node, itemIndex, 'Reference', input.reference);
	if (reference?.trim()) body.reference = reference;
	const observations = text(node, itemIndex, 'Observations', input.observations);
	if (observations?.trim()) body.observations = observations;
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
	return body;
}

const CLIENT_FIELDS: Array<[keyof ClientInput, string, string]> = [
	['code', 'code', 'Client Code'],
	['email', 'email', 'Client Email'],
	['address', 'address', 'Client Address'],
	['city', 'city', 'Client City'],
	['postalCode', 'postal_code', 'Client Postal Code'],
	['country', 'country', 'Client Country'],
	['fiscalId', 'fiscal_id', 'Client Fiscal ID'],
	['website', 'website', 'Client Website'],
	['phone', 'phone', 'Client Phone'],
	['fax', 'fax', 'Client Fax'],
	['observations', 'observations', 'Client Observations'],
];

/** The client block: its name (required) and the client fields given; or, by code, the code alone. */
function clientBlock(node: INode, itemIndex: number, input: DocumentInput): IDataObject {
	if (input.clientCode !== undefined) {
		const code = text(node, itemIndex, 'Client Code', input.clientCode, true, 'Give the code of an existing client (its "code" field).');
		return { code: code!.trim() };
	}
	const name = text(node, itemIndex, 'Client Name', input.clientName, true, 'Give the client’s name: an existing client is used, an unknown one is created.');
	const client: IDataObject = { name };
	const fields = input.client ?? {};
	for (const [from, to, label] of CLIENT_FIELDS) {
		const value = text(node, itemIndex, label, fields[from]);
		if (value?.trim()) client[to] = value;
	}
	if (typeof client.email === 'string') client.email = checkEmail(node, itemIndex, 'Client Email', client.email);
	return client;
}

/** One item, checked the way InvoiceXpress checks it. */
function itemBlock(node: INode, itemIndex: number, item: ItemInput, index: number): IDataObject {
	const label = (field: string) => `Line Items ${index + 1} › ${field}`;
	const name = text(node, itemIndex, label('Name'), item.name, true, 'Give every item a name: an unknown name creates a new item.');
	const unitPrice = number(node, itemIndex, label('Unit Price'), item.unitPrice);
	if (unitPrice === undefined || unitPrice <= 0) {
		throw inputError(node, itemIndex, `"${label('Unit Price')}" (${unitPrice ?? 'empty'}) must be greater than 0`, 'Give a unit price above 0.0.');
	}
	const quantity = number(node, itemIndex, label('Quantity'), item.quantity);
	if (quantity === undefined || quantity <= 0) {
		throw inputError(node, itemIndex, `"${label('Quantity')}" (${quantity ?? 'empty'}) must be greater than 0`, 'Give a quantity above 0.0.');
	}
	const unit = text(node, itemIndex, label('Unit'), item.unit, true, 'Give the unit of measure, e.g. unit, hour, day or service.');
	const discount = number(node, itemIndex, label('Discount'), item.discount);
	if (discount !== undefined && discount < 0) {
		throw inputError(node, itemIndex, `"${label('Discount')}" (${discount}) must be greater than or equal to 0`, 'Give a discount of 0 or more.');
	}
	const out: IDataObject = { name };
	const description = text(node, itemIndex, label('Description'), item.description);
	if (description?.trim()) out.description = description;
	out.unit_price = unitPrice;
	out.quantity = quantity;
	out.unit = unit;
	const taxName = text(node, itemIndex, label('Tax Name'), item.taxName);
	if (taxName?.trim()) out.tax = { name: taxName };
	out.discount = discount ?? 0;
	return out;
}

/**
 * The document body of the update page (and create): date, due date, reference, observations,
 * retention, the client block and the items, checked the way InvoiceXpress checks them so a
 * mistake is named before any request.
 */
export function documentBody(node: INode, itemIndex: number, input: DocumentInput): IDataObject {
	const body = headerFields(node, itemIndex, input);
	body.client = clientBlock(node, itemIndex, input);
	const items = input.items ?? [];
	if (items.length === 0) {
		throw inputError(node, itemIndex, 'at least one item is required', 'Add an item under "Line Items": InvoiceXpress replaces all the document’s items with the ones sent.');
	}
	body.items = items.map((item, index) => itemBlock(node, itemIndex, item, index));
	return body;
}

/** The document fields of one item (create or update), as `documentBody` takes them. */
export function readDocumentInput(this: IExecuteFunctions, itemIndex: number, operation: 'create' | 'update'): DocumentInput {
	const optional = this.getNodeParameter(operation === 'create' ? 'additionalFields' : 'updateFields', itemIndex, {}) as DocumentInput;
	const itemsInput = this.getNodeParameter('itemsInput', itemIndex, 'fields');
	const items =
		itemsInput === 'json'
			? { item: itemsFromJson(this.getNode(), itemIndex, this.getNodeParameter('lineItemsJson', itemIndex)) }
			: itemsInput === 'catalogue'
				? { item: [] }
				: (this.getNodeParameter('lineItems', itemIndex, {}) as { item?: ItemInput[] });
	return {
		...optional,
		...(operation === 'create'
			? { date: this.getNodeParameter('date', itemIndex), dueDate: this.getNodeParameter('dueDate', itemIndex) }
			: {}),
		...(this.getNodeParameter('clientSource', itemIndex, 'fields') === 'code'
			? { clientCode: this.getNodeParameter('clientCode', itemIndex) as string }
			: {
					clientName: this.getNodeParameter('clientName', itemIndex) as string,
					client: this.getNodeParameter('client', itemIndex, {}) as ClientInput,
				}),
		items: items.item ?? [],
	};
}

const LINE_ITEM_EXAMPLE = '[{"name": "Product 1", "unit_price": 10, "quantity": 1, "unit": "unit"}]';

/**
 * Line items given as JSON, read by the shared `jsonListInput` (a list or its text, one object, or
 * an object keyed by the client's keys), in the API's own key names or the node's.
 */
export function itemsFromJson(node: INode, itemIndex: number, value: unknown): ItemInput[] {
	return jsonListInput(node, itemIndex, 'Line Items (JSON)', value, LINE_ITEM_EXAMPLE).map((entry) => {
		const tax = entry.tax as { name?: unknown } | undefined;
		const pick = (...keys: string[]) => keys.map((k) => entry[k]).find((v) => v !== undefined);
		return {
			name: pick('name') as string | undefined,
			description: pick('description') as string | undefined,
			unitPrice: pick('unit_price', 'unitPrice') as number | string | undefined,
			quantity: pick('quantity') as number | string | undefined,
			unit: pick('unit') as string | undefined,
			discount: pick('discount') as number | string | undefined,
			taxName: (tax && typeof tax === 'object' ? tax.name : pick('tax_name', 'taxName')) as string | undefined,
		};
	});
}

/** The optional document fields every family's create and update take (Additional / Update Fields). */
export interface DocumentExtras {
	taxExemption?: string;
	sequence?: unknown;
	manualSequenceNumber?: string | number;
	currencyCode?: string;
	rate?: number | string;
}

/** A picker's value as stored in a collection (`{ __rl, mode, value }`), or a plain value. */
export function pickedValue(value: unknown): unknown {
	return value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
}

/**
 * `tax_exemption`, `sequence_id`, `manual_sequence_number`, `currency_code` and `rate`, checked
 * (https://invoicexpress.com/api-v2/invoices/create and the guides' and estimates' create pages).
 */
export function documentExtras(node: INode, itemIndex: number, fields: DocumentExtras, exemptionCodes: readonly string[]): IDataObject {
	const body: IDataObject = {};
	if (fields.taxExemption) {
		if (!exemptionCodes.includes(fields.taxExemption)) {
			throw inputError(node, itemIndex, `"Tax Exemption Reason" (${fields.taxExemption}) is not a documented code`, `Pick one of ${exemptionCodes.join(', ')}.`);
		}
		body.tax_exemption = fields.taxExemption;
	}
	const sequence = pickedValue(fields.sequence);
	if (sequence !== undefined && sequence !== '') {
		body.sequence_id = idInput(node, itemIndex, 'Sequence', sequence, {
			what: 'an InvoiceXpress sequence ID',
			hint: 'Pick the sequence from the list, or give its numeric ID (the "id" of Sequence › Get Many).',
		});
	}
	if (fields.manualSequenceNumber !== undefined && String(fields.manualSequenceNumber).trim() !== '') {
		const manual = String(fields.manualSequenceNumber).trim();
		if (!/^[1-9][0-9]*$/.test(manual)) {
			throw inputError(node, itemIndex, `"Manual Sequence Number" (${manual}) must be a whole number above 0`, 'Give the number the document takes in its manual sequence, e.g. 12.');
		}
		body.manual_sequence_number = manual;
	}
	const currency = (fields.currencyCode ?? '').trim().toUpperCase();
	if (currency) {
		if (!/^[A-Z]{3}$/.test(currency)) {
			throw inputError(node, itemIndex, `"Currency Code" (${fields.currencyCode}) is not a three-letter ISO 4217 code`, 'Give a currency code such as EUR, USD or GBP.');
		}
		body.currency_code = currency;
	}
	const rate = number(node, itemIndex, 'Exchange Rate', fields.rate);
	if (rate !== undefined && fields.rate !== 0 && fields.rate !== '') {
		if (rate <= 0) throw inputError(node, itemIndex, `"Exchange Rate" (${rate}) must be greater than 0`, 'Give the rate of the currency against the euro, e.g. 1.08.');
		if (!currency) throw inputError(node, itemIndex, '"Exchange Rate" needs a "Currency Code"', 'Add "Currency Code" (the document’s currency) with the rate, or remove the rate.');
		body.rate = rate;
	}
	return body;
}

// ---------------------------------------------------------------------------------------------
// Output (Simplify).

/** The document's dates: dd/mm/yyyy as InvoiceXpress sends them, or already ISO. */
const DOCUMENT_DATES = ['date', 'due_date'];

/**
 * A date of a reply as ISO yyyy-MM-dd: dd/mm/yyyy (InvoiceXpress's own) or an ISO date or
 * date-time (its day, as written). Anything else, e.g. an empty value, is kept as it came.
 */
export function isoDay(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!/^\d{2}\/\d{2}\/\d{4}$/.test(text) && !/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)) return value;
	return parseDate(text, ['dd/MM/yyyy'])?.toISODate() ?? value;
}

/** Fields InvoiceXpress types as numbers, by where they sit in a document. */
const DOCUMENT_NUMBERS = ['id', 'retention', 'sum', 'discount', 'before_taxes', 'taxes', 'total'];
const CLIENT_NUMBERS = ['id'];
const ITEM_NUMBERS = ['id', 'unit_price', 'quantity', 'discount', 'subtotal', 'tax_amount', 'discount_amount', 'total'];
const TAX_NUMBERS = ['id', 'value'];
const DOCUMENT_BOOLEANS = ['archived'];

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * A numeric field as a number: a numeric string (an XML reply is all text) is read, an empty one
 * (an XML element without text) is null, anything else is kept as it came.
 */
function asNumber(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (text === '') return null;
	return NUMERIC.test(text) ? Number(text) : value;
}

function asBoolean(value: unknown): unknown {
	if (value === 'true') return true;
	if (value === 'false') return false;
	return value;
}

function withNumbers(record: IDataObject, fields: string[]): IDataObject {
	const out: IDataObject = { ...record };
	for (const field of fields) if (field in out) out[field] = asNumber(out[field]) as IDataObject[string];
	return out;
}

const isRecord = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * A document as Simplify gives it: every key InvoiceXpress sent, in its order, with `date` and
 * `due_date` as ISO yyyy-MM-dd (from dd/mm/yyyy, or kept when already ISO; a value that is no
 * date is kept as it came), amounts, quantities and IDs as numbers, and `archived` as a boolean.
 */
export function simplifyDocument(document: IDataObject): IDataObject {
	const out = withNumbers(document, DOCUMENT_NUMBERS);
	for (const field of DOCUMENT_DATES) {
		if (field in out) out[field] = isoDay(out[field]) as IDataObject[string];
	}
	for (const field of DOCUMENT_BOOLEANS) if (field in out) out[field] = asBoolean(out[field]) as IDataObject[string];
	if (isRecord(out.client)) out.client = withNumbers(out.client, CLIENT_NUMBERS);
	if (Array.isArray(out.items)) {
		out.items = (out.items as unknown[]).map((item) => {
			if (!isRecord(item)) return item;
			const shaped = withNumbers(item, ITEM_NUMBERS);
			if (isRecord(shaped.tax)) shaped.tax = withNumbers(shaped.tax, TAX_NUMBERS);
			return shaped;
		}) as IDataObject[];
	}
	return out;
}

/**
 * What Simplify gives from node version 1.1: the ten fields a workflow needs of a document (a
 * guide's loading time in place of the due date), the client as its ID, name, code, e-mail and
 * fiscal ID; `atcud` only once InvoiceXpress gives one.
 */
export const SUMMARY_FIELDS = ['id', 'type', 'status', 'sequence_number', 'atcud', 'date', 'due_date', 'reference', 'total', 'client'];
const SUMMARY_CLIENT_FIELDS = ['id', 'name', 'code', 'email', 'fiscal_id'];

const picked = (record: IDataObject, keys: string[]): IDataObject =>
	Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));

/** A typed document (`simplifyDocument`) cut to `SUMMARY_FIELDS`. */
export function documentSummary(document: IDataObject): IDataObject {
	const keys = 'loaded_at' in document ? SUMMARY_FIELDS.map((key) => (key === 'due_date' ? 'loaded_at' : key)) : SUMMARY_FIELDS;
	const out = picked(document, keys);
	if (isRecord(out.client)) out.client = picked(out.client, SUMMARY_CLIENT_FIELDS);
	return out;
}

/**
 * A document for the output: simplified, or as InvoiceXpress sent it. Simplify types every field
 * in node version 1 (saved workflows keep their output) and gives `documentSummary` from 1.1.
 */
export function outputDocument(this: IExecuteFunctions, itemIndex: number, document: IDataObject): IDataObject {
	if (!this.getNodeParameter('simplify', itemIndex, true)) return document;
	const typed = simplifyDocument(document);
	return this.getNode().typeVersion >= 1.1 ? documentSummary(typed) : typed;
}
