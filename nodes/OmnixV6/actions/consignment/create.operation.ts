import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import { apiRequest } from '../../transport';
import { consignmentBody, freightLineFromFields, freightLinesFromJson } from './body';

/**
 * Create: POST /consignments ("V6RESTful APIs - Consignments",
 * https://www.omnix.com.au/v6-restful-apis-consignments), the consignment as JSON without its
 * empty fields. A write: never sent twice (a POST whose reply was lost may have booked it).
 */

const EXPRESSION_HINT = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

const masterData = (displayName: string, name: string, method: string, what: string, dependsOn?: string[]): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	typeOptions: { loadOptionsMethod: method, ...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}) },
	default: '',
	description: `${what} (V6 master data). ${EXPRESSION_HINT}.`,
});

const text = (displayName: string, name: string, description?: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	...(description ? { description } : {}),
});

const figure = (displayName: string, name: string, description: string, integer = false): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: integer ? { minValue: 0, numberPrecision: 0 } : { minValue: 0 },
	default: 0,
	description,
});

const freightLineValues: INodeProperties[] = [
	masterData('Item Code Name or ID', 'itemCode', 'getItemCodes', 'The item code of the line: those of any customer and of the Customer above', ['customer']),
	masterData('Freight Code Name or ID', 'freightCode', 'getFreightCodes', 'The freight code of the line, e.g. CARTON or PALLET'),
	text('Scan Codes', 'scanCodes', 'The line’s scan codes (barcodes), separated by commas', 'MPAG10293456'),
	text('Item Reference', 'itemReference', undefined, 'ABA1345-01/01'),
	text('Description', 'description', undefined, 'Map of vinland'),
	{ ...figure('Quantity', 'quantity', 'Number of items on the line', true), default: 1 },
	figure('Labels', 'labels', 'Number of labels. 0 leaves it out.', true),
	figure('Total Weight', 'totalWeight', 'Weight of the whole line. 0 leaves it out.'),
	figure('Total Volume', 'totalVolume', 'Volume of the whole line. 0 leaves it out.'),
	figure('Length', 'length', '0 leaves it out'),
	figure('Width', 'width', '0 leaves it out'),
	figure('Height', 'height', '0 leaves it out'),
	figure('Weight', 'weight', 'Weight of one item. 0 leaves it out.'),
];

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Connote Date',
		name: 'connoteDate',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		description: 'Date of the consignment note; sent as yyyy-MM-dd',
	},
	{
		displayName: 'Pickup Date',
		name: 'pickupDate',
		type: 'dateTime',
		default: '',
		description: 'When the goods are picked up; sent as yyyy-MM-dd HH:mm. Must not be after Delivery Date.',
	},
	{
		displayName: 'Delivery Date',
		name: 'deliveryDate',
		type: 'dateTime',
		default: '',
		description: 'When the goods are delivered; sent as yyyy-MM-dd HH:mm',
	},
	text('Sender Name', 'senderName', undefined, "Eriksson's Explorers"),
	text('Sender Address 1', 'senderAddress1'),
	text('Sender Suburb', 'senderSuburb'),
	text('Sender Postcode', 'senderPostcode'),
	text('Sender State', 'senderState', undefined, 'NSW'),
	text('Sender Contact', 'senderContact'),
	text('Sender Phone', 'senderPhone'),
	{ ...text('Sender Email', 'senderEmail'), placeholder: 'name@email.com' },
	text('Receiver Name', 'receiverName'),
	text('Receiver Address 1', 'receiverAddress1'),
	text('Receiver Suburb', 'receiverSuburb'),
	text('Receiver Postcode', 'receiverPostcode'),
	text('Receiver State', 'receiverState', undefined, 'SA'),
	text('Receiver Contact', 'receiverContact'),
	text('Receiver Phone', 'receiverPhone'),
	{ ...text('Receiver Email', 'receiverEmail'), placeholder: 'name@email.com' },
	{ ...figure('Total Weight', 'totalWeight', 'Total weight of the consignment'), typeOptions: { minValue: 0 } },
	{ ...figure('Total Volume', 'totalVolume', 'Total volume of the consignment'), typeOptions: { minValue: 0 } },
	{ ...figure('Doc Amount', 'docAmount', 'The consignment’s doc amount, e.g. 0'), typeOptions: { minValue: 0 } },
	text('Sender Reference', 'senderReference', 'The sender’s own reference, e.g. an order number'),
	text('Description', 'description', 'What is shipped, e.g. Maps and paperwork'),
	text('Special Instructions', 'specialInstructions'),
	text('Note', 'note'),
	masterData('Job Type Name or ID', 'jobType', 'getJobTypes', 'The job type (the job types of the service types)'),
	masterData('Service Type Name or ID', 'serviceType', 'getServiceTypes', 'The service type'),
	masterData('Vehicle Type Name or ID', 'vehicleType', 'getVehicleTypes', 'The vehicle type'),
	{
		displayName: 'Other Fields (JSON)',
		name: 'otherFields',
		type: 'json',
		default: '{}',
		description:
			'Further fields of the consignment API’s Appendix A by their API names, as a JSON object, e.g. the warehouse order fields. Empty values are left out; a field that has its own parameter here must be given there.',
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Connote No',
		name: 'connoteNo',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'TOLL123456',
		description: 'The consignment note (connote) number of the new consignment',
	},
	{
		displayName: 'Customer',
		name: 'customer',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'CAPH12',
		description: 'The V6 customer account code the consignment is booked for',
	},
	{
		displayName: 'Freight Lines Input',
		name: 'freightLinesInput',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields', value: 'fields', description: 'One set of fields per line' },
			{ name: 'JSON', value: 'json', description: 'A JSON list of lines with the API’s field names' },
		],
		default: 'fields',
	},
	{
		displayName: 'Freight Lines',
		name: 'freightLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Freight Line',
		default: {},
		displayOptions: { show: { freightLinesInput: ['fields'] } },
		options: [{ displayName: 'Line', name: 'line', values: freightLineValues }],
	},
	{
		displayName: 'Freight Lines (JSON)',
		name: 'freightLinesJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { freightLinesInput: ['json'] } },
		description:
			'A JSON list of freight lines, e.g. [{"itemCode": "MAP001", "scanCodes": ["MPAG10293456"], "quantity": 1}]. Empty values are left out.',
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

export const description = updateDisplayOptions({ show: { resource: ['consignment'], operation: ['create'] } }, properties);

/**
 * The stored copies of the page stop before the reply of a create: the consignment (a JSON
 * object) and an empty reply are both read.
 */
const CONSIGNMENT_OR_EMPTY: ReplyShape = {
	expected: 'an empty reply or the consignment ({"connoteNo": …})',
	matches: (body) => body === undefined || body === '' || isJsonObject(body),
};

/**
 * POST /consignments. Output: the consignment Omnix V6 sent back, or, for an empty reply, what was
 * sent with `created: true`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const mode = this.getNodeParameter('freightLinesInput', itemIndex, 'fields') as string;
	const freightLines =
		mode === 'json'
			? freightLinesFromJson(node, itemIndex, this.getNodeParameter('freightLinesJson', itemIndex, '[]'))
			: ((this.getNodeParameter('freightLines.line', itemIndex, []) as IDataObject[]) ?? []).map((line, n) =>
					freightLineFromFields(node, itemIndex, line, n),
				);
	const body = consignmentBody(node, itemIndex, {
		connoteNo: this.getNodeParameter('connoteNo', itemIndex),
		customer: this.getNodeParameter('customer', itemIndex),
		freightLines,
		additional: this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	});
	const reply = await apiRequest.call(this, {
		method: 'POST',
		path: '/consignments',
		body,
		shape: CONSIGNMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	const record = isJsonObject(reply) && Object.keys(reply).length > 0 ? reply : undefined;
	return [{ json: record ?? { ...body, created: true } }];
}
