import { clientLocator, defineFamily } from '../document';

/**
 * Credit notes as a document family: https://www.billomat.com/en/api/credit-notes/ (German
 * https://www.billomat.com/api/gutschriften/). Statuses DRAFT, OPEN, PAID; no cancel or encash.
 */

export const CREDIT_NOTE_STATUSES = ['DRAFT', 'OPEN', 'PAID'];

export const CREDIT_NOTE = defineFamily({
	resource: 'creditNote',
	displayName: 'Credit Note',
	path: '/credit-notes',
	root: 'credit-note',
	noun: 'credit note',
	plural: 'credit notes',
	numberField: 'credit_note_number',
	numberExample: 'GS123',
	statuses: CREDIT_NOTE_STATUSES,
	// The writable fields the credit note page documents (besides client_id), as on invoices.
	fields: [
		'address',
		'contact_id',
		'currency_code',
		'date',
		'free_text_id',
		'intro',
		'invoice_id',
		'label',
		'net_gross',
		'note',
		'number',
		'number_length',
		'number_pre',
		'quote',
		'reduction',
		'title',
	],
	fieldOverrides: {
		invoice_id: { displayName: 'Invoice ID', description: 'The invoice this credit note is for (a credit note for an invoice)' },
		number_pre: { description: 'Credit note number prefix, e.g. GS' },
		date: { description: 'Credit note date. Default: today.' },
	},
	totals: true,
	simpleFields: ['id', 'client_id', 'credit_note_number', 'status', 'date', 'label', 'total_net', 'total_gross', 'currency_code', 'invoice_id'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, number, status, date, totals, invoice) instead of the whole credit note',
	searchListMethod: 'searchCreditNotes',
	pdfIdField: 'credit_note_id',
	pdfPrefix: 'credit-note',
	text: { client: 'The client the credit note is for' },
});

/** The client a new credit note is for: picked from the account's clients, or by ID. */
export const creditNoteClientField = clientLocator('credit note');
