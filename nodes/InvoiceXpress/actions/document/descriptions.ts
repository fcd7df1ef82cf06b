import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { TAX_EXEMPTION_REASONS } from '../../values/documents';
import { UNITS } from '../../values/units';

/** Fields every document family's operations share; each operation shows them through `updateDisplayOptions`. */

/** Simplify, as in n8n's own nodes: on by default, for the operations that output a document. */
export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to give the fields a workflow needs (ID, type, status, number, ATCUD, date, due date or loading time, reference, total, client) with dates as ISO yyyy-MM-dd (InvoiceXpress sends dd/mm/yyyy) and amounts and IDs as numbers, instead of the document exactly as InvoiceXpress sent it. Nodes of version 1 keep every field, typed.',
);

export const dateField: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	typeOptions: { dateOnly: true },
	default: '',
	description: 'Document date. A date picker value, an ISO date or dd/mm/yyyy; sent as dd/mm/yyyy.',
};

export const dueDateField: INodeProperties = {
	displayName: 'Due Date',
	name: 'dueDate',
	type: 'dateTime',
	typeOptions: { dateOnly: true },
	default: '',
	description: 'Date the payment is due. A date picker value, an ISO date or dd/mm/yyyy; sent as dd/mm/yyyy.',
};

/** Observations, reference and retention: optional on create and update alike. */
export const documentOptionalFields: INodeProperties[] = [
	{
		displayName: 'Observations',
		name: 'observations',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Printed with the document',
	},
	{
		displayName: 'Reference',
		name: 'reference',
		type: 'string',
		default: '',
		description: 'Reference, usually a purchase order',
	},
	{
		displayName: 'Retention (%)',
		name: 'retention',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 99.99, numberPrecision: 2 },
		default: 0,
		description: 'Withholding tax in percent, between 0 and 99.99',
	},
];

export const clientNameField: INodeProperties = {
	displayName: 'Client Name',
	name: 'clientName',
	type: 'string',
	default: '',
	required: true,
	description:
		'If no client has this name a new one is created with the client fields below; if one exists, the other client fields are ignored',
};

function clientText(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...extra };
}

/** The client fields of the update page (client / address … client / observations), by label. */
export const clientAddress = clientText('Address', 'address', 'Client address, normally a company address');
export const clientFieldsAfterAddress: INodeProperties[] = [
	clientText('Country', 'country', 'Must match one of InvoiceXpress’ country names, e.g. Portugal or Germany'),
	clientText('Email', 'email', 'Client email, e.g. foo@bar.com', { placeholder: 'name@email.com' }),
	clientText('Fax', 'fax', 'Client fax number'),
	clientText('Fiscal ID', 'fiscalId', 'Client fiscal ID (NIF/VAT number)'),
	clientText('Observations', 'observations', 'Default observations, added to every document sent to this client'),
	clientText('Phone', 'phone', 'Client phone number'),
	clientText('Postal Code', 'postalCode', 'Client postal code'),
	clientText('Website', 'website', 'Client website'),
];

/** Create also takes the client's city and code (with a code, an existing client is found by it). */
export const clientCity = clientText('City', 'city', 'Client city');
export const clientCode = clientText('Code', 'code', 'Your own code for the client; with it an existing client is found by code rather than by name');

export const itemsInputField: INodeProperties = {
	displayName: 'Line Items Input',
	name: 'itemsInput',
	type: 'options',
	default: 'fields',
	options: [
		{ name: 'Fields', value: 'fields' },
		{ name: 'From Catalogue', value: 'catalogue', description: 'Items of the account, each with a quantity' },
		{ name: 'JSON', value: 'json', description: 'A list of line items, e.g. mapped from the input data' },
	],
};

const ITEMS_JSON_DESCRIPTION = 'A list of objects with name, description, unit_price, quantity, unit, discount and tax.name (or tax_name)';

export const lineItemsJsonField: INodeProperties = {
	displayName: 'Line Items (JSON)',
	name: 'lineItemsJson',
	type: 'json',
	default: '[\n  {\n    "name": "Product 1",\n    "description": "",\n    "unit_price": 10,\n    "quantity": 1,\n    "unit": "unit",\n    "discount": 0,\n    "tax": { "name": "IVA23" }\n  }\n]',
	required: true,
	displayOptions: { show: { itemsInput: ['json'] } },
	description: ITEMS_JSON_DESCRIPTION,
};

/** What Update says on top: the items sent replace all the document's items. */
export const ITEMS_REPLACE = 'These items REPLACE all the document’s items: items left out are deleted. ';
export const lineItemsJsonReplacingField: INodeProperties = { ...lineItemsJsonField, description: ITEMS_REPLACE + ITEMS_JSON_DESCRIPTION };

export const lineItemsField: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	placeholder: 'Add Line Item',
	typeOptions: { multipleValues: true },
	default: {},
	required: true,
	displayOptions: { show: { itemsInput: ['fields'] } },
	description: 'At least one. An unknown item name creates a new item; a known one is updated with these values.',
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Discount (%)', name: 'discount', type: 'number', default: 0, description: '0 or more' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Item name' },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1, description: 'Greater than 0' },
				{
					displayName: 'Tax Name',
					name: 'taxName',
					type: 'string',
					default: '',
					placeholder: 'IVA23',
					description: 'Name of one of the account’s taxes. Left empty, or not found, no tax is applied.',
				},
				{
					displayName: 'Unit',
					name: 'unit',
					type: 'options',
					options: UNITS,
					default: 'unit',
					description: 'Unit of measure. Another unit of your account can be given as an expression.',
				},
				{
					displayName: 'Unit Price',
					name: 'unitPrice',
					type: 'number',
					typeOptions: { numberPrecision: 4 },
					default: 0,
					description: 'Greater than 0',
				},
			],
		},
	],
};

export const lineItemsReplacingField: INodeProperties = {
	...lineItemsField,
	description:
		'At least one. The items sent REPLACE all the document’s items: items left out are deleted. An unknown item name creates a new item; a known one is updated.',
};

/** How Create names the client: its fields (found by name, or created), or an existing client's code. */
export const clientSourceField: INodeProperties = {
	displayName: 'Client',
	name: 'clientSource',
	type: 'options',
	default: 'fields',
	options: [
		{ name: 'By Code', value: 'code', description: 'An existing client, by its code' },
		{ name: 'By Name and Fields', value: 'fields', description: 'An existing client of this name, else a new client with the fields below' },
	],
};

export const clientCodeField: INodeProperties = {
	displayName: 'Client Code',
	name: 'clientCode',
	type: 'string',
	default: '',
	required: true,
	displayOptions: { show: { clientSource: ['code'] } },
	description: 'The code of an existing client (the "code" field of Client › Get)',
};

/** A picker inside a collection: From List (`method`, searchable) and By ID, optional unless `required`. */
function nestedPicker(options: {
	displayName: string;
	name: string;
	method: string;
	aNoun: string;
	noun: string;
	example: string;
	description?: string;
	required?: boolean;
}): INodeProperties {
	return recordLocator({
		displayName: options.displayName,
		name: options.name,
		searchListMethod: options.method,
		idPattern: '^[1-9][0-9]*$',
		idError: `An InvoiceXpress ${options.noun} ID is a whole number, e.g. ${options.example}`,
		placeholder: `e.g. ${options.example}`,
		listPlaceholder: `Select ${options.aNoun}…`,
		description: options.description,
		required: options.required ?? false,
	});
}

/** Line items picked from the account's items (the catalogue): each one's name, price, unit and tax come from it. */
export const catalogueItemsField: INodeProperties = {
	displayName: 'Catalogue Items',
	name: 'catalogueItems',
	type: 'fixedCollection',
	placeholder: 'Add Catalogue Item',
	typeOptions: { multipleValues: true },
	default: {},
	required: true,
	displayOptions: { show: { itemsInput: ['catalogue'] } },
	description: 'At least one. Each item’s name, description, unit price, unit and tax are read from the account’s item.',
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				nestedPicker({ displayName: 'Item', name: 'itemId', method: 'searchItems', aNoun: 'an item', noun: 'item', example: '1503698', required: true }),
				{ displayName: 'Discount (%)', name: 'discount', type: 'number', default: 0, description: '0 or more' },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1, description: 'Greater than 0' },
			],
		},
	],
};

/** The optional fields every family's create and update take, besides observations, reference and retention. */
export const documentExtraFields: INodeProperties[] = [
	{
		displayName: 'Currency Code',
		name: 'currencyCode',
		type: 'string',
		default: '',
		placeholder: 'EUR',
		description: 'Three-letter ISO 4217 code of the document’s currency (default: the account’s)',
	},
	{
		displayName: 'Exchange Rate',
		name: 'rate',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 6 },
		default: 0,
		description: 'Rate of the currency against the euro; needs Currency Code',
	},
	{
		displayName: 'Manual Sequence Number',
		name: 'manualSequenceNumber',
		type: 'string',
		default: '',
		description: 'The document’s number in a manual sequence (for documents issued outside InvoiceXpress, e.g. on paper)',
	},
	nestedPicker({
		displayName: 'Sequence',
		name: 'sequence',
		method: 'searchSequences',
		aNoun: 'a sequence',
		noun: 'sequence',
		example: '12345',
		description: 'The sequence (series) the document is numbered in (default: the current one)',
	}),
	{
		displayName: 'Tax Exemption Reason',
		name: 'taxExemption',
		type: 'options',
		options: TAX_EXEMPTION_REASONS,
		default: 'M00',
		description: 'Required by Portuguese accounts when a line has 0% VAT (IVA 0%)',
	},
];
