import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { textInput } from '../../../shared/input';
import { billomatId, normalise } from '../../helpers';
import type { RecordResource } from '../../transport';
import { filtersOf } from '../describe';

/**
 * A supplier's property values (https://www.billomat.com/en/api/suppliers/properties/): the value
 * one supplier has for one of the account's supplier properties (Billomat's settings > supplier
 * properties, https://www.billomat.com/en/api/settings/supplier-properties/). The page documents
 * listing them (filters supplier_id, supplier_property_id, value), reading one, and setting one
 * (POST with supplier_id, supplier_property_id and value, all mandatory).
 */

/** The property value list resource; its records have six fields, so they are output whole. */
export const PROPERTY_VALUES: RecordResource = {
	path: '/supplier-property-values',
	root: 'supplier-property-value',
	output: (raw) => propertyValueRecord(raw),
};

/** A property value as Billomat sent it, normalised, its two IDs as numbers. */
export function propertyValueRecord(raw: unknown): IDataObject {
	const record = normalise(raw) as IDataObject;
	const property = record.supplier_property_id;
	if (typeof property === 'string' && /^\d+$/.test(property)) record.supplier_property_id = Number(property);
	return record;
}

/** The supplier property (the account's definition, e.g. "Payment terms"): picked or typed. */
export const supplierPropertyIdField: INodeProperties = recordLocator({
	displayName: 'Supplier Property ID',
	name: 'supplierPropertyId',
	searchListMethod: 'searchSupplierProperties',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat supplier property ID is a whole number, e.g. 2',
	placeholder: '2',
	description: 'The property (Billomat’s settings > supplier properties): pick it from the list or give its numeric ID',
});

/** One supplier's value of one property, as Get Property Value reads it. */
export const propertyValueIdField: INodeProperties = recordLocator({
	displayName: 'Property Value ID',
	name: 'propertyValueId',
	searchListMethod: 'searchSupplierPropertyValues',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat property value ID is a whole number, e.g. 5',
	placeholder: '5',
	description: 'The property value: pick it from the list (search by value) or give its numeric ID',
});

/** The documented filters of GET /supplier-property-values. */
export const propertyValueFilters: INodeProperties = filtersOf([
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', placeholder: '3', description: 'Only the values of this supplier' },
		{ displayName: 'Supplier Property ID', name: 'supplier_property_id', type: 'string', default: '', placeholder: '2', description: 'Only the values of this property' },
		{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Only values containing this text' },
	],);

/** The Filters collection as the query string GET /supplier-property-values documents. */
export function propertyValueQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const node = this.getNode();
	const qs: IDataObject = {};
	for (const [field, label] of [
		['supplier_id', 'Supplier ID'],
		['supplier_property_id', 'Supplier Property ID'],
	] as const) {
		if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
	}
	const value = (textInput(node, itemIndex, 'Value', filters.value) ?? '').trim();
	if (value) qs.value = value;
	return qs;
}

/** The body of POST /supplier-property-values: the supplier, the property and the value (text; a checkbox takes 1 or 0). */
export function propertyValueBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	return {
		supplier_id: billomatId(node, itemIndex, locatorValue(this, 'supplierId', itemIndex), 'Supplier ID'),
		supplier_property_id: billomatId(node, itemIndex, locatorValue(this, 'supplierPropertyId', itemIndex), 'Supplier Property ID'),
		value: textInput(node, itemIndex, 'Value', this.getNodeParameter('value', itemIndex), { notBlank: true, emptyHint: 'Give the value to set (for a checkbox property: 1 or 0).' }),
	};
}
