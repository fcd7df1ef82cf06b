import type { IDataObject, INode } from 'n8n-workflow';

import type { DateFormat } from '../shared/dates';
import { readDate, toIsoDate } from '../shared/dates';
import { inputError } from '../shared/errors';
import type { ReplyShape } from '../shared/provider';

/** The API's own date format for fromDate/toDate. */
export const QUERY_FORMAT = 'ddMMyyyy';
/** Invoice dates arrive as yyyy-MM-dd (the doc's example) or dd-MM-yyyy (its appendix). */
const INVOICE_DATE_FORMATS = ['yyyy-MM-dd', 'dd-MM-yyyy'];
/**
 * A range bound as users give it: a date picker value, an ISO date, or the API's ddMMyyyy (and
 * dd-MM-yyyy, dd/MM/yyyy). Eight digits are read as yyyyMMdd first when that is a plausible date,
 * so 20121212 is 12 December 2012, not 20/12/1212.
 */
export const OMNIX_DATE: DateFormat = {
	format: QUERY_FORMAT,
	accepts: ['dd-MM-yyyy', 'dd/MM/yyyy', 'yyyy-MM-dd'],
	examples: 'an ISO date (2024-01-31) or ddMMyyyy (31012024)',
};

export interface DateRange {
	fromDate: string;
	toDate: string;
}

/** Validate a From/To pair and give it in ddMMyyyy; errors name the item and the field. */
export function dateRange(node: INode, itemIndex: number, from: unknown, to: unknown): DateRange {
	const fromDt = readDate(node, itemIndex, 'From', from, OMNIX_DATE);
	const toDt = readDate(node, itemIndex, 'To', to, OMNIX_DATE);
	if (!fromDt) {
		throw inputError(node, itemIndex, '"From" is empty', `Pick the first day of the range, or give ${OMNIX_DATE.examples}.`);
	}
	if (!toDt) {
		throw inputError(node, itemIndex, '"To" is empty', `Pick the last day of the range, or give ${OMNIX_DATE.examples}.`);
	}
	const fromDate = fromDt.toFormat(QUERY_FORMAT);
	const toDate = toDt.toFormat(QUERY_FORMAT);
	if (fromDt.startOf('day') > toDt.startOf('day')) {
		throw inputError(
			node,
			itemIndex,
			`"From" (${fromDt.toISODate()}) is after "To" (${toDt.toISODate()})`,
			'Swap the two dates, or move "From" back: Omnix V6 only accepts a range whose start is not after its end.',
		);
	}
	return { fromDate, toDate };
}

/** An invoice as the API sent it, with its dates as ISO yyyy-MM-dd. */
export function normaliseInvoice(invoice: IDataObject): IDataObject {
	const out: IDataObject = { ...invoice };
	for (const field of ['invoiceDate', 'dueDate']) {
		if (field in out) out[field] = toIsoDate(out[field], INVOICE_DATE_FORMATS) as IDataObject[string];
	}
	return out;
}

/** One item per invoice line: the line's fields plus its invoice's fields (without `lines`). */
export function invoiceLines(invoice: IDataObject): IDataObject[] {
	const { lines, ...header } = invoice;
	const list = Array.isArray(lines) ? (lines as IDataObject[]) : [];
	return list.map((line, lineIndex) => ({ ...line, lineIndex, invoice: header }));
}

// ---------------------------------------------------------------------------------------------
// Output (Simplify). The API leaves out the fields an invoice has no data for, so invoices of one
// reply differ in their keys; simplified, every invoice has the same keys, in the same order.

/** The fields of a simplified invoice, in this order: the invoice number and Appendix A's fields. */
export const INVOICE_FIELDS = [
	'invoiceNo',
	'fileType',
	'invoiceDate',
	'dueDate',
	'businessName',
	'customerCode',
	'address1',
	'city',
	'postcode',
	'grossEntry',
	'taxAmount',
	'creditReason',
	'lines',
] as const;

/** The fields of a line (Appendix A), in this order. */
export const LINE_FIELDS = ['amount', 'price', 'gstAmount', 'quantity', 'departmentCode', 'glCode'] as const;

/** The fields of a credit reason (Appendix A). */
export const CREDIT_REASON_FIELDS = ['creditReasonCode', 'description'] as const;

const isRecord = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** Exactly these keys, in this order: a missing one is null. */
function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}

/**
 * An invoice as Simplify gives it: exactly {@link INVOICE_FIELDS} (a field the API left out is
 * null; a field it does not document is left out), dates as ISO yyyy-MM-dd, `creditReason` with
 * both of its fields or null, and `lines` a list (empty when none came) of lines with exactly
 * {@link LINE_FIELDS}.
 */
export function simplifyInvoice(invoice: IDataObject): IDataObject {
	const out = pick(normaliseInvoice(invoice), INVOICE_FIELDS);
	out.creditReason = isRecord(out.creditReason) ? pick(out.creditReason, CREDIT_REASON_FIELDS) : null;
	const lines = Array.isArray(out.lines) ? (out.lines as unknown[]) : [];
	out.lines = lines.map((line) => pick(isRecord(line) ? line : {}, LINE_FIELDS));
	return out;
}

export type OutputMode = 'invoice' | 'line';

/**
 * The output records of invoices as the API sent them: one per invoice or one per line, each
 * simplified or as sent (Simplify off: the API's record untouched; per line, the line's fields
 * with `lineIndex` and its invoice's other fields under `invoice`).
 */
export function outputRecords(invoices: IDataObject[], simplify: boolean, mode: OutputMode = 'invoice'): IDataObject[] {
	const shaped = simplify ? invoices.map(simplifyInvoice) : invoices;
	return mode === 'line' ? shaped.flatMap(invoiceLines) : shaped;
}

/** The reply of GET /invoices: a list of invoices; an empty range may come as an empty reply. */
export const INVOICE_LIST: ReplyShape = {
	expected: 'a list of invoices ([{…}, …])',
	matches: (body) => body === undefined || body === null || body === '' || Array.isArray(body),
};

/** A reply checked by `INVOICE_LIST` → the invoices as the API sent them. */
export function invoiceList(body: unknown): IDataObject[] {
	return Array.isArray(body) ? (body as IDataObject[]) : [];
}

/** What tells two documents apart: the invoice number and the file type (I, C or D). */
export function invoiceKey(invoice: IDataObject): string {
	return `${String(invoice.invoiceNo ?? '')}|${String(invoice.fileType ?? '')}`;
}

/** The ISO day (yyyy-MM-dd) of a normalised invoice's `invoiceDate` (see `normaliseInvoice`); undefined when unreadable. */
export function invoiceDay(invoice: IDataObject): string | undefined {
	const day = invoice.invoiceDate;
	return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
