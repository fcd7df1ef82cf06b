import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { ARTICLE_FIELD_LABELS, articleFieldOptions, articleIdField } from './common.descriptions';
import { articleBody, articleFieldsFrom, articleIdFrom } from './record';

const titleOption: INodeProperties = { displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Name of the article' };

const properties: INodeProperties[] = [
	articleIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [titleOption, ...articleFieldOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['update'] } }, properties);

/** PUT /articles/{id} with the changed fields only; Billomat answers with the whole article. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = articleIdFrom.call(this, itemIndex);
	const fields = articleFieldsFrom.call(this, 'updateFields', itemIndex);
	const article = articleBody(this.getNode(), itemIndex, fields, ARTICLE_FIELD_LABELS);
	if (Object.keys(article).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: 'PUT',
		path: `/articles/${id}`,
		body: { article },
		shape: recordShape('article'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(body, 'article') }];
}
