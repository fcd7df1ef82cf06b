import { defineFamily, documentLocator } from '../document';
import { STATUSES } from '../invoice/common.descriptions';

/**
 * Reminders (dunning) as a document family: https://www.billomat.com/en/api/reminders/ (German
 * https://www.billomat.com/api/mahnungen/). A reminder is created for an overdue invoice
 * (invoice_id), which names the client; its dunning level text is reminder_text_id
 * (https://www.billomat.com/en/api/settings/reminder-texts/). Statuses as invoices; the list's
 * number filter is the related invoice's number.
 */

export const REMINDER_STATUSES = STATUSES;

/** The overdue invoice a new reminder is for: picked from the account's invoices, or by ID. */
export const reminderInvoice = documentLocator({
	displayName: 'Invoice',
	name: 'invoiceId',
	searchListMethod: 'searchInvoices',
	notThe: 'the invoice number RE123',
	description: 'The overdue invoice the reminder is for (its client gets the reminder)',
});

export const REMINDER = defineFamily({
	resource: 'reminder',
	displayName: 'Reminder',
	path: '/reminders',
	root: 'reminder',
	noun: 'reminder',
	plural: 'reminders',
	numberField: 'invoice_number',
	numberLabel: 'Invoice Number',
	statuses: REMINDER_STATUSES,
	// No items at creation: Billomat makes the reminder's from its invoice.
	items: false,
	// The writable fields the reminder page documents (besides invoice_id).
	fields: ['address', 'contact_id', 'date', 'due_date', 'intro', 'label', 'note'],
	fieldOverrides: {
		due_date: { description: 'New due date the reminder sets' },
		intro: { description: 'Introductory text. Default: from the dunning level.' },
	},
	ownFields: [
		{
			displayName: 'Dunning Level Text ID',
			name: 'reminder_text_id',
			type: 'string',
			default: '',
			description: 'The reminder text (dunning level) to use. Default: the next level after the invoice’s last reminder.',
		},
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'The subject of the reminder. Default: from the dunning level.' },
	],
	// The documented filters: the invoice ones without payment types, plus the subject.
	filterOverrides: { invoice_number: { description: 'Reminders of invoices whose number contains this text (case is ignored)' } },
	ownFilters: [{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Free text search in the subject' }],
	extra: {
		createdFor: { field: reminderInvoice.field, key: 'invoice_id', label: 'Invoice' },
		clientWritable: false,
		moreFilters: { texts: [['subject', 'Subject']] },
		fieldKinds: { reminder_text_id: 'id' },
	},
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'Date', value: 'date' },
		{ name: 'Due Date', value: 'due_date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	simpleFields: ['id', 'invoice_id', 'client_id', 'status', 'reminder_level', 'date', 'due_date', 'subject', 'total_gross', 'open_amount'],
	simplifyDescription: 'Whether to return only the main fields (ID, invoice, client, status, level, dates, subject, amounts) instead of the whole reminder',
	searchListMethod: 'searchReminders',
	pdfIdField: 'reminder_id',
	pdfPrefix: 'reminder',
	text: {
		client: 'The overdue invoice the reminder is for',
		deleteHint: 'Billomat only deletes reminders in DRAFT status. Cancel a completed reminder instead.',
		postHint: 'Billomat posts only completed reminders.',
	},
});

/** Cancel's advice: what Billomat cancels. */
export const REMINDER_CANCEL_HINT = 'Only a completed reminder that is not canceled yet can be canceled; delete a draft instead.';
