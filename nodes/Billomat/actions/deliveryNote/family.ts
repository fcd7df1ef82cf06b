import { clientLocator, defineFamily, DOCUMENT_FIELDS } from '../document';

/**
 * Delivery notes as a document family: https://www.billomat.com/en/api/delivery-notes/ (German
 * https://www.billomat.com/api/lieferscheine/), with `delivery-note`/`delivery-note-items`.
 * Statuses DRAFT and CREATED (a completed delivery note). The record names the estimate,
 * confirmation and invoice it belongs to and has no totals; no group_by totals are documented.
 */
export const DELIVERY_NOTE = defineFamily({
	resource: 'deliveryNote',
	displayName: 'Delivery Note',
	path: '/delivery-notes',
	root: 'delivery-note',
	noun: 'delivery note',
	plural: 'delivery notes',
	numberField: 'delivery_note_number',
	numberExample: 'LS123',
	statuses: ['DRAFT', 'CREATED'],
	fields: [...DOCUMENT_FIELDS, 'confirmation_id', 'invoice_id', 'offer_id'],
	fieldOverrides: {
		confirmation_id: { description: 'The confirmation the goods were delivered for' },
		invoice_id: { displayName: 'Invoice ID', description: 'The invoice the goods were delivered for' },
		offer_id: { description: 'The estimate the goods were delivered for' },
	},
	totals: false,
	simpleFields: ['id', 'client_id', 'delivery_note_number', 'status', 'date', 'label', 'offer_id', 'confirmation_id', 'invoice_id'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, number, status, date, label, estimate, confirmation, invoice) instead of the whole delivery note',
	searchListMethod: 'searchDeliveryNotes',
	pdfIdField: 'delivery_note_id',
	pdfPrefix: 'delivery-note',
});

/** The client a new delivery note is for. */
export const deliveryNoteClientField = clientLocator('delivery note');
