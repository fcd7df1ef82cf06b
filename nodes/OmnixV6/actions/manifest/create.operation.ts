import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import type { DateFormat } from '../../../shared/dates';
import { readDate } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { shown, textInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import { apiRequest } from '../../transport';
import { withOtherFields } from '../consignment/body';
import { connoteNumbers } from '../consignment/manifest.operation';

/**
 * Create: POST /manifests ("V6RESTful APIs - Manifests", "Create new Manifest",
 * https://www.omnix.com.au/v6-restful-apis-manifests). The stored revisions of the page differ:
 * - the older ones' example: manifestDate, departureDate, departureTime, estimatedArrivalDate,
 *   estimatedArrivalTime, complete, docStatus, stage, fullLoadCategory, fromLocation{Code, Suburb,
 *   Postcode, State}, toLocationCode, agent, fromDepot, toDepot, hours, manualCharge,
 *   usePercentage, hourlyCharge, dangerousGood, manifestedConsignments ["C28256"]; reply
 *   `{"httpStatusCode": 201, "msg": "Created: Manifest successfully created"}`;
 * - the newest one's: the same dates and times, fullLoadCategory, halfLoadCategory,
 *   fromLocation* and toLocation{Code, Suburb, Postcode, State}, agent, carrier, vehicle, driver,
 *   fromDepot, toDepot, tripNo, description, manifestedConsignments; reply
 *   `{"manifestId": 12345, "manifestNo": "M12345"}` (no status given).
 * Every field of both examples is offered; "all fields with empty or null value should be removed
 * from the request", so a field left empty is not sent. Appendix A ("to see all fields") is in no
 * stored copy: which fields are required is not known, so only the manifest date is asked for up
 * front, and further fields go in Other Fields (JSON). Both replies are read, with any 2xx status.
 * The newest example writes its consignments as one entry `["C28256,C28257,C28258"]`; the older one
 * and the manifestConsignments endpoint send one connote number per entry, which is what is sent.
 * A write: never sent twice (a POST whose reply was lost may have created the manifest).
 */

const MANIFEST_DATE: DateFormat = {
	format: 'yyyy-MM-dd',
	accepts: ['dd/MM/yyyy', 'dd-MM-yyyy'],
	examples: 'an ISO date (2025-10-20)',
};

const text = (displayName: string, name: string, placeholder: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	...(description ? { description } : {}),
});

const day = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	typeOptions: { dateOnly: true },
	default: '',
	description: `${description}; sent as yyyy-MM-dd`,
});

const flag = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description: `Whether ${description}. Sent as set once added.`,
});

/** The text fields (Additional Fields), by API name: label and example value from the page. */
export const TEXT_FIELDS: Array<[string, string, string]> = [
	['docStatus', 'Doc Status', 'ACTIVE'],
	['stage', 'Stage', 'NEW'],
	['fullLoadCategory', 'Full Load Category', 'MC'],
	['halfLoadCategory', 'Half Load Category', 'LC'],
	['fromLocationCode', 'From Location Code', 'TOOWONG'],
	['fromLocationSuburb', 'From Location Suburb', 'TOOWONG'],
	['fromLocationPostcode', 'From Location Postcode', '4066'],
	['fromLocationState', 'From Location State', 'QLD'],
	['toLocationCode', 'To Location Code', 'CASTLEH'],
	['toLocationSuburb', 'To Location Suburb', 'CASTLE HILL'],
	['toLocationPostcode', 'To Location Postcode', '2154'],
	['toLocationState', 'To Location State', 'NSW'],
	['agent', 'Agent', 'APT'],
	['carrier', 'Carrier', '22'],
	['vehicle', 'Vehicle', '22'],
	['driver', 'Driver', '22'],
	['fromDepot', 'From Depot', 'QLDD'],
	['toDepot', 'To Depot', 'NSWD'],
	['tripNo', 'Trip No', 'J8943'],
	['description', 'Description', 'overnight run'],
];

/** The times (HH:mm), by API name and label. */
export const TIME_FIELDS: Array<[string, string]> = [
	['departureTime', 'Departure Time'],
	['estimatedArrivalTime', 'Estimated Arrival Time'],
	['hours', 'Hours'],
];

/** The dates besides the manifest date, by API name and label. */
const DATE_FIELDS: Array<[string, string]> = [
	['departureDate', 'Departure Date'],
	['estimatedArrivalDate', 'Estimated Arrival Date'],
];

/** The flags of the older example, by API name. */
const FLAGS = ['complete', 'manualCharge', 'usePercentage', 'hourlyCharge', 'dangerousGood'];

/** The body's fields in the examples' order (a field of Other Fields goes after them). */
const ORDER = [
	'manifestDate',
	'departureDate',
	'departureTime',
	'estimatedArrivalDate',
	'estimatedArrivalTime',
	'complete',
	'docStatus',
	'stage',
	...TEXT_FIELDS.slice(2).map(([field]) => field),
	'hours',
	'manualCharge',
	'usePercentage',
	'hourlyCharge',
	'dangerousGood',
	'manifestedConsignments',
];

const additionalFields: INodeProperties[] = [
	day('Departure Date', 'departureDate', 'When the manifest departs'),
	text('Departure Time', 'departureTime', '12:00', 'Departure time, HH:mm'),
	day('Estimated Arrival Date', 'estimatedArrivalDate', 'When the manifest is expected to arrive'),
	text('Estimated Arrival Time', 'estimatedArrivalTime', '12:00', 'Estimated arrival time, HH:mm'),
	text('Hours', 'hours', '01:00', 'Hours, HH:mm (the older revisions of the page)'),
	...TEXT_FIELDS.map(([name, displayName, example]) => text(displayName, name, example)),
	flag('Complete', 'complete', 'the manifest is complete'),
	flag('Manual Charge', 'manualCharge', 'the manifest is charged manually'),
	flag('Use Percentage', 'usePercentage', 'a percentage is used'),
	flag('Hourly Charge', 'hourlyCharge', 'the manifest is charged by the hour'),
	flag('Dangerous Good', 'dangerousGood', 'the manifest carries dangerous goods'),
	{
		displayName: 'Other Fields (JSON)',
		name: 'otherFields',
		type: 'json',
		default: '{}',
		description:
			'Further fields of the manifest API’s Appendix A by their API names, as a JSON object. Empty values are left out; a field that has its own parameter here must be given there.',
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Manifest Date',
		name: 'manifestDate',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		required: true,
		description: 'The date of the manifest; sent as yyyy-MM-dd',
	},
	{
		displayName: 'Connote Nos',
		name: 'connoteNos',
		type: 'string',
		default: '',
		placeholder: 'C28256, C28257',
		description:
			'The consignment note (connote) numbers of the consignments on the manifest (sent as manifestedConsignments), separated by commas, or an expression that gives a list of them. Empty: none are sent.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...additionalFields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['manifest'], operation: ['create'] } }, properties);

/** A time as the page writes it, HH:mm (9:05 is sent as 09:05). */
function timeOf(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	const given = textInput(node, itemIndex, label, value)?.trim();
	if (!given) return undefined;
	const match = /^(\d{1,2}):(\d{2})$/.exec(given);
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
		throw inputError(node, itemIndex, `"${label}" (${shown(given)}) is not a time`, 'Give the time as HH:mm, e.g. 12:00 (as the Omnix V6 page writes it).');
	}
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** The manifest body of an item, checked before any request; empty fields are not sent. */
export function manifestBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = ctx.getNode();
	const extra = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	const manifestDate = readDate(node, itemIndex, 'Manifest Date', ctx.getNodeParameter('manifestDate', itemIndex, ''), MANIFEST_DATE);
	if (!manifestDate) {
		throw inputError(node, itemIndex, '"Manifest Date" is empty', `Pick the date of the manifest, or give ${MANIFEST_DATE.examples}.`);
	}
	body.manifestDate = manifestDate.toFormat(MANIFEST_DATE.format);
	for (const [field, label] of DATE_FIELDS) {
		const date = readDate(node, itemIndex, label, extra[field], MANIFEST_DATE);
		if (date) body[field] = date.toFormat(MANIFEST_DATE.format);
	}
	for (const [field, label] of TIME_FIELDS) {
		const time = timeOf(node, itemIndex, label, extra[field]);
		if (time) body[field] = time;
	}
	for (const [field, label] of TEXT_FIELDS) {
		const value = textInput(node, itemIndex, label, extra[field])?.trim();
		if (value) body[field] = value;
	}
	for (const field of FLAGS) {
		if (typeof extra[field] === 'boolean') body[field] = extra[field];
	}
	const connoteNos = connoteNumbers(ctx, itemIndex, true);
	if (connoteNos.length) body.manifestedConsignments = connoteNos;
	return withOtherFields(node, itemIndex, body, extra.otherFields, ORDER, { manifestedConsignments: '"Connote Nos"' });
}

/** Both documented replies: the manifest (newest revision) or V6's message (older revisions). */
const MANIFEST_OR_MESSAGE: ReplyShape = {
	expected: 'the manifest ({"manifestId": …, "manifestNo": …}) or a message ({"httpStatusCode": …, "msg": …})',
	matches: (body) => isJsonObject(body) && ['manifestId', 'manifestNo', 'msg'].some((key) => key in body),
};

/**
 * POST /manifests. Output, whichever reply came: `created: true`, the `manifestId` and
 * `manifestNo` when V6 gave them, its `msg` when it gave one, and the `manifestedConsignments` sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = manifestBody(this, itemIndex);
	const reply = (await apiRequest.call(this, {
		method: 'POST',
		path: '/manifests',
		body,
		shape: MANIFEST_OR_MESSAGE,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	})) as IDataObject;
	const json: IDataObject = { created: true };
	for (const key of ['manifestId', 'manifestNo', 'msg']) if (reply[key] !== undefined && reply[key] !== null) json[key] = reply[key];
	json.manifestedConsignments = (body.manifestedConsignments as string[] | undefined) ?? [];
	return [{ json }];
}
