import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { INVOICEXPRESS_DATE } from '../../helpers';
import type { DocumentFamily } from '../document';
import { STATES } from '../document';
import { guideOptionalFields, guideOwnBody, guideUpdateFields } from './common.descriptions';

/**
 * Guides: shipping, transport and devolution guides (https://invoicexpress.com/api-v2/guides/…,
 * docs.invoicexpress.com/guides/…). The same lifecycle as every family, with the loading time, the
 * load and delivery addresses, the license plate and the sites; the list filters by loading day.
 */
export const GUIDES: DocumentFamily = {
	resource: 'guide',
	noun: 'guide',
	plural: 'guides',
	types: [
		{ name: 'Shipping Guide', value: 'shippings', root: 'shipping', className: 'Shipping' },
		{ name: 'Transport Guide', value: 'transports', root: 'transport', className: 'Transport' },
		{ name: 'Devolution Guide', value: 'devolutions', root: 'devolution', className: 'Devolution' },
	],
	defaultType: 'shippings',
	// The list page shows the request only; its reply is read as the invoice list's, keyed by the path.
	list: { path: '/guides', key: 'guides', noun: 'guide' },
	id: { name: 'guideId', displayName: 'Guide ID', searchListMethod: 'searchGuides' },
	// …/guides/change-state: draft → final, draft → deleted, final → canceled. Nothing else.
	states: [STATES.canceled, STATES.deleted, STATES.finalized],
	statuses: [
		{ name: 'Canceled', value: 'canceled' },
		{ name: 'Draft', value: 'draft' },
		{ name: 'Final', value: 'final' },
		{ name: 'Sent', value: 'sent' },
	],
	// …/guides/list-all: text, type[], status[], loaded_at[from|to], non_archived, archived.
	listFilters: ['archived', 'nonArchived', 'status', 'text', 'type'],
	createFields: guideOptionalFields,
	updateFields: guideUpdateFields,
	ownBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject) {
		const creating = this.getNodeParameter('operation', itemIndex) === 'create';
		return guideOwnBody.call(this, itemIndex, fields, creating);
	},
	ownFilters: [
		{ displayName: 'Loaded From', name: 'loadedFrom', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Guides loaded on or after this day (loaded_at[from])' },
		{ displayName: 'Loaded To', name: 'loadedTo', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Guides loaded on or before this day (loaded_at[to])' },
	],
	ownQuery(this: IExecuteFunctions, itemIndex: number, filters: IDataObject) {
		const qs: IDataObject = {};
		const from = dateInput(this.getNode(), itemIndex, 'Loaded From', filters.loadedFrom, INVOICEXPRESS_DATE);
		const to = dateInput(this.getNode(), itemIndex, 'Loaded To', filters.loadedTo, INVOICEXPRESS_DATE);
		if (from !== undefined) qs['loaded_at[from]'] = from;
		if (to !== undefined) qs['loaded_at[to]'] = to;
		return qs;
	},
};
