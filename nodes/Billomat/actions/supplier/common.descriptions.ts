import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';

/**
 * Fields the supplier operations share (https://www.billomat.com/en/api/suppliers/). Each operation
 * spreads them into its own properties, and `updateDisplayOptions` shows them for that operation.
 */

/** The supplier's record ID: picked from the account's suppliers (searched by name) or typed. */
export const supplierIdField: INodeProperties = recordLocator({
	displayName: 'Supplier ID',
	name: 'supplierId',
	searchListMethod: 'searchSuppliers',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat supplier ID is a whole number, e.g. 3',
	placeholder: '3',
	description: 'The supplier: pick it from the list (search by name) or give its numeric ID',
});

export const simplifySupplierField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, name, contact person, email, phone, country, VAT number, your client number, costs) instead of the whole supplier',
);

/** The documented writable supplier fields (POST/PUT /suppliers), by display name. */
export const supplierFieldOptions: INodeProperties[] = [
	{ displayName: 'Bank Account Number', name: 'bank_account_number', type: 'string', default: '' },
	{ displayName: 'Bank Account Owner', name: 'bank_account_owner', type: 'string', default: '' },
	{ displayName: 'Bank Code', name: 'bank_number', type: 'string', default: '', description: 'Bank identifier code (e.g. German BLZ)' },
	{ displayName: 'Bank Name', name: 'bank_name', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', placeholder: 'KD123', description: 'Your own client number at this supplier' },
	{ displayName: 'Country Code', name: 'country_code', type: 'string', default: '', placeholder: 'DE', description: 'Country as ISO 3166 Alpha-2 code. Default: the country of the own account.' },
	{ displayName: 'Creditor Identifier', name: 'creditor_identifier', type: 'string', default: '', placeholder: 'DE98ZZZ09999999999', description: 'The supplier’s SEPA creditor identifier' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO currency code of the supplier’s invoices' },
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

/** The display name of each writable supplier field, as input errors name it. */
export const SUPPLIER_FIELD_LABELS: Record<string, string> = Object.fromEntries(supplierFieldOptions.map((option) => [option.name, option.displayName]));

/** The documented filters of GET /suppliers. */
export const supplierFiltersCollection: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', description: 'Suppliers where your client number contains this text' },
		{ displayName: 'Country Code', name: 'country_code', type: 'string', default: '', placeholder: 'DE', description: 'Suppliers in this country (ISO 3166 Alpha-2 code)' },
		{ displayName: 'Creditor Identifier', name: 'creditor_identifier', type: 'string', default: '', description: 'Suppliers with this SEPA creditor identifier' },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Suppliers whose email address contains this text' },
		{ displayName: 'First Name', name: 'first_name', type: 'string', default: '', description: 'Suppliers whose contact person’s first name contains this text' },
		{ displayName: 'Incoming IDs', name: 'incoming_id', type: 'string', default: '', placeholder: '1, 2', description: 'Comma-separated incoming invoice IDs: the suppliers of these incoming invoices' },
		{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '', description: 'Suppliers whose contact person’s last name contains this text' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Suppliers whose company name contains this text (case is ignored)' },
		{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'Suppliers whose note contains this text' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated tags' },
	],
};
