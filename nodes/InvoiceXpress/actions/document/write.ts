import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/router';
import { documentBody, outputDocument, readDocumentInput } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import {
	clientAddress,
	clientCity,
	clientCode,
	clientFieldsAfterAddress,
	clientNameField,
	dateField,
	documentOptionalFields,
	dueDateField,
	itemsInputField,
	lineItemsField,
	lineItemsJsonField,
	lineItemsJsonReplacingField,
	lineItemsReplacingField,
	simplifyField,
} from './descriptions';
import type { DocumentFamily, DocumentTypeSpec } from './family';
import { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, unknownDocument } from './family';

const byName = (options: INodeProperties[]) => [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** The body of Create or Update: the shared document fields, then the family's own. */
function bodyOf(this: IExecuteFunctions, family: DocumentFamily, itemIndex: number, operation: 'create' | 'update', type: DocumentTypeSpec): IDataObject {
	const body = documentBody(this.getNode(), itemIndex, readDocumentInput.call(this, itemIndex, operation));
	if (!family.ownBody) return body;
	const fields = this.getNodeParameter(operation === 'create' ? 'additionalFields' : 'updateFields', itemIndex, {}) as IDataObject;
	return { ...body, ...family.ownBody.call(this, itemIndex, fields, type) };
}

/** Create: POST /{type}.json with `{"<root>":{…}}`; an unknown client and unknown items are created. */
export function create(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		documentTypeField(family, 'create'),
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
			options: byName([...documentOptionalFields, ...(family.createFields ?? [])]),
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex);
		const body = bodyOf.call(this, family, itemIndex, 'create', type);
		const reply = await apiRequest.call(this, {
			method: 'POST',
			path: `/${type.value}`,
			body: { root: type.root, value: body },
			shape: DOCUMENT,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		});
		return [{ json: outputDocument.call(this, itemIndex, documentOf(reply) ?? {}) }];
	});
}

/**
 * Update: PUT /{type}/{id}.json with `{"<root>":{…}}` (current API). With the Legacy (XML) flavour,
 * a type with `legacyUpdate` (the invoice) is updated by the one request the legacy API documents,
 * PUT /invoices/{id}.xml with the XML body of its page. The items sent replace all the document's
 * items.
 */
export function update(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		documentTypeField(family, 'update'),
		...documentIdFields(family),
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
			options: [dateField, dueDateField, ...byName([...documentOptionalFields, ...(family.updateFields ?? [])])],
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex);
		const id = documentIdOf.call(this, family, itemIndex);
		const body = bodyOf.call(this, family, itemIndex, 'update', type);
		const reply = await apiRequest.call(this, {
			method: 'PUT',
			path: `/${type.value}/${id}`,
			body: { root: type.root, value: body },
			legacyXml: !!type.legacyUpdate,
			notFound: unknownDocument(type, id),
			shape: DOCUMENT_OR_EMPTY,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		});
		// InvoiceXpress answers 200 with an empty body; say what was done.
		const document = documentOf(reply);
		return [{ json: document ? outputDocument.call(this, itemIndex, document) : { id: Number(id), documentType: type.value, updated: true } }];
	});
}
