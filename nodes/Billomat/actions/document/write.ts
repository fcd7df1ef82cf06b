import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { articlePriceApplies, BILLOMAT_DATE, billomatId, documentBody, invoiceItems, pickedValues, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, deleteDocument } from '../../transport';
import { lineItemFields, optionsCollection } from '../invoice/common.descriptions';
import type { DocumentFamily } from './family';
import { familyOperation, fieldLabels } from './family';

/**
 * The family's fields as its record: the fields the documents share through `documentBody`, and
 * the family's own kinds (`fieldKinds`: IDs, dates, whole numbers) checked here.
 */
function familyBody(node: INode, itemIndex: number, family: DocumentFamily, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const kinds = family.fieldKinds ?? {};
	const shared: IDataObject = {};
	const own: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		const kind = kinds[name];
		if (!kind) shared[name] = value;
		else if (value === undefined || value === null || value === '') continue;
		else if (kind === 'id') own[name] = billomatId(node, itemIndex, value, labels[name] ?? name);
		else if (kind === 'date') own[name] = dateInput(node, itemIndex, labels[name] ?? name, value, BILLOMAT_DATE);
		else own[name] = numberInput(node, itemIndex, labels[name] ?? name, value, { min: 0, integer: true });
	}
	return { ...documentBody(node, itemIndex, shared, labels), ...own };
}

/** The line item fields of Create, for a family with items. */
function lineItemProperties(family: DocumentFamily): INodeProperties[] {
	if (!family.itemsRoot) return [];
	return [
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
	];
}

/**
 * Create: POST {path} with what it is for (the client; a reminder's invoice), the line items (fields
 * or JSON) of a family with items, and the other fields.
 */
export function create(family: DocumentFamily, clientField?: INodeProperties): ItemOperation {
	const owner = family.createdFor;
	const properties: INodeProperties[] = [
		owner?.field ??
			clientField ?? {
				displayName: 'Client ID',
				name: 'clientId',
				type: 'string',
				default: '',
				required: true,
				description: family.text.client,
			},
		...lineItemProperties(family),
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
		let record: IDataObject;
		if (owner) {
			record = { [owner.key]: billomatId(node, itemIndex, locatorValue(this, owner.field.name, itemIndex), owner.label) };
		} else {
			// A client picker (resource locator) gives its ID in any mode; the plain field its value.
			record = { client_id: billomatId(node, itemIndex, locatorValue(this, 'clientId', itemIndex), 'Client ID') };
		}
		let items: IDataObject[] = [];
		if (family.itemsRoot) {
			const mode = this.getNodeParameter('itemsInput', itemIndex, 'fields') as string;
			const fixed = mode === 'json' ? {} : (this.getNodeParameter('lineItems', itemIndex, {}) as IDataObject);
			if (Array.isArray(fixed.item)) {
				fixed.item = (fixed.item as IDataObject[]).map((item, n) => articlePriceApplies(node, pickedValues.call(this, `lineItems.item[${n}]`, item, itemIndex)));
			}
			items = invoiceItems(node, itemIndex, mode, fixed, mode === 'json' ? this.getNodeParameter('lineItemsJson', itemIndex, '[]') : undefined);
		}
		const fields = pickedValues.call(this, 'additionalFields', this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex);
		Object.assign(record, familyBody(node, itemIndex, family, fields, labels));
		if (items.length && family.itemsRoot && family.itemRoot) record[family.itemsRoot] = { [family.itemRoot]: items };

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
				...(family.clientWritable === false
					? []
					: [{ displayName: 'Client ID', name: 'client_id', type: 'string' as const, default: '', description: `Move the ${family.noun} to another client` }]),
				...family.fields,
			],
		},
		optionsCollection(),
	];
	const labels = fieldLabels(family);
	return familyOperation(family, 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const fields = pickedValues.call(this, 'updateFields', this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, itemIndex);
		const record = familyBody(this.getNode(), itemIndex, family, fields, labels);
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
