import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, shown, textInput } from '../../../shared/input';
import { billomatId, pickFields } from '../../helpers';

/**
 * Fields the invoice item operations share (Billomat's "Items" page of the invoice API:
 * https://www.billomat.com/en/api/invoices/items/). Items of a draft invoice only can be added,
 * changed or deleted.
 */

/**
 * The item's record ID. A plain ID, not a picker: Billomat lists items only per invoice
 * (GET /invoice-items?invoice_id=…), so there is no account-wide list to pick from.
 */
export const itemIdField: INodeProperties = {
	displayName: 'Item ID',
	name: 'itemId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 12345',
	description: 'The numeric ID of the invoice item, as Get Many (of the invoice’s items) or Create output it',
};

export function itemIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, this.getNodeParameter('itemId', itemIndex), 'Item ID');
}

export const DRAFT_ONLY_HINT =
	'Billomat changes the items of draft invoices only. A completed invoice’s items are fixed: cancel it and create a new invoice (or a correction) instead.';

/** What Billomat answers for a change to a completed invoice's items (the page names no status: both readings). */
export const DRAFT_ONLY_HINTS: Record<number, string> = { 400: DRAFT_ONLY_HINT, 403: DRAFT_ONLY_HINT };

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, invoice, position, title, quantity, unit, unit price, tax rate, totals) instead of the whole item',
);

const SIMPLE_FIELDS = ['id', 'invoice_id', 'position', 'title', 'quantity', 'unit', 'unit_price', 'tax_rate', 'total_net', 'total_gross'];

/** The item's fields most workflows need, for Simplify. */
export function simplifyItem(item: IDataObject): IDataObject {
	return pickFields(item, SIMPLE_FIELDS);
}

/** The documented writable item fields (POST/PUT /invoice-items), except invoice_id, title, quantity and unit_price. */
export const itemFieldOptions: INodeProperties[] = [
	{ displayName: 'Article ID', name: 'article_id', type: 'string', default: '', description: 'An article of the account; on creation, Billomat fills the item from it' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Description of the item' },
	{ displayName: 'Reduction', name: 'reduction', type: 'string', default: '', placeholder: '10%', description: 'Reduction, absolute (10) or in percent (10%)' },
	{
		displayName: 'Tax Changed Manually',
		name: 'tax_changed_manually',
		type: 'boolean',
		default: true,
		description: 'Whether the tax name and rate were set by hand rather than taken from the client or article',
	},
	{ displayName: 'Tax Name', name: 'tax_name', type: 'string', default: '', placeholder: 'MwSt', description: 'Name of the tax. Default: the account’s default tax.' },
	{ displayName: 'Tax Rate', name: 'tax_rate', type: 'number', default: 19, description: 'Tax rate in percent. Default: the account’s default tax.' },
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'PRODUCT',
		options: [
			{ name: 'Product', value: 'PRODUCT' },
			{ name: 'Service', value: 'SERVICE' },
		],
		description: 'Whether the item is a product or a service',
	},
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'Piece', description: 'Unit of the quantity' },
];

/** Title, Quantity and Unit Price: on Create their own fields, in Update Fields on Update. */
export const mainItemFields: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Name of the item' },
	{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1, description: 'How many units' },
	{ displayName: 'Unit Price', name: 'unit_price', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0, description: 'Price per unit' },
];

const LABELS: Record<string, string> = Object.fromEntries(
	[...itemFieldOptions, ...mainItemFields].map((option) => [option.name, option.displayName]),
);
const NUMBERS = new Set(['quantity', 'unit_price', 'tax_rate']);

/**
 * The user's item fields as Billomat's `invoice-item` object, checked before any request: numbers
 * as numbers (decimal commas accepted), Article ID as an ID, Tax Changed Manually as 1/0, a
 * reduction as an amount or a percentage, text as text; empty values are left out.
 */
export function itemBody(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = LABELS[name] ?? name;
		if (name === 'article_id') out[name] = billomatId(node, itemIndex, value, label);
		else if (NUMBERS.has(name)) out[name] = numberInput(node, itemIndex, label, value, name === 'tax_rate' ? { min: 0, max: 100 } : {});
		else if (name === 'tax_changed_manually') out[name] = value === true || value === 'true' || value === 1 || value === '1' ? 1 : 0;
		else {
			const text = textInput(node, itemIndex, label, value, {
				notBlank: name === 'title',
				emptyHint: 'Give the item a title, or leave Title empty to keep the article’s (or Billomat’s) own.',
			});
			if (name === 'reduction' && text !== undefined && !/^\d+([.,]\d+)?%?$/.test(text.trim())) {
				throw inputError(node, itemIndex, `"Reduction" (${shown(text)}) is neither an amount nor a percentage`, 'Give an amount such as 10 or a percentage such as 10%.');
			}
			if (text !== undefined) out[name] = name === 'reduction' ? text.trim().replace(',', '.') : text;
		}
	}
	return out;
}
