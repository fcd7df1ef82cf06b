import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { NumberOptions } from '../../../shared/input';
import { emailInput, numberInput, textInput } from '../../../shared/input';
import { BILLOMAT_DATE, billomatId, normalise, pickFields, splitList } from '../../helpers';

/**
 * Client records and input (https://www.billomat.com/en/api/clients/): the typed record, the
 * Simplify subset, the writable fields checked before any request, and the list filters.
 */

/** Client fields Billomat types as numbers besides those `normalise` already reads as numbers. */
const CLIENT_NUMBERS = [
	'archived',
	'dunning_run',
	'reminder_due_days',
	'offer_validity_days',
	'price_group',
	'debitor_account_number',
	'reduction',
	'revenue_gross',
	'revenue_net',
];
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A client as Billomat sent it (`{"client": {…}}` unwrapped or a list entry), normalised and typed. */
export function clientRecord(raw: unknown): IDataObject {
	const client = normalise(raw) as IDataObject;
	for (const field of CLIENT_NUMBERS) {
		const value = client[field];
		if (typeof value === 'string' && NUMBER.test(value.trim())) client[field] = Number(value);
	}
	return client;
}

const SIMPLE_FIELDS = ['id', 'client_number', 'name', 'first_name', 'last_name', 'email', 'phone', 'address', 'country_code', 'archived'];

/** The fields most workflows need, for Simplify. */
export function simplifyClient(client: IDataObject): IDataObject {
	return pickFields(client, SIMPLE_FIELDS);
}

/** The record or its Simplify subset, with `extra` (e.g. Find or Create's flags) after it. */
export function clientOutput(client: IDataObject, simplify: boolean, extra: IDataObject = {}): IDataObject {
	return { ...(simplify ? simplifyClient(client) : client), ...extra };
}

/** The Client ID picker's value for an item: a Billomat ID, or an input error naming the field. */
export function clientIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'clientId', itemIndex), 'Client ID');
}

const INTEGERS: Record<string, NumberOptions> = {
	number: { min: 0, integer: true },
	number_length: { min: 0, max: 100, integer: true },
	discount_days: { min: 0, max: 3650, integer: true },
	due_days: { min: 0, max: 3650, integer: true },
	reminder_due_days: { min: 0, max: 3650, integer: true },
	offer_validity_days: { min: 0, max: 3650, integer: true },
	price_group: { min: 1, max: 100, integer: true },
	debitor_account_number: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
};
const DECIMALS: Record<string, NumberOptions> = {
	discount_rate: { min: 0 },
	reduction: { min: 0, max: 100 },
};
const FLAGS = new Set(['archived', 'dunning_run']);
const CHOICES: Record<string, string[]> = {
	tax_rule: ['TAX', 'NO_TAX', 'COUNTRY'],
	net_gross: ['NET', 'GROSS', 'SETTINGS'],
	discount_rate_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	discount_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	due_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	reminder_due_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	offer_validity_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
};

/** A country code as Billomat takes it (`DE`), from `de` or ` DE `; anything else is refused. */
export function countryCode(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	const text = textInput(node, itemIndex, label, value)?.trim();
	if (!text) return undefined;
	if (!/^[A-Za-z]{2}$/.test(text)) {
		throw inputError(node, itemIndex, `"${label}" ("${text}") is not a two-letter country code`, 'Give the ISO 3166 Alpha-2 code of the country, e.g. DE, AT, CH or GB.');
	}
	return text.toUpperCase();
}

/**
 * The user's client fields as Billomat's `client` object, checked and formatted: 0/1 for the
 * switches, numbers in range, the SEPA mandate date as YYYY-MM-DD, a valid email address, a
 * two-letter country code, payment types comma-separated, the rest as text. `labels` name the
 * fields in errors.
 */
export function clientBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = labels[name] ?? name;
		if (FLAGS.has(name)) out[name] = value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0;
		else if (name in INTEGERS) out[name] = numberInput(node, itemIndex, label, value, INTEGERS[name]);
		else if (name in DECIMALS) out[name] = numberInput(node, itemIndex, label, value, DECIMALS[name]);
		else if (name === 'sepa_mandate_date') out[name] = dateInput(node, itemIndex, label, value, BILLOMAT_DATE);
		else if (name === 'email') out[name] = emailInput(node, itemIndex, label, value);
		else if (name === 'country_code') out[name] = countryCode(node, itemIndex, label, value);
		else if (name === 'default_payment_types') {
			const list = splitList(value);
			if (list.length) out[name] = list.join(',');
		} else if (name in CHOICES) {
			const choice = textInput(node, itemIndex, label, value);
			if (choice !== undefined && !CHOICES[name].includes(choice)) {
				throw inputError(node, itemIndex, `"${label}" ("${choice}") is not one of ${CHOICES[name].join(', ')}`, `Pick one of ${CHOICES[name].join(', ')}.`);
			}
			out[name] = choice;
		} else {
			out[name] = textInput(node, itemIndex, label, value, { notBlank: name === 'name' || name === 'client_number' });
		}
		if (out[name] === undefined) delete out[name];
	}
	return out;
}

/** The Filters collection as the query string GET /clients documents. */
export function clientFilterQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const node = this.getNode();
	const qs: IDataObject = {};
	for (const [field, label] of [
		['name', 'Name'],
		['client_number', 'Client Number'],
		['email', 'Email'],
		['first_name', 'First Name'],
		['last_name', 'Last Name'],
		['note', 'Note'],
	] as const) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const country = countryCode(node, itemIndex, 'Country Code', filters.country_code);
	if (country) qs.country_code = country;
	const invoices = splitList(textInput(node, itemIndex, 'Invoice IDs', filters.invoice_id)).map((id) => billomatId(node, itemIndex, id, 'Invoice IDs'));
	if (invoices.length) qs.invoice_id = invoices.join(',');
	const tags = splitList(textInput(node, itemIndex, 'Tags', filters.tags));
	if (tags.length) qs.tags = tags.join(',');
	return qs;
}
