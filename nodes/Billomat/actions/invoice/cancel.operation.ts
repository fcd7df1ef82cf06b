import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceIdFrom, requestOptions } from '../../helpers';
import { changeState } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [invoiceIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['cancel'] } }, properties);

/** PUT /invoices/{id}/cancel. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(
		this,
		invoiceIdFrom.call(this, itemIndex),
		{
			action: 'cancel',
			hints: { 400: 'A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.' },
			target: { requested: 'CANCELED', reached: (status) => status === 'CANCELED' },
		},
		requestOptions.call(this, itemIndex),
	);
}
