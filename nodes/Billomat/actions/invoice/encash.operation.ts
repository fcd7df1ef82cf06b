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
	}, { requested: 'PAID', reached: (status) => status === 'PAID' });
}
