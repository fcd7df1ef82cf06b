import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { pickOptions } from '../document/derive';
import type { DocumentFamily } from '../document/family';
import { filtersCollection, invoiceFieldOptions } from '../invoice/common.descriptions';

/**
 * Credit notes as a document family: https://www.billomat.com/en/api/credit-notes/ (German
 * https://www.billomat.com/api/gutschriften/). Statuses DRAFT, OPEN, PAID; no cancel or encash.
 */

export const CREDIT_NOTE_STATUSES = ['DRAFT', 'OPEN', 'PAID'];

const WORDS = { noun: 'credit note', plural: 'credit notes' };

const ID_PATTERN = '^[1-9][0-9]*$';

/** The credit note a per-record operation is about: picked from the account's credit notes, or by ID. */
export const creditNoteIdField: INodeProperties = recordLocator({
	displayName: 'Credit Note',
	name: 'creditNoteId',
	searchListMethod: 'searchCreditNotes',
	idPattern: ID_PATTERN,
	idError: 'A Billomat credit note ID is a whole number, e.g. 12345 (not the credit note number GS123)',
	placeholder: 'e.g. 12345',
	description: 'The credit note (its numeric ID, not its credit note number)',
});

export function creditNoteIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'creditNoteId', itemIndex), 'Credit Note');
}

/** The client a new credit note is for: picked from the account's clients, or by ID. */
export const creditNoteClientField: INodeProperties = recordLocator({
	displayName: 'Client',
	name: 'clientId',
	searchListMethod: 'searchClients',
	idPattern: ID_PATTERN,
	idError: 'A Billomat client ID is a whole number, e.g. 476',
	placeholder: 'e.g. 476',
	description: 'The client the credit note is for',
});

/** The writable fields the credit note page documents (besides client_id), as on invoices. */
const FIELDS = [
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
];

const fields = pickOptions(invoiceFieldOptions, FIELDS, WORDS, {
	invoice_id: { displayName: 'Invoice ID', description: 'The invoice this credit note is for (a credit note for an invoice)' },
	number_pre: { description: 'Credit note number prefix, e.g. GS' },
	date: { description: 'Credit note date. Default: today.' },
});

/** The documented filters: the invoice ones without payment types, the number as credit_note_number. */
const filters: INodeProperties = {
	...filtersCollection,
	options: pickOptions(
		filtersCollection.options as INodeProperties[],
		['article_id', 'client_id', 'contact_id', 'from', 'intro', 'invoice_number', 'label', 'note', 'status', 'tags', 'to'],
		WORDS,
		{
			invoice_number: { displayName: 'Credit Note Number', name: 'credit_note_number' },
			status: { options: CREDIT_NOTE_STATUSES.map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value })) },
		},
	),
};

export const CREDIT_NOTE: DocumentFamily = {
	resource: 'creditNote',
	path: '/credit-notes',
	root: 'credit-note',
	noun: 'credit note',
	plural: 'credit notes',
	itemsRoot: 'credit-note-items',
	itemRoot: 'credit-note-item',
	numberField: 'credit_note_number',
	numberLabel: 'Credit Note Number',
	idField: creditNoteIdField,
	idFrom: creditNoteIdFrom,
	fields,
	filters,
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Credit Note Number', value: 'credit_note_number' },
		{ name: 'Date', value: 'date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	simpleFields: ['id', 'client_id', 'credit_note_number', 'status', 'date', 'label', 'total_net', 'total_gross', 'currency_code', 'invoice_id'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, number, status, date, totals, invoice) instead of the whole credit note',
	pdfIdField: 'credit_note_id',
	pdfPrefix: 'credit-note',
	text: {
		client: 'The client the credit note is for',
		updateNotice: 'Only credit notes in DRAFT status can be edited. Line items are not changed here.',
		updateHint: 'Billomat only edits credit notes in DRAFT status.',
		deleteHint: 'Billomat only deletes credit notes in DRAFT status.',
		completeHint: 'Only a credit note in DRAFT status can be completed.',
		signatureHint: 'A signature can only be uploaded for a completed credit note (not in DRAFT status).',
		postHint: 'Billomat posts only completed credit notes, and only with the Pixelletter add-on set up.',
	},
};
