import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['getMyself'] } }, [optionsCollection()]);

/** GET /users/myself: the user whose API key the credential holds, with their rights. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const reply = await apiRequest.call(this, { method: 'GET', path: '/users/myself', shape: recordShape('user'), ...requestOptions.call(this, itemIndex) });
	return [{ json: unwrapRecord(reply, 'user') }];
}
