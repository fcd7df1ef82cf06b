import type { DocumentFamily } from '../document/family';
import { PICKERS_SINCE } from '../document/pickers';
import { invoiceIdFrom } from '../../helpers';
import { filtersCollection, invoiceFieldOptions, invoiceIdField } from './common.descriptions';

/** Invoices as a document family (https://www.billomat.com/en/api/invoices/). */
export const INVOICE: DocumentFamily = {
	resource: 'invoice',
	path: '/invoices',
	root: 'invoice',
	noun: 'invoice',
	plural: 'invoices',
	itemsRoot: 'invoice-items',
	itemRoot: 'invoice-item',
	numberField: 'invoice_number',
	numberLabel: 'Invoice Number',
	idField: invoiceIdField,
	// Versions 1 and 1.1 keep the plain ID fields saved workflows have.
	pickersSince: PICKERS_SINCE,
	idFrom: invoiceIdFrom,
	fields: invoiceFieldOptions,
	filters: filtersCollection,
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Date', value: 'date' },
		{ name: 'Due Date', value: 'due_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Invoice Number', value: 'invoice_number' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	simpleFields: ['id', 'client_id', 'invoice_number', 'status', 'date', 'due_date', 'label', 'total_net', 'total_gross', 'open_amount', 'currency_code'],
	pdfIdField: 'invoice_id',
	pdfPrefix: 'invoice',
	text: {
		client: 'The numeric ID of the client the invoice is for',
		updateNotice: 'Only invoices in DRAFT status can be edited. Line items are not changed here.',
		updateHint:
			'Billomat only edits invoices in DRAFT status. A completed invoice can be canceled, or corrected with a new invoice (Corrected Invoice ID).',
		deleteHint: 'Billomat only deletes invoices in DRAFT status. Cancel a completed invoice instead.',
		completeHint: 'Only an invoice in DRAFT status can be completed.',
		signatureHint: 'A signature can only be uploaded for a completed invoice (not in DRAFT status).',
		postHint: 'Billomat posts only completed invoices, and only with the Pixelletter add-on set up.',
	},
};
