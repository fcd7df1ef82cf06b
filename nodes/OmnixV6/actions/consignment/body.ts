import type { IDataObject, INode } from 'n8n-workflow';

import type { DateFormat } from '../../../shared/dates';
import { readDate } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import type { FieldName } from '../../../shared/input';
import { emailInput, fieldName, jsonListInput, jsonObjectInput, numberInput, shown, textInput } from '../../../shared/input';

/**
 * The JSON body of POST /consignments, from the page "V6RESTful APIs - Consignments"
 * (https://www.omnix.com.au/v6-restful-apis-consignments): its example "creating a new consignment
 * without warehouse order" names every field below; "all fields with empty or null value should be
 * removed from the request", so a field left empty is not sent at all. Dates as the example writes
 * them: connoteDate yyyy-MM-dd, pickupDate and deliveryDate yyyy-MM-dd HH:mm. The consignment's
 * totals go as text ("totalWeight": "128"), a freight line's figures as numbers ("quantity": 1),
 * as in the example.
 */

export const CONNOTE_DATE: DateFormat = {
	format: 'yyyy-MM-dd',
	accepts: ['dd/MM/yyyy', 'dd-MM-yyyy'],
	examples: 'an ISO date (2024-01-31)',
};

export const BOOKING_TIME: DateFormat = {
	format: 'yyyy-MM-dd HH:mm',
	accepts: ['yyyy-MM-dd'],
	examples: 'an ISO date-time (2024-01-31T14:30) or yyyy-MM-dd HH:mm (2024-01-31 14:30)',
};

/** The text fields of the consignment (Additional Fields), by API name and label, in the example's order. */
export const TEXT_FIELDS: Array<[string, string]> = [
	['senderName', 'Sender Name'],
	['senderAddress1', 'Sender Address 1'],
	['senderSuburb', 'Sender Suburb'],
	['senderPostcode', 'Sender Postcode'],
	['senderState', 'Sender State'],
	['senderContact', 'Sender Contact'],
	['senderPhone', 'Sender Phone'],
	['senderEmail', 'Sender Email'],
	['receiverName', 'Receiver Name'],
	['receiverAddress1', 'Receiver Address 1'],
	['receiverSuburb', 'Receiver Suburb'],
	['receiverPostcode', 'Receiver Postcode'],
	['receiverState', 'Receiver State'],
	['receiverContact', 'Receiver Contact'],
	['receiverPhone', 'Receiver Phone'],
	['receiverEmail', 'Receiver Email'],
	['senderReference', 'Sender Reference'],
	['description', 'Description'],
	['specialInstructions', 'Special Instructions'],
	['note', 'Note'],
	['jobType', 'Job Type'],
	['serviceType', 'Service Type'],
	['vehicleType', 'Vehicle Type'],
];

/** The numeric fields of the consignment, sent as text as in the example. */
export const TOTAL_FIELDS: Array<[string, string]> = [
	['totalWeight', 'Total Weight'],
	['totalVolume', 'Total Volume'],
	['docAmount', 'Doc Amount'],
];

/** The figures of a freight line, sent as numbers; 0 (the field's default) leaves it out, except for quantity. */
export const LINE_NUMBERS: Array<[string, string]> = [
	['quantity', 'quantity'],
	['labels', 'labels'],
	['totalWeight', 'totalWeight'],
	['totalVolume', 'totalVolume'],
	['length', 'length'],
	['width', 'width'],
	['height', 'height'],
	['weight', 'weight'],
];

const LINE_TEXTS = ['itemCode', 'freightCode', 'itemReference', 'description'];

/** The body's fields in the example's order (a field not in it, from Other Fields, goes after them). */
const ORDER = [
	'connoteNo',
	'connoteDate',
	'customer',
	...TEXT_FIELDS.slice(0, 8).map(([field]) => field), // sender
	'pickupDate',
	...TEXT_FIELDS.slice(8, 16).map(([field]) => field), // receiver
	'deliveryDate',
	'totalWeight',
	'totalVolume',
	...TEXT_FIELDS.slice(16).map(([field]) => field), // references, instructions, types
	'docAmount',
	'freightLines',
];

const isRecord = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * A value with every empty part removed, as the page asks: null, undefined, empty text, and
 * objects and lists left empty by that. Undefined when nothing is left.
 */
export function withoutEmpty(value: unknown): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (Array.isArray(value)) {
		const list = value.map(withoutEmpty).filter((entry) => entry !== undefined);
		return list.length ? list : undefined;
	}
	if (isRecord(value)) {
		const entries = Object.entries(value)
			.map(([key, entry]) => [key, withoutEmpty(entry)] as const)
			.filter(([, entry]) => entry !== undefined);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	return value;
}

/** Scan codes as a list: a list as given, or text split at commas. */
function scanCodes(node: INode, itemIndex: number, field: FieldName, value: unknown): string[] | undefined {
	const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value === undefined || value === null ? [] : [value];
	const codes = entries.map((entry, n) => textInput(node, itemIndex, { within: fieldName(field), name: String(n + 1) }, entry)?.trim() ?? '').filter(Boolean);
	return codes.length ? codes : undefined;
}

/** One freight line from the Freight Lines fields: text trimmed, figures as numbers (0 left out but for quantity), scan codes a list. */
export function freightLineFromFields(node: INode, itemIndex: number, line: IDataObject, n: number): IDataObject {
	const within = `freight line ${n + 1}`;
	const out: IDataObject = {};
	for (const field of LINE_TEXTS) {
		const text = textInput(node, itemIndex, { within, name: field }, line[field])?.trim();
		if (text) out[field] = text;
	}
	const codes = scanCodes(node, itemIndex, { within, name: 'scanCodes' }, line.scanCodes);
	if (codes) out.scanCodes = codes;
	for (const [field] of LINE_NUMBERS) {
		const value = numberInput(node, itemIndex, { within, name: field }, line[field], { min: 0, integer: field === 'quantity' || field === 'labels' });
		if (value !== undefined && (value !== 0 || field === 'quantity')) out[field] = value;
	}
	return sorted(out, ['itemCode', 'scanCodes', 'freightCode', 'itemReference', 'description', ...LINE_NUMBERS.map(([f]) => f)]);
}

/** Freight lines given as JSON: each an object with the page's field names, sent as given but without empty fields. */
export function freightLinesFromJson(node: INode, itemIndex: number, value: unknown): IDataObject[] {
	const example = '[{"itemCode": "MAP001", "scanCodes": ["MPAG10293456"], "quantity": 1}]';
	return jsonListInput(node, itemIndex, 'Freight Lines (JSON)', value, example)
		.map((line) => withoutEmpty(line) as IDataObject | undefined)
		.filter((line): line is IDataObject => line !== undefined);
}

function sorted(record: IDataObject, order: readonly string[]): IDataObject {
	const known = order.filter((key) => key in record).map((key) => [key, record[key]] as const);
	const rest = Object.entries(record).filter(([key]) => !order.includes(key));
	return Object.fromEntries([...known, ...rest]);
}

export interface ConsignmentInput {
	connoteNo: unknown;
	customer: unknown;
	freightLines: IDataObject[];
	additional: IDataObject;
}

/**
 * The consignment body for an item, checked before any request: connote number and customer
 * present, text fields text, emails addresses, dates readable, the pickup not after the delivery
 * (the V6 pages' example of a logical constraint: "pick up date must be before delivery date"),
 * totals numbers, Other Fields a JSON object that does not repeat a field given by name.
 */
export function consignmentBody(node: INode, itemIndex: number, input: ConsignmentInput): IDataObject {
	const body: IDataObject = {};
	body.connoteNo = textInput(node, itemIndex, 'Connote No', input.connoteNo, {
		required: true,
		emptyHint: 'Give the consignment note number of the new consignment, e.g. TOLL123456.',
	})!.trim();
	body.customer = textInput(node, itemIndex, 'Customer', input.customer, {
		required: true,
		emptyHint: 'Give the V6 customer account code the consignment is booked for, e.g. CAPH12.',
	})!.trim();
	const extra = input.additional;
	for (const [field, label] of TEXT_FIELDS) {
		const text = field.endsWith('Email')
			? emailInput(node, itemIndex, label, extra[field])
			: textInput(node, itemIndex, label, extra[field])?.trim();
		if (text) body[field] = text;
	}
	for (const [field, label] of TOTAL_FIELDS) {
		const value = numberInput(node, itemIndex, label, extra[field], { min: 0 });
		if (value !== undefined) body[field] = String(value);
	}
	const connoteDate = readDate(node, itemIndex, 'Connote Date', extra.connoteDate, CONNOTE_DATE);
	if (connoteDate) body.connoteDate = connoteDate.toFormat(CONNOTE_DATE.format);
	const pickup = readDate(node, itemIndex, 'Pickup Date', extra.pickupDate, BOOKING_TIME);
	const delivery = readDate(node, itemIndex, 'Delivery Date', extra.deliveryDate, BOOKING_TIME);
	if (pickup) body.pickupDate = pickup.toFormat(BOOKING_TIME.format);
	if (delivery) body.deliveryDate = delivery.toFormat(BOOKING_TIME.format);
	if (pickup && delivery && pickup.toFormat(BOOKING_TIME.format) > delivery.toFormat(BOOKING_TIME.format)) {
		throw inputError(
			node,
			itemIndex,
			`"Pickup Date" (${String(body.pickupDate)}) is after "Delivery Date" (${String(body.deliveryDate)})`,
			'Omnix V6 requires the pick up date to be before the delivery date: move the pickup earlier or the delivery later.',
		);
	}
	if (input.freightLines.length) body.freightLines = input.freightLines;
	return withOtherFields(node, itemIndex, body, extra.otherFields, ORDER, { freightLines: '"Freight Lines"' });
}

/**
 * A body with the fields of Other Fields (JSON) added, their empty values left out, refused when one
 * repeats a field the body has from its own parameter (`namedAs`: the label of a field that is not
 * "its own field"), then in `order` (Other Fields' own after it). Shared by the V6 bodies.
 */
export function withOtherFields(
	node: INode,
	itemIndex: number,
	body: IDataObject,
	value: unknown,
	order: readonly string[],
	namedAs: Record<string, string> = {},
): IDataObject {
	const others = withoutEmpty(jsonObjectInput(node, itemIndex, 'Other Fields (JSON)', value, '{"fieldName": "value"}')) as IDataObject | undefined;
	for (const [field, entry] of Object.entries(others ?? {})) {
		if (field in body) {
			throw inputError(
				node,
				itemIndex,
				`"Other Fields (JSON)" repeats the field ${shown(field)}, already given as ${namedAs[field] ?? 'its own field'}`,
				`Give ${field} once: remove it from Other Fields (JSON), or clear its own field.`,
			);
		}
		body[field] = entry;
	}
	return sorted(body, order);
}
