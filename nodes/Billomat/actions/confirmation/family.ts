import { clientLocator, defineFamily, PRICED_FIELDS } from '../document';

/**
 * Order confirmations as a document family: https://www.billomat.com/en/api/confirmations/ (German
 * https://www.billomat.com/api/auftragsbestaetigungen/), with `confirmation`/`confirmation-items`.
 * The status filter documents DRAFT, COMPLETED and CANCELED; a cleared confirmation reads CLEARED
 * (what clear leads to), so the filter offers that too. Besides the shared lifecycle a
 * confirmation is canceled, cleared and uncleared. No group_by totals: the page documents none.
 */
export const CONFIRMATION = defineFamily({
	resource: 'confirmation',
	displayName: 'Confirmation',
	path: '/confirmations',
	root: 'confirmation',
	noun: 'confirmation',
	plural: 'confirmations',
	numberField: 'confirmation_number',
	numberExample: 'AB123',
	statuses: ['DRAFT', 'COMPLETED', 'CANCELED', 'CLEARED'],
	fields: [...PRICED_FIELDS, 'offer_id'],
	fieldOverrides: { offer_id: { description: 'The estimate this confirmation confirms' } },
	totals: true,
	simpleFields: ['id', 'client_id', 'confirmation_number', 'status', 'date', 'label', 'total_net', 'total_gross', 'currency_code', 'offer_id'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, number, status, date, label, totals, estimate) instead of the whole confirmation',
	searchListMethod: 'searchConfirmations',
	pdfIdField: 'confirmation_id',
	pdfPrefix: 'confirmation',
});

/** The client a new confirmation is for. */
export const confirmationClientField = clientLocator('confirmation');

/** Billomat's advice when it refuses a state change (400). */
export const HINTS = {
	cancel: 'Only a completed confirmation that is not canceled yet can be canceled; delete a draft instead.',
	clear: 'Only a completed confirmation can be marked as cleared.',
	unclear: 'Only a cleared confirmation can be uncleared.',
};
