import type { INodeProperties } from 'n8n-workflow';

import { creditNoteClientField } from '../creditNote/family';
import { pickOptions } from '../document/derive';
import type { DocumentFamily } from '../document/family';
import { documentLocator, familyOptions, statusOptions } from '../document/locator';
import { filtersCollection, invoiceFieldOptions } from '../invoice/common.descriptions';

/**
 * Letters as a document family: https://www.billomat.com/en/api/letters/ (German
 * https://www.billomat.com/api/briefe/). No line items and no number; statuses DRAFT and
 * COMPLETED; a letter is to a client or to a supplier (supplier_id).
 */

export const LETTER_STATUSES = ['DRAFT', 'COMPLETED'];

const WORDS = { noun: 'letter', plural: 'letters' };

export const letterLocator = documentLocator({
	displayName: 'Letter',
	name: 'letterId',
	searchListMethod: 'searchLetters',
	description: 'The letter (its numeric ID)',
});

/** The client a new letter is to: the credit notes' client picker, in the letter's words. */
export const letterClientField: INodeProperties = { ...creditNoteClientField, description: 'The client the letter is to' };

/** The writable fields the letter page documents (besides client_id). */
const fields: INodeProperties[] = familyOptions([
	...pickOptions(invoiceFieldOptions, ['address', 'contact_id', 'date', 'free_text_id', 'intro', 'label', 'template_id'], WORDS, {
		date: { description: 'Letter date. Default: today.' },
		free_text_id: { description: 'A free text that sets subject, label and intro' },
		intro: { description: 'The text of the letter. Default: from the settings.' },
	}),
	{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'The subject (heading) of the letter' },
	{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', description: 'A supplier the letter is to (instead of a client)' },
]);

/** The documented filters: client, contact, supplier, status, dates, label, intro (the text), tags. */
const filters: INodeProperties = {
	...filtersCollection,
	options: familyOptions([
		...pickOptions(filtersCollection.options as INodeProperties[], ['client_id', 'contact_id', 'from', 'intro', 'label', 'status', 'tags', 'to'], WORDS, {
			intro: { description: 'Free text search in the text of the letter' },
			status: { options: statusOptions(LETTER_STATUSES) },
		}),
		// The filter table does not list subject, but the page's example filters by it (?subject=Order+123): offered.
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Letters whose subject contains this text (case is ignored)' },
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', description: 'Only letters to this supplier' },
	]),
};

export const LETTER: DocumentFamily = {
	resource: 'letter',
	path: '/letters',
	root: 'letter',
	noun: 'letter',
	plural: 'letters',
	idField: letterLocator.field,
	idFrom: letterLocator.idFrom,
	fields,
	filters,
	moreFilters: { ids: [['supplier_id', 'Supplier ID']], texts: [['subject', 'Subject']] },
	fieldKinds: { supplier_id: 'id' },
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Date', value: 'date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Status', value: 'status' },
	],
	simpleFields: ['id', 'client_id', 'contact_id', 'supplier_id', 'status', 'date', 'subject', 'label', 'customerportal_url'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, supplier, status, date, subject, label, portal link) instead of the whole letter',
	pdfIdField: 'letter_id',
	pdfPrefix: 'letter',
	text: {
		client: 'The client the letter is to',
		updateNotice: 'Only letters in DRAFT status can be edited.',
		updateHint: 'Billomat only edits letters in DRAFT status.',
		deleteHint: 'Billomat only deletes letters in DRAFT status.',
		completeHint: 'Only a letter in DRAFT status can be completed.',
		signatureHint: 'A signature can only be uploaded for a completed letter.',
		postHint: 'Billomat posts only completed letters.',
	},
};
