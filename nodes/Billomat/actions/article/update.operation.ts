import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { ARTICLE_FIELD_LABELS, articleFieldOptions, articleIdField } from './common.descriptions';
import { WHOLE_ARTICLE, articleBody, articleFieldsFrom, articleIdFrom } from './record';

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
	return await writeRecord.call(this, itemIndex, WHOLE_ARTICLE, articleBody(this.getNode(), itemIndex, fields, ARTICLE_FIELD_LABELS), id);
}
