import { clientLocator, defineFamily } from '../document';

/**
 * Letters as a document family: https://www.billomat.com/en/api/letters/ (German
 * https://www.billomat.com/api/briefe/). No line items and no number; statuses DRAFT and
 * COMPLETED; a letter is to a client or to a supplier (supplier_id).
 */

export const LETTER_STATUSES = ['DRAFT', 'COMPLETED'];

export const LETTER = defineFamily({
	resource: 'letter',
	displayName: 'Letter',
	path: '/letters',
	root: 'letter',
	noun: 'letter',
	plural: 'letters',
	items: false,
	statuses: LETTER_STATUSES,
	// The writable fields the letter page documents (besides client_id).
	fields: ['address', 'contact_id', 'date', 'free_text_id', 'intro', 'label', 'template_id'],
	fieldOverrides: {
		free_text_id: { description: 'A free text that sets subject, label and intro' },
		intro: { description: 'The text of the letter. Default: from the settings.' },
	},
	ownFields: [
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'The subject (heading) of the letter' },
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', description: 'A supplier the letter is to (instead of a client)' },
	],
	// The documented filters: client, contact, supplier, status, dates, label, intro (the text), tags.
	filterNames: ['client_id', 'contact_id', 'from', 'intro', 'label', 'status', 'tags', 'to'],
	filterOverrides: { intro: { description: 'Free text search in the text of the letter' } },
	ownFilters: [
		// The filter table does not list subject, but the page's example filters by it (?subject=Order+123): offered.
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Letters whose subject contains this text (case is ignored)' },
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', description: 'Only letters to this supplier' },
	],
	extra: { moreFilters: { ids: [['supplier_id', 'Supplier ID']], texts: [['subject', 'Subject']] }, fieldKinds: { supplier_id: 'id' } },
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Date', value: 'date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Status', value: 'status' },
	],
	simpleFields: ['id', 'client_id', 'contact_id', 'supplier_id', 'status', 'date', 'subject', 'label', 'customerportal_url'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, supplier, status, date, subject, label, portal link) instead of the whole letter',
	searchListMethod: 'searchLetters',
	pdfIdField: 'letter_id',
	pdfPrefix: 'letter',
	text: {
		client: 'The client the letter is to',
		signatureHint: 'A signature can only be uploaded for a completed letter.',
		postHint: 'Billomat posts only completed letters.',
	},
});

/** The client a new letter is to. */
export const letterClientField = clientLocator('letter', 'The client the letter is to');
