import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown } from '../catalogue/record';
import { ITEM } from './common.descriptions';

export const description = shown(ITEM, 'get', [idLocator(ITEM), optionsCollection()]);

/** GET /items/:item-id.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, ITEM, itemIndex);
	const item = await recordRequest.call(this, ITEM, itemIndex, { method: 'GET', path: `${ITEM.path}/${id}` }, false);
	return [{ json: item! }];
}
