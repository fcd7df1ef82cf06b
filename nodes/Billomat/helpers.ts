import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { getInputFile, readInputFile } from '../shared/binary';
import type { DateFormat } from '../shared/dates';
import { dateInput } from '../shared/dates';
import { optionsCollection as sharedOptionsCollection, timeoutOf } from '../shared/descriptions';
import { inputError } from '../shared/errors';
import type { FieldName, NumberOptions } from '../shared/input';
import { idInput, numberInput, textInput } from '../shared/input';
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
	'offer_id',
	'confirmation_id',
	'recurring_id',
	'template_id',
	'free_text_id',
	'rate',
	'amount',
	'filesize',
	'article_id',
	'quantity',
	'unit_price',
	'tax_rate',
	'position',
]);

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

/** A Billomat value as n8n users expect it: `{}` → null, typed numbers as numbers, lists as arrays. */
export function normalise(value: unknown, key?: string): unknown {
	if (Array.isArray(value)) return value.map((v) => normalise(v, key));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject);
		if (key && key in LIST_WRAPPERS) {
			const inner = (value as IDataObject)[LIST_WRAPPERS[key]];
			return asArray(inner).map((v) => normalise(v));
		}
		if (entries.length === 0) return null;
		const out: IDataObject = {};
		for (const [k, v] of entries) out[k] = normalise(v, k) as IDataObject[string];
		return out;
	}
	if (typeof value === 'string' && key && NUMERIC_FIELDS.has(key) && NUMBER.test(value.trim())) {
		return Number(value);
	}
	return value;
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

/** The fields most workflows need, for the Simplify option. */
export function simplifyInvoice(invoice: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const field of SIMPLE_FIELDS) if (field in invoice) out[field] = invoice[field];
	return out;
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

export function invoiceIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, this.getNodeParameter('invoiceId', itemIndex), 'Invoice ID');
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
// The option every operation has.

export const maxWaitOption: INodeProperties = {
	displayName: 'Max Rate-Limit Wait',
	name: 'maxRateLimitWait',
	type: 'number',
	default: DEFAULT_MAX_WAIT_SECONDS,
	typeOptions: { minValue: 0 },
	description:
		'Longest time in seconds to wait when Billomat’s rate limit (300 requests per quarter hour) is used up. A longer wait fails the item instead. Up to 900 covers a whole quarter.',
};

/** The Options collection of an operation: its own options, Max Rate-Limit Wait and Timeout. */
export function optionsCollection(show: IDataObject, extra: INodeProperties[] = []): INodeProperties {
	return sharedOptionsCollection(show as never, [...extra, maxWaitOption]);
}

/** What every request of an item carries from the node's options: its index, the longest rate-limit wait, the timeout. */
export function requestOptions(
	this: IExecuteFunctions,
	itemIndex: number,
): { itemIndex: number; maxWaitMs: number; timeout: number | undefined } {
	const options = this.getNodeParameter('options', itemIndex, {}) as { maxRateLimitWait?: number };
	const seconds = Number(options.maxRateLimitWait ?? DEFAULT_MAX_WAIT_SECONDS);
	const maxWaitMs = Math.max(0, Number.isFinite(seconds) ? seconds : DEFAULT_MAX_WAIT_SECONDS) * 1000;
	return { itemIndex, maxWaitMs, timeout: timeoutOf(this, itemIndex) };
}

export const invoiceIdField = (show: IDataObject): INodeProperties => ({
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	default: '',
	required: true,
	displayOptions: { show: show as never },
	description: 'The numeric ID of the invoice (not its invoice number)',
});
