import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { COUNTRIES, LANGUAGES, SEND_OPTIONS } from '../../values/clients';
import { TAX_EXEMPTION_REASONS } from '../../values/documents';

/** Fields the client operations share; each operation shows them through `updateDisplayOptions`. */

/** The client picker: From List (searchClients, the whole account) or By ID. */
export const clientIdLocator: INodeProperties = recordLocator({
	displayName: 'Client ID',
	name: 'clientId',
	searchListMethod: 'searchClients',
	idPattern: '^[1-9][0-9]*$',
	idError: 'An InvoiceXpress client ID is a number, e.g. 1503698',
	placeholder: '1503698',
	description: 'The client, picked from the account’s list or given by its numeric ID',
});

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'Café Lisboa, Lda',
	description: 'The client’s name; InvoiceXpress refuses a name another client has',
};

export const codeField: INodeProperties = {
	displayName: 'Code',
	name: 'code',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'CL02',
	description: 'Your own code for the client, which Find by Code looks up',
};

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to give the ten fields a workflow needs (ID as a number, name, code, email, phone, fiscal ID, address, postal code, city, country) instead of the client exactly as InvoiceXpress sent it',
);

/** The client fields of the create and update pages, other than the name and the code. */
export const clientFieldOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', default: '', placeholder: 'Avenida da República, Lisboa' },
	{ displayName: 'City', name: 'city', type: 'string', default: '', placeholder: 'Lisboa' },
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email of the preferred contact (preferred_contact.email)',
	},
	{
		displayName: 'Contact Name',
		name: 'contactName',
		type: 'string',
		default: '',
		description: 'Name of the preferred contact (preferred_contact.name)',
	},
	{
		displayName: 'Contact Phone',
		name: 'contactPhone',
		type: 'string',
		default: '',
		description: 'Phone of the preferred contact (preferred_contact.phone)',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'options',
		options: COUNTRIES,
		default: 'Portugal',
		description: 'The country, by the English name InvoiceXpress accepts',
	},
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Fax', name: 'fax', type: 'string', default: '' },
	{
		displayName: 'Fiscal ID',
		name: 'fiscalId',
		type: 'string',
		default: '',
		placeholder: '508025338',
		description: 'The client’s tax number (NIF)',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: LANGUAGES,
		default: 'pt',
		description: 'The language of the documents sent to the client',
	},
	{ displayName: 'Observations', name: 'observations', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{
		displayName: 'Payment Days',
		name: 'paymentDays',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days the client has to pay a document (payment_days)',
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '', placeholder: '1050-555' },
	{
		displayName: 'Send Options',
		name: 'sendOptions',
		type: 'options',
		options: SEND_OPTIONS,
		default: '1',
		description: 'Which copies of a document are sent to the client',
	},
	{
		displayName: 'Tax Exemption Code',
		name: 'taxExemptionCode',
		type: 'options',
		options: TAX_EXEMPTION_REASONS,
		default: 'M01',
		description: 'The VAT exemption reason of the client’s documents (tax_exemption_code)',
	},
	{ displayName: 'Website', name: 'website', type: 'string', default: '', placeholder: 'www.invoicexpress.com' },
];

/** The optional fields of a new client: Additional Fields of Create, Fields for a New Client of Find or Create. */
export function additionalClientFields(name: string, displayName: string, description?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description,
		options: clientFieldOptions,
	};
}

/** Return All / Limit per page: the Page Size option of the client lists (per_page). */
export const pageSizeOption: INodeProperties = {
	displayName: 'Page Size',
	name: 'perPage',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100 },
	default: 30,
	description: 'Records asked for per request (per_page)',
};
