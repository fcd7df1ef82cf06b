import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { dateInput } from '../../../shared/dates';
import { INVOICEXPRESS_DATE, outputDocument } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description: 'Whether to include archived documents',
			},
			{ displayName: 'Date From', name: 'dateFrom', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Documents dated on or after this day' },
			{ displayName: 'Date To', name: 'dateTo', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Documents dated on or before this day' },
			{ displayName: 'Due Date From', name: 'dueDateFrom', type: 'dateTime', typeOptions: { dateOnly: true }, default: '' },
			{ displayName: 'Due Date To', name: 'dueDateTo', type: 'dateTime', typeOptions: { dateOnly: true }, default: '' },
			{
				displayName: 'Non Archived',
				name: 'nonArchived',
				type: 'boolean',
				default: true,
				description: 'Whether to include documents that are not archived',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Canceled', value: 'canceled' },
					{ name: 'Draft', value: 'draft' },
					{ name: 'Final', value: 'final' },
					{ name: 'Second Copy', value: 'second_copy' },
					{ name: 'Sent', value: 'sent' },
					{ name: 'Settled', value: 'settled' },
				],
			},
			{
				displayName: 'Text',
				name: 'text',
				type: 'string',
				default: '',
				description: 'Search text: client name, reference, sequence number, observations',
			},
			{ displayName: 'Total Before Taxes From', name: 'totalFrom', type: 'number', default: 0 },
			{ displayName: 'Total Before Taxes To', name: 'totalTo', type: 'number', default: 0 },
			{
				displayName: 'Type',
				name: 'type',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Credit Note', value: 'CreditNote' },
					{ name: 'Debit Note', value: 'DebitNote' },
					{ name: 'Invoice', value: 'Invoice' },
					{ name: 'Invoice-Receipt', value: 'InvoiceReceipt' },
					{ name: 'Simplified Invoice', value: 'SimplifiedInvoice' },
				],
			},
		],
	},
	simplifyField,
	optionsCollection([
		{
			displayName: 'Page Size',
			name: 'perPage',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 30,
			description: 'Documents asked for per request (per_page)',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

interface Filters {
	text?: string;
	type?: string[];
	status?: string[];
	dateFrom?: unknown;
	dateTo?: unknown;
	dueDateFrom?: unknown;
	dueDateTo?: unknown;
	totalFrom?: number;
	totalTo?: number;
	nonArchived?: boolean;
	archived?: boolean;
}

/** The filters as the list endpoint names them: `type[]`, `date[from]`, `total_before_taxes[to]`… */
export function listQuery(this: IExecuteFunctions, itemIndex: number, filters: Filters): IDataObject {
	const node = this.getNode();
	const qs: IDataObject = {};
	if (filters.text) qs.text = filters.text;
	if (filters.type?.length) qs.type = filters.type;
	if (filters.status?.length) qs.status = filters.status;
	const dates: Array<[keyof Filters, string, string]> = [
		['dateFrom', 'date[from]', 'Date From'],
		['dateTo', 'date[to]', 'Date To'],
		['dueDateFrom', 'due_date[from]', 'Due Date From'],
		['dueDateTo', 'due_date[to]', 'Due Date To'],
	];
	for (const [field, key, label] of dates) {
		const value = dateInput(node, itemIndex, label, filters[field], INVOICEXPRESS_DATE);
		if (value !== undefined) qs[key] = value;
	}
	if (filters.totalFrom !== undefined) qs['total_before_taxes[from]'] = filters.totalFrom;
	if (filters.totalTo !== undefined) qs['total_before_taxes[to]'] = filters.totalTo;
	if (filters.totalFrom !== undefined && filters.totalTo !== undefined && filters.totalFrom > filters.totalTo) {
		throw inputError(node, itemIndex, `"Total Before Taxes From" (${filters.totalFrom}) is above "Total Before Taxes To" (${filters.totalTo})`, 'Swap the two amounts.');
	}
	if (filters.nonArchived !== undefined) qs.non_archived = filters.nonArchived;
	if (filters.archived !== undefined) qs.archived = filters.archived;
	return qs;
}

/** GET /invoices.json with the filters; Return All follows `pagination` to the last page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const filters = this.getNodeParameter('filters', itemIndex, {}) as Filters;
	const options = this.getNodeParameter('options', itemIndex, {}) as { perPage?: number };
	const qs = listQuery.call(this, itemIndex, filters);
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const perPage = Math.min(100, Math.max(1, options.perPage ?? (limit !== undefined ? Math.min(limit, 30) : 30)));
	const invoices = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoices', qs: { ...qs, per_page: perPage }, itemIndex, timeout: timeoutOf(this, itemIndex) },
		limit,
	);
	return invoices.map((invoice) => ({ json: outputDocument.call(this, itemIndex, invoice) }));
}
