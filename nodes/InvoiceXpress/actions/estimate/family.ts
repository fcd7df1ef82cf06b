import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { DocumentFamily, StateSpec } from '../document';
import { STATES } from '../document';
import { estimateOwnBody, estimateOwnFields } from './common.descriptions';

/**
 * Estimates: quotes, proformas and fees notes (https://invoicexpress.com/api-v2/estimates/…,
 * docs.invoicexpress.com/estimates/…). The same lifecycle as every family: GET /estimates.json,
 * POST /{type}.json, GET and PUT /{type}/{id}.json, PUT /{type}/{id}/change-state.json and
 * email-document.json, each body under the type's root (`{"quote": {…}}`), and the PDF.
 */

/** …/estimates/change-state: a final estimate is accepted or refused by the client (either way back and forth). */
const ACCEPTED: StateSpec = {
	value: 'accepted',
	name: 'Accepted',
	description: 'The client accepted a finalized (or refused) estimate',
	requested: 'accepted',
	statuses: ['accepted'],
};

const REFUSED: StateSpec = {
	value: 'refused',
	name: 'Refused',
	description: 'The client refused a finalized (or accepted) estimate',
	requested: 'refused',
	statuses: ['refused'],
};

export const ESTIMATES: DocumentFamily = {
	resource: 'estimate',
	noun: 'estimate',
	plural: 'estimates',
	types: [
		{ name: 'Quote', value: 'quotes', root: 'quote', className: 'Quote' },
		{ name: 'Proforma', value: 'proformas', root: 'proforma', className: 'Proforma' },
		{ name: 'Fees Note', value: 'fees_notes', root: 'fees_note', className: 'FeesNote' },
	],
	defaultType: 'quotes',
	// The list page shows the request only; its reply is read as the invoice list's, keyed by the path.
	list: { path: '/estimates', key: 'estimates', noun: 'estimate' },
	id: { name: 'estimateId', displayName: 'Estimate ID', searchListMethod: 'searchEstimates' },
	states: [
		ACCEPTED,
		{ ...STATES.canceled, description: 'Cancel a finalized, accepted or refused estimate (a message is required)' },
		STATES.deleted,
		STATES.finalized,
		REFUSED,
	],
	statuses: [
		{ name: 'Accepted', value: 'accepted' },
		{ name: 'Canceled', value: 'canceled' },
		{ name: 'Draft', value: 'draft' },
		{ name: 'Final', value: 'final' },
		{ name: 'Refused', value: 'refused' },
		{ name: 'Sent', value: 'sent' },
	],
	createFields: estimateOwnFields,
	updateFields: estimateOwnFields,
	ownBody(this: IExecuteFunctions, _itemIndex: number, fields: IDataObject) {
		return estimateOwnBody(fields);
	},
};
