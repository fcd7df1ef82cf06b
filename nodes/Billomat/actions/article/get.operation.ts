import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { articleIdField, simplifyField } from './common.descriptions';
import { ARTICLE, articleIdFrom } from './record';

const properties: INodeProperties[] = [articleIdField, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['get'] } }, properties);

/** GET /articles/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, itemIndex, ARTICLE, articleIdFrom.call(this, itemIndex));
}
