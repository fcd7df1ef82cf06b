import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, apiRequestAllItems, deleteRecord } from '../../transport';
import { operationDropdown as baseDropdown } from '../describe';

/**
 * The parent of document children. Billomat gives each document family the same child resources
 * under paths named after the family (https://www.billomat.com/en/api/invoices/items/,
 * https://www.billomat.com/en/api/credit-notes/items/, …/comments/, …/payments/, tags):
 * `/{stem}-items?{parentField}=…`, `/{stem}-comments`, `/{stem}-tags` and, for invoices, credit
 * notes and incomings, `/{stem}-payments`, each record under `{stem}-item`, `{stem}-comment`… and
 * naming its document by `{parentField}`. A family's children are this description plus one thin
 * resource folder per child kind; the builders in this folder make every operation.
 */
export interface ChildParent {
	/** The family's resource value; the children are `{resource}Item`, `{resource}Comment`…: `invoice`, `creditNote`. */
	resource: string;
	/** The family in sentences, and as a field label: `invoice` / `Invoice`, `credit note` / `Credit Note`. */
	noun: string;
	label: string;
	/** The children's path and root stem: `invoice` → `/invoice-items`, `invoice-item`. */
	stem: string;
	/** The field naming the document in a child (and the list's filter): `invoice_id`, `credit_note_id`. */
	parentField: string;
	/** The document picker: its parameter, listSearch method and By ID error. */
	locator: { name: string; searchMethod: string; idError: string };
	/** The documented writable item fields besides the parent (Billomat's items page of the family). */
	itemFields: string[];
	/** Billomat's hint when a child of a document that is no draft is changed (items). */
	draftOnlyHint: string;
	/** The comment action keys the family's comments page lists, as [name, value]. */
	actionKeys: Array<[string, string]>;
	/** Whether the comments page lets a comment be made public (shown in the customer portal). */
	commentPublic: boolean;
	/** Payments, where the family has them. */
	payments?: ChildPayments;
}

export interface ChildPayments {
	/** The types a payment can be booked with, and every type the list filter takes, as [name, value]. */
	bookable: Array<[string, string]>;
	filterTypes: Array<[string, string]>;
	/** The "mark as paid" switch: its parameter and Billomat field. */
	markAsPaid: { name: string; field: string };
	/** Whether the create table lists transaction_purpose. */
	transactionPurpose: boolean;
	/** Which documents take payments (notice and 400 hint). */
	statusNotice: string;
	bookHint: string;
	/** What deleting a payment does to the document. */
	deleteNotice: string;
}

/** The child resource's value: `invoice` + `Item` → `invoiceItem`. */
export const childResource = (parent: ChildParent, kind: string) => `${parent.resource}${kind}`;

/** The child kind's path and record root: `/credit-note-items`, `credit-note-item`. */
export const childPath = (parent: ChildParent, kind: string) => `/${parent.stem}-${kind}s`;
export const childRoot = (parent: ChildParent, kind: string) => `${parent.stem}-${kind}`;

/** An operation of a child resource: its fields shown for that resource and operation only. */
export function childOperation(
	parent: ChildParent,
	kind: string,
	operation: string,
	properties: INodeProperties[],
	execute: ItemOperation['execute'],
): ItemOperation {
	return { description: updateDisplayOptions({ show: { resource: [childResource(parent, kind)], operation: [operation] } }, properties), execute };
}

/** The Operation dropdown of a child resource, options alphabetical, each with its action. */
export function operationDropdown(
	parent: ChildParent,
	kind: string,
	defaultOperation: string,
	options: Array<{ name: string; value: string; description: string; action: string }>,
): INodeProperties {
	return baseDropdown(childResource(parent, kind), options, defaultOperation);
}

/** A child resource from its operation modules: the dropdown, then each operation's fields. */
export function resourceDescription(dropdown: INodeProperties, operations: Record<string, ItemOperation>): INodeProperties[] {
	return [dropdown, ...Object.keys(operations).sort().flatMap((name) => operations[name].description)];
}

/** GET {path}/{id} of one child, its record through `output`. */
export async function readChild(
	this: IExecuteFunctions,
	parent: ChildParent,
	kind: string,
	id: number,
	itemIndex: number,
	output: (record: IDataObject) => IDataObject,
): Promise<INodeExecutionData[]> {
	const root = childRoot(parent, kind);
	const body = await apiRequest.call(this, { method: 'GET', path: `${childPath(parent, kind)}/${id}`, shape: recordShape(root), ...requestOptions.call(this, itemIndex) });
	return [{ json: output(unwrapRecord(body, root)) }];
}

/** DELETE {path}/{id} of one child; the output is a summary (see `deleteRecord`). */
export async function deleteChild(
	this: IExecuteFunctions,
	parent: ChildParent,
	kind: string,
	id: number,
	itemIndex: number,
	extra: { subject: string; hints?: Record<number, string> },
): Promise<INodeExecutionData[]> {
	return await deleteRecord.call(this, { path: `${childPath(parent, kind)}/${id}`, root: childRoot(parent, kind), id, ...extra }, requestOptions.call(this, itemIndex));
}

/** GET {path} with `qs`, every page (Return All) or up to Limit. */
export async function listChildren(this: IExecuteFunctions, parent: ChildParent, kind: string, itemIndex: number, qs: IDataObject): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	return await apiRequestAllItems.call(this, { method: 'GET', path: childPath(parent, kind), qs, ...requestOptions.call(this, itemIndex) }, limit);
}

/** POST (or PUT {path}/{id}) one child's record under its root; Billomat's reply record, unwrapped. */
export async function writeChild(
	this: IExecuteFunctions,
	parent: ChildParent,
	kind: string,
	itemIndex: number,
	record: IDataObject,
	options: { id?: number; hints?: Record<number, string> } = {},
): Promise<IDataObject> {
	const root = childRoot(parent, kind);
	const body = await apiRequest.call(this, {
		method: options.id === undefined ? 'POST' : 'PUT',
		path: options.id === undefined ? childPath(parent, kind) : `${childPath(parent, kind)}/${options.id}`,
		body: { [root]: record },
		shape: recordShape(root),
		...requestOptions.call(this, itemIndex),
		...(options.hints ? { hints: options.hints } : {}),
	});
	return unwrapRecord(body, root);
}
