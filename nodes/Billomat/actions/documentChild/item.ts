import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifySwitch } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { listChangedMarker } from '../../../shared/paging';
import { numberInput, shown, textInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { articlePriceApplies, billomatId, pickFields } from '../../helpers';
import { optionsCollection, unitPriceField } from '../invoice/common.descriptions';
import { parentIdOf, parentLocator } from './fields';
import type { ChildParent } from './parent';
import { childOperation, deleteChild, listChildren, operationDropdown, readChild, writeChild } from './parent';
import { labelsOf } from '../describe';

/**
 * Line items of a document (https://www.billomat.com/en/api/invoices/items/,
 * https://www.billomat.com/en/api/credit-notes/items/): list per document, get, add to a draft
 * (after its existing items), change and delete a draft's items.
 */

const KIND = 'item';

/**
 * The item's record ID. A plain ID, not a picker: Billomat lists items only per document
 * (GET /{stem}-items?{parentField}=…), so there is no account-wide list to pick from.
 */
function itemIdField(parent: ChildParent): INodeProperties {
	return {
		displayName: 'Item ID',
		name: 'itemId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 12345',
		description: `The numeric ID of the ${parent.noun} item, as Get Many (of the ${parent.noun}’s items) or Create output it`,
	};
}

function itemIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, this.getNodeParameter('itemId', itemIndex), 'Item ID');
}

const draftOnlyHints = (parent: ChildParent): Record<number, string> => ({ 400: parent.draftOnlyHint, 403: parent.draftOnlyHint });

const simplifyField = (parent: ChildParent): INodeProperties =>
	simplifySwitch(`Whether to return only the main fields (ID, ${parent.noun}, position, title, quantity, unit, unit price, tax rate, totals) instead of the whole item`);

const simpleFields = (parent: ChildParent) => ['id', parent.parentField, 'position', 'title', 'quantity', 'unit', 'unit_price', 'tax_rate', 'total_net', 'total_gross'];

/** The item's fields most workflows need, for Simplify. */
export function simplifyItem(item: IDataObject, parent: Pick<ChildParent, 'parentField'> = { parentField: 'invoice_id' }): IDataObject {
	return pickFields(item, simpleFields(parent as ChildParent));
}

/** Every item field Billomat documents for some family (besides the document, title, quantity and unit price). */
const ITEM_FIELD_OPTIONS: INodeProperties[] = [
	{ displayName: 'Article ID', name: 'article_id', type: 'string', default: '', description: 'An article of the account; on creation, Billomat fills the item from it' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Description of the item' },
	{
		displayName: 'Optional',
		name: 'optional',
		type: 'boolean',
		default: true,
		description: 'Whether the item is an optional position: shown, but its price is not included in the total',
	},
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
const MAIN_ITEM_FIELDS: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Name of the item' },
	{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1, description: 'How many units' },
	unitPriceField,
];

/** The family's documented item fields (its items page's create table). */
const itemFieldOptions = (parent: ChildParent) => ITEM_FIELD_OPTIONS.filter((option) => parent.itemFields.includes(option.name));

const LABELS: Record<string, string> = labelsOf([...ITEM_FIELD_OPTIONS, ...MAIN_ITEM_FIELDS]);
const NUMBERS = new Set(['quantity', 'unit_price', 'tax_rate']);
/** Switches Billomat takes as 1/0. */
const FLAGS = new Set(['tax_changed_manually', 'optional']);

/**
 * The user's item fields as Billomat's item object, checked before any request: numbers as
 * numbers (decimal commas accepted), Article ID as an ID, Tax Changed Manually and Optional as 1/0, a reduction
 * as an amount or a percentage, text as text; empty values are left out.
 */
function itemBody(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = LABELS[name] ?? name;
		if (name === 'article_id') out[name] = billomatId(node, itemIndex, value, label);
		else if (NUMBERS.has(name)) out[name] = numberInput(node, itemIndex, label, value, name === 'tax_rate' ? { min: 0, max: 100 } : {});
		else if (FLAGS.has(name)) out[name] = value === true || value === 'true' || value === 1 || value === '1' ? 1 : 0;
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

function simplified(this: IExecuteFunctions, parent: ChildParent, itemIndex: number, item: IDataObject): IDataObject {
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyItem(item, parent) : item;
}

/** POST /{stem}-items: appended after the draft's existing items. */
export function create(parent: ChildParent): ItemOperation {
	const properties: INodeProperties[] = [
		{
			displayName: `Items can be added to draft ${parent.noun}s only. The item is added after the ${parent.noun}’s existing items.`,
			name: 'draftNotice',
			type: 'notice',
			default: '',
		},
		parentLocator(parent, `The draft ${parent.noun} to add the item to`),
		...MAIN_ITEM_FIELDS,
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: itemFieldOptions(parent) },
		simplifyField(parent),
		optionsCollection(),
	];
	return childOperation(parent, 'Item', 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const parentId = parentIdOf.call(this, parent, itemIndex);
		const fields: IDataObject = {
			title: this.getNodeParameter('title', itemIndex, ''),
			quantity: this.getNodeParameter('quantity', itemIndex, 1),
			unit_price: this.getNodeParameter('unit_price', itemIndex, 0),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		};
		const item = { [parent.parentField]: parentId, ...itemBody(this.getNode(), itemIndex, articlePriceApplies(this.getNode(), fields)) };
		return [{ json: simplified.call(this, parent, itemIndex, await writeChild.call(this, parent, KIND, itemIndex, item, { hints: draftOnlyHints(parent) })) }];
	});
}

/** GET /{stem}-items/{id}. */
export function get(parent: ChildParent): ItemOperation {
	return childOperation(parent, 'Item', 'get', [itemIdField(parent), simplifyField(parent), optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		return await readChild.call(this, parent, KIND, itemIdOf.call(this, itemIndex), itemIndex, (item) => simplified.call(this, parent, itemIndex, item));
	});
}

/** GET /{stem}-items?{parentField}={id}, page by page, in the document's order. */
export function getAll(parent: ChildParent): ItemOperation {
	const properties = [parentLocator(parent, `The ${parent.noun} whose items to get`), ...returnAllOrLimit(), simplifyField(parent), optionsCollection()];
	return childOperation(parent, 'Item', 'getAll', properties, async function (this: IExecuteFunctions, itemIndex) {
		const parentId = parentIdOf.call(this, parent, itemIndex);
		const items = await listChildren.call(this, parent, KIND, itemIndex, { [parent.parentField]: parentId });
		const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
		return items.map((item) => ({ json: simplify ? { ...simplifyItem(item, parent), ...listChangedMarker(item) } : item }));
	});
}

/** PUT /{stem}-items/{id} with the changed fields of a draft's item. */
export function update(parent: ChildParent): ItemOperation {
	const properties: INodeProperties[] = [
		{ displayName: `Only the items of draft ${parent.noun}s can be changed`, name: 'draftNotice', type: 'notice', default: '' },
		itemIdField(parent),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...MAIN_ITEM_FIELDS, ...itemFieldOptions(parent)].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		simplifyField(parent),
		optionsCollection(),
	];
	return childOperation(parent, 'Item', 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const id = itemIdOf.call(this, itemIndex);
		const item = itemBody(node, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (Object.keys(item).length === 0) throw inputError(node, itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
		return [{ json: simplified.call(this, parent, itemIndex, await writeChild.call(this, parent, KIND, itemIndex, item, { id, hints: draftOnlyHints(parent) })) }];
	});
}

/** DELETE /{stem}-items/{id} of a draft's item; the output is a summary. */
export function del(parent: ChildParent): ItemOperation {
	const properties = [
		{ displayName: `Only the items of draft ${parent.noun}s can be deleted`, name: 'draftNotice', type: 'notice', default: '' } as INodeProperties,
		itemIdField(parent),
		optionsCollection(),
	];
	return childOperation(parent, 'Item', 'delete', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = itemIdOf.call(this, itemIndex);
		return await deleteChild.call(this, parent, KIND, id, itemIndex, { subject: `${parent.noun} item ${id}`, hints: draftOnlyHints(parent) });
	});
}

/** The Operation dropdown of the family's item resource. */
export function dropdown(parent: ChildParent): INodeProperties {
	const n = parent.noun;
	const a = /^[aeiou]/.test(n) ? 'an' : 'a';
	return operationDropdown(parent, 'Item', 'getAll', [
		{ name: 'Create', value: 'create', description: `Add an item to a draft ${n}`, action: `Add an item to ${a} ${n}` },
		{ name: 'Delete', value: 'delete', description: `Delete an item of a draft ${n}`, action: `Delete ${a} ${n} item` },
		{ name: 'Get', value: 'get', description: `Get ${a} ${n} item`, action: `Get ${a} ${n} item` },
		{ name: 'Get Many', value: 'getAll', description: `Get the items of ${a} ${n}`, action: `Get many ${n} items` },
		{ name: 'Update', value: 'update', description: `Change an item of a draft ${n}`, action: `Update ${a} ${n} item` },
	]);
}
