import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceIdFrom, requestOptions } from '../../helpers';
import { changeState } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [invoiceIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['uncancel'] } }, properties);

/** PUT /invoices/{id}/uncancel. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(
		this,
		invoiceIdFrom.call(this, itemIndex),
		{
			action: 'uncancel',
			hints: { 400: 'Only a CANCELED invoice can be restored.' },
			target: { requested: 'a status other than CANCELED', reached: (status) => status !== undefined && status !== 'CANCELED' },
		},
		requestOptions.call(this, itemIndex),
	);
}
