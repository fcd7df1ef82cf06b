import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../helpers';
import { deleteRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { articleIdField } from './common.descriptions';
import { articleIdFrom } from './record';

const properties: INodeProperties[] = [articleIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['delete'] } }, properties);

/** DELETE /articles/{id}: an empty 200, so the item is `{ id, deleted: true }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = articleIdFrom.call(this, itemIndex);
	return await deleteRecord.call(this, { path: `/articles/${id}`, root: 'article', id }, requestOptions.call(this, itemIndex));
}
