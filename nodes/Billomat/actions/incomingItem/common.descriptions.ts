import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/descriptions';
import { numberInput, textInput } from '../../../shared/input';
import { pickFields } from '../../helpers';
import { joinedName, pickerSearch } from '../../methods/listSearch';
import { INCOMING_CHILDREN } from '../documentChild';
import { childIdOf, childLocator, numericFields } from '../documentChild/fields';
import { childPath, childRoot } from '../documentChild/parent';

/**
 * The items ("posts") of incoming invoices: https://www.billomat.com/api/eingangsrechnungen/posten/
 * (English https://www.billomat.com/en/api/incomings/posts/). Other fields than a document's items:
 * an amount (`total`) with its tax, category, cost center and expense account, no quantity or price.
 * The list filters on the incoming (optional) and the custom field. The stored copies of the pages
 * end after "Create"; Update and Delete follow the sibling items pages (PUT/DELETE /incoming-items/{id}).
 */

export const PARENT = INCOMING_CHILDREN;
export const KIND = 'item';

/** The item: picked from every incoming item of the account (the list needs no incoming), or by ID. */
export const itemIdField: INodeProperties = childLocator(PARENT, KIND, {
	idError: 'A Billomat incoming item ID is a whole number, e.g. 3',
	placeholder: 'e.g. 3',
	description: 'The item of an incoming invoice: pick it from the list or give its numeric ID',
});

export const itemIdOf = (ctx: IExecuteFunctions, itemIndex: number) => childIdOf.call(ctx, itemIndex, KIND);

/** The writable fields of the create table, besides the incoming. */
export const ITEM_FIELDS: INodeProperties[] = [
	{ displayName: 'Category', name: 'category', type: 'string', default: '', placeholder: 'e.g. external_services', description: 'The title of the category the amount is booked under' },
	{ displayName: 'Cost Center', name: 'cost_center', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'The cost center (a whole number)' },
	{ displayName: 'Custom Field', name: 'customfield', type: 'string', default: '', description: 'A value of your own (Get Many can filter on it)' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'What the amount is for' },
	{ displayName: 'Expense Account Number', name: 'expense_account_number', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'The number of the expense account, e.g. 4900' },
	{ displayName: 'Position', name: 'position', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'The position of the item in the incoming invoice' },
	{ displayName: 'Tax Included', name: 'tax_included', type: 'boolean', default: true, description: 'Whether the total includes the tax' },
	{ displayName: 'Tax Name', name: 'tax_name', type: 'string', default: '', placeholder: 'e.g. USt', description: 'Name of the tax' },
	{ displayName: 'Tax Rate', name: 'tax_rate', type: 'number', default: 19, description: 'Tax rate in percent' },
	{ displayName: 'Tax Rate Reverse Charge', name: 'tax_rate_reverse_charge', type: 'number', default: 0, description: 'Tax rate in percent for the reverse charge procedure' },
	{ displayName: 'Total', name: 'total', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'The amount of the item' },
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'SERVICE',
		options: [
			{ name: 'Product', value: 'PRODUCT' },
			{ name: 'Service', value: 'SERVICE' },
		],
		description: 'Product or service (for invoices from abroad, depending on where your company is)',
	},
];

const LABELS: Record<string, string> = Object.fromEntries(ITEM_FIELDS.map((f) => [f.name, f.displayName]));
const INTEGERS = ['position', 'cost_center', 'expense_account_number'];
const NUMBERS = ['total', 'tax_rate', 'tax_rate_reverse_charge'];

/** The user's fields as Billomat's item, checked before any request; empty values are left out. */
export function itemBody(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = LABELS[name] ?? name;
		if (INTEGERS.includes(name)) out[name] = numberInput(node, itemIndex, label, value, { min: 0, integer: true });
		else if (NUMBERS.includes(name)) out[name] = numberInput(node, itemIndex, label, value, name === 'total' ? {} : { min: 0, max: 100 });
		else if (name === 'tax_included') out[name] = value === true || value === 'true' || value === 1 || value === '1' ? 1 : 0;
		else {
			const text = textInput(node, itemIndex, label, value);
			if (text !== undefined && text.trim() !== '') out[name] = text;
		}
	}
	return out;
}

/** An item as output: IDs and amounts as numbers, Tax Included a boolean. */
export function itemOutput(item: IDataObject): IDataObject {
	const out = numericFields(item, ['id', 'incoming_id', 'position', 'cost_center', 'expense_account_number']) as IDataObject;
	for (const key of NUMBERS) if (typeof out[key] === 'string' && /^-?\d+(\.\d+)?$/.test(out[key] as string)) out[key] = Number(out[key]);
	const flag = out.tax_included;
	if (flag === '0' || flag === '1' || flag === 0 || flag === 1) out.tax_included = Number(flag) === 1;
	return out;
}

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, incoming invoice, position, description, total, tax name and rate, tax included, category, type) instead of the whole item',
);

const SIMPLE = ['id', 'incoming_id', 'position', 'description', 'total', 'tax_name', 'tax_rate', 'tax_included', 'category', 'type'];

/** The item as output, simplified when Simplify is on. */
export function output(this: IExecuteFunctions, itemIndex: number, item: IDataObject): IDataObject {
	const out = itemOutput(item);
	return this.getNodeParameter('simplify', itemIndex, true) ? pickFields(out, SIMPLE) : out;
}

/** The Item picker: every incoming item of the account, page by page (the list has no text filter). */
export const searchIncomingInvoiceItems = pickerSearch({
	path: childPath(PARENT, KIND),
	root: `${childRoot(PARENT, KIND)}s`,
	element: childRoot(PARENT, KIND),
	name: (r) => joinedName(r.description, r.total, `incoming invoice ${String(r.incoming_id)}`),
});
