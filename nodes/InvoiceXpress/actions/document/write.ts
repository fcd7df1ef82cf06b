import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/router';
import { inputError, nodeError } from '../../../shared/errors';
import { lastSettledRequest } from '../../../shared/provider';
import type { DocumentExtras, ItemInput } from '../../helpers';
import { documentBody, documentExtras, documentId, outputDocument, pickedValue, readDocumentInput } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import { TAX_EXEMPTION_CODES } from '../../values/documents';
import {
	catalogueItemsField,
	clientCodeField,
	clientSourceField,
	documentExtraFields,
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

interface CatalogueRow {
	itemId?: unknown;
	quantity?: number | string;
	discount?: number | string;
}

/**
 * Line items from the account's items (Line Items Input: From Catalogue): GET /items/{id}.json for
 * each (https://invoicexpress.com/api-v2/items/get), its name, description, unit price, unit and
 * tax, with the row's quantity and discount. Every ID is checked before the first request.
 */
async function catalogueItems(this: IExecuteFunctions, itemIndex: number): Promise<ItemInput[]> {
	const node = this.getNode();
	const rows = ((this.getNodeParameter('catalogueItems', itemIndex, {}) as { item?: CatalogueRow[] }).item ?? []).map((row, n) => ({
		...row,
		id: documentId(node, itemIndex, pickedValue(row.itemId), `Catalogue Items ${n + 1} › Item`),
	}));
	if (rows.length === 0) {
		throw inputError(node, itemIndex, 'at least one item is required', 'Add an item under "Catalogue Items".');
	}
	const items: ItemInput[] = [];
	for (const row of rows) {
		const reply = await apiRequest.call(this, { method: 'GET', path: `/items/${row.id}`, notFound: `Item ${row.id} is unknown`, shape: DOCUMENT, itemIndex });
		const item = documentOf(reply)!;
		const tax = item.tax && typeof item.tax === 'object' ? (item.tax as IDataObject).name : undefined;
		items.push({
			name: item.name as string,
			description: (item.description as string | null) ?? undefined,
			unitPrice: item.unit_price as number | string,
			unit: item.unit as string,
			taxName: (tax as string | undefined) ?? undefined,
			quantity: row.quantity ?? 1,
			discount: row.discount,
		});
	}
	return items;
}

/**
 * The `sequence_id` a document of this type is created on. A sequence (series) holds one such ID per
 * document type, `current_<type>_sequence_id`, and that one is what the create page's `sequence_id`
 * takes (https://developers.invoicexpress.com/guides/how-to-create-an-invoice-on-a-specific-sequence):
 * the picked sequence is read (GET /sequences/{id}.json) and its ID for this type is sent. An ID
 * that is no sequence (404) is taken as such a per-type ID already, typed By ID, and sent as given.
 */
async function sequenceIdFor(this: IExecuteFunctions, itemIndex: number, sequenceId: string, type: DocumentTypeSpec): Promise<string> {
	const key = `current_${type.value.replace(/s$/, '')}_sequence_id`;
	let reply: unknown;
	try {
		reply = await apiRequest.call(this, { method: 'GET', path: `/sequences/${sequenceId}`, shape: DOCUMENT, itemIndex, timeout: timeoutOf(this, itemIndex) });
	} catch (error) {
		if (lastSettledRequest.call(this, itemIndex)?.statusCode === 404) return sequenceId;
		throw nodeError(this.getNode(), error, itemIndex);
	}
	const perType = documentOf(reply)?.[key];
	if (typeof perType === 'number' || (typeof perType === 'string' && /^\d+$/.test(perType))) return String(perType);
	throw inputError(
		this.getNode(),
		itemIndex,
		`sequence ${sequenceId} has no numbering for ${type.name} documents (no "${key}")`,
		'Pick another sequence, or give the sequence ID of this document type By ID.',
	);
}

/** The body of Create or Update: the shared document fields, then the family's own. */
async function bodyOf(this: IExecuteFunctions, family: DocumentFamily, itemIndex: number, operation: 'create' | 'update', type: DocumentTypeSpec): Promise<IDataObject> {
	const node = this.getNode();
	const fields = this.getNodeParameter(operation === 'create' ? 'additionalFields' : 'updateFields', itemIndex, {}) as IDataObject;
	const input = readDocumentInput.call(this, itemIndex, operation);
	// Checked before any request (the catalogue's reads included).
	const extras = documentExtras(node, itemIndex, fields as DocumentExtras, TAX_EXEMPTION_CODES);
	const own = family.ownBody ? family.ownBody.call(this, itemIndex, fields, type) : {};
	if (this.getNodeParameter('itemsInput', itemIndex, 'fields') === 'catalogue') {
		// The client and header fields are checked before the items are read: a stand-in item passes
		// the item check, the catalogue's items are checked once read.
		documentBody(node, itemIndex, { ...input, items: [{ name: 'item', unitPrice: 1, quantity: 1, unit: 'unit' }] });
		input.items = await catalogueItems.call(this, itemIndex);
	}
	const body = { ...documentBody(node, itemIndex, input), ...extras, ...own };
	if (typeof body.sequence_id === 'string') body.sequence_id = await sequenceIdFor.call(this, itemIndex, body.sequence_id, type);
	return body;
}

/** The Client Fields collection (Create also has City and Code). */
const clientFields = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Client Fields',
	name: 'client',
	type: 'collection',
	placeholder: 'Add Client Field',
	default: {},
	description: 'Used only when a new client is created',
	options,
});

/** Create's client fields: by name and fields (a new client gets them), or by code. */
const createClientFields = (): INodeProperties[] => {
	const byFields = { show: { clientSource: ['fields'] } };
	return [
		clientSourceField,
		{ ...clientNameField, displayOptions: byFields },
		clientCodeField,
	];
};

/** Create: POST /{type}.json with `{"<root>":{…}}`; an unknown client and unknown items are created. */
export function create(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		documentTypeField(family, 'create'),
		{ ...dateField, required: true },
		{ ...dueDateField, required: true },
		...createClientFields(),
		itemsInputField,
		lineItemsJsonField,
		lineItemsField,
		catalogueItemsField,
		{ ...clientFields([clientAddress, clientCity, clientCode, ...clientFieldsAfterAddress]), displayOptions: { show: { clientSource: ['fields'] } } },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byName([...documentOptionalFields, ...documentExtraFields, ...(family.createFields ?? [])]),
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex, 'create');
		const body = await bodyOf.call(this, family, itemIndex, 'create', type);
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
		catalogueItemsField,
		clientFields([clientAddress, ...clientFieldsAfterAddress]),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [dateField, dueDateField, ...byName([...documentOptionalFields, ...documentExtraFields, ...(family.updateFields ?? [])])],
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex, 'update');
		const id = documentIdOf.call(this, family, itemIndex);
		const body = await bodyOf.call(this, family, itemIndex, 'update', type);
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
