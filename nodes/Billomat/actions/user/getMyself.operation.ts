import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { numberInput } from '../../../shared/input';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['getMyself'] } }, [optionsCollection()]);

/** GET /users/myself: the user whose API key the credential holds, with their rights. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	// The only input of this operation is its options: a mapped Timeout that is no number is refused, not ignored.
	const { timeout } = this.getNodeParameter('options', itemIndex, {}) as { timeout?: unknown };
	if (timeout !== undefined && timeout !== '') numberInput(this.getNode(), itemIndex, 'Timeout', timeout, { min: 1 });
	const reply = await apiRequest.call(this, { method: 'GET', path: '/users/myself', shape: recordShape('user'), ...requestOptions.call(this, itemIndex) });
	return [{ json: unwrapRecord(reply, 'user') }];
}
