import { clientLocator, defineFamily } from '../document';

/**
 * Recurring invoices as a document family: https://www.billomat.com/en/api/recurrings/ (German
 * https://www.billomat.com/api/abo-rechnungen/). A recurring is a template Billomat makes invoices
 * from: a cycle (every cycle_number days, weeks, months or years), the next creation date, and
 * what to do with each invoice (action). It has items but no number, no status, no PDF.
 */

export const RECURRING_CYCLES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
export const RECURRING_ACTIONS = ['CREATE', 'COMPLETE', 'EMAIL', 'MAIL'];

/** The client a new recurring invoice bills. */
export const recurringClientField = clientLocator('recurring invoice', 'The client the recurring invoice bills');

const cycleOptions = [
	{ name: 'Daily', value: 'DAILY' },
	{ name: 'Monthly', value: 'MONTHLY' },
	{ name: 'Weekly', value: 'WEEKLY' },
	{ name: 'Yearly', value: 'YEARLY' },
];

export const RECURRING = defineFamily({
	resource: 'recurring',
	displayName: 'Recurring',
	path: '/recurrings',
	root: 'recurring',
	noun: 'recurring invoice',
	plural: 'recurring invoices',
	// The writable fields of a recurring invoice (besides client_id).
	fields: [
		'address',
		'confirmation_id',
		'contact_id',
		'currency_code',
		'discount_rate',
		'intro',
		'label',
		'net_gross',
		'note',
		'offer_id',
		'payment_types',
		'quote',
		'reduction',
		'supply_date',
		'supply_date_type',
		'template_id',
		'title',
	],
	ownFields: [
		{
			displayName: 'Action',
			name: 'action',
			type: 'options',
			default: 'CREATE',
			options: [
				{ name: 'Complete', value: 'COMPLETE', description: 'Create the invoice and complete it', action: 'Complete each invoice' },
				{ name: 'Create Draft', value: 'CREATE', description: 'Create the invoice as a draft', action: 'Create each invoice as a draft' },
				{ name: 'Send by Email', value: 'EMAIL', description: 'Create, complete and email the invoice', action: 'Email each invoice' },
				{ name: 'Send by Post', value: 'MAIL', description: 'Create, complete and post the invoice (Pixelletter)', action: 'Post each invoice' },
			],
			description: 'What Billomat does with each invoice it creates',
		},
		{ displayName: 'Cycle', name: 'cycle', type: 'options', default: 'MONTHLY', options: cycleOptions, description: 'The unit of the interval between two invoices' },
		{ displayName: 'Cycle Number', name: 'cycle_number', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'How many cycles between two invoices, e.g. 3 with Monthly for quarterly' },
		{ displayName: 'Discount Days', name: 'discount_days', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Days for the cash discount' },
		{ displayName: 'Due Days', name: 'due_days', type: 'number', typeOptions: { minValue: 0 }, default: 14, description: 'Days until each invoice is due' },
		{ displayName: 'Email Body', name: 'email_message', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Body of the email (action Send by Email)' },
		{ displayName: 'Email File Name', name: 'email_filename', type: 'string', default: '', description: 'File name of the PDF attached to the email' },
		{ displayName: 'Email Sender', name: 'email_sender', type: 'string', default: '', placeholder: 'billing@example.com', description: 'Sender of the email' },
		{ displayName: 'Email Subject', name: 'email_subject', type: 'string', default: '', description: 'Subject of the email' },
		{ displayName: 'End Date', name: 'end_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'No invoice is created after this day' },
		{ displayName: 'Hour', name: 'hour', type: 'number', typeOptions: { minValue: 0, maxValue: 23 }, default: 8, description: 'Hour of the day (0–23) at which the invoice is created' },
		{ displayName: 'Iterations', name: 'iterations', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'How many invoices to create in all (0: no limit)' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the recurring invoice (internal)' },
		{ displayName: 'Next Creation Date', name: 'next_creation_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Day the next invoice is created. Without it the recurring invoice is inactive.' },
		{ displayName: 'Start Date', name: 'start_date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Day of the first invoice' },
	],
	// The filters: client, contact, name, payment types, cycle, label, intro, note, tags.
	filterNames: ['client_id', 'contact_id', 'intro', 'label', 'note', 'payment_type', 'tags'],
	ownFilters: [
		{ displayName: 'Cycles', name: 'cycle', type: 'multiOptions', default: [], options: cycleOptions, description: 'Recurring invoices with any of these cycles' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Recurring invoices whose name contains this text' },
	],
	extra: {
		moreFilters: { texts: [['name', 'Name']], lists: ['cycle'] },
		orderDefault: 'id',
		fieldKinds: {
			cycle_number: 'integer',
			discount_days: 'integer',
			due_days: 'integer',
			end_date: 'date',
			hour: 'integer',
			iterations: 'integer',
			next_creation_date: 'date',
			start_date: 'date',
		},
	},
	orderBy: [
		{ name: 'Client ID', value: 'client_id' },
		{ name: 'ID', value: 'id' },
		{ name: 'Name', value: 'name' },
		{ name: 'Next Creation Date', value: 'next_creation_date' },
		{ name: 'Total Gross', value: 'total_gross' },
	],
	simpleFields: ['id', 'client_id', 'name', 'cycle', 'cycle_number', 'action', 'next_creation_date', 'total_gross', 'currency_code', 'counter'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, name, cycle, action, next creation date, total, invoices made) instead of the whole recurring invoice',
	searchListMethod: 'searchRecurrings',
	pdfIdField: 'recurring_id',
	pdfPrefix: 'recurring',
	text: {
		client: 'The client the recurring invoice bills',
		updateNotice: 'Line items are not changed here.',
		updateHint: 'Billomat refused the change: check the fields (a next creation date must be in the future).',
		deleteHint: 'Billomat refused to delete the recurring invoice.',
		completeHint: '',
		signatureHint: '',
		postHint: '',
	},
});
