import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { paymentIdOf, paymentLocator } from './common.descriptions';
import { deleteRecord } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Deleting a payment takes its amount off the invoice; a paid invoice becomes Open (or Overdue) again',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	paymentLocator,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoicePayment'], operation: ['delete'] } }, properties);

/** DELETE /invoice-payments/{id}. Billomat has no update of a payment: delete it and record it again. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = paymentIdOf.call(this, itemIndex);
	return await deleteRecord.call(
		this,
		{ path: `/invoice-payments/${id}`, root: 'invoice-payment', subject: `payment ${id}`, id },
		requestOptions.call(this, itemIndex),
	);
}
