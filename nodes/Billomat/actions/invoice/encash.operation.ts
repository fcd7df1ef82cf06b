import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, optionsCollection } from '../../helpers';
import { changeState } from './stateChange';

const show = { resource: ['invoice'], operation: ['encash'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'This hands the invoice to debt collection: a collection agency starts dunning the client. Only OPEN or OVERDUE invoices can be encashed.',
		name: 'encashNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	invoiceIdField(show),
	optionsCollection(show),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(this, itemIndex, 'encash', undefined, {
		400: 'Only an OPEN or OVERDUE invoice can be handed to debt collection.',
		// Encashing hands the invoice to debt collection without a status of its own: a read cannot
		// show it happened (a PAID invoice may have been paid by the client), so it never confirms
		// a retried encash; the error keeps saying the first attempt may have been carried out.
	}, { requested: 'handed to debt collection (which a read of the invoice cannot show)', reached: () => false });
}
