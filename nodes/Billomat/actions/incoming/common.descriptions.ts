import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { supplierIdField } from '../supplier/common.descriptions';
import { filtersOf, labelsOf, moneyField } from '../describe';

/**
 * Fields the incoming invoice operations share (https://www.billomat.com/en/api/incomings/, German
 * https://www.billomat.com/api/eingangsrechnungen/). Each operation spreads them into its own
 * properties, and `updateDisplayOptions` shows them for that operation.
 */

/** The incoming invoice's record ID: picked from the account's incoming invoices or typed. */
export const incomingIdField: INodeProperties = recordLocator({
	displayName: 'Incoming ID',
	name: 'incomingId',
	searchListMethod: 'searchIncomings',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat incoming invoice ID is a whole number, e.g. 21',
	placeholder: '21',
	description: 'The incoming invoice: pick it from the list (search by its number) or give its numeric ID (not the supplier’s invoice number)',
});

/** The supplier of an incoming invoice, as Create takes it: the Supplier resource's picker. */
export const supplierField: INodeProperties = {
	...supplierIdField,
	description: 'The supplier who sent the invoice: pick it from the list (search by name) or give its numeric ID',
};

export const simplifyIncomingField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, supplier, number, dates, status, label, totals, currency) instead of the whole incoming invoice',
);

/** The incoming invoice statuses the page lists (Billomat sets them from the payments and due date). */
export const INCOMING_STATUSES = [
	{ name: 'Open', value: 'OPEN' },
	{ name: 'Overdue', value: 'OVERDUE' },
	{ name: 'Paid', value: 'PAID' },
];


/** The writable incoming invoice fields (POST/PUT /incomings) besides the supplier. */
export const incomingFieldOptions: INodeProperties[] = [
	{ displayName: 'Category', name: 'category', type: 'string', default: '', placeholder: 'external_services', description: 'Expense category of the incoming invoice' },
	{ displayName: 'Client Number', name: 'client_number', type: 'string', default: '', description: 'Your own client number at the supplier, as the invoice shows it' },
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO code of the invoice’s currency. Default: the account’s currency.' },
	{ displayName: 'Date', name: 'date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Invoice date. Default: today.' },
	{ displayName: 'Due Date', name: 'due_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Day the invoice must be paid by' },
	{ displayName: 'Due Days', name: 'due_days', type: 'number', default: 0, description: 'Days from the invoice date to the due date (instead of a due date)' },
	{ displayName: 'Expense Account Number', name: 'expense_account_number', type: 'number', default: 0, description: 'Expense account of the bookkeeping export' },
	{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'Short description of what was bought' },
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'RE-2025-0815', description: 'The supplier’s invoice number' },
	{ displayName: 'Quote', name: 'quote', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1, description: 'Exchange rate to the account’s currency, for a foreign currency' },
	moneyField('Total Gross', 'total_gross', 'Gross total of the invoice'),
	moneyField('Total Net', 'total_net', 'Net total of the invoice'),
];

/** The collection of writable fields Create (Additional Fields) and Update (Update Fields) show. */
export function incomingFieldsCollection(name: 'additionalFields' | 'updateFields'): INodeProperties {
	return {
		displayName: name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: incomingFieldOptions,
	};
}

/** The display name of each writable field, as input errors name it. */
export const INCOMING_FIELD_LABELS: Record<string, string> = {
	supplier_id: 'Supplier ID',
	...labelsOf(incomingFieldOptions),
};

/** The documented filters of GET /incomings. */
export const incomingFiltersCollection: INodeProperties = filtersOf([
		{ displayName: 'From', name: 'from', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only incoming invoices dated this day or later' },
		{ displayName: 'Incoming Number', name: 'incoming_number', type: 'string', default: '', description: 'Incoming invoices whose number contains this text (case is ignored)' },
		{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'Incoming invoices whose note contains this text' },
		{ displayName: 'Status', name: 'status', type: 'multiOptions', default: [], options: INCOMING_STATUSES, description: 'Only incoming invoices in one of these statuses' },
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', placeholder: '3', description: 'Only incoming invoices of this supplier' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated tags' },
		{ displayName: 'To', name: 'to', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only incoming invoices dated this day or earlier' },
	],);
