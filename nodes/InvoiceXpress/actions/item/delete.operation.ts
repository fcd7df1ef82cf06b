import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import { ITEM } from './common.descriptions';

export const description = shown(ITEM, 'delete', [idLocator(ITEM), optionsCollection()]);

/** DELETE /items/:item-id.json: an empty 200, so the item says what was deleted. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, ITEM, itemIndex);
	const item = await recordRequest.call(this, ITEM, itemIndex, { method: 'DELETE', path: `${ITEM.path}/${id}` }, true);
	return item ? [{ json: item }] : summary(id, 'deleted');
}
