import type { INodeProperties } from 'n8n-workflow';

import { pickOptions } from '../document/derive';
import type { DocumentFamily } from '../document/family';
import { documentLocator, familyOptions, statusOptions } from '../document/locator';
import { filtersCollection, invoiceFieldOptions, STATUSES } from '../invoice/common.descriptions';

/**
 * Reminders (dunning) as a document family: https://www.billomat.com/en/api/reminders/ (German
 * https://www.billomat.com/api/mahnungen/). A reminder is created for an overdue invoice
 * (invoice_id), which names the client; its dunning level text is reminder_text_id
 * (https://www.billomat.com/en/api/settings/reminder-texts/). Statuses as invoices; the list's
 * number filter is the related invoice's number.
 */

export const REMINDER_STATUSES = STATUSES;

const WORDS = { noun: 'reminder', plural: 'reminders' };

export const reminderLocator = documentLocator({
	displayName: 'Reminder',
	name: 'reminderId',
	searchListMethod: 'searchReminders',
	description: 'The reminder (its numeric ID)',
});

/** The overdue invoice a new reminder is for: picked from the account's invoices, or by ID. */
export const reminderInvoice = documentLocator({
	displayName: 'Invoice',
	name: 'invoiceId',
	searchListMethod: 'searchInvoices',
	notThe: 'the invoice number RE123',
	description: 'The overdue invoice the reminder is for (its client gets the reminder)',
});

/** The writable fields the reminder page documents (besides invoice_id). */
const fields: INodeProperties[] = familyOptions([
	...pickOptions(invoiceFieldOptions, ['address', 'contact_id', 'date', 'due_date', 'intro', 'label', 'note'], WORDS, {
		date: { description: 'Reminder date. Default: today.' },
		due_date: { description: 'New due date the reminder sets' },
		intro: { description: 'Introductory text. Default: from the dunning level.' },
	}),
	{
		displayName: 'Dunning Level Text ID',
		name: 'reminder_text_id',
		type: 'string',
		default: '',
		description: 'The reminder text (dunning level) to use. Default: the next level after the invoice’s last reminder.',
	},
	{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'The subject of the reminder. Default: from the dunning level.' },
]);

/** The documented filters: the invoice ones without payment types, plus the subject. */
const filters: INodeProperties = {
	...filtersCollection,
	options: familyOptions([
		...pickOptions(
			filtersCollection.options as INodeProperties[],
			['article_id', 'client_id', 'contact_id', 'from', 'intro', 'invoice_number', 'label', 'note', 'status', 'tags', 'to'],
			WORDS,
			{
				invoice_number: { description: 'Reminders of invoices whose number contains this text (case is ignored)' },
				status: { options: statusOptions(REMINDER_STATUSES) },
			},
		),
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Free text search in the subject' },
	]),
};

export const REMINDER: DocumentFamily = {
	resource: 'reminder',
	path: '/reminders',
	root: 'reminder',
	noun: 'reminder',
	plural: 'reminders',
	numberField: 'invoice_number',
	numberLabel: 'Invoice Number',
	createdFor: { field: reminderInvoice.field, key: 'invoice_id', label: 'Invoice' },
	clientWritable: false,
	idField: reminderLocator.field,
	idFrom: reminderLocator.idFrom,
	fields,
	filters,
	moreFilters: { texts: [['subject', 'Subject']] },
	fieldKinds: { reminder_text_id: 'id' },
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Date', value: 'date' },
		{ name: 'Due Date', value: 'due_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	simpleFields: ['id', 'invoice_id', 'client_id', 'status', 'reminder_level', 'date', 'due_date', 'subject', 'total_gross', 'open_amount'],
	simplifyDescription: 'Whether to return only the main fields (ID, invoice, client, status, level, dates, subject, amounts) instead of the whole reminder',
	pdfIdField: 'reminder_id',
	pdfPrefix: 'reminder',
	text: {
		client: 'The overdue invoice the reminder is for',
		updateNotice: 'Only reminders in DRAFT status can be edited.',
		updateHint: 'Billomat only edits reminders in DRAFT status.',
		deleteHint: 'Billomat only deletes reminders in DRAFT status. Cancel a completed reminder instead.',
		completeHint: 'Only a reminder in DRAFT status can be completed.',
		signatureHint: 'A signature can only be uploaded for a completed reminder (not in DRAFT status).',
		postHint: 'Billomat posts only completed reminders.',
	},
};

/** Cancel's advice: what Billomat cancels. */
export const REMINDER_CANCEL_HINT = 'Only a completed reminder that is not canceled yet can be canceled; delete a draft instead.';
