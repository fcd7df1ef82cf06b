import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { NumberOptions } from '../../../shared/input';
import { numberInput, textInput } from '../../../shared/input';
import { BILLOMAT_DATE, billomatId, dateRangeQuery, normalise, pickFields, splitList } from '../../helpers';
import { currencyInput } from '../article/record';
import type { RecordResource } from '../../transport';
import { INCOMING_STATUSES } from './common.descriptions';

/**
 * Incoming invoice records and input (https://www.billomat.com/en/api/incomings/): the typed
 * record, the Simplify subset, the writable fields checked before any request, and the filters.
 */

/**
 * The page types an incoming's `number` as text (the supplier's document number: "0042" stays
 * "0042") and `expense_account_number` as integer.
 */
const INCOMING_TYPES = { text: ['number'], numbers: ['expense_account_number'] };

/** An incoming invoice as Billomat sent it, normalised. */
export function incomingRecord(raw: unknown): IDataObject {
	return normalise(raw, undefined, INCOMING_TYPES) as IDataObject;
}

const SIMPLE_FIELDS = ['id', 'supplier_id', 'number', 'date', 'due_date', 'status', 'label', 'total_gross', 'open_amount', 'currency_code'];

/** The record, or with Simplify the fields most workflows need. */
export function incomingOutput(raw: unknown, simplify: boolean): IDataObject {
	const incoming = incomingRecord(raw);
	return simplify ? pickFields(incoming, SIMPLE_FIELDS) : incoming;
}

/** The incoming invoice list resource. */
export const INCOMINGS: RecordResource = { path: '/incomings', root: 'incoming', output: incomingOutput };

/** The Incoming ID picker's value for an item: a Billomat ID, or an input error naming the field. */
export function incomingIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'incomingId', itemIndex), 'Incoming ID');
}

const NUMBERS: Record<string, NumberOptions> = {
	due_days: { min: 0, max: 3650, integer: true },
	expense_account_number: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
	quote: { min: 0 },
	total_gross: {},
	total_net: {},
};

/**
 * The user's incoming invoice fields as Billomat's `incoming` object, checked: the supplier as an
 * ID, dates as YYYY-MM-DD (a due date before the invoice date refused), numbers in range, the
 * currency as an ISO code, the rest as text.
 */
export function incomingBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = labels[name] ?? name;
		if (name === 'supplier_id') out[name] = billomatId(node, itemIndex, value, label);
		else if (name === 'date' || name === 'due_date') out[name] = dateInput(node, itemIndex, label, value, BILLOMAT_DATE);
		else if (name in NUMBERS) out[name] = numberInput(node, itemIndex, label, value, NUMBERS[name]);
		else if (name === 'currency_code') out[name] = currencyInput(node, itemIndex, label, value);
		else out[name] = textInput(node, itemIndex, label, value);
		if (out[name] === undefined) delete out[name];
	}
	if (typeof out.date === 'string' && typeof out.due_date === 'string' && out.due_date < out.date) {
		throw inputError(node, itemIndex, `"Due Date" (${out.due_date}) is before "Date" (${out.date})`, 'Give a due date on or after the invoice date.');
	}
	return out;
}

const STATUS_VALUES = INCOMING_STATUSES.map((s) => s.value);

/** The Filters collection as the query string GET /incomings documents. */
export function incomingFilterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
	const qs: IDataObject = {};
	if (filters.supplier_id !== undefined && filters.supplier_id !== '') qs.supplier_id = billomatId(node, itemIndex, filters.supplier_id, 'Supplier ID');
	for (const [field, label] of [
		['incoming_number', 'Incoming Number'],
		['note', 'Note'],
	] as const) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const statuses = splitList(filters.status);
	const unknown = statuses.filter((s) => !STATUS_VALUES.includes(s));
	if (unknown.length) throw inputError(node, itemIndex, `"Status" has unknown values: ${unknown.join(', ')}`, `Pick one or more of: ${STATUS_VALUES.join(', ')}.`);
	if (statuses.length) qs.status = statuses.join(',');
	Object.assign(qs, dateRangeQuery(node, itemIndex, filters));
	const tags = splitList(textInput(node, itemIndex, 'Tags', filters.tags));
	if (tags.length) qs.tags = tags.join(',');
	return qs;
}
