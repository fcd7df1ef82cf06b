import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { dateInput } from '../../../shared/dates';
import { BILLOMAT_DATE, billomatId, checkDueDate, invoiceFieldValue, lineItemValue } from '../../helpers';
import { PAYMENT_TYPES } from './filters';

/** The documented writable invoice fields (POST/PUT /invoices), except client_id. */
export const invoiceFieldOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'The address on the invoice. Default: the client’s address.' },
	{ displayName: 'Confirmation ID', name: 'confirmation_id', type: 'string', default: '', description: 'The confirmation the invoice was created from' },
	{ displayName: 'Contact ID', name: 'contact_id', type: 'string', default: '', description: 'A contact of the client' },
	{ displayName: 'Corrected Invoice ID', name: 'invoice_id', type: 'string', default: '', description: 'For an invoice correction: the ID of the invoice it corrects' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO currency code. Default: the account’s currency.' },
	{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', description: 'Invoice date. Default: today.' },
	{ displayName: 'Discount Date', name: 'discount_date', type: 'dateTime', default: '', description: 'Last day for the cash discount' },
	{ displayName: 'Discount Rate', name: 'discount_rate', type: 'number', default: 0, description: 'Cash discount in percent' },
	{ displayName: 'Due Date', name: 'due_date', type: 'dateTime', default: '', description: 'Default: date plus the due days from the settings' },
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

const ID_FIELDS: Record<string, string> = {
	client_id: 'Client ID',
	contact_id: 'Contact ID',
	invoice_id: 'Corrected Invoice ID',
	offer_id: 'Estimate ID',
	confirmation_id: 'Confirmation ID',
	recurring_id: 'Recurring ID',
	free_text_id: 'Free Text ID',
	template_id: 'Template ID',
};
const DATE_FIELDS: Record<string, string> = { date: 'Date', due_date: 'Due Date', discount_date: 'Discount Date' };

/** The user's invoice fields as Billomat's `invoice` object, checked and formatted. */
export function invoiceBody(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		if (name in ID_FIELDS) out[name] = billomatId(node, itemIndex, value, ID_FIELDS[name]);
		else if (name in DATE_FIELDS) out[name] = dateInput(node, itemIndex, DATE_FIELDS[name], value, BILLOMAT_DATE);
		else if (name === 'payment_types') {
			const list = Array.isArray(value) ? value : String(value).split(',');
			if (list.length) out[name] = list.map((v) => String(v).trim()).filter(Boolean).join(',');
		} else out[name] = invoiceFieldValue(node, itemIndex, invoiceFieldOptions.find((o) => o.name === name)?.displayName ?? name, name, value, fields);
	}
	checkDueDate(node, itemIndex, out);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Invoice items at creation.

export const itemFields: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Name of the item' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1 },
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'Piece' },
	{ displayName: 'Unit Price', name: 'unit_price', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0 },
	{ displayName: 'Article ID', name: 'article_id', type: 'string', default: '', description: 'An article of the account; its values fill the empty fields' },
	{ displayName: 'Tax Name', name: 'tax_name', type: 'string', default: '', placeholder: 'MwSt' },
	{ displayName: 'Tax Rate', name: 'tax_rate', type: 'number', default: 0, description: 'Tax rate in percent. 0 together with an empty Tax Name sends none.' },
	{ displayName: 'Reduction', name: 'reduction', type: 'string', default: '', placeholder: '10%', description: 'Absolute or in percent' },
];

const ITEM_KEYS = new Set([
	'article_id',
	'unit',
	'quantity',
	'unit_price',
	'tax_name',
	'tax_rate',
	'title',
	'description',
	'reduction',
]);

/** One line item (from the fixed collection or JSON), checked, as Billomat's `invoice-item`. */
export function invoiceItem(node: INode, itemIndex: number, raw: IDataObject, position: number): IDataObject {
	const out: IDataObject = {};
	const unknown = Object.keys(raw).filter((k) => !ITEM_KEYS.has(k));
	if (unknown.length) {
		throw inputError(
			node,
			itemIndex,
			`line item ${position} has unknown fields: ${unknown.join(', ')}`,
			`Use only ${[...ITEM_KEYS].join(', ')}.`,
		);
	}
	for (const [key, value] of Object.entries(raw)) {
		if (value === undefined || value === null || value === '') continue;
		if (key === 'article_id') out[key] = billomatId(node, itemIndex, value, `Line item ${position} Article ID`);
		else out[key] = lineItemValue(node, itemIndex, position, key, value);
	}
	if (out.tax_rate === 0 && !out.tax_name) delete out.tax_rate;
	if (!out.title && !out.article_id) {
		throw inputError(
			node,
			itemIndex,
			`line item ${position} has neither a title nor an article ID`,
			'Give each line item a Title (or an Article ID whose title Billomat uses).',
		);
	}
	return out;
}

/** The line items from the fixed collection or from JSON, as Billomat's `invoice-items`. */
export function invoiceItems(node: INode, itemIndex: number, mode: string, fixed: IDataObject, json: unknown): IDataObject[] {
	let list: unknown;
	if (mode === 'json') {
		list = json;
		if (typeof json === 'string') {
			if (json.trim() === '') return [];
			try {
				list = JSON.parse(json);
			} catch {
				throw inputError(node, itemIndex, '"Line Items (JSON)" is not valid JSON', 'Give an array of objects, e.g. [{"title":"Work","quantity":8,"unit_price":90}].');
			}
		}
		if (list && !Array.isArray(list) && typeof list === 'object') list = [list];
		if (!Array.isArray(list)) {
			throw inputError(node, itemIndex, '"Line Items (JSON)" is not an array of items', 'Give an array of objects, e.g. [{"title":"Work","quantity":8,"unit_price":90}].');
		}
	} else {
		list = (fixed.item as IDataObject[] | undefined) ?? [];
	}
	return (list as unknown[]).map((entry, n) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
			throw inputError(node, itemIndex, `line item ${n + 1} is not an object`);
		}
		return invoiceItem(node, itemIndex, entry as IDataObject, n + 1);
	});
}
