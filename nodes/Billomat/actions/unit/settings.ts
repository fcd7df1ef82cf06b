import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue, recordLocator, returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import { billomatId, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, apiRequestAllItems, deleteRecord } from '../../transport';
import { operationDropdown as baseDropdown } from '../describe';
import { optionsCollection } from '../invoice/common.descriptions';

/**
 * Billomat's settings lists (units https://www.billomat.com/en/api/settings/units/, tax rates
 * https://www.billomat.com/en/api/settings/taxes/) share one shape: GET list (paged), GET, POST,
 * PUT and DELETE on `/<path>/{id}`, bodies `{"<element>": {…}}`, records of a few fields (so no
 * Simplify). One resource description builds its five operations here.
 */
export interface SettingsResource {
	resource: string;
	path: string;
	element: string;
	/** "unit", "tax rate": as descriptions and errors name one record. */
	noun: string;
	idField: { name: string; displayName: string; searchListMethod: string; description: string };
	/** Fields Create asks for (required). */
	required: INodeProperties[];
	/** Further fields of Create, and every field of Update. */
	optional: INodeProperties[];
	/** The Filters collection of Get Many, when the list documents filters. */
	filters?: INodeProperties;
	/** The body element from the user's fields, checked (`create`: the required fields must be there). */
	body: (node: INode, itemIndex: number, fields: IDataObject) => IDataObject;
	/** The query string of Get Many from its Filters. */
	filterQuery?: (node: INode, itemIndex: number, filters: IDataObject) => IDataObject;
}

export interface Operation {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
}

function idProperty(spec: SettingsResource): INodeProperties {
	return recordLocator({
		displayName: spec.idField.displayName,
		name: spec.idField.name,
		searchListMethod: spec.idField.searchListMethod,
		idPattern: '^[1-9][0-9]*$',
		idError: `A Billomat ${spec.noun} ID is a number, e.g. 1`,
		placeholder: '1',
		description: spec.idField.description,
	});
}

function idFrom(this: IExecuteFunctions, spec: SettingsResource, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, spec.idField.name, itemIndex), spec.idField.displayName);
}

const show = (spec: SettingsResource, operation: string, properties: INodeProperties[]) =>
	updateDisplayOptions({ show: { resource: [spec.resource], operation: [operation] } }, properties);

async function send(this: IExecuteFunctions, spec: SettingsResource, itemIndex: number, method: 'GET' | 'POST' | 'PUT', path: string, body?: IDataObject) {
	const reply = await apiRequest.call(this, {
		method,
		path,
		...(body ? { body: { [spec.element]: body } } : {}),
		shape: recordShape(spec.element),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(reply, spec.element) }];
}

/** POST /<path>: Billomat answers 201 with the new record. */
export function createOperation(spec: SettingsResource): Operation {
	const properties: INodeProperties[] = [
		...spec.required,
		...(spec.optional.length
			? [{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: spec.optional } as INodeProperties]
			: []),
		optionsCollection(),
	];
	return {
		description: show(spec, 'create', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const fields: IDataObject = spec.optional.length ? { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) } : {};
			for (const field of spec.required) fields[field.name] = this.getNodeParameter(field.name, itemIndex);
			return await send.call(this, spec, itemIndex, 'POST', spec.path, spec.body(this.getNode(), itemIndex, fields));
		},
	};
}

/** GET /<path>/{id}. */
export function getOperation(spec: SettingsResource): Operation {
	return {
		description: show(spec, 'get', [idProperty(spec), optionsCollection()]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = idFrom.call(this, spec, itemIndex);
			return await send.call(this, spec, itemIndex, 'GET', `${spec.path}/${id}`);
		},
	};
}

/** PUT /<path>/{id} with the changed fields only; Billomat answers with the whole record. */
export function updateOperation(spec: SettingsResource): Operation {
	const options = [...spec.required.map((f) => ({ ...f, required: false })), ...spec.optional].sort((a, b) => a.displayName.localeCompare(b.displayName));
	const properties: INodeProperties[] = [
		idProperty(spec),
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options },
		optionsCollection(),
	];
	return {
		description: show(spec, 'update', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = idFrom.call(this, spec, itemIndex);
			const body = spec.body(this.getNode(), itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
			if (Object.keys(body).length === 0) throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
			return await send.call(this, spec, itemIndex, 'PUT', `${spec.path}/${id}`, body);
		},
	};
}

/** DELETE /<path>/{id}: an empty 200, so the item is `{ id, deleted: true }`. */
export function deleteOperation(spec: SettingsResource): Operation {
	return {
		description: show(spec, 'delete', [idProperty(spec), optionsCollection()]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = idFrom.call(this, spec, itemIndex);
			return await deleteRecord.call(this, { path: `${spec.path}/${id}`, root: spec.element, id }, requestOptions.call(this, itemIndex));
		},
	};
}

/** GET /<path> with the documented filters, page by page up to the limit. */
export function getAllOperation(spec: SettingsResource): Operation {
	const properties: INodeProperties[] = [...returnAllOrLimit(), ...(spec.filters ? [spec.filters] : []), optionsCollection()];
	return {
		description: show(spec, 'getAll', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
			const limit = returnAll ? undefined : numberInput(this.getNode(), itemIndex, 'Limit', this.getNodeParameter('limit', itemIndex), { min: 1, integer: true });
			const filters = spec.filters ? (this.getNodeParameter('filters', itemIndex, {}) as IDataObject) : {};
			const qs = spec.filterQuery ? spec.filterQuery(this.getNode(), itemIndex, filters) : {};
			const records = await apiRequestAllItems.call(this, { method: 'GET', path: spec.path, qs, ...requestOptions.call(this, itemIndex) }, limit);
			return records.map((json) => ({ json }));
		},
	};
}

/** The Operation dropdown of a settings resource, options alphabetical. */
export function operationDropdown(spec: SettingsResource, plural: string): INodeProperties {
	const a = /^[aeiou]/.test(spec.noun) ? 'an' : 'a';
	return baseDropdown(spec.resource, [
		{ name: 'Create', value: 'create', description: `Add ${a} ${spec.noun}`, action: `Create ${a} ${spec.noun}` },
		{ name: 'Delete', value: 'delete', description: `Delete ${a} ${spec.noun}`, action: `Delete ${a} ${spec.noun}` },
		{ name: 'Get', value: 'get', description: `Get ${a} ${spec.noun}`, action: `Get ${a} ${spec.noun}` },
		{ name: 'Get Many', value: 'getAll', description: `Get ${plural}`, action: `Get many ${plural}` },
		{ name: 'Update', value: 'update', description: `Change ${a} ${spec.noun}`, action: `Update ${a} ${spec.noun}` },
	]);
}
