import type { DocumentFamily } from '../document';
import { STATES } from '../document';

/**
 * The invoice documents (https://invoicexpress.com/api-v2/invoices/, docs.invoicexpress.com
 * "Invoices": "invoices, invoice receipts, simplified invoices, vat moss invoices, credit notes &
 * debit notes"), all listed by GET /invoices.json with `type[]`. Receipts are made by Generate
 * Payment, not created: they are read, emailed, downloaded and canceled (Cancel Payment).
 */
export const INVOICE: DocumentFamily = {
	resource: 'invoice',
	noun: 'invoice',
	plural: 'invoices',
	types: [
		{ name: 'Invoice', value: 'invoices', root: 'invoice', className: 'Invoice', legacyUpdate: true },
		{ name: 'Invoice-Receipt', value: 'invoice_receipts', root: 'invoice', className: 'InvoiceReceipt', without: ['generatePayment'] },
		{ name: 'Simplified Invoice', value: 'simplified_invoices', root: 'invoice', className: 'SimplifiedInvoice' },
		{ name: 'Credit Note', value: 'credit_notes', root: 'invoice', className: 'CreditNote', without: ['generatePayment', 'relatedDocuments'] },
		{ name: 'Debit Note', value: 'debit_notes', root: 'invoice', className: 'DebitNote', without: ['generatePayment', 'relatedDocuments'] },
		{ name: 'VAT MOSS Invoice', value: 'vat_moss_invoices', root: 'invoice', className: 'VatMossInvoice' },
		{
			name: 'Receipt',
			value: 'receipts',
			root: 'receipt',
			className: 'Receipt',
			without: ['create', 'update', 'generatePayment', 'relatedDocuments'],
			states: ['canceled'],
		},
	],
	defaultType: 'invoices',
	list: { path: '/invoices', key: 'invoices', noun: 'document' },
	id: { name: 'invoiceId', displayName: 'Invoice ID', searchListMethod: 'searchInvoices', locatorSince: 1.1 },
	states: [STATES.finalized, STATES.deleted, STATES.canceled, STATES.settled, STATES.unsettled],
	statuses: [
		{ name: 'Canceled', value: 'canceled' },
		{ name: 'Draft', value: 'draft' },
		{ name: 'Final', value: 'final' },
		{ name: 'Second Copy', value: 'second_copy' },
		{ name: 'Sent', value: 'sent' },
		{ name: 'Settled', value: 'settled' },
	],
};
