import type { ChildParent } from './parent';

/**
 * The families whose children the node has, one description each. A family's children pages:
 * https://www.billomat.com/en/api/invoices/items/ (…/comments/, …/payments/, tags at
 * https://www.billomat.com/api/rechnungen/schlagworte/) and https://www.billomat.com/en/api/credit-notes/items/
 * (…/comments/, …/payments/).
 */

/** The payment types as Billomat names them, for the dropdowns. */
const PAYMENT_TYPE_NAMES: Record<string, string> = {
	BANK_CARD: 'Bank Card',
	BANK_TRANSFER: 'Bank Transfer',
	CASH: 'Cash',
	CHECK: 'Check',
	COUPON: 'Coupon',
	CREDIT_CARD: 'Credit Card',
	CREDIT_NOTE: 'Credit Note',
	DEBIT: 'Debit',
	INVOICE_CORRECTION: 'Invoice Correction',
	MISC: 'Miscellaneous',
	PAYPAL: 'PayPal',
};

const paymentTypes = (values: string[]): Array<[string, string]> =>
	values.map((value): [string, string] => [PAYMENT_TYPE_NAMES[value], value]).sort(([a], [b]) => a.localeCompare(b));

/** The action keys as the comments pages describe them. */
const ACTION_KEY_NAMES: Record<string, string> = {
	CANCEL: 'Canceled',
	COMMENT: 'Comment (Entered by a User)',
	COPY: 'Copied',
	CREATE: 'Created',
	CREATE_FROM_INVOICE: 'Created as a Correction of an Invoice',
	CREATE_FROM_RECURRING: 'Created From a Recurring',
	CREATE_FROM_OFFER: 'Created From an Estimate',
	CREATE_CREDIT_NOTE: 'Credit Note Created',
	ERROR_MAIL: 'E-Mail Error',
	DELETE_PAYMENT: 'Payment Deleted',
	PAYMENT_ERROR: 'Payment Error',
	PAYMENT: 'Payment Received',
	REMINDER_CANCEL: 'Reminder Canceled',
	REMINDER_CREATE: 'Reminder Created',
	REMINDER_ERROR_MAIL: 'Reminder E-Mail Error',
	REMINDER_MAIL: 'Reminder Sent (E-Mail)',
	REMINDER_FAX: 'Reminder Sent (Fax)',
	REMINDER_LETTER: 'Reminder Sent (Letter)',
	REMINDER_SIGN_MAIL: 'Reminder Sent Signed',
	REMINDER_SIGN: 'Reminder Signed',
	REMINDER_STATUS: 'Reminder Status Changed',
	MAIL: 'Sent (E-Mail)',
	FAX: 'Sent (Fax)',
	LETTER: 'Sent (Letter)',
	SIGN_MAIL: 'Sent Signed',
	SIGN: 'Signed',
	STATUS: 'Status Changed',
};

const actionKeys = (values: string[], names: Record<string, string> = {}): Array<[string, string]> =>
	values.map((value): [string, string] => [names[value] ?? ACTION_KEY_NAMES[value] ?? value, value]).sort(([a], [b]) => a.localeCompare(b));

/**
 * A parent row with its picker: the family's own (its family.ts), `{resource}Id` searched by
 * `search{Resource}s`; By ID refuses what is not a whole number, naming an example ID and, for a
 * numbered family, what the ID is not (its number).
 */
function withLocator(row: Omit<ChildParent, 'locator'>, example: string, numberExample?: string): ChildParent {
	const { resource, noun } = row;
	return {
		...row,
		locator: {
			name: `${resource}Id`,
			searchMethod: `search${resource.charAt(0).toUpperCase()}${resource.slice(1)}s`,
			idError: `A Billomat ${noun} ID is a whole number, e.g. ${example}${numberExample ? ` (not the ${noun} number ${numberExample})` : ''}`,
		},
	};
}

/** Invoices (https://www.billomat.com/en/api/invoices/). */
export const INVOICE_CHILDREN = withLocator(
	{
		resource: 'invoice',
		noun: 'invoice',
		label: 'Invoice',
		stem: 'invoice',
		parentField: 'invoice_id',
		itemFields: ['article_id', 'description', 'reduction', 'tax_changed_manually', 'tax_name', 'tax_rate', 'type', 'unit'],
		draftOnlyHint:
			'Billomat changes the items of draft invoices only. A completed invoice’s items are fixed: cancel it and create a new invoice (or a correction) instead.',
		// The invoice comments page's actionkey table.
		actionKeys: actionKeys(Object.keys(ACTION_KEY_NAMES)),
		commentPublic: false,
		payments: {
			// The field table of "Create payment" lists these ten; INVOICE_CORRECTION, which the list of
			// values a payment's type can have adds, is booked by Billomat itself: Get Many filters on it.
			bookable: paymentTypes(['BANK_CARD', 'BANK_TRANSFER', 'CASH', 'CHECK', 'COUPON', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']),
			filterTypes: paymentTypes(Object.keys(PAYMENT_TYPE_NAMES)),
			markAsPaid: { name: 'markInvoiceAsPaid', field: 'mark_invoice_as_paid' },
			transactionPurpose: true,
			statusNotice: 'Payments can be recorded for completed invoices that are Open or Overdue',
			bookHint:
				'Billomat books payments only for completed invoices that are Open or Overdue: a draft must be completed first, and a paid or canceled invoice takes no more payments.',
			deleteNotice: 'Deleting a payment takes its amount off the invoice; a paid invoice becomes Open (or Overdue) again',
		},
	},
	'12345', 'RE123',
);

/** Credit notes (https://www.billomat.com/en/api/credit-notes/): statuses DRAFT, OPEN, PAID. */
export const CREDIT_NOTE_CHILDREN = withLocator(
	{
		resource: 'creditNote',
		noun: 'credit note',
		label: 'Credit Note',
		stem: 'credit-note',
		parentField: 'credit_note_id',
		// The credit note items page's create table: no type, no tax_changed_manually.
		itemFields: ['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit'],
		draftOnlyHint: 'Billomat changes the items of draft credit notes only. A completed credit note’s items are fixed.',
		// The credit note comments page's actionkey table (its "sent (e-mail)" row lost its key: MAIL, as on invoices).
		actionKeys: actionKeys([
			'COMMENT', 'CREATE', 'CREATE_FROM_INVOICE', 'COPY', 'STATUS', 'PAYMENT', 'PAYMENT_ERROR', 'DELETE_PAYMENT', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL',
		]),
		// The English page's create table lists `public` (0/1, default 0); the German one does not: offered, optional.
		commentPublic: true,
		payments: {
			// The credit note payments page lists these seven types, for booking and for the filter.
			bookable: paymentTypes(['BANK_TRANSFER', 'CASH', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']),
			filterTypes: paymentTypes(['BANK_TRANSFER', 'CASH', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']),
			markAsPaid: { name: 'markCreditNoteAsPaid', field: 'mark_credit_note_as_paid' },
			// The create table lists credit_note_id, date, amount, comment, type and mark_credit_note_as_paid only.
			transactionPurpose: false,
			statusNotice: 'Payments can be recorded for completed credit notes that are Open',
			bookHint: 'Billomat books payments only for completed credit notes that are Open: a draft must be completed first, and a paid credit note takes no more payments.',
			deleteNotice: 'Deleting a payment takes its amount off the credit note; a paid credit note becomes Open again',
		},
	},
	'12345', 'GS123',
);

/**
 * The action keys of the estimate and confirmation comments pages
 * (https://www.billomat.com/en/api/estimates/comments/, https://www.billomat.com/en/api/confirmations/comments/);
 * estimates add VALIDITY.
 */
const ORDER_ACTION_KEYS = ['COMMENT', 'CREATE', 'COPY', 'STATUS', 'MAIL', 'LETTER', 'FAX', 'CANCEL', 'ERROR_MAIL'];

/** Estimates, confirmations and delivery notes: items, comments (with `public`) and tags, no payments. */
function orderDocument(
	family: Pick<ChildParent, 'resource' | 'noun' | 'label' | 'stem' | 'parentField' | 'itemFields' | 'actionKeys'> & { numberExample: string },
): ChildParent {
	const { numberExample, ...row } = family;
	return withLocator(
		{
			...row,
			draftOnlyHint: `Billomat changes the items of draft ${row.noun}s only. A completed ${row.noun}’s items are fixed.`,
			// The comments pages' create table lists `public` (0/1, default 0).
			commentPublic: true,
		},
		'12345',
		numberExample,
	);
}

/** The documented item fields of confirmations and delivery notes (see CONFIRMATION_CHILDREN). */
const ORDER_ITEM_FIELDS = ['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit'];

/**
 * Estimates (https://www.billomat.com/en/api/estimates/, paths /offer-items, /offer-comments,
 * /offer-tags). The items page (https://www.billomat.com/en/api/estimates/items/) lists `optional`
 * (an optional position, left out of the total) and no reduction, tax_changed_manually or type.
 */
export const ESTIMATE_CHILDREN = orderDocument({
	resource: 'estimate',
	noun: 'estimate',
	label: 'Estimate',
	stem: 'offer',
	parentField: 'offer_id',
	numberExample: 'AN123',
	itemFields: ['article_id', 'description', 'optional', 'tax_name', 'tax_rate', 'unit'],
	actionKeys: actionKeys([...ORDER_ACTION_KEYS, 'VALIDITY'], { VALIDITY: 'Validity Date Reached' }),
});

/**
 * Confirmations (https://www.billomat.com/en/api/confirmations/, paths /confirmation-items,
 * /confirmation-comments, /confirmation-tags). No items page could be read: the items follow the
 * credit note items page (the same create table without the estimate-only `optional`).
 */
export const CONFIRMATION_CHILDREN = orderDocument({
	resource: 'confirmation',
	noun: 'confirmation',
	label: 'Confirmation',
	stem: 'confirmation',
	parentField: 'confirmation_id',
	numberExample: 'AB123',
	itemFields: ORDER_ITEM_FIELDS,
	actionKeys: actionKeys(ORDER_ACTION_KEYS),
});

/**
 * Delivery notes (https://www.billomat.com/en/api/delivery-notes/, paths /delivery-note-items,
 * /delivery-note-comments, /delivery-note-tags). No children pages could be read: items as the
 * confirmation's, comments as the confirmation comments page.
 */
export const DELIVERY_NOTE_CHILDREN = orderDocument({
	resource: 'deliveryNote',
	noun: 'delivery note',
	label: 'Delivery Note',
	stem: 'delivery-note',
	parentField: 'delivery_note_id',
	numberExample: 'LS123',
	itemFields: ORDER_ITEM_FIELDS,
	actionKeys: actionKeys(ORDER_ACTION_KEYS),
});

/**
 * Letters (https://www.billomat.com/en/api/letters/): comments and tags, no items. The letter
 * comments page was not readable here: the action keys follow the credit notes' page without
 * payments and invoice corrections (letters have neither), and no `public`.
 */
export const LETTER_CHILDREN = withLocator(
	{
		resource: 'letter',
		noun: 'letter',
		label: 'Letter',
		stem: 'letter',
		parentField: 'letter_id',
		itemFields: [],
		draftOnlyHint: '',
		actionKeys: actionKeys(['COMMENT', 'CREATE', 'COPY', 'STATUS', 'MAIL', 'LETTER', 'FAX', 'SIGN', 'SIGN_MAIL', 'CANCEL', 'ERROR_MAIL']),
		commentPublic: false,
	},
	'51',
);

/**
 * Reminders (https://www.billomat.com/en/api/reminders/: "Reminder items can be accessed
 * separately"): items and tags. The items page was not readable here: the fields follow the credit
 * note items page (no type, no tax_changed_manually).
 */
export const REMINDER_CHILDREN = withLocator(
	{
		resource: 'reminder',
		noun: 'reminder',
		label: 'Reminder',
		stem: 'reminder',
		parentField: 'reminder_id',
		itemFields: ['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit'],
		draftOnlyHint: 'Billomat changes the items of draft reminders only. A completed reminder’s items are fixed.',
		actionKeys: [],
		commentPublic: false,
	},
	'41',
);

/** Recurring invoices: items (https://www.billomat.com/en/api/recurrings/items/) and tags. */
export const RECURRING_CHILDREN = withLocator(
	{
		resource: 'recurring',
		noun: 'recurring invoice',
		label: 'Recurring Invoice',
		stem: 'recurring',
		parentField: 'recurring_id',
		// The create table: article_id, unit, quantity, unit_price, tax_name, tax_rate, title, description, reduction.
		itemFields: ['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit'],
		draftOnlyHint: 'Billomat refused to change the item of this recurring invoice.',
		actionKeys: [],
		commentPublic: false,
	},
	'71',
);

/**
 * Incoming invoices (https://www.billomat.com/en/api/incomings/): comments
 * (https://www.billomat.com/en/api/incomings/comments/), payments
 * (https://www.billomat.com/en/api/incomings/payments/) and tags (following the invoice tags).
 */
export const INCOMING_CHILDREN = withLocator(
	{
		resource: 'incoming',
		noun: 'incoming invoice',
		label: 'Incoming Invoice',
		stem: 'incoming',
		parentField: 'incoming_id',
		itemFields: [],
		draftOnlyHint: '',
		// The English page's actionkey table (the German one lacks COPY).
		actionKeys: actionKeys(['COMMENT', 'CREATE', 'COPY', 'STATUS', 'PAYMENT', 'DELETE_PAYMENT']),
		commentPublic: false,
		payments: {
			// The payments page lists ten types, for the record, the filter and the create table.
			bookable: paymentTypes(['BANK_CARD', 'BANK_TRANSFER', 'CASH', 'CHECK', 'COUPON', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']),
			filterTypes: paymentTypes(['BANK_CARD', 'BANK_TRANSFER', 'CASH', 'CHECK', 'COUPON', 'CREDIT_CARD', 'CREDIT_NOTE', 'DEBIT', 'MISC', 'PAYPAL']),
			markAsPaid: { name: 'markIncomingAsPaid', field: 'mark_incoming_as_paid' },
			// The create table lists incoming_id, date, amount, comment, type and mark_incoming_as_paid.
			transactionPurpose: false,
			statusNotice: 'Payments can be recorded for incoming invoices that are Open or Overdue',
			bookHint: 'Billomat books payments only for incoming invoices that are Open or Overdue: a paid incoming invoice takes no more payments.',
			deleteNotice: 'Deleting a payment takes its amount off the incoming invoice; a paid incoming invoice becomes Open (or Overdue) again',
		},
	},
	'21',
);
