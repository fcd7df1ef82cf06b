import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { emailInput, textInput } from '../../../shared/input';
import { billomatId, normalise, pickFields, splitList } from '../../helpers';
import { currencyInput } from '../article/record';
import { countryCode } from '../client/helpers';

/**
 * Supplier records and input (https://www.billomat.com/en/api/suppliers/): the typed record, the
 * Simplify subset, the writable fields checked before any request, and the list filters.
 */

/** Read-only totals the page types as float, besides the fields `normalise` reads as numbers. */
const FLOATS = ['costs_gross', 'costs_net'];
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A supplier as Billomat sent it (`{"supplier": {…}}` unwrapped or a list entry), normalised and typed. */
export function supplierRecord(raw: unknown): IDataObject {
	const supplier = normalise(raw) as IDataObject;
	for (const field of FLOATS) {
		const value = supplier[field];
		if (typeof value === 'string' && NUMBER.test(value.trim())) supplier[field] = Number(value);
	}
	return supplier;
}

const SIMPLE_FIELDS = ['id', 'name', 'first_name', 'last_name', 'email', 'phone', 'country_code', 'vat_number', 'client_number', 'costs_gross'];

/** The record, or with Simplify the fields most workflows need. */
export function supplierOutput(raw: unknown, simplify: boolean): IDataObject {
	const supplier = supplierRecord(raw);
	return simplify ? pickFields(supplier, SIMPLE_FIELDS) : supplier;
}

/** The Supplier ID picker's value for an item: a Billomat ID, or an input error naming the field. */
export function supplierIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'supplierId', itemIndex), 'Supplier ID');
}

/**
 * The user's supplier fields as Billomat's `supplier` object, checked: a valid email address, a
 * two-letter country code, a three-letter currency code, the rest as text (a blank Name refused).
 */
export function supplierBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = labels[name] ?? name;
		if (name === 'email') out[name] = emailInput(node, itemIndex, label, value);
		else if (name === 'country_code') out[name] = countryCode(node, itemIndex, label, value);
		else if (name === 'currency_code') out[name] = currencyInput(node, itemIndex, label, value);
		else out[name] = textInput(node, itemIndex, label, value, { notBlank: name === 'name' });
		if (out[name] === undefined) delete out[name];
	}
	return out;
}

/** The Filters collection as the query string GET /suppliers documents. */
export function supplierFilterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
	const qs: IDataObject = {};
	for (const [field, label] of [
		['name', 'Name'],
		['email', 'Email'],
		['first_name', 'First Name'],
		['last_name', 'Last Name'],
		['creditor_identifier', 'Creditor Identifier'],
		['note', 'Note'],
		['client_number', 'Client Number'],
	] as const) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const country = countryCode(node, itemIndex, 'Country Code', filters.country_code);
	if (country) qs.country_code = country;
	const incomings = splitList(textInput(node, itemIndex, 'Incoming IDs', filters.incoming_id)).map((id) => billomatId(node, itemIndex, id, 'Incoming IDs'));
	if (incomings.length) qs.incoming_id = incomings.join(',');
	const tags = splitList(textInput(node, itemIndex, 'Tags', filters.tags));
	if (tags.length) qs.tags = tags.join(',');
	return qs;
}
