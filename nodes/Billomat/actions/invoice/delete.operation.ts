import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmedStateChange } from '../../../shared/provider';
import { invoiceIdFrom, requestOptions } from '../../helpers';
import { apiRequest, checkInvoice, PROVIDER } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [invoiceIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['delete'] } }, properties);

/**
 * DELETE /invoices/{id}. When the reply to the first attempt was lost and the retry finds no such
 * invoice (404), a read that also answers 404 confirms the delete (`confirmedAfterRetry: true`).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const options = requestOptions.call(this, itemIndex);
	const outcome = await confirmedStateChange.call(this, {
		itemIndex,
		provider: PROVIDER,
		subject: `invoice ${id}`,
		requested: 'deleted',
		alreadyDone: [404],
		send: async () =>
			await apiRequest.call(this, {
				method: 'DELETE',
				path: `/invoices/${id}`,
				...options,
				hints: { 400: 'Billomat only deletes invoices in DRAFT status. Cancel a completed invoice instead.' },
			}),
		check: async () => await checkInvoice.call(this, id, { requested: 'deleted', reached: (status) => status === undefined }, options),
	});
	return [{ json: { id, deleted: true, ...(outcome.confirmedAfterRetry ? { confirmedAfterRetry: true } : {}) } }];
}
