import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { articleIdField, simplifyField } from './common.descriptions';
import { articleIdFrom, simplifyArticle } from './record';

const properties: INodeProperties[] = [articleIdField, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['get'] } }, properties);

/** GET /articles/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = articleIdFrom.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/articles/${id}`,
		shape: recordShape('article'),
		...requestOptions.call(this, itemIndex),
	});
	const article = unwrapRecord(body, 'article');
	return [{ json: this.getNodeParameter('simplify', itemIndex, true) ? simplifyArticle(article) : article }];
}
