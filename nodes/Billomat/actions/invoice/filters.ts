import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { dateInput } from '../../../shared/dates';
import { textInput } from '../../../shared/input';
import { BILLOMAT_DATE, billomatId } from '../../helpers';

export const STATUSES = ['DRAFT', 'OPEN', 'PAID', 'OVERDUE', 'CANCELED'];

/** Billomat's payment types (see its payments documentation). */
export const PAYMENT_TYPES = [
	['Bank Card', 'BANK_CARD'],
	['Bank Transfer', 'BANK_TRANSFER'],
	['Cash', 'CASH'],
	['Check', 'CHECK'],
	['Coupon', 'COUPON'],
	['Credit Card', 'CREDIT_CARD'],
	['Credit Note', 'CREDIT_NOTE'],
	['Debit', 'DEBIT'],
	['Invoice Correction', 'INVOICE_CORRECTION'],
	['Miscellaneous', 'MISC'],
	['PayPal', 'PAYPAL'],
];

/** The documented filters of GET /invoices, shared by Get Many and Get Grouped Totals. */
export function filtersCollection(show: IDataObject): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show as never },
		options: [
			{
				displayName: 'Article ID',
				name: 'article_id',
				type: 'string',
				default: '',
				description: 'Only invoices with an item of this article',
			},
			{
				displayName: 'Client ID',
				name: 'client_id',
				type: 'string',
				default: '',
				description: 'Only invoices of this client',
			},
			{
				displayName: 'Contact ID',
				name: 'contact_id',
				type: 'string',
				default: '',
				description: 'Only invoices to this contact of a client',
			},
			{
				displayName: 'From',
				name: 'from',
				type: 'dateTime',
				default: '',
				description: 'Only invoices dated on or after this day',
			},
			{
				displayName: 'Intro',
				name: 'intro',
				type: 'string',
				default: '',
				description: 'Free text search in the introductory text',
			},
			{
				displayName: 'Invoice Number',
				name: 'invoice_number',
				type: 'string',
				default: '',
				description: 'Invoices whose number contains this text (case is ignored)',
			},
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				description: 'Free text search in the label (project) text',
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'Free text search in the explanatory notes',
			},
			{
				displayName: 'Payment Types',
				name: 'payment_type',
				type: 'multiOptions',
				default: [],
				options: PAYMENT_TYPES.map(([name, value]) => ({ name, value })),
				description: 'Invoices accepting any of these payment types',
			},
			{
				displayName: 'Statuses',
				name: 'status',
				type: 'multiOptions',
				default: [],
				options: STATUSES.map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value })),
				description: 'Invoices in any of these statuses',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Comma-separated tags',
			},
			{
				displayName: 'To',
				name: 'to',
				type: 'dateTime',
				default: '',
				description: 'Only invoices dated on or before this day',
			},
		],
	};
}

/** The Filters collection as the query string Billomat documents. */
export function filterQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const node = this.getNode();
	const qs: IDataObject = {};
	for (const [field, label] of [
		['client_id', 'Client ID'],
		['contact_id', 'Contact ID'],
		['article_id', 'Article ID'],
	] as const) {
		if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
	}
	for (const [field, label] of [
		['invoice_number', 'Invoice Number'],
		['label', 'Label'],
		['intro', 'Intro'],
		['note', 'Note'],
	] as const) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const tags = String(filters.tags ?? '')
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
	if (tags.length) qs.tags = tags.join(',');
	for (const field of ['status', 'payment_type']) {
		const values = (filters[field] as string[] | undefined) ?? [];
		if (values.length) qs[field] = values.join(',');
	}
	const from = dateInput(node, itemIndex, 'From', filters.from, BILLOMAT_DATE);
	const to = dateInput(node, itemIndex, 'To', filters.to, BILLOMAT_DATE);
	if (from && to && from > to) {
		throw inputError(node, itemIndex, `"From" (${from}) is after "To" (${to})`, 'Swap the two dates: Billomat finds nothing in a range that ends before it starts.');
	}
	if (from) qs.from = from;
	if (to) qs.to = to;
	return qs;
}
