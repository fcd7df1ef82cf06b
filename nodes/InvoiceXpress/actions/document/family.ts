import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/router';
import { inputError } from '../../../shared/errors';
import { documentId } from '../../helpers';

/**
 * One document type of a family, as InvoiceXpress addresses it: `POST /invoice_receipts.json` with
 * `{"invoice": {…}}`, listed with `type[]=InvoiceReceipt`.
 */
export interface DocumentTypeSpec {
	/** Display name: `Invoice-Receipt`. */
	name: string;
	/** The path segment: `invoice_receipts`. */
	value: string;
	/** The root of the request bodies (create, update, change-state): `invoice`, `receipt`, `quote`. */
	root: string;
	/** The class name lists and replies give as `type`: `InvoiceReceipt`. */
	className: string;
	/** Operations of the family this type does not have (receipts cannot be created, …). */
	without?: readonly string[];
	/** The Change State states this type takes (default: all of the family's). */
	states?: readonly string[];
	/**
	 * Whether Update goes to the legacy XML API with the Legacy (XML) flavour: only invoices, the one
	 * request it documents (PUT /invoices/:invoice-id.xml).
	 */
	legacyUpdate?: boolean;
}

/** A state Change State can ask for (`{"invoice": {"state": value}}`) and what the document shows once there. */
export interface StateSpec {
	/** Sent as `state`: `finalized`, `canceled`… */
	value: string;
	/** The option's name and description. */
	name: string;
	description: string;
	/** The `status` asked for, for messages ("status final"). */
	requested: string;
	/** The document's `status` values that mean the state was reached. */
	statuses: readonly string[];
	/** Whether reaching it may also make the document disappear (a deleted draft: 404). */
	gone?: boolean;
	/** Whether the documented request needs a message (cancel). */
	needsMessage?: boolean;
}

/**
 * A family of InvoiceXpress documents: invoices (invoice, invoice-receipt, simplified invoice, credit
 * and debit notes, receipts, VAT MOSS invoices), estimates (quote, proforma, fees note), guides
 * (shipping, transport, devolution). Every family has the same lifecycle in API v2: a list, get,
 * create with a client and items, update, change-state, email-document and the PDF, each at
 * `/{type}/{id}…`; the builders of this folder make each operation of a family from this description.
 */
export interface DocumentFamily {
	/** The node's resource value: `invoice`, `estimate`, `guide`. */
	resource: string;
	/** Nouns for descriptions: `invoice`, `invoices`. */
	noun: string;
	plural: string;
	/** Its document types, the Document Type choice (in this order). */
	types: readonly DocumentTypeSpec[];
	/** The Document Type's default (a `value` of `types`). */
	defaultType: string;
	/** The family's list (`/invoices` with `type[]` for every invoice type) and its reply key. */
	list: { path: string; key: string; noun: string };
	/**
	 * The document ID every per-document operation takes: the parameter name and label (`invoiceId`,
	 * `Invoice ID`), and its picker (listSearch method). From node version `locatorSince` it is a
	 * resource locator; before, a plain field (saved workflows keep it). Without `locatorSince`: a
	 * locator in every version.
	 */
	id: { name: string; displayName: string; searchListMethod: string; locatorSince?: number };
	/** The states Change State offers, with what each leads to. */
	states: readonly StateSpec[];
	/** The documented `status[]` values of the list. */
	statuses: readonly INodePropertyOptions[];
	/** The family's own Create fields (Additional Fields) beyond what every family has. */
	createFields?: INodeProperties[];
	/** The family's own Update fields (Update Fields). */
	updateFields?: INodeProperties[];
	/**
	 * The family's own fields of Create/Update (from Additional Fields / Update Fields) as body keys,
	 * checked; merged into the document body after the shared ones.
	 */
	ownBody?(this: IExecuteFunctions, itemIndex: number, fields: IDataObject, type: DocumentTypeSpec): IDataObject;
	/**
	 * The shared list filters (Filters' option names) the family's list page documents; default all.
	 * The guide list documents no date, due date or total ranges (…/guides/list-all).
	 */
	listFilters?: readonly string[];
	/** The family's own list filters (Get Many's Filters) and how they go to the query. */
	ownFilters?: INodeProperties[];
	ownQuery?(this: IExecuteFunctions, itemIndex: number, filters: IDataObject): IDataObject;
}

const ID_PATTERN = '^[1-9][0-9]*$';

/** The types of `family` an operation is offered for. */
export function typesFor(family: DocumentFamily, operation: string): DocumentTypeSpec[] {
	return family.types.filter((type) => !type.without?.includes(operation));
}

/**
 * The type of the item's Document Type: one `operation` offers (without it: one of the family's;
 * an expression may give any text), else refused before any request.
 */
export function typeOf(this: IExecuteFunctions, family: DocumentFamily, itemIndex: number, operation?: string): DocumentTypeSpec {
	const value = String(this.getNodeParameter('documentType', itemIndex, family.defaultType) ?? '').trim();
	const offered = operation ? typesFor(family, operation) : [...family.types];
	const type = offered.find((t) => t.value === value);
	if (!type) {
		throw inputError(
			this.getNode(),
			itemIndex,
			`"Document Type" (${value || 'empty'}) is not one this operation takes`,
			`Pick one of ${offered.map((t) => t.value).join(', ')}.`,
		);
	}
	return type;
}

/** The Document Type field of one operation: the family's types that have it. */
export function documentTypeField(family: DocumentFamily, operation: string): INodeProperties {
	const types = typesFor(family, operation);
	const first = types.some((type) => type.value === family.defaultType) ? family.defaultType : types[0].value;
	return {
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		options: types.map(({ name, value }) => ({ name, value })),
		default: first,
		description: 'The kind of document: it is part of the address of every request',
	};
}

const withVersion = (field: INodeProperties, version: IDataObject): INodeProperties => ({
	...field,
	displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, '@version': [version] } } as INodeProperties['displayOptions'],
});

/**
 * The document ID field(s) of a family: a plain field before `id.locatorSince` (as saved workflows
 * have it), a resource locator (From List with search, By ID) from it on. Read with `documentIdOf`.
 */
export function documentIdFields(family: DocumentFamily, description = 'The numeric ID of the document, as Get and Get Many output it'): INodeProperties[] {
	const locator = recordLocator({
		displayName: family.id.displayName.replace(/ ID$/, ''),
		name: family.id.name,
		searchListMethod: family.id.searchListMethod,
		idPattern: ID_PATTERN,
		idError: `An InvoiceXpress document ID is a whole number, e.g. 1503698 (not the sequence number)`,
		placeholder: 'e.g. 1503698',
		description,
	});
	const since = family.id.locatorSince;
	if (since === undefined) return [locator];
	const plain: INodeProperties = { displayName: family.id.displayName, name: family.id.name, type: 'string', default: '', required: true, description };
	return [withVersion(plain, { _cnd: { lt: since } }), withVersion(locator, { _cnd: { gte: since } })];
}

/** The item's document ID, checked: from the locator (either mode) or the plain field of older versions. */
export function documentIdOf(this: IExecuteFunctions, family: DocumentFamily, itemIndex: number): string {
	return documentId(this.getNode(), itemIndex, locatorValue(this, family.id.name, itemIndex), family.id.displayName);
}

/** `Invoice 12 is unknown` (the type's name). */
export function unknownDocument(type: DocumentTypeSpec | undefined, id: string): string {
	return `${type?.name ?? 'Document'} ${id} is unknown`;
}

/** An operation of a family: its fields shown for that resource and operation only. */
export function familyOperation(family: DocumentFamily, operation: string, properties: INodeProperties[], execute: ItemOperation['execute']): ItemOperation {
	return {
		description: updateDisplayOptions({ show: { resource: [family.resource], operation: [operation] } }, properties),
		execute,
	};
}
