import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { invoiceIdFrom, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';

/**
 * PUT /invoices/{id}/{action}: Billomat answers 200 with an empty body, so the item says what
 * was done to which invoice.
 */
export async function changeState(
	this: IExecuteFunctions,
	itemIndex: number,
	action: 'complete' | 'cancel' | 'uncancel' | 'encash',
	body: IDataObject | undefined,
	hints: Record<number, string>,
): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'PUT',
		path: `/invoices/${id}/${action}`,
		body,
		...requestOptions.call(this, itemIndex),
		hints,
	});
	return [{ json: { id, action, success: true } }];
}
