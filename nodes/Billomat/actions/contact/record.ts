import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INode, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { emailInput, textInput } from '../../../shared/input';
import { billomatId, pickFields } from '../../helpers';
import { joinedName, pickerSearch } from '../../methods/listSearch';

const COUNTRY = /^[A-Za-z]{2}$/;

/**
 * The user's contact fields as Billomat's `contact` object, checked: the client as an ID, the
 * email as an address, the country as an ISO 3166 Alpha-2 code (upper-cased), the rest as text.
 */
export function contactBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = labels[name] ?? name;
		let checked: string | number | undefined;
		if (name === 'client_id') checked = billomatId(node, itemIndex, value, label);
		else if (name === 'email') checked = emailInput(node, itemIndex, label, value);
		else if (name === 'country_code') {
			checked = textInput(node, itemIndex, label, value)?.trim();
			if (checked && !COUNTRY.test(checked)) {
				throw inputError(node, itemIndex, `"${label}" (${JSON.stringify(checked)}) is not a country code`, 'Give the two-letter ISO 3166 code of the country, e.g. DE, AT, CH or GB.');
			}
			checked = checked?.toUpperCase();
		} else checked = textInput(node, itemIndex, label, value);
		if (checked !== undefined && checked !== '') out[name] = checked;
	}
	return out;
}

const SIMPLE_FIELDS = ['id', 'client_id', 'label', 'name', 'salutation', 'first_name', 'last_name', 'email', 'phone', 'country_code'];

/** The fields most workflows need, for the Simplify switch. */
export function simplifyContact(contact: IDataObject): IDataObject {
	return pickFields(contact, SIMPLE_FIELDS);
}

export function contactIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'contactId', itemIndex), 'Contact ID');
}

export function clientIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'clientId', itemIndex), 'Client ID');
}

/** A contact as the picker lists it: `Accounting · Jane Doe · Musterfirma GmbH`. */
export function contactName(contact: IDataObject): string {
	const person = [contact.first_name, contact.last_name]
		.map((part) => (part === undefined || part === null ? '' : String(part).trim()))
		.filter(Boolean)
		.join(' ');
	return joinedName(contact.label, person, contact.name);
}

/**
 * The Contact ID picker: the contacts of the client chosen in the node (Billomat lists contacts
 * per client only, `GET /contacts?client_id=…`), page by page as the user scrolls; the search box
 * text narrows the listed names.
 */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	// The editor builds the node of a list search from the parameters on screen: the Client field
	// as a resource locator ({ mode, value }), or a plain ID in a workflow written by hand.
	const raw = this.getNodeParameter('clientId', '') as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const clientId = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	if (!/^[1-9][0-9]*$/.test(clientId)) {
		throw new NodeOperationError(this.getNode(), 'Choose the client first', {
			description: 'Billomat lists contacts per client: pick the client in "Client of the Contact" (or give its ID), then the contact.',
		});
	}
	const search = pickerSearch({ path: `/contacts?client_id=${clientId}`, root: 'contacts', element: 'contact', name: contactName });
	const page = await search.call(this, filter, paginationToken);
	// GET /contacts has no text filter: the search box narrows each page as it arrives.
	const text = (filter ?? '').trim().toLowerCase();
	return text ? { ...page, results: page.results.filter((result) => result.name.toLowerCase().includes(text)) } : page;
}
