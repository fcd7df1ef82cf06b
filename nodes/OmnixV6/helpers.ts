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

/** The reply of GET /invoices: a list of invoices; an empty range may come as an empty reply. */
export const INVOICE_LIST: ReplyShape = {
	expected: 'a list of invoices ([{…}, …])',
	matches: (body) => body === undefined || body === null || body === '' || Array.isArray(body),
};

/** A reply checked by `INVOICE_LIST` → the invoices, their dates as ISO. */
export function invoiceList(body: unknown): IDataObject[] {
	return Array.isArray(body) ? (body as IDataObject[]).map(normaliseInvoice) : [];
}

/** What tells two documents apart: the invoice number and the file type (I, C or D). */
export function invoiceKey(invoice: IDataObject): string {
	return `${String(invoice.invoiceNo ?? '')}|${String(invoice.fileType ?? '')}`;
}

/** The ISO day (yyyy-MM-dd) of a normalised invoice's `invoiceDate`; undefined when unreadable. */
export function invoiceDay(invoice: IDataObject): string | undefined {
	const day = invoice.invoiceDate;
	return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
