import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import { UNITS } from '../../values/units';
import type { CatalogueSpec } from '../catalogue/record';
import { nameProperty } from '../catalogue/record';

/**
 * Items (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/items): the products
 * and services of the account. GET /items.json pages (`page`, `per_page`, `pagination`), GET, PUT
 * and DELETE /items/:item-id.json, POST /items.json with `{"item": {name, description, unit_price,
 * unit, tax: {name}}}`. A record has id, name, description, unit_price, unit and tax: no Simplify.
 */
export const ITEM: CatalogueSpec = {
	resource: 'item',
	path: '/items',
	element: 'item',
	list: 'items',
	noun: 'item',
	id: { name: 'itemId', displayName: 'Item ID', searchListMethod: 'searchItems', example: '2211' },
	paged: true,
};

export const nameField = (required: boolean): INodeProperties => nameProperty(required, 'Name of the item; unique in the account');

export const unitPriceField: INodeProperties = {
	displayName: 'Unit Price',
	name: 'unitPrice',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	required: true,
	description: 'Price of one unit, before tax (0 or more)',
};

export const unitField: INodeProperties = {
	displayName: 'Unit',
	name: 'unit',
	type: 'options',
	options: UNITS,
	default: 'unit',
	description: 'Unit of measure. Another unit of your account can be given as an expression.',
};

export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'Description of the item',
};

/**
 * The item's tax, by NAME (items send `"tax": {"name": "IVA23"}`): from the list of the account's
 * taxes or typed. Empty: none is sent, and InvoiceXpress applies its rule (the default tax, or no
 * tax, as its pages variously say).
 */
export const taxNameLocator: INodeProperties = {
	displayName: 'Tax',
	name: 'taxName',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The tax of the item, by name. Empty: none is sent and InvoiceXpress applies its default rule.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a tax…',
			typeOptions: { searchListMethod: 'searchTaxNames', searchable: true },
		},
		{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. IVA23' },
	],
};

export interface ItemFields {
	name?: unknown;
	description?: unknown;
	unitPrice?: unknown;
	unit?: unknown;
}

/** The `item` body from the fields given, checked the way the item pages check them. */
export function itemBody(node: INode, itemIndex: number, fields: ItemFields, taxName: unknown, create: boolean): IDataObject {
	const body: IDataObject = {};
	if (create || fields.name !== undefined) {
		body.name = textInput(node, itemIndex, 'Name', fields.name, { required: true, xml: true, emptyHint: 'Give the item a name, unique in the account.' });
	}
	const description = textInput(node, itemIndex, 'Description', fields.description, { xml: true });
	if (description !== undefined) body.description = description;
	if (create || fields.unitPrice !== undefined) {
		const price = numberInput(node, itemIndex, 'Unit Price', fields.unitPrice, { min: 0 });
		if (price === undefined) throw inputError(node, itemIndex, '"Unit Price" is empty', 'Give the price of one unit, 0 or more.');
		body.unit_price = price;
	}
	const unit = textInput(node, itemIndex, 'Unit', fields.unit, { xml: true, notBlank: true });
	if (unit !== undefined) body.unit = unit.trim();
	const tax = textInput(node, itemIndex, 'Tax', taxName, { xml: true, notBlank: true });
	if (tax !== undefined) body.tax = { name: tax.trim() };
	return body;
}

/** The Tax picker's name for an item (empty: none). */
export function taxNameOf(this: IExecuteFunctions, itemIndex: number): unknown {
	const value = locatorValue(this, 'taxName', itemIndex);
	return value === '' ? undefined : value;
}
