import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { labelsOf } from '../describe';

/**
 * Fields the contact operations share (https://www.billomat.com/en/api/clients/contacts/): the
 * contact persons of a client. Each operation spreads them into its own properties.
 */

/** The client picker of the client's records (contacts, property values), but its description. */
export const CLIENT_LOCATOR = {
	displayName: 'Client ID',
	name: 'clientId',
	searchListMethod: 'searchClients',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat client ID is a number, e.g. 476',
	placeholder: '476',
};

/** The client that owns the contacts (Create, Get Many): required. */
export const clientIdField: INodeProperties = recordLocator({
	...CLIENT_LOCATOR,
	description: 'The client the contacts belong to: pick it from the list (search by name) or give its numeric ID',
});

/**
 * Get, Update, Delete: the client whose contacts "From List" of Contact ID lists. Billomat lists
 * contacts per client only; the request itself needs the contact ID alone.
 */
export const listClientField: INodeProperties = recordLocator({
	...CLIENT_LOCATOR,
	displayName: 'Client of the Contact',
	required: false,
	description: 'Only to pick the contact from a list: the client whose contacts the Contact ID list shows. Not needed with a contact ID.',
});

/** The contact's record ID: picked from the client's contacts or typed. */
export const contactIdField: INodeProperties = recordLocator({
	displayName: 'Contact ID',
	name: 'contactId',
	searchListMethod: 'searchContacts',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat contact ID is a number, e.g. 12',
	placeholder: '12',
	description: 'The contact: pick it from the contacts of the client above, or give its numeric ID',
});

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, client, label, name, salutation, first and last name, email, phone, country) instead of the whole contact',
);

const text = (displayName: string, name: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	...(placeholder ? { placeholder } : {}),
});

/** The documented writable contact fields (POST/PUT /contacts), except client_id. */
export const contactFieldOptions: INodeProperties[] = [
	text('City', 'city', 'City'),
	text('Company Name', 'name', 'Company name of the contact'),
	text('Country Code', 'country_code', 'Country as ISO 3166 Alpha-2 code. Default: the country of your own account.', 'DE'),
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Email address of the contact' },
	text('Fax', 'fax', 'Fax number'),
	text('First Name', 'first_name', 'First name'),
	text('Label', 'label', 'What the contact is for, e.g. Accounting or Delivery address'),
	text('Last Name', 'last_name', 'Last name'),
	text('Mobile', 'mobile', 'Mobile number'),
	text('Phone', 'phone', 'Phone number'),
	text('Salutation', 'salutation', 'Salutation, e.g. Mr or Ms'),
	text('State', 'state', 'State, county, district or region'),
	text('Street', 'street', 'Street and house number'),
	text('Website', 'www', 'Website address', 'www.example.com'),
	text('ZIP Code', 'zip', 'Postal code'),
];

/** The display name of each writable contact field, as input errors name it. */
export const CONTACT_FIELD_LABELS: Record<string, string> = {
	client_id: 'Client ID',
	...labelsOf(contactFieldOptions),
};
