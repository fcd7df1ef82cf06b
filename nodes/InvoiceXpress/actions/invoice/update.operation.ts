import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { documentBody, documentId, documentTypeName } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import { documentFields, documentIdField, documentTypeField, readDocumentInput } from './fields';

const show = { resource: ['invoice'], operation: ['update'] };

export const description: INodeProperties[] = [
	documentTypeField('update'),
	documentIdField('update'),
	...documentFields('update'),
	optionsCollection(show),
];

/**
 * PUT /{type}/{id}.json with `{"invoice":{…}}` (current API). With the Legacy (XML) flavour, an
 * Invoice is updated by the one request the legacy API documents, PUT /invoices/{id}.xml with the
 * XML body of its page; the other types have no legacy page and use the current API. The items
 * sent replace all the document's items.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('documentType', itemIndex) as string;
	const id = documentId(this.getNode(), itemIndex, this.getNodeParameter('invoiceId', itemIndex));
	const body = documentBody(this.getNode(), itemIndex, readDocumentInput.call(this, itemIndex, 'update'));
	const reply = await apiRequest.call(this, {
		method: 'PUT',
		path: `/${type}/${id}`,
		body: { root: 'invoice', value: body },
		legacyXml: type === 'invoices',
		notFound: `${documentTypeName(type)} ${id} is unknown`,
		shape: DOCUMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	// InvoiceXpress answers 200 with an empty body; say what was done.
	return [{ json: documentOf(reply) ?? { id: Number(id), documentType: type, updated: true } }];
}
