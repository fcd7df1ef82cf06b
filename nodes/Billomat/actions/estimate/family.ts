import { clientLocator, defineFamily, PRICED_FIELDS } from '../document';

/**
 * Estimates (Billomat's "offers") as a document family: https://www.billomat.com/en/api/estimates/
 * (German https://www.billomat.com/api/angebote/), on /offers with `offer`/`offer-items`/`offer-item`.
 * Statuses DRAFT, OPEN, WON, LOST, CANCELED, CLEARED; besides the shared lifecycle an estimate is
 * canceled, won, lost, cleared and uncleared. No group_by totals: the page documents none.
 */
export const ESTIMATE = defineFamily({
	resource: 'estimate',
	displayName: 'Estimate',
	path: '/offers',
	root: 'offer',
	noun: 'estimate',
	plural: 'estimates',
	numberField: 'offer_number',
	numberExample: 'AN123',
	statuses: ['DRAFT', 'OPEN', 'WON', 'LOST', 'CANCELED', 'CLEARED'],
	fields: PRICED_FIELDS,
	totals: true,
	simpleFields: ['id', 'client_id', 'offer_number', 'status', 'date', 'validity_date', 'label', 'total_net', 'total_gross', 'currency_code'],
	simplifyDescription: 'Whether to return only the main fields (ID, client, number, status, date, validity, label, totals) instead of the whole estimate',
	searchListMethod: 'searchEstimates',
	pdfIdField: 'offer_id',
	pdfPrefix: 'offer',
});

/** The client a new estimate is for. */
export const estimateClientField = clientLocator('estimate');

/** Billomat's advice when it refuses a state change (400). */
export const HINTS = {
	cancel: 'Only a completed estimate that is not canceled yet can be canceled; delete a draft instead.',
	win: 'Only an open estimate can be marked as won.',
	lose: 'Only an open estimate can be marked as lost.',
	clear: 'Only an open or won estimate can be marked as cleared.',
	unclear: 'Only a cleared estimate can be uncleared.',
};
