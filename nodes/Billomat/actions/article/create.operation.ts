import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeRecord } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { ARTICLE_FIELD_LABELS, articleFieldOptions } from './common.descriptions';
import { WHOLE_ARTICLE, articleBody, articleFieldsFrom } from './record';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Webdesign',
		description: 'Name of the article; invoice items that reference the article take it as their title',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: articleFieldOptions,
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['article'], operation: ['create'] } }, properties);

/** POST /articles: Billomat answers 201 with the new article. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = {
		title: this.getNodeParameter('title', itemIndex),
		...articleFieldsFrom.call(this, 'additionalFields', itemIndex),
	} as IDataObject;
	return await writeRecord.call(this, itemIndex, WHOLE_ARTICLE, articleBody(this.getNode(), itemIndex, fields, ARTICLE_FIELD_LABELS));
}
