import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceIdFrom, requestOptions } from '../../helpers';
import { changeState } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName:
			'This hands the invoice to debt collection: a collection agency starts dunning the client. Only OPEN or OVERDUE invoices can be encashed.',
		name: 'encashNotice',
		type: 'notice',
		default: '',
	},
	invoiceIdField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['encash'] } }, properties);

/** PUT /invoices/{id}/encash. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(
		this,
		invoiceIdFrom.call(this, itemIndex),
		{
			action: 'encash',
			hints: { 400: 'Only an OPEN or OVERDUE invoice can be handed to debt collection.' },
			// Encashing hands the invoice to debt collection without a status of its own: a read cannot
			// show it happened (a PAID invoice may have been paid by the client), so it never confirms
			// a retried encash; the error keeps saying the first attempt may have been carried out.
			target: { requested: 'handed to debt collection (which a read of the invoice cannot show)', reached: () => false },
		},
		requestOptions.call(this, itemIndex),
	);
}
