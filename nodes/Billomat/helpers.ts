import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { getInputFile, readInputFile } from '../shared/binary';
import type { DateFormat } from '../shared/dates';
import { dateInput } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { FieldName, NumberOptions } from '../shared/input';
import { idInput, jsonListInput, numberInput, runParameter, textInput } from '../shared/input';
import type { ReplyShape } from '../shared/provider';
import { isJsonObject } from '../shared/provider';

/** Default for the node option "Max Rate-Limit Wait", in seconds. */
export const DEFAULT_MAX_WAIT_SECONDS = 60;

// ---------------------------------------------------------------------------------------------
// Replies. Billomat's JSON is its XML converted: every value a string, an empty element `{}`,
// a repeated element an array but a single one an object, attributes as `@name`.

/** Fields the API types as integer or float (`type="integer"` / `type="float"` in its XML). */
const NUMERIC_FIELDS = new Set([
	'id',
	'client_id',
	'contact_id',
	'number',
	'number_length',
	'due_days',
	'discount_rate',
	'discount_days',
	'discount_amount',
	'total_gross',
	'total_net',
	'total_gross_unreduced',
	'total_net_unreduced',
	'paid_amount',
	'open_amount',
	'quote',
	'invoice_id',
	// The PDF record of a credit note (https://www.billomat.com/en/api/credit-notes/).
	'credit_note_id',
	'offer_id',
	'confirmation_id',
	'recurring_id',
	'template_id',
	'free_text_id',
	// Articles (https://www.billomat.com/en/api/articles/).
	'sales_price',
	'sales_price2',
	'sales_price3',
	'sales_price4',
	'sales_price5',
	'purchase_price',
	'unit_id',
	'tax_id',
	'supplier_id',
	'rate',
	'amount',
	'filesize',
	'article_id',
	'quantity',
	'unit_price',
	'tax_rate',
	'position',
	// Delivery note children name their document by it; estimate items' `optional` is INT
	// (https://www.billomat.com/en/api/estimates/items/).
	'delivery_note_id',
	'optional',
	// Tax rates (https://www.billomat.com/en/api/settings/taxes/: type="integer").
	'account_id',
	'is_default',
	// Users (https://www.billomat.com/en/api/users/), e-mail templates
	// (https://www.billomat.com/en/api/settings/email-templates/) and client property values
	// (https://www.billomat.com/en/api/clients/properties/): type="integer".
	'role_id',
	'bcc',
	'is_nvl',
	'client_property_id',
	// Letters, reminders and recurring invoices (https://www.billomat.com/en/api/letters/,
	// …/reminders/: type="integer"; …/recurrings/), and their PDF records.
	'letter_id',
	'reminder_id',
	'reminder_text_id',
	'reminder_level',
	'cycle_number',
	'hour',
	'iterations',
	'counter',
	// Children of incoming invoices (https://www.billomat.com/en/api/incomings/comments/, …/payments/: type="integer").
	'incoming_id',
]);

/**
 * Which fields of a resource are numbers when they differ from `NUMERIC_FIELDS`, by name: an
 * incoming invoice's `number` is the supplier's document number, text ("0042" stays "0042"),
 * while an invoice's `number` is Billomat's serial integer.
 */
export interface FieldTypes {
	/** Fields that stay text in this resource although `NUMERIC_FIELDS` names them. */
	text?: readonly string[];
	/** Further fields this resource types as numbers. */
	numbers?: readonly string[];
}

/** Wrappers of repeated elements: `taxes: { tax: … }` becomes `taxes: […]`. */
const LIST_WRAPPERS: Record<string, string> = {
	taxes: 'tax',
	'invoice-items': 'invoice-item',
};

const NUMBER = /^-?\d+(\.\d+)?$/;

function asArray(value: unknown): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'object' && Object.keys(value as object).length === 0) return [];
	return [value];
}

/**
 * A Billomat value as n8n users expect it: `{}` → null, the fields typed as numbers (by name:
 * `NUMERIC_FIELDS`, adjusted by the resource's `types`) as numbers, lists as arrays. A field's
 * look decides nothing: a text field holding "0042" stays "0042".
 */
export function normalise(value: unknown, key?: string, types: FieldTypes = {}): unknown {
	if (Array.isArray(value)) return value.map((v) => normalise(v, key, types));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject);
		if (key && key in LIST_WRAPPERS) {
			const inner = (value as IDataObject)[LIST_WRAPPERS[key]];
			return asArray(inner).map((v) => normalise(v, undefined, types));
		}
		if (entries.length === 0) return null;
		const out: IDataObject = {};
		for (const [k, v] of entries) out[k] = normalise(v, k, types) as IDataObject[string];
		return out;
	}
	if (typeof value === 'string' && key && isNumericField(key, types) && NUMBER.test(value.trim())) {
		return Number(value);
	}
	return value;
}

function isNumericField(key: string, types: FieldTypes): boolean {
	if (types.text?.includes(key)) return false;
	return NUMERIC_FIELDS.has(key) || (types.numbers?.includes(key) ?? false);
}

/** "an "invoice" record", "a "pdf" record". */
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** The documented reply holding one record: `{"invoice":{…}}`. */
export function recordShape(root: string): ReplyShape {
	return {
		expected: `${article(root)} "${root}" record ({"${root}": {…}})`,
		matches: (body) => isJsonObject(body) && isJsonObject(body[root]),
	};
}

/**
 * The documented reply holding a list: `{"invoices":{"invoice":[…],"@total":"2"}}`; an empty list
 * may arrive as `{"invoices": ""}` or `null` (Billomat's JSON is its XML converted).
 */
export function listShape(root: string, element: string): ReplyShape {
	return {
		expected: `${article(root)} "${root}" list ({"${root}": {"${element}": […]}})`,
		matches: (body) => isJsonObject(body) && (isJsonObject(body[root]) || body[root] === '' || body[root] === null),
	};
}

/** `{"invoice":{…}}` (checked by `recordShape`) → the invoice, normalised. */
export function unwrapRecord(body: unknown, root: string): IDataObject {
	return normalise((body as IDataObject)[root]) as IDataObject;
}

/**
 * A reply checked by `listShape` → records and total. One hit arrives as an object instead of an
 * array, no hit without the element at all.
 */
export function readList(body: unknown, root: string, element: string): { records: IDataObject[]; total: number } {
	const list = (body as IDataObject)[root];
	if (!isJsonObject(list)) return { records: [], total: 0 };
	const records = asArray(list[element]).map((r) => normalise(r) as IDataObject);
	const total = Number(list['@total']);
	return { records, total: Number.isFinite(total) ? total : records.length };
}

const SIMPLE_FIELDS = [
	'id',
	'client_id',
	'invoice_number',
	'status',
	'date',
	'due_date',
	'label',
	'total_net',
	'total_gross',
	'open_amount',
	'currency_code',
];

/** The given fields of a record, in that order, those it has: what each resource's Simplify keeps. */
export function pickFields(record: IDataObject, fields: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) if (field in record) out[field] = record[field];
	return out;
}

/** The fields most workflows need, for the Simplify option. */
export function simplifyInvoice(invoice: IDataObject): IDataObject {
	return pickFields(invoice, SIMPLE_FIELDS);
}

// ---------------------------------------------------------------------------------------------
// Input.

/** Billomat reads and writes YYYY-MM-DD; users may also type dd.MM.yyyy or dd/MM/yyyy. */
export const BILLOMAT_DATE: DateFormat = {
	format: 'yyyy-MM-dd',
	accepts: ['dd.MM.yyyy', 'dd/MM/yyyy'],
	examples: 'an ISO date such as 2024-01-31 (or 31.01.2024)',
};

/**
 * A positive whole-number ID, or an item error naming the field. Billomat's IDs are integers: one
 * above 2^53 − 1 is refused rather than sent rounded (99999999999999999999 would become 1e20).
 */
export function billomatId(node: INode, itemIndex: number, value: unknown, field: FieldName): number {
	return Number(
		idInput(node, itemIndex, field, value, {
			what: 'a Billomat ID',
			hint: 'Give the numeric ID Billomat shows for the record, e.g. 12345.',
		}),
	);
}

/** The invoice fields Billomat types as numbers, with their bounds; the other writable fields are text. */
const INVOICE_NUMBER_FIELDS: Record<string, NumberOptions> = {
	discount_rate: { min: 0, max: 100 },
	number: { min: 0, integer: true },
	number_length: { min: 0, max: 100, integer: true },
	quote: { min: 0 },
};

/**
 * One writable invoice field (not an ID or a date: those have their own checks), as Billomat
 * takes it: a number for the numeric fields, a date or a text for Supply Date (by its type), text
 * for the rest. An object or array is refused
 * (it would be saved as "[object Object]" or sent raw), and so is a blank Title.
 */
export function invoiceFieldValue(
	node: INode,
	itemIndex: number,
	label: string,
	name: string,
	value: unknown,
	fields: IDataObject,
): string | number | undefined {
	if (name in INVOICE_NUMBER_FIELDS) return numberInput(node, itemIndex, label, value, INVOICE_NUMBER_FIELDS[name]);
	// Supply Date holds a date for the *_DATE types, a text for the *_TEXT ones.
	if (name === 'supply_date' && String(fields.supply_date_type ?? 'SUPPLY_DATE').endsWith('_DATE')) {
		return dateInput(node, itemIndex, label, value, BILLOMAT_DATE);
	}
	return textInput(node, itemIndex, label, value, {
		notBlank: name === 'title',
		emptyHint: 'Give the invoice a title, or remove the Title field to keep Billomat’s own.',
	});
}

/** The numeric fields of a line item; the others (except article_id) are text. */
const LINE_ITEM_NUMBERS = new Set(['quantity', 'unit_price', 'tax_rate']);

/**
 * One field of a line item (not article_id) as Billomat takes it: quantity, unit_price and
 * tax_rate as finite numbers within ±AMOUNT_LIMIT, the rest as text; a blank title is refused.
 */
export function lineItemValue(node: INode, itemIndex: number, position: number, key: string, value: unknown): string | number | undefined {
	const field = { within: `line item ${position}`, name: key };
	if (LINE_ITEM_NUMBERS.has(key)) return numberInput(node, itemIndex, field, value);
	return textInput(node, itemIndex, field, value, {
		notBlank: key === 'title',
		emptyHint: 'Give the line item a title, or leave the title out and give an Article ID whose title Billomat uses.',
	});
}

/** A due date before the invoice date (both YYYY-MM-DD) is refused: Billomat would save it as given. */
export function checkDueDate(node: INode, itemIndex: number, invoice: IDataObject): void {
	const { date, due_date: dueDate } = invoice;
	if (typeof date === 'string' && typeof dueDate === 'string' && dueDate < date) {
		throw inputError(
			node,
			itemIndex,
			`"Due Date" (${dueDate}) is before "Date" (${date})`,
			'Give a due date on or after the invoice date, or leave Due Date out: Billomat then adds the due days of its settings to the date.',
		);
	}
}

/** The invoice's ID: the plain field (versions 1 and 1.1) or the picker (1.2), whichever the node shows. */
export function invoiceIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, pickerValue(this, 'invoiceId', itemIndex), 'Invoice ID');
}

/**
 * A record picker's ID for an item, as `locatorValue` reads it, read from n8n once per node run
 * when it holds no expression (`runParameter`).
 */
export function pickerValue(context: IExecuteFunctions, name: string, itemIndex: number): unknown {
	return runParameter(context, name, itemIndex, undefined, { extractValue: true });
}

/**
 * The values of a collection (or one fixed-collection entry) at `path` with each picker's ID
 * read as the node reads a locator (`pickerValue`): `{ mode, value }` becomes the ID, a plain
 * value (an older version, an expression) stays as given.
 */
export function pickedValues(this: IExecuteFunctions, path: string, values: IDataObject, itemIndex: number): IDataObject {
	const out: IDataObject = { ...values };
	for (const [key, value] of Object.entries(values)) {
		if (value && typeof value === 'object' && !Array.isArray(value) && 'mode' in value && 'value' in value) {
			out[key] = pickerValue(this, `${path}.${key}`, itemIndex) as IDataObject[string];
		}
	}
	return out;
}

/** A comma-separated list typed by the user, trimmed, empty entries dropped. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
	return String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

export function isPdfBytes(data: Buffer): boolean {
	return data.subarray(0, 5).toString('latin1') === '%PDF-';
}

export interface Attachment {
	filename: string;
	mimetype: string;
	base64file: string;
}

/**
 * Input binary properties as Billomat attachments (`filename`, `mimetype`, `base64file`).
 * With `pdfOnly`, a file that is not a PDF (by type or name, and by its `%PDF-` header) is refused.
 */
export async function readAttachments(
	this: IExecuteFunctions,
	itemIndex: number,
	propertyNames: string[],
	pdfOnly: boolean,
): Promise<Attachment[]> {
	const files = propertyNames.map((name) => getInputFile.call(this, itemIndex, name));
	const out: Attachment[] = [];
	for (const file of files) {
		const data = await readInputFile.call(this, itemIndex, file);
		if (pdfOnly) assertPdf(this.getNode(), itemIndex, file.propertyName, file.fileName, file.mimeType, file.fileExtension, data);
		out.push({ filename: file.fileName, mimetype: file.mimeType, base64file: data.toString('base64') });
	}
	return out;
}

export function assertPdf(
	node: INode,
	itemIndex: number,
	propertyName: string,
	fileName: string,
	mimeType: string,
	extension: string | undefined,
	data: Buffer,
): void {
	const declared = mimeType === 'application/pdf' || extension?.toLowerCase() === 'pdf';
	if (!declared || !isPdfBytes(data)) {
		throw inputError(
			node,
			itemIndex,
			`the binary property "${propertyName}" (${fileName}, ${mimeType}) is not a PDF`,
			declared
				? 'The file is named or typed as a PDF but its content does not start with %PDF-. Pass the real PDF file.'
				: 'Billomat only accepts PDF files here. Pass a PDF, or convert the file first.',
		);
	}
}

// ---------------------------------------------------------------------------------------------
// Node options.

/** What every request of an item carries from the node's options: its index, the longest rate-limit wait, the timeout. */
export function requestOptions(
	this: IExecuteFunctions,
	itemIndex: number,
): { itemIndex: number; maxWaitMs: number; timeout: number | undefined } {
	// Options are read once per node run unless they hold an expression (`runParameter`).
	const options = runParameter(this, 'options', itemIndex, {}) as { maxRateLimitWait?: number; timeout?: unknown };
	const seconds = Number(options.maxRateLimitWait ?? DEFAULT_MAX_WAIT_SECONDS);
	const maxWaitMs = Math.max(0, Number.isFinite(seconds) ? seconds : DEFAULT_MAX_WAIT_SECONDS) * 1000;
	// As `timeoutOf` reads it, from the same Options.
	const timeout = Number(options.timeout);
	const valid = options.timeout !== undefined && options.timeout !== '' && Number.isFinite(timeout) && timeout > 0;
	return { itemIndex, maxWaitMs, timeout: valid ? Math.round(timeout) : undefined };
}

// ---------------------------------------------------------------------------------------------
// Invoice fields and line items.

const ID_FIELDS: Record<string, string> = {
	client_id: 'Client ID',
	contact_id: 'Contact ID',
	invoice_id: 'Corrected Invoice ID',
	offer_id: 'Estimate ID',
	confirmation_id: 'Confirmation ID',
	recurring_id: 'Recurring ID',
	free_text_id: 'Free Text ID',
	template_id: 'Template ID',
};
const DATE_FIELDS: Record<string, string> = { date: 'Date', due_date: 'Due Date', discount_date: 'Discount Date' };

/**
 * The user's document fields as Billomat's `invoice` (`credit-note`, …) object, checked and
 * formatted; `labels` are the fields' display names, as errors name them. The document families
 * share their field names (https://www.billomat.com/en/api/invoices/, …/credit-notes/).
 */
export function documentBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		if (name in ID_FIELDS) out[name] = billomatId(node, itemIndex, value, labels[name] ?? ID_FIELDS[name]);
		else if (name in DATE_FIELDS) out[name] = dateInput(node, itemIndex, DATE_FIELDS[name], value, BILLOMAT_DATE);
		else if (name === 'payment_types') {
			const list = Array.isArray(value) ? value : String(value).split(',');
			if (list.length) out[name] = list.map((v) => String(v).trim()).filter(Boolean).join(',');
		} else out[name] = invoiceFieldValue(node, itemIndex, labels[name] ?? name, name, value, fields);
	}
	checkDueDate(node, itemIndex, out);
	return out;
}

const ITEM_KEYS = new Set([
	'article_id',
	'unit',
	'quantity',
	'unit_price',
	'tax_name',
	'tax_rate',
	'title',
	'description',
	'reduction',
]);

/** The name of `documentBody` from when only invoices had it. */
export const invoiceBody = documentBody;

/** One line item (from the fixed collection or JSON), checked, as Billomat's `invoice-item` (`credit-note-item`, …). */
export function invoiceItem(node: INode, itemIndex: number, raw: IDataObject, position: number): IDataObject {
	const out: IDataObject = {};
	const unknown = Object.keys(raw).filter((k) => !ITEM_KEYS.has(k));
	if (unknown.length) {
		throw inputError(
			node,
			itemIndex,
			`line item ${position} has unknown fields: ${unknown.join(', ')}`,
			`Use only ${[...ITEM_KEYS].join(', ')}.`,
		);
	}
	for (const [key, value] of Object.entries(raw)) {
		if (value === undefined || value === null || value === '') continue;
		if (key === 'article_id') out[key] = billomatId(node, itemIndex, value, `Line item ${position} Article ID`);
		else out[key] = lineItemValue(node, itemIndex, position, key, value);
	}
	if (out.tax_rate === 0 && !out.tax_name) delete out.tax_rate;
	if (!out.title && !out.article_id) {
		throw inputError(
			node,
			itemIndex,
			`line item ${position} has neither a title nor an article ID`,
			'Give each line item a Title (or an Article ID whose title Billomat uses).',
		);
	}
	return out;
}

/**
 * From node version 1.2, a line item that names an article and leaves Unit Price at its default 0
 * is sent without a price, so Billomat takes the article's (a price sent always wins over the
 * article's, and the Fields mode always has one). Earlier versions send the 0, as they always did.
 */
export function articlePriceApplies(node: INode, item: IDataObject): IDataObject {
	if (node.typeVersion < 1.2) return item;
	const article = item.article_id;
	if (article === undefined || article === null || article === '' || Number(item.unit_price) !== 0) return item;
	const rest = { ...item };
	delete rest.unit_price;
	return rest;
}

/** The line items from the fixed collection (Fields) or from JSON, as Billomat's `invoice-items` (`credit-note-items`, …). */
export function invoiceItems(node: INode, itemIndex: number, mode: string, fixed: IDataObject, json: unknown): IDataObject[] {
	const list: unknown[] =
		mode === 'json'
			? jsonListInput(node, itemIndex, 'Line Items (JSON)', json, '[{"title":"Work","quantity":8,"unit_price":90}]')
			: ((fixed.item as IDataObject[] | undefined) ?? []);
	return list.map((entry, n) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
			throw inputError(node, itemIndex, `line item ${n + 1} is not an object`);
		}
		return invoiceItem(node, itemIndex, entry as IDataObject, n + 1);
	});
}

// ---------------------------------------------------------------------------------------------
// Filters.

/**
 * The Filters collection as the query string Billomat documents for a document list; the number
 * filter is the family's (`invoice_number`, `credit_note_number`), with its display name.
 */
export function filterQuery(
	this: IExecuteFunctions,
	itemIndex: number,
	numberFilter: readonly [string, string] = ['invoice_number', 'Invoice Number'],
): IDataObject {
	const filters = pickedValues.call(this, 'filters', runParameter(this, 'filters', itemIndex, {}) as IDataObject, itemIndex);
	const node = this.getNode();
	const qs: IDataObject = {};
	for (const [field, label] of [
		['client_id', 'Client ID'],
		['contact_id', 'Contact ID'],
		['article_id', 'Article ID'],
	] as const) {
		if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
	}
	for (const [field, label] of [
		numberFilter,
		['label', 'Label'],
		['intro', 'Intro'],
		['note', 'Note'],
	] as Array<readonly [string, string]>) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const tags = String(filters.tags ?? '')
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
	if (tags.length) qs.tags = tags.join(',');
	for (const field of ['status', 'payment_type']) {
		const values = (filters[field] as string[] | undefined) ?? [];
		if (values.length) qs[field] = values.join(',');
	}
	return { ...qs, ...dateRangeQuery(node, itemIndex, filters) };
}

/**
 * The Filters' From and To days as Billomat's `from` / `to` query (YYYY-MM-DD), each when given;
 * a range that ends before it starts is refused before any request. Every Billomat list with a
 * date range takes it this way (invoices, credit notes, incomings, payments, …).
 */
export function dateRangeQuery(node: INode, itemIndex: number, filters: IDataObject): { from?: string; to?: string } {
	const from = dateInput(node, itemIndex, 'From', filters.from, BILLOMAT_DATE);
	const to = dateInput(node, itemIndex, 'To', filters.to, BILLOMAT_DATE);
	if (from && to && from > to) {
		throw inputError(node, itemIndex, `"From" (${from}) is after "To" (${to})`, 'Swap the two dates: Billomat finds nothing in a range that ends before it starts.');
	}
	return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
