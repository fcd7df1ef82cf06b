import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, invoiceIdFrom, optionsCollection, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';

const show = { resource: ['invoice'], operation: ['delete'] };

export const description: INodeProperties[] = [invoiceIdField(show), optionsCollection(show)];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		path: `/invoices/${id}`,
		...requestOptions.call(this, itemIndex),
		hints: { 400: 'Billomat only deletes invoices in DRAFT status. Cancel a completed invoice instead.' },
	});
	return [{ json: { id, deleted: true } }];
}
