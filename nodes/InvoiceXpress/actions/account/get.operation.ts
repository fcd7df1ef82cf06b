import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { recordRequest } from '../catalogue/record';
import { ACCOUNT, accountIdField, accountIdOf, withoutKey } from './common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['account'], operation: ['get'] } }, [accountIdField, optionsCollection()]);

/** GET /api/accounts/:account-id/get.json; the account, without its API key. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = accountIdOf.call(this, itemIndex);
	const account = await recordRequest.call(this, ACCOUNT, itemIndex, { method: 'GET', path: `${ACCOUNT.path}/${id}/get` }, false);
	return [{ json: withoutKey(account!) }];
}
