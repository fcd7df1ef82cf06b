import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { PAYMENT_TYPES } from '../invoice/common.descriptions';
import { filtersOf, labelsOf } from '../describe';

/**
 * Fields the client operations share (https://www.billomat.com/en/api/clients/). Each operation
 * spreads them into its own properties, and `updateDisplayOptions` shows them for that operation.
 */

/** The client's record ID: picked from the account's clients (searched by name) or typed. */
export const clientIdField: INodeProperties = recordLocator({
	displayName: 'Client ID',
	name: 'clientId',
	searchListMethod: 'searchClients',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat client ID is a whole number, e.g. 476',
	placeholder: '476',
	description: 'The client: pick it from the list (search by name) or give its numeric ID (not its client number)',
});

export const simplifyClientField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, client number, name, contact person, email, phone, address, country, archived) instead of the whole client',
);

const DAYS_TYPES = [
	{ name: 'Absolute', value: 'ABSOLUTE' },
	{ name: 'From Settings', value: 'SETTINGS' },
	{ name: 'Relative', value: 'RELATIVE' },
];

/** Options in the order n8n lists them: by display name. */
export const byDisplayName = (options: INodeProperties[]) => options.sort((a, b) => a.displayName.localeCompare(b.displayName));

/**
 * The address, contact person and bank fields clients and suppliers share, as both pages document
 * them (https://www.billomat.com/en/api/clients/, https://www.billomat.com/en/api/suppliers/).
 */
export const addressFieldOptions: INodeProperties[] = [
	{ displayName: 'Bank Account Number', name: 'bank_account_number', type: 'string', default: '' },
	{ displayName: 'Bank Account Owner', name: 'bank_account_owner', type: 'string', default: '' },
	{ displayName: 'Bank Code', name: 'bank_number', type: 'string', default: '', description: 'Bank identifier code (e.g. German BLZ)' },
	{ displayName: 'Bank Name', name: 'bank_name', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Country Code', name: 'country_code', type: 'string', default: '', placeholder: 'DE', description: 'Country as ISO 3166 Alpha-2 code. Default: the country of the own account.' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Fax', name: 'fax', type: 'string', default: '' },
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '', description: 'First name of the contact person' },
	{ displayName: 'IBAN', name: 'bank_iban', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '', description: 'Last name of the contact person' },
	{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Company name' },
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{ displayName: 'Salutation', name: 'salutation', type: 'string', default: '', placeholder: 'Mr' },
	{ displayName: 'State', name: 'state', type: 'string', default: '', description: 'State, county, district or region' },
	{ displayName: 'Street', name: 'street', type: 'string', default: '' },
	{ displayName: 'SWIFT/BIC', name: 'bank_swift', type: 'string', default: '' },
	{ displayName: 'Tax Number', name: 'tax_number', type: 'string', default: '' },
	{ displayName: 'VAT Number', name: 'vat_number', type: 'string', default: '' },
	{ displayName: 'Website', name: 'www', type: 'string', default: '', placeholder: 'www.example.com', description: 'Website address (without http://)' },
	{ displayName: 'ZIP Code', name: 'zip', type: 'string', default: '' },
];

/** The documented writable client fields (POST/PUT /clients). */
export const clientFieldOptions: INodeProperties[] = byDisplayName([
	...addressFieldOptions,
	{ displayName: 'Archived', name: 'archived', type: 'boolean', default: false, description: 'Whether the client is archived. An archived client can only be edited after it is restored.' },
	{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', placeholder: 'KD123', description: 'Default: prefix and the next free number from the settings' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO currency code of the client’s documents' },
	{ displayName: 'Debitor Account Number', name: 'debitor_account_number', type: 'number', default: 0, description: 'Debitor account number for the bookkeeping export' },
	{
		displayName: 'Default Payment Types',
		name: 'default_payment_types',
		type: 'multiOptions',
		default: [],
		options: PAYMENT_TYPES.map(([name, value]) => ({ name, value })),
		description: 'Payment types offered on this client’s documents',
	},
	{ displayName: 'Discount Days', name: 'discount_days', type: 'number', default: 0, description: 'Cash discount period in days' },
	{ displayName: 'Discount Days Type', name: 'discount_days_type', type: 'options', default: 'SETTINGS', options: DAYS_TYPES, description: 'Where the cash discount period comes from' },
	{ displayName: 'Discount Rate', name: 'discount_rate', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'Cash discount rate' },
	{ displayName: 'Discount Rate Type', name: 'discount_rate_type', type: 'options', default: 'SETTINGS', options: DAYS_TYPES, description: 'Where the cash discount rate comes from' },
	{ displayName: 'Due Days', name: 'due_days', type: 'number', default: 0, description: 'Days from the invoice date to its due date' },
	{ displayName: 'Due Days Type', name: 'due_days_type', type: 'options', default: 'SETTINGS', options: DAYS_TYPES, description: 'Where the due days come from' },
	{ displayName: 'Dunning Run', name: 'dunning_run', type: 'boolean', default: false, description: 'Whether the client’s overdue invoices are included in the automatic dunning run' },
	{ displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'de_DE', description: 'Language and country of the client’s documents' },
	{
		displayName: 'Net or Gross',
		name: 'net_gross',
		type: 'options',
		default: 'SETTINGS',
		options: [
			{ name: 'From Settings', value: 'SETTINGS' },
			{ name: 'Gross Prices', value: 'GROSS' },
			{ name: 'Net Prices', value: 'NET' },
		],
		description: 'Price basis of the client’s documents',
	},
	{ displayName: 'Number', name: 'number', type: 'number', default: 0, description: 'Sequential number of the client number. Default: the next free number.' },
	{ displayName: 'Number Length', name: 'number_length', type: 'number', default: 0, description: 'Minimum length of the client number, filled with leading zeros' },
	{ displayName: 'Number Prefix', name: 'number_pre', type: 'string', default: '', placeholder: 'KD', description: 'Prefix of the client number. Default: from the settings.' },
	{ displayName: 'Offer Validity Days', name: 'offer_validity_days', type: 'number', default: 0, description: 'Validity of estimates in days' },
	{ displayName: 'Offer Validity Days Type', name: 'offer_validity_days_type', type: 'options', default: 'SETTINGS', options: DAYS_TYPES, description: 'Where the validity of estimates comes from' },
	{ displayName: 'Price Group', name: 'price_group', type: 'number', default: 1, typeOptions: { minValue: 1 }, description: 'Which of an article’s prices applies to this client' },
	{ displayName: 'Reduction', name: 'reduction', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'General reduction in percent' },
	{ displayName: 'Reminder Due Days', name: 'reminder_due_days', type: 'number', default: 0, description: 'Days until a reminder is due' },
	{ displayName: 'Reminder Due Days Type', name: 'reminder_due_days_type', type: 'options', default: 'SETTINGS', options: DAYS_TYPES, description: 'Where the reminder due days come from' },
	{ displayName: 'SEPA Mandate Date', name: 'sepa_mandate_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Day the SEPA direct debit mandate was issued' },
	{ displayName: 'SEPA Mandate Reference', name: 'sepa_mandate', type: 'string', default: '', description: 'Mandate reference of a SEPA direct debit mandate' },
	{
		displayName: 'Tax Rule',
		name: 'tax_rule',
		type: 'options',
		default: 'COUNTRY',
		options: [
			{ name: 'By Country', value: 'COUNTRY' },
			{ name: 'No Tax', value: 'NO_TAX' },
			{ name: 'Tax', value: 'TAX' },
		],
		description: 'Whether the client’s documents carry tax',
	},
]);

/** The display name of each writable client field, as input errors name it. */
export const CLIENT_FIELD_LABELS: Record<string, string> = labelsOf(clientFieldOptions);

/** The filters GET /clients and GET /suppliers share, in the words of the list (`Clients`, `Suppliers`). */
export const addressFilterOptions = (plural: string): INodeProperties[] => [
	{ displayName: 'Country Code', name: 'country_code', type: 'string', default: '', placeholder: 'DE', description: `${plural} in this country (ISO 3166 Alpha-2 code)` },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: `${plural} whose email address contains this text` },
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '', description: `${plural} whose contact person’s first name contains this text` },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '', description: `${plural} whose contact person’s last name contains this text` },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: `${plural} whose company name contains this text (case is ignored)` },
	{ displayName: 'Note', name: 'note', type: 'string', default: '', description: `${plural} whose note contains this text` },
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated tags' },
];

/** The documented filters of GET /clients. */
export const clientFiltersCollection: INodeProperties = filtersOf(byDisplayName([
		...addressFilterOptions('Clients'),
		{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', description: 'Clients whose client number contains this text (case is ignored)' },
		{ displayName: 'Invoice IDs', name: 'invoice_id', type: 'string', default: '', placeholder: '1, 2', description: 'Comma-separated invoice IDs: the clients of these invoices' },
	]),);
