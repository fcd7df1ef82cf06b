import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import { TAX } from './common.descriptions';

export const description = shown(TAX, 'delete', [idLocator(TAX), optionsCollection()]);

/** DELETE /taxes/:tax-id.json: an empty 200, so the item says what was deleted. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, TAX, itemIndex);
	const tax = await recordRequest.call(this, TAX, itemIndex, { method: 'DELETE', path: `${TAX.path}/${id}` }, true);
	return tax ? [{ json: tax }] : summary(id, 'deleted');
}
