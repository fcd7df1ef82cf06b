import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { documentBody, documentId, documentTypeName, outputDocument, readDocumentInput } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import {
	clientAddress,
	clientFieldsAfterAddress,
	clientNameField,
	dateField,
	documentOptionalFields,
	documentTypeField,
	dueDateField,
	invoiceIdField,
	itemsInputField,
	lineItemsJsonReplacingField,
	lineItemsReplacingField,
	simplifyField,
} from './common.descriptions';

const properties: INodeProperties[] = [
	documentTypeField,
	invoiceIdField,
	clientNameField,
	itemsInputField,
	lineItemsJsonReplacingField,
	lineItemsReplacingField,
	{
		displayName: 'Client Fields',
		name: 'client',
		type: 'collection',
		placeholder: 'Add Client Field',
		default: {},
		description: 'Used only when a new client is created',
		options: [clientAddress, ...clientFieldsAfterAddress],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [dateField, dueDateField, ...documentOptionalFields],
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['update'] } }, properties);

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
	const document = documentOf(reply);
	return [{ json: document ? outputDocument.call(this, itemIndex, document) : { id: Number(id), documentType: type, updated: true } }];
}
