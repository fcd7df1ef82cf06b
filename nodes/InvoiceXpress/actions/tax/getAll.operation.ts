import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { limitOf, listRecords, shown } from '../catalogue/record';
import { TAX } from './common.descriptions';

export const description = shown(TAX, 'getAll', [...returnAllOrLimit(), optionsCollection()] as INodeProperties[]);

/** GET /taxes.json: every tax in one reply (no paging or filter documented); Limit keeps the first ones. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const taxes = await listRecords.call(this, TAX, itemIndex, limitOf.call(this, itemIndex));
	return taxes.map((json) => ({ json }));
}
