// Omnix V6 consignments, from the page "V6RESTful APIs - Consignments",
// https://www.omnix.com.au/v6-restful-apis-consignments (several stored revisions; the older copy
// http://omnix.com.au/v6-restful-apis-consignments/ reads the same for what is emulated here):
// - POST /v6-api/rest/consignments ("Create consignment or warehouse request", "Since: 1.0"), a JSON
//   consignment, `Authorization: ApiKey …` as every V6 API. "All fields with empty or null value
//   should be removed from the request": a field sent empty or null is refused here (400).
// What the stored copies show, and so what is emulated: the example "creating a new consignment
// without warehouse order" (connoteNo, connoteDate yyyy-MM-dd, customer, sender*/receiver* name,
// address1, suburb, postcode, state, contact, phone, email, pickupDate and deliveryDate
// "yyyy-MM-dd HH:mm", totalWeight and totalVolume as numeric text, senderReference, description,
// specialInstructions, note, jobType, serviceType, vehicleType, docAmount, and freightLines of
// itemCode, scanCodes [text], freightCode, itemReference, description, quantity, labels,
// totalWeight, totalVolume, length, width, height, weight as numbers). The copies stop inside that
// example: Appendix A (every field, required or optional, the warehouse order fields), the reply of
// a success and any "get consignment" endpoint are not in them, so:
// - the reply is a switch (`createReply`): 'consignment' answers 200 with the consignment as
//   stored, 'empty' an empty 200;
// - which fields are required is the emulation's own choice (connoteNo and customer), with the
//   violation format of the V6 invoices page ("{field} - {error} - {suggestion}", 400, msg
//   "Bad Request"); so are the duplicate-connote refusal and the number checks;
// - "pick up date must be before delivery date" is the logical constraint the V6 invoices page
//   (../shared/provider-docs/omnix-v6-invoices.txt) gives as its example: refused here when the
//   pickup is after the delivery;
// - "Unrecognized fields" (a constraint the invoices page names) are refused only with the
//   `strictFields` switch on, against the example's field names: Appendix A has more (warehouse
//   order fields) that the stored copies do not show, so by default any other field is accepted.
// Numbers are read either way (128 or "128"): the example sends the consignment's totals as text
// and the freight lines' as numbers.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { OmnixSandbox } from './index';

export type OmnixConsignment = Record<string, unknown>;

export interface ConsignmentState {
	/** 'consignment': 200 with the consignment stored; 'empty': an empty 200. */
	createReply: 'consignment' | 'empty';
	/** Refuse fields the page's example does not name ("Unrecognized fields"). */
	strictFields: boolean;
	consignments: OmnixConsignment[];
}

/** The consignment fields of the page's example, in its order. */
export const CONSIGNMENT_FIELDS = [
	'connoteNo',
	'connoteDate',
	'customer',
	'senderName',
	'senderAddress1',
	'senderSuburb',
	'senderPostcode',
	'senderState',
	'senderContact',
	'senderPhone',
	'senderEmail',
	'pickupDate',
	'receiverName',
	'receiverAddress1',
	'receiverSuburb',
	'receiverPostcode',
	'receiverState',
	'receiverContact',
	'receiverPhone',
	'receiverEmail',
	'deliveryDate',
	'totalWeight',
	'totalVolume',
	'senderReference',
	'description',
	'specialInstructions',
	'note',
	'jobType',
	'serviceType',
	'vehicleType',
	'docAmount',
	'freightLines',
] as const;

/** The freight line fields of the page's example, in its order. */
export const FREIGHT_LINE_FIELDS = [
	'itemCode',
	'scanCodes',
	'freightCode',
	'itemReference',
	'description',
	'quantity',
	'labels',
	'totalWeight',
	'totalVolume',
	'length',
	'width',
	'height',
	'weight',
] as const;

const CONSIGNMENT_NUMBERS = ['totalWeight', 'totalVolume', 'docAmount'];
const LINE_NUMBERS = ['quantity', 'labels', 'totalWeight', 'totalVolume', 'length', 'width', 'height', 'weight'];
const REQUIRED = ['connoteNo', 'customer'];

/** Demo data: the page's example consignment, as V6 would hold it. */
export function consignmentSeed(): OmnixConsignment[] {
	return [
		{
			connoteNo: 'TOLL123456',
			connoteDate: '2006-03-11',
			customer: 'CAPH12',
			senderName: "Eriksson's Explorers",
			senderAddress1: '970 Greenland Rd',
			senderSuburb: 'GREENLANDS',
			senderPostcode: '2330',
			senderState: 'NSW',
			receiverName: 'Herjolfsson Fishmongers',
			receiverAddress1: '812 Vinland Rd',
			receiverSuburb: 'AMERICAN RIVER',
			receiverPostcode: '5221',
			receiverState: 'SA',
			pickupDate: '2017-03-03 14:30',
			deliveryDate: '2017-03-12 07:00',
			totalWeight: '128',
			totalVolume: '4.15',
			freightLines: [{ itemCode: 'MAP001', scanCodes: ['MPAG10293456'], freightCode: 'ENVELOPE', quantity: 1 }],
		},
	];
}

const states = new WeakMap<OmnixSandbox, ConsignmentState>();

/** The sandbox's consignments and reply switches (tests read and change them here). */
export function consignmentsOf(sandbox: OmnixSandbox): ConsignmentState {
	return states.get(sandbox)!;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isNumeric = (value: unknown) =>
	(typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()));
export const isEmpty = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

/** V6's refusal: 400 with its violations ("{field} - {error} - {suggestion}"). */
export function badRequest(violations: string[]): SandboxReply {
	return { status: 400, body: { violations, httpStatusCode: 400, msg: 'Bad Request' } };
}

/**
 * A request's body as the JSON object V6 takes, or V6's refusal of a body that is not one (`what`
 * names what to send, e.g. "the consignment").
 */
export function jsonObjectOf(req: SandboxRequest, what: string): { body: Record<string, unknown> } | { refused: SandboxReply } {
	let body: unknown;
	try {
		body = JSON.parse(req.body.toString('utf8'));
	} catch {
		return { refused: badRequest([`request body - invalid JSON - send ${what} as a JSON object`]) };
	}
	return isRecord(body) ? { body } : { refused: badRequest([`request body - invalid value - send ${what} as a JSON object`]) };
}

/** The violation of a field sent empty or null ("all fields with empty or null value should be removed from the request"). */
export const emptyField = (field: string) => `${field} - empty value - remove fields with empty or null value from the request`;

/**
 * The violations of a body's own fields: each field sent empty or null, and, when `known` is given,
 * each field it does not name ("Unrecognized fields", a constraint the V6 pages name).
 */
export function fieldViolations(body: Record<string, unknown>, known?: readonly string[]): string[] {
	return Object.entries(body).flatMap(([field, value]) =>
		isEmpty(value) ? [emptyField(field)] : known && !known.includes(field) ? [`${field} - unrecognized field - remove it`] : [],
	);
}

function dateTimeOf(value: unknown): DateTime | undefined {
	if (typeof value !== 'string') return undefined;
	const dt = DateTime.fromFormat(value, 'yyyy-MM-dd HH:mm');
	return dt.isValid ? dt : undefined;
}

function lineViolations(line: unknown, n: number): string[] {
	const at = `freightLines[${n}]`;
	if (!isRecord(line)) return [`${at} - invalid value - must be an object`];
	const violations: string[] = [];
	for (const [field, value] of Object.entries(line)) {
		if (isEmpty(value)) violations.push(emptyField(`${at}.${field}`));
	}
	for (const field of LINE_NUMBERS) {
		if (line[field] !== undefined && !isEmpty(line[field]) && !isNumeric(line[field])) violations.push(`${at}.${field} - invalid number - must be a number`);
	}
	if (line.scanCodes !== undefined && !(Array.isArray(line.scanCodes) && line.scanCodes.every((code) => typeof code === 'string' && code !== ''))) {
		violations.push(`${at}.scanCodes - invalid value - must be a list of scan codes`);
	}
	return violations;
}

function create(state: ConsignmentState, req: SandboxRequest): SandboxReply {
	const read = jsonObjectOf(req, 'the consignment');
	if ('refused' in read) return read.refused;
	const body = read.body;

	const violations = fieldViolations(body, state.strictFields ? CONSIGNMENT_FIELDS : undefined);
	for (const field of REQUIRED) {
		if (body[field] === undefined) violations.push(`${field} - required field - must exist and must not be empty`);
	}
	if (body.connoteDate !== undefined && !isEmpty(body.connoteDate) && !(typeof body.connoteDate === 'string' && DateTime.fromFormat(body.connoteDate, 'yyyy-MM-dd').isValid)) {
		violations.push('connoteDate - invalid format - must be yyyy-MM-dd');
	}
	for (const field of ['pickupDate', 'deliveryDate']) {
		if (body[field] !== undefined && !isEmpty(body[field]) && !dateTimeOf(body[field])) violations.push(`${field} - invalid format - must be yyyy-MM-dd HH:mm`);
	}
	const pickup = dateTimeOf(body.pickupDate);
	const delivery = dateTimeOf(body.deliveryDate);
	if (pickup && delivery && pickup > delivery) {
		violations.push('pickupDate, deliveryDate - invalid date range - pick up date must be before delivery date');
	}
	for (const field of CONSIGNMENT_NUMBERS) {
		if (body[field] !== undefined && !isEmpty(body[field]) && !isNumeric(body[field])) violations.push(`${field} - invalid number - must be a number`);
	}
	if (body.freightLines !== undefined && !isEmpty(body.freightLines)) {
		if (!Array.isArray(body.freightLines)) violations.push('freightLines - invalid value - must be a list of freight lines');
		else body.freightLines.forEach((line, n) => violations.push(...lineViolations(line, n)));
	}
	if (typeof body.connoteNo === 'string' && state.consignments.some((c) => c.connoteNo === body.connoteNo)) {
		violations.push(`connoteNo - duplicate value - connote ${body.connoteNo} already exists`);
	}
	if (violations.length) return badRequest(violations);

	const stored = JSON.parse(JSON.stringify(body)) as OmnixConsignment;
	state.consignments.push(stored);
	return state.createReply === 'empty' ? { status: 200 } : { status: 200, body: stored };
}

export function registerConsignments(sandbox: OmnixSandbox): void {
	const fresh = (): ConsignmentState => ({ createReply: 'consignment', strictFields: false, consignments: consignmentSeed() });
	states.set(sandbox, fresh());
	sandbox.onReset(() => states.set(sandbox, fresh()));
	for (const prefix of sandbox.prefixes) {
		// https://www.omnix.com.au/v6-restful-apis-consignments: POST /v6-api/rest/consignments
		sandbox.route('POST', `${prefix}/consignments`, (req) => sandbox.authorised(req) ?? create(consignmentsOf(sandbox), req));
	}
}
