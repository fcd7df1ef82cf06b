import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { documentId, documentTypeName, outputDocument } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf } from '../../transport';
import { documentTypeField, invoiceIdField, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [documentTypeField, invoiceIdField, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['get'] } }, properties);

/** GET /{type}/{id}.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('documentType', itemIndex) as string;
	const id = documentId(this.getNode(), itemIndex, this.getNodeParameter('invoiceId', itemIndex));
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: `/${type}/${id}`,
		notFound: `${documentTypeName(type)} ${id} is unknown`,
		shape: DOCUMENT,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	return [{ json: outputDocument.call(this, itemIndex, documentOf(reply) ?? {}) }];
}
