import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { nodeError } from '../../../shared/errors';
import type { StateCheck } from '../../../shared/provider';
import { confirmedStateChange, lastSettledRequest } from '../../../shared/provider';
import { invoiceIdFrom, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, PROVIDER } from '../../transport';

/** The state a change leads to, as a read of the invoice shows it. */
export interface Target {
	/** As the error names it when the invoice is not there: `CANCELED`, `deleted`. */
	requested: string;
	/** Whether the invoice is there: its status, undefined when the invoice no longer exists (404). */
	reached(status: string | undefined): boolean;
}

/**
 * GET /invoices/{id} after a retried state change: whether the invoice is in the target state.
 * A 404 means the invoice no longer exists; any other failure of the read is thrown.
 */
export async function checkInvoice(this: IExecuteFunctions, itemIndex: number, id: number, target: Target): Promise<StateCheck> {
	try {
		const body = await apiRequest.call(this, {
			method: 'GET',
			path: `/invoices/${id}`,
			shape: recordShape('invoice'),
			...requestOptions.call(this, itemIndex),
		});
		const invoice = unwrapRecord(body, 'invoice');
		const status = String(invoice.status ?? '');
		return { done: target.reached(status), seen: `status ${status}`, record: invoice };
	} catch (error) {
		if (lastSettledRequest.call(this, itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, itemIndex);
		return { done: target.reached(undefined), seen: 'no such invoice (404)' };
	}
}

/**
 * PUT /invoices/{id}/{action}: Billomat answers 200 with an empty body, so the item says what
 * was done to which invoice. When the reply to the first attempt was lost and the retry is refused
 * (400: the first attempt already moved the invoice on), the invoice is read: in the target state,
 * the item says `confirmedAfterRetry: true`.
 */
export async function changeState(
	this: IExecuteFunctions,
	itemIndex: number,
	action: 'complete' | 'cancel' | 'uncancel' | 'encash',
	body: IDataObject | undefined,
	hints: Record<number, string>,
	target: Target,
): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const outcome = await confirmedStateChange.call(this, {
		itemIndex,
		provider: PROVIDER,
		subject: `invoice ${id}`,
		requested: target.requested,
		alreadyDone: [400],
		send: async () =>
			await apiRequest.call(this, {
				method: 'PUT',
				path: `/invoices/${id}/${action}`,
				body,
				...requestOptions.call(this, itemIndex),
				hints,
			}),
		check: async () => await checkInvoice.call(this, itemIndex, id, target),
	});
	return [{ json: { id, action, success: true, ...(outcome.confirmedAfterRetry ? { confirmedAfterRetry: true } : {}) } }];
}
