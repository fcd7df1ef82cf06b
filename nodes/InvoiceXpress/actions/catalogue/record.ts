import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue, recordLocator, timeoutOf } from '../../../shared/descriptions';
import { idInput, numberInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import type { InvoiceXpressRequest } from '../../transport';
import { apiRequest, apiRequestAllItems, documentOf, pageOf, pageShape } from '../../transport';

/**
 * The catalogue records of an account (items, taxes, sequences) share one shape on the API v2
 * pages: `GET /<path>.json` lists them as `{"<list>": […]}`, `GET /<path>/:id.json` answers
 * `{"<element>": {…}}`, and writes send `{"<element>": {…}}`. One spec per resource; the
 * operations of each resource are built from it here.
 */
export interface CatalogueSpec {
	resource: string;
	/** `/items`: the path without `.json`. */
	path: string;
	/** `item`: the root of a record and of a write body. */
	element: string;
	/** `items`: the list's key. */
	list: string;
	/** "item", "tax", "sequence": how messages name one record. */
	noun: string;
	/** The record picker of the operations that address one record. */
	id: { name: string; displayName: string; searchListMethod: string; example: string };
	/**
	 * Whether the list pages (`page`, `per_page` and `pagination` documented, as for items). The
	 * taxes and sequences pages document neither: "Returns all your taxes", so one request.
	 */
	paged: boolean;
}

/** The Operation dropdown of a resource (options alphabetical by name, each with its action). */
export function operationProperty(spec: CatalogueSpec, options: INodePropertyOptions[]): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [spec.resource] } },
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
		default: 'get',
	};
}

/** Create, Delete, Get, Get Many and Update of a record: `noun` with its article, `plural` for Get Many. */
export function crudOptions(spec: CatalogueSpec, article: 'a' | 'an', plural: string, createDescription: string): INodePropertyOptions[] {
	const one = `${article} ${spec.noun}`;
	return [
		{ name: 'Create', value: 'create', description: createDescription, action: `Create ${one}` },
		{ name: 'Delete', value: 'delete', description: `Delete ${one}`, action: `Delete ${one}` },
		{ name: 'Get', value: 'get', description: `Get ${one}`, action: `Get ${one}` },
		{ name: 'Get Many', value: 'getAll', description: `List the ${plural} of the account`, action: `Get many ${plural}` },
		{ name: 'Update', value: 'update', description: `Change ${one}`, action: `Update ${one}` },
	];
}

/** The Name of a record (create: required; update: one of the Update Fields). */
export function nameProperty(required: boolean, description: string, placeholder?: string): INodeProperties {
	return { displayName: 'Name', name: 'name', type: 'string', default: '', required, ...(placeholder ? { placeholder } : {}), description };
}

/** A reply holding one record: `{"item": {…}}`. */
export function recordShape(spec: CatalogueSpec): ReplyShape {
	return { expected: `one ${spec.noun} ({"${spec.element}": {…}})`, matches: (body) => documentOf(body) !== undefined };
}

/** A reply holding one record, or nothing (updates and deletes answer 200 with an empty body). */
export function recordOrEmptyShape(spec: CatalogueSpec): ReplyShape {
	return {
		expected: `an empty reply or one ${spec.noun} ({"${spec.element}": {…}})`,
		matches: (body) => body === undefined || body === '' || documentOf(body) !== undefined,
	};
}

/** The record picker ("From List" with search, "By ID") of a resource. */
export function idLocator(spec: CatalogueSpec, description?: string): INodeProperties {
	return recordLocator({
		displayName: spec.id.displayName,
		name: spec.id.name,
		searchListMethod: spec.id.searchListMethod,
		idPattern: '^[1-9][0-9]*$',
		idError: `An InvoiceXpress ${spec.noun} ID is a number, e.g. ${spec.id.example}`,
		placeholder: spec.id.example,
		description: description ?? `The ${spec.noun}: pick it from the list or give its numeric ID`,
	});
}

/** The record ID of an item, from the picker in either mode: plain digits, nothing else reaches the path. */
export function idOf(this: IExecuteFunctions, spec: CatalogueSpec, itemIndex: number): string {
	return idInput(this.getNode(), itemIndex, spec.id.displayName, locatorValue(this, spec.id.name, itemIndex), {
		what: `an InvoiceXpress ${spec.noun} ID`,
		hint: `Give the numeric ID of the ${spec.noun}, e.g. ${spec.id.example} (the "id" field of Get or Get Many), or pick it from the list.`,
	});
}

/** The operation's fields shown only for its resource and operation. */
export function shown(spec: CatalogueSpec, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [spec.resource], operation: [operation] } }, properties);
}

/** One request about one record; the reply as the API gave it (a record, or undefined when empty). */
export async function recordRequest(
	this: IExecuteFunctions,
	spec: CatalogueSpec,
	itemIndex: number,
	request: Omit<InvoiceXpressRequest, 'itemIndex' | 'timeout' | 'shape'>,
	emptyAllowed: boolean,
): Promise<IDataObject | undefined> {
	const reply = await apiRequest.call(this, {
		...request,
		shape: emptyAllowed ? recordOrEmptyShape(spec) : recordShape(spec),
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	return documentOf(reply);
}

/** The item for a write InvoiceXpress answered with an empty 200: what was done, to which record. */
export function summary(id: string, done: string, extra: IDataObject = {}): INodeExecutionData[] {
	return [{ json: { id: Number(id), ...extra, [done]: true } }];
}

/** Return All or the Limit of a Get Many, checked. */
export function limitOf(this: IExecuteFunctions, itemIndex: number): number | undefined {
	if (this.getNodeParameter('returnAll', itemIndex) as boolean) return undefined;
	return numberInput(this.getNode(), itemIndex, 'Limit', this.getNodeParameter('limit', itemIndex), { min: 1, integer: true });
}

/**
 * Every record of the list, up to `limit`. A paged list follows `pagination` page after page. A
 * list whose page documents no paging is one request without paging parameters; should the reply
 * carry `pagination` with more pages after all (a reading the pages leave open), the list is read
 * page by page instead.
 */
export async function listRecords(
	this: IExecuteFunctions,
	spec: CatalogueSpec,
	itemIndex: number,
	limit: number | undefined,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const timeout = timeoutOf(this, itemIndex);
	const request: InvoiceXpressRequest = { method: 'GET', path: spec.path, qs, itemIndex, timeout };
	const list = { key: spec.list, noun: spec.noun };
	if (spec.paged) return await apiRequestAllItems.call(this, request, limit, list);
	const reply = await apiRequest.call(this, { ...request, shape: pageShape(spec.list, `${spec.noun} records`) });
	const page = pageOf(reply as IDataObject, spec.list);
	if (page.totalPages > 1 && page.records.length > 0) {
		return await apiRequestAllItems.call(this, { ...request, qs: { ...qs, per_page: page.records.length } }, limit, list);
	}
	const records = page.records.filter(isJsonObject);
	return limit === undefined ? records : records.slice(0, limit);
}
