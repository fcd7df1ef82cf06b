import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { nodeError } from '../../../shared/errors';
import { confirmedStateChange, lastSettledRequest } from '../../../shared/provider';
import { recordShape, requestOptions } from '../../helpers';
import { apiRequest, PROVIDER } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientIdField } from './common.descriptions';
import { clientIdFrom } from './helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'A client that has documents (invoices, estimates…) cannot be deleted: archive it instead (Update › Archived).',
		name: 'documentsNotice',
		type: 'notice',
		default: '',
	},
	clientIdField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['delete'] } }, properties);

/**
 * DELETE /clients/{id}: 200 with an empty body. When the reply to the first attempt was lost and
 * the retry finds no such client (404), a read that also answers 404 confirms the delete.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdFrom.call(this, itemIndex);
	const options = requestOptions.call(this, itemIndex);
	const outcome = await confirmedStateChange.call(this, {
		itemIndex,
		provider: PROVIDER,
		subject: `client ${id}`,
		requested: 'deleted',
		alreadyDone: [404],
		send: async () =>
			await apiRequest.call(this, {
				method: 'DELETE',
				path: `/clients/${id}`,
				...options,
				hints: { 400: 'Billomat does not delete a client that has documents. Archive it instead: Update with "Archived" on.' },
			}),
		check: async () => {
			try {
				await apiRequest.call(this, { method: 'GET', path: `/clients/${id}`, shape: recordShape('client'), ...options });
				return { done: false, seen: 'the client still exists' };
			} catch (error) {
				if (lastSettledRequest.call(this, itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, itemIndex);
				return { done: true, seen: 'no such client (404)' };
			}
		},
	});
	return [{ json: { id, deleted: true, ...(outcome.confirmedAfterRetry ? { confirmedAfterRetry: true } : {}) } }];
}
