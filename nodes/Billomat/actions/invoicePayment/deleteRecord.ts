import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { confirmedStateChange, lastSettledRequest } from '../../../shared/provider';
import { nodeError } from '../../../shared/errors';
import type { ItemRequestOptions } from '../../transport';
import { apiRequest, PROVIDER } from '../../transport';

/** A record under a Billomat path that DELETE removes and GET reads: `/invoice-payments`, `/invoice-items`. */
export interface DeletableRecord {
	/** The list path, e.g. `/invoice-payments`. */
	path: string;
	/** How errors name it: `payment 12`. */
	subject: string;
	id: number;
	/** The operation's advice per HTTP status. */
	hints?: Record<number, string>;
}

/**
 * DELETE {path}/{id}: Billomat answers 200 with an empty body, so the item is `{ id, deleted: true }`.
 * When the reply to the first attempt was lost and the retry finds no such record (404), a read
 * that also answers 404 confirms the delete (`confirmedAfterRetry: true`).
 */
export async function deleteRecord(
	this: IExecuteFunctions,
	{ path, subject, id, hints }: DeletableRecord,
	options: ItemRequestOptions,
): Promise<INodeExecutionData[]> {
	const outcome = await confirmedStateChange.call(this, {
		itemIndex: options.itemIndex,
		provider: PROVIDER,
		subject,
		requested: 'deleted',
		alreadyDone: [404],
		send: async () => await apiRequest.call(this, { method: 'DELETE', path: `${path}/${id}`, ...options, hints }),
		check: async () => {
			try {
				await apiRequest.call(this, { method: 'GET', path: `${path}/${id}`, ...options });
				return { done: false, seen: 'it is still there' };
			} catch (error) {
				if (lastSettledRequest.call(this, options.itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, options.itemIndex);
				return { done: true, seen: 'no such record (404)' };
			}
		},
	});
	return [{ json: { id, deleted: true, ...(outcome.confirmedAfterRetry ? { confirmedAfterRetry: true } : {}) } }];
}
