import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { addressFieldOptions, addressFilterOptions, byDisplayName } from '../client/common.descriptions';
import { filtersOf, labelsOf } from '../describe';

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
export const supplierFieldOptions: INodeProperties[] = byDisplayName([
	...addressFieldOptions,
	{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', placeholder: 'KD123', description: 'Your own client number at this supplier' },
	{ displayName: 'Creditor Identifier', name: 'creditor_identifier', type: 'string', default: '', placeholder: 'DE98ZZZ09999999999', description: 'The supplier’s SEPA creditor identifier' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO currency code of the supplier’s invoices' },
]);

/** The display name of each writable supplier field, as input errors name it. */
export const SUPPLIER_FIELD_LABELS: Record<string, string> = labelsOf(supplierFieldOptions);

/** The documented filters of GET /suppliers. */
export const supplierFiltersCollection: INodeProperties = filtersOf(byDisplayName([
		...addressFilterOptions('Suppliers'),
		{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', description: 'Suppliers where your client number contains this text' },
		{ displayName: 'Creditor Identifier', name: 'creditor_identifier', type: 'string', default: '', description: 'Suppliers with this SEPA creditor identifier' },
		{ displayName: 'Incoming IDs', name: 'incoming_id', type: 'string', default: '', placeholder: '1, 2', description: 'Comma-separated incoming invoice IDs: the suppliers of these incoming invoices' },
	]),);
