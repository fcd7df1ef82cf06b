import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { documentBody, outputDocument, readDocumentInput } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf } from '../../transport';
import {
	clientAddress,
	clientCity,
	clientCode,
	clientFieldsAfterAddress,
	clientNameField,
	dateField,
	documentOptionalFields,
	documentTypeField,
	dueDateField,
	lineItemsField,
	itemsInputField,
	lineItemsJsonField,
	simplifyField,
} from './common.descriptions';

const properties: INodeProperties[] = [
	documentTypeField,
	{ ...dateField, required: true },
	{ ...dueDateField, required: true },
	clientNameField,
	itemsInputField,
	lineItemsJsonField,
	lineItemsField,
	{
		displayName: 'Client Fields',
		name: 'client',
		type: 'collection',
		placeholder: 'Add Client Field',
		default: {},
		description: 'Used only when a new client is created',
		options: [clientAddress, clientCity, clientCode, ...clientFieldsAfterAddress],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: documentOptionalFields,
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['create'] } }, properties);

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
	return [{ json: outputDocument.call(this, itemIndex, documentOf(reply) ?? {}) }];
}
