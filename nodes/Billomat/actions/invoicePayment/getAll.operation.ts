import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { returnAllOrLimit } from '../../../shared/descriptions';
import { billomatId, BILLOMAT_DATE, requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { PAYMENT_TYPE_OPTIONS, paymentOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'From', name: 'from', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only payments received on or after this day' },
			{ displayName: 'Invoice ID', name: 'invoice_id', type: 'string', default: '', description: 'Only the payments of this invoice (its numeric ID)' },
			{
				displayName: 'Payment Types',
				name: 'type',
				type: 'multiOptions',
				default: [],
				options: PAYMENT_TYPE_OPTIONS,
				description: 'Payments of any of these types',
			},
			{ displayName: 'To', name: 'to', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only payments received on or before this day' },
			{ displayName: 'User ID', name: 'user_id', type: 'string', default: '', description: 'Only payments recorded by this Billomat user' },
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoicePayment'], operation: ['getAll'] } }, properties);

/** The Filters collection as GET /invoice-payments documents them. */
function filterQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [field, label] of [
		['invoice_id', 'Invoice ID'],
		['user_id', 'User ID'],
	] as const) {
		if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
	}
	const from = dateInput(node, itemIndex, 'From', filters.from, BILLOMAT_DATE);
	const to = dateInput(node, itemIndex, 'To', filters.to, BILLOMAT_DATE);
	if (from && to && from > to) {
		throw inputError(node, itemIndex, `"From" (${from}) is after "To" (${to})`, 'Swap the two dates: Billomat finds nothing in a range that ends before it starts.');
	}
	if (from) qs.from = from;
	if (to) qs.to = to;
	// Several types are sent comma-separated; Billomat OR-s them.
	const types = (filters.type as string[] | undefined) ?? [];
	if (types.length) qs.type = types.join(',');
	return qs;
}

/** GET /invoice-payments, page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const qs = filterQuery.call(this, itemIndex);
	const payments = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoice-payments', qs, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	return payments.map((payment) => ({ json: paymentOutput(payment) }));
}
