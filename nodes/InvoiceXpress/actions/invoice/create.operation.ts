import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { documentBody } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf } from '../../transport';
import { documentFields, documentTypeField, readDocumentInput } from './fields';

const show = { resource: ['invoice'], operation: ['create'] };

export const description: INodeProperties[] = [documentTypeField('create'), ...documentFields('create'), optionsCollection(show)];

/** POST /{type}.json with `{"invoice":{…}}`: an unknown client and unknown items are created. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('documentType', itemIndex) as string;
	const body = documentBody(this.getNode(), itemIndex, readDocumentInput.call(this, itemIndex, 'create'));
	const reply = await apiRequest.call(this, {
		method: 'POST',
		path: `/${type}`,
		body: { root: 'invoice', value: body },
		shape: DOCUMENT,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	return [{ json: documentOf(reply) ?? {} }];
}
