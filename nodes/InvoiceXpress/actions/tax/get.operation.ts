import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown } from '../catalogue/record';
import { TAX } from './common.descriptions';

export const description = shown(TAX, 'get', [idLocator(TAX), optionsCollection()]);

/** GET /taxes/:tax-id.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, TAX, itemIndex);
	const tax = await recordRequest.call(this, TAX, itemIndex, { method: 'GET', path: `${TAX.path}/${id}` }, false);
	return [{ json: tax! }];
}
