import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/router';
import { billomatId, documentBody, invoiceItems, pickedValues, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, deleteDocument } from '../../transport';
import { lineItemFields, optionsCollection } from '../invoice/common.descriptions';
import type { DocumentFamily } from './family';
import { familyOperation, fieldLabels } from './family';

/** Create: POST {path} with the client, the line items (fields or JSON) and the other fields. */
export function create(family: DocumentFamily, clientField?: INodeProperties): ItemOperation {
	const properties: INodeProperties[] = [
		clientField ?? {
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: family.text.client,
		},
		{
			displayName: 'Line Items Input',
			name: 'itemsInput',
			type: 'options',
			default: 'fields',
			options: [
				{ name: 'Fields', value: 'fields', description: 'Add each line item with the fields below' },
				{ name: 'JSON', value: 'json', description: 'Give the line items as a JSON array (e.g. from an expression)' },
			],
		},
		{
			displayName: 'Line Items',
			name: 'lineItems',
			type: 'fixedCollection',
			placeholder: 'Add Line Item',
			typeOptions: { multipleValues: true, sortable: true },
			default: {},
			displayOptions: { show: { itemsInput: ['fields'] } },
			options: [{ displayName: 'Item', name: 'item', values: lineItemFields }],
		},
		{
			displayName: 'Line Items (JSON)',
			name: 'lineItemsJson',
			type: 'json',
			default: '[]',
			displayOptions: { show: { itemsInput: ['json'] } },
			description: 'Array of items with title, description, quantity, unit, unit_price, article_id, tax_name, tax_rate, reduction',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: family.fields,
		},
		optionsCollection(),
	];
	const labels = fieldLabels(family);
	return familyOperation(family, 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		// A client picker (resource locator) gives its ID in any mode; the plain field its value.
		const clientId = billomatId(node, itemIndex, locatorValue(this, 'clientId', itemIndex), 'Client ID');
		const mode = this.getNodeParameter('itemsInput', itemIndex, 'fields') as string;
		const fixed = mode === 'json' ? {} : (this.getNodeParameter('lineItems', itemIndex, {}) as IDataObject);
		if (Array.isArray(fixed.item)) {
			fixed.item = (fixed.item as IDataObject[]).map((item, n) => pickedValues.call(this, `lineItems.item[${n}]`, item, itemIndex));
		}
		const items = invoiceItems(node, itemIndex, mode, fixed, mode === 'json' ? this.getNodeParameter('lineItemsJson', itemIndex, '[]') : undefined);
		const fields = pickedValues.call(this, 'additionalFields', this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex);
		const record: IDataObject = { client_id: clientId, ...documentBody(node, itemIndex, fields, labels) };
		if (items.length) record[family.itemsRoot] = { [family.itemRoot]: items };

		const body = await apiRequest.call(this, {
			method: 'POST',
			path: family.path,
			body: { [family.root]: record },
			shape: recordShape(family.root),
			...requestOptions.call(this, itemIndex),
		});
		return [{ json: unwrapRecord(body, family.root) }];
	});
}

/** Update: PUT {path}/{id} with the changed fields of a draft. */
export function update(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		{ displayName: family.text.updateNotice, name: 'draftNotice', type: 'notice', default: '' },
		family.idField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Client ID', name: 'client_id', type: 'string', default: '', description: `Move the ${family.noun} to another client` },
				...family.fields,
			],
		},
		optionsCollection(),
	];
	const labels = fieldLabels(family);
	return familyOperation(family, 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const fields = pickedValues.call(this, 'updateFields', this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, itemIndex);
		const record = documentBody(this.getNode(), itemIndex, fields, labels);
		if (Object.keys(record).length === 0) {
			throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
		}
		const body = await apiRequest.call(this, {
			method: 'PUT',
			path: `${family.path}/${id}`,
			body: { [family.root]: record },
			shape: recordShape(family.root),
			...requestOptions.call(this, itemIndex),
			hints: { 400: family.text.updateHint, 403: family.text.updateHint },
		});
		return [{ json: unwrapRecord(body, family.root) }];
	});
}

/** Delete: DELETE {path}/{id} of a draft; the item says which (see `deleteDocument`). */
export function del(family: DocumentFamily): ItemOperation {
	return familyOperation(family, 'delete', [family.idField, optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		return await deleteDocument.call(this, family, id, { 400: family.text.deleteHint }, requestOptions.call(this, itemIndex));
	});
}
