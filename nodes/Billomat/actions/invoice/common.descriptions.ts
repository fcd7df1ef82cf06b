import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { optionsCollection as sharedOptionsCollection } from '../../../shared/descriptions';
import { DEFAULT_MAX_WAIT_SECONDS } from '../../helpers';
import { filtersOf } from '../describe';

/**
 * Fields the invoice operations share. Each operation spreads them into its own properties, and
 * `updateDisplayOptions` shows them for that operation only.
 */

/** The invoice's record ID, as Get, Update, Delete and every state change take it. */
export const invoiceIdField: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	default: '',
	required: true,
	description: 'The numeric ID of the invoice (not its invoice number)',
};

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
export function optionsCollection(extra: INodeProperties[] = []): INodeProperties {
	return sharedOptionsCollection([...extra, maxWaitOption]);
}

/**
 * Get Many's "Order By" (these fields, by display name) and "Order Direction" options, sent as
 * Billomat's `order_by=<field> <ASC|DESC>` (see `orderByQuery`).
 */
export function orderOptions(fields: INodePropertyOptions[], defaultField: string, records: string): INodeProperties[] {
	return [
		{
			displayName: 'Order By',
			name: 'orderBy',
			type: 'options',
			default: defaultField,
			options: fields,
			description: `Field to sort the ${records} by`,
		},
		{
			displayName: 'Order Direction',
			name: 'orderDirection',
			type: 'options',
			default: 'ASC',
			options: [
				{ name: 'Ascending', value: 'ASC' },
				{ name: 'Descending', value: 'DESC' },
			],
			description: 'Used with Order By',
		},
	];
}

/** The `order_by` query value of the Order By / Order Direction options, undefined without Order By. */
export function orderByQuery(options: IDataObject): string | undefined {
	return options.orderBy ? `${options.orderBy as string} ${(options.orderDirection as string) || 'ASC'}` : undefined;
}

/** Get and Get Many, node version 1: Simplify inside Options, off unless chosen. */
export const simplifyOption: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description: 'Whether to return only the main fields (ID, client, number, status, dates, totals) instead of the whole invoice',
};

/**
 * Get and Get Many from node version 1.1: Simplify as its own switch, on unless turned off, as in
 * n8n's own nodes and the package's other nodes. Version 1 keeps `simplifyOption`, so a saved
 * workflow's output does not change.
 */
export const simplifyField: INodeProperties = {
	...simplifyOption,
	default: true,
	displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } },
};

/** The Options collection of Get and Get Many: with Simplify in it for version 1 only. */
export function readOptionsCollections(extra: INodeProperties[] = [], simplify: INodeProperties = simplifyOption): INodeProperties[] {
	const v1 = optionsCollection([...extra, simplify]);
	const current = optionsCollection(extra);
	return [
		{ ...v1, displayOptions: { show: { '@version': [1] } } },
		{ ...current, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
	];
}

/** Whether Get / Get Many simplify this item: the switch (1.1+) or the option (version 1). */
export function simplifyOf(this: IExecuteFunctions, itemIndex: number): boolean {
	if (this.getNode().typeVersion >= 1.1) return this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return ((this.getNodeParameter('options', itemIndex, {}) as { simplify?: boolean }).simplify ?? false) === true;
}

// ---------------------------------------------------------------------------------------------
// Invoice fields.

export const STATUSES = ['DRAFT', 'OPEN', 'PAID', 'OVERDUE', 'CANCELED'];

/** Billomat's payment types (see its payments documentation). */
export const PAYMENT_TYPES = [
	['Bank Card', 'BANK_CARD'],
	['Bank Transfer', 'BANK_TRANSFER'],
	['Cash', 'CASH'],
	['Check', 'CHECK'],
	['Coupon', 'COUPON'],
	['Credit Card', 'CREDIT_CARD'],
	['Credit Note', 'CREDIT_NOTE'],
	['Debit', 'DEBIT'],
	['Invoice Correction', 'INVOICE_CORRECTION'],
	['Miscellaneous', 'MISC'],
	['PayPal', 'PAYPAL'],
];

/** The documented writable invoice fields (POST/PUT /invoices), except client_id. */
export const invoiceFieldOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'The address on the invoice. Default: the client’s address.' },
	{ displayName: 'Confirmation ID', name: 'confirmation_id', type: 'string', default: '', description: 'The confirmation the invoice was created from' },
	{ displayName: 'Contact ID', name: 'contact_id', type: 'string', default: '', description: 'A contact of the client' },
	{ displayName: 'Corrected Invoice ID', name: 'invoice_id', type: 'string', default: '', description: 'For an invoice correction: the ID of the invoice it corrects' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO currency code. Default: the account’s currency.' },
	{ displayName: 'Date', name: 'date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Invoice date. Default: today.' },
	{ displayName: 'Discount Date', name: 'discount_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Last day for the cash discount' },
	{ displayName: 'Discount Rate', name: 'discount_rate', type: 'number', default: 0, description: 'Cash discount in percent' },
	{ displayName: 'Due Date', name: 'due_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Default: date plus the due days from the settings' },
	{ displayName: 'Estimate ID', name: 'offer_id', type: 'string', default: '', description: 'The estimate the invoice was created from' },
	{ displayName: 'Free Text ID', name: 'free_text_id', type: 'string', default: '', description: 'A free text that sets title, label, intro and note' },
	{ displayName: 'Intro', name: 'intro', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Introductory text' },
	{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'Label text describing the project' },
	{
		displayName: 'Net or Gross',
		name: 'net_gross',
		type: 'options',
		default: 'NET',
		options: [
			{ name: 'Net Prices', value: 'NET' },
			{ name: 'Gross Prices', value: 'GROSS' },
		],
		description: 'Whether item prices are net or gross',
	},
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Explanatory notes' },
	{ displayName: 'Number', name: 'number', type: 'number', default: 0, description: 'Serial number. Default: the next free number.' },
	{ displayName: 'Number Length', name: 'number_length', type: 'number', default: 0, description: 'Minimum length of the invoice number, filled with leading zeros' },
	{ displayName: 'Number Prefix', name: 'number_pre', type: 'string', default: '', description: 'Invoice number prefix, e.g. RE' },
	{
		displayName: 'Payment Types',
		name: 'payment_types',
		type: 'multiOptions',
		default: [],
		options: PAYMENT_TYPES.map(([name, value]) => ({ name, value })),
		description: 'Accepted payment types',
	},
	{ displayName: 'Quote', name: 'quote', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1, description: 'Currency rate for the conversion into the account’s currency' },
	{ displayName: 'Recurring ID', name: 'recurring_id', type: 'string', default: '', description: 'The recurring invoice it was created from' },
	{ displayName: 'Reduction', name: 'reduction', type: 'string', default: '', placeholder: '10%', description: 'Reduction, absolute (10) or in percent (10%)' },
	{ displayName: 'Supply Date', name: 'supply_date', type: 'string', default: '', description: 'A date (YYYY-MM-DD) for the date types, or a text for the text types' },
	{
		displayName: 'Supply Date Type',
		name: 'supply_date_type',
		type: 'options',
		default: 'SUPPLY_DATE',
		options: [
			{ name: 'Delivery Date', value: 'DELIVERY_DATE' },
			{ name: 'Delivery Text', value: 'DELIVERY_TEXT' },
			{ name: 'Supply Date', value: 'SUPPLY_DATE' },
			{ name: 'Supply Text', value: 'SUPPLY_TEXT' },
		],
		description: 'What Supply Date holds',
	},
	{ displayName: 'Template ID', name: 'template_id', type: 'string', default: '', description: 'Template used when the invoice is completed. Default: the default template.' },
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Title of the document' },
];

/** The display name of each writable invoice field, as input errors name it. */
export const INVOICE_FIELD_LABELS: Record<string, string> = Object.fromEntries(
	invoiceFieldOptions.map((option) => [option.name, option.displayName]),
);

// ---------------------------------------------------------------------------------------------
// Line items at creation.

/** A line item's Unit Price (an article's price when 0). */
export const unitPriceField: INodeProperties = {
	displayName: 'Unit Price',
	name: 'unit_price',
	type: 'number',
	typeOptions: { numberPrecision: 4 },
	default: 0,
	description: 'Price per unit. With an Article ID, 0 takes the article’s price (node version 1.2 and later).',
};

/** The fields of one line item at creation (Billomat's `invoice-item`). */
export const lineItemFields: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Name of the item' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1 },
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'Piece' },
	unitPriceField,
	{ displayName: 'Article ID', name: 'article_id', type: 'string', default: '', description: 'An article of the account; its values fill the empty fields' },
	{ displayName: 'Tax Name', name: 'tax_name', type: 'string', default: '', placeholder: 'MwSt' },
	{ displayName: 'Tax Rate', name: 'tax_rate', type: 'number', default: 0, description: 'Tax rate in percent. 0 together with an empty Tax Name sends none.' },
	{ displayName: 'Reduction', name: 'reduction', type: 'string', default: '', placeholder: '10%', description: 'Absolute or in percent' },
];

// ---------------------------------------------------------------------------------------------
// Filters of GET /invoices.

/** The documented filters of GET /invoices, shared by Get Many and Get Grouped Totals. */
export const filtersCollection: INodeProperties = filtersOf([
		{
			displayName: 'Article ID',
			name: 'article_id',
			type: 'string',
			default: '',
			description: 'Only invoices with an item of this article',
		},
		{
			displayName: 'Client ID',
			name: 'client_id',
			type: 'string',
			default: '',
			description: 'Only invoices of this client',
		},
		{
			displayName: 'Contact ID',
			name: 'contact_id',
			type: 'string',
			default: '',
			description: 'Only invoices to this contact of a client',
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'dateTime',
			typeOptions: { dateOnly: true },
			default: '',
			description: 'Only invoices dated on or after this day',
		},
		{
			displayName: 'Intro',
			name: 'intro',
			type: 'string',
			default: '',
			description: 'Free text search in the introductory text',
		},
		{
			displayName: 'Invoice Number',
			name: 'invoice_number',
			type: 'string',
			default: '',
			description: 'Invoices whose number contains this text (case is ignored)',
		},
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			default: '',
			description: 'Free text search in the label (project) text',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			description: 'Free text search in the explanatory notes',
		},
		{
			displayName: 'Payment Types',
			name: 'payment_type',
			type: 'multiOptions',
			default: [],
			options: PAYMENT_TYPES.map(([name, value]) => ({ name, value })),
			description: 'Invoices accepting any of these payment types',
		},
		{
			displayName: 'Statuses',
			name: 'status',
			type: 'multiOptions',
			default: [],
			options: STATUSES.map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value })),
			description: 'Invoices in any of these statuses',
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			description: 'Comma-separated tags',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			typeOptions: { dateOnly: true },
			default: '',
			description: 'Only invoices dated on or before this day',
		},
	],);
