import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordLocator } from '../../../shared/descriptions';
import { recordShape, unwrapRecord } from '../../helpers';
import { pickerSearch } from '../../methods/listSearch';
import { apiRequest } from '../../transport';
import { contactName } from '../contact/record';
import type { DocumentFamily } from './family';

/**
 * Record pickers for the ID fields of the document operations. Each ID field a user types (by
 * its parameter name, wherever it sits: top level, a collection, a fixed collection's values)
 * becomes a record locator (From List + By ID) listing those records. A family that had plain
 * fields in saved workflows (invoices) has them up to `pickersSince` and the pickers from that
 * node version on, told apart with `@version` display options as `readOptionsCollections` does;
 * the other families have pickers in every version.
 */
const PICKERS: Record<string, { method: string; noun: string }> = {
	article_id: { method: 'searchArticles', noun: 'article' },
	client_id: { method: 'searchClients', noun: 'client' },
	clientId: { method: 'searchClients', noun: 'client' },
	confirmation_id: { method: 'searchConfirmations', noun: 'confirmation' },
	contact_id: { method: 'searchDocumentContacts', noun: 'contact' },
	email_template_id: { method: 'searchEmailTemplates', noun: 'email template' },
	free_text_id: { method: 'searchFreeTexts', noun: 'free text' },
	invoice_id: { method: 'searchInvoices', noun: 'invoice' },
	invoiceId: { method: 'searchInvoices', noun: 'invoice' },
	offer_id: { method: 'searchEstimates', noun: 'estimate' },
	recurring_id: { method: 'searchRecurrings', noun: 'recurring invoice' },
	supplier_id: { method: 'searchSuppliers', noun: 'supplier' },
	template_id: { method: 'searchTemplates', noun: 'template' },
	templateId: { method: 'searchTemplates', noun: 'template' },
	unit_id: { method: 'searchUnits', noun: 'unit' },
};

/** The node version from which invoices (and Article › Get Many's filters) have pickers. */
export const PICKERS_SINCE = 1.2;

const ID_PATTERN = '^[1-9][0-9]*$';

/** A plain ID field as a picker of the same name; a top-level one is named by its record ("Invoice"). */
function asPicker(field: INodeProperties, topLevel: boolean): INodeProperties {
	const { method, noun } = PICKERS[field.name];
	const picker = recordLocator({
		displayName: topLevel ? field.displayName.replace(/ ID$/, '') : field.displayName,
		name: field.name,
		searchListMethod: method,
		idPattern: ID_PATTERN,
		idError: `A Billomat ${noun} ID is a whole number, e.g. 12345`,
		placeholder: 'e.g. 12345',
		description: field.description,
		required: field.required ?? false,
	});
	return field.displayOptions ? { ...picker, displayOptions: field.displayOptions } : picker;
}

/** The field with each plain ID field in it (or it itself) a picker; the same object when it has none. */
function withPickers(field: INodeProperties, topLevel = true): INodeProperties {
	if (field.type === 'string' && field.name in PICKERS) return asPicker(field, topLevel);
	if (field.type === 'collection' && field.options) {
		const options = (field.options as INodeProperties[]).map((option) => withPickers(option, false));
		return options.some((option, n) => option !== field.options![n]) ? { ...field, options } : field;
	}
	if (field.type === 'fixedCollection' && field.options) {
		let changed = false;
		const options = (field.options as Array<{ name: string; displayName: string; values: INodeProperties[] }>).map((group) => {
			const values = group.values.map((value) => withPickers(value, false));
			if (values.some((value, n) => value !== group.values[n])) changed = true;
			return { ...group, values };
		});
		return changed ? { ...field, options } : field;
	}
	return field;
}

const showFor = (field: INodeProperties, version: IDataObject): INodeProperties => ({
	...field,
	displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, '@version': [version] } } as INodeProperties['displayOptions'],
});

/**
 * The properties with pickers for their ID fields: from `since` on (the plain fields before it,
 * each only where it differs), or in every version without `since`.
 */
export function pickerProperties(properties: INodeProperties[], since?: number): INodeProperties[] {
	return properties.flatMap((field) => {
		const picked = withPickers(field);
		if (picked === field) return [field];
		if (since === undefined) return [picked];
		return [showFor(field, { _cnd: { lt: since } }), showFor(picked, { _cnd: { gte: since } })];
	});
}

// ---------------------------------------------------------------------------------------------
// The contact picker of a document: the contacts of its client.

/** The families by resource, so the contact picker can read the chosen document's client. */
const FAMILIES = new Map<string, DocumentFamily>();

export function registerFamily(family: DocumentFamily): void {
	FAMILIES.set(family.resource, family);
}

/** A parameter's ID as the editor holds it (a picker's `{ mode, value }`, or a plain value), if it is one. */
function idOf(raw: unknown): string | undefined {
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	return /^[1-9][0-9]*$/.test(text) ? text : undefined;
}

/**
 * The Contact picker of a document's fields: the contacts of the client chosen in the node
 * (Create's Client, or Client in Update Fields or in the Filters), else of the document being
 * updated (its client, read from Billomat). Billomat lists contacts per client only.
 */
export async function searchDocumentContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const param = (name: string) => this.getNodeParameter(name, '') as unknown;
	let clientId =
		idOf(param('clientId')) ??
		idOf(param('updateFields.client_id')) ??
		idOf(param('additionalFields.client_id')) ??
		idOf(param('filters.client_id'));
	const family = FAMILIES.get(String(param('resource') ?? ''));
	const documentId = family ? idOf(param(family.idField.name)) : undefined;
	if (!clientId && family && documentId) {
		const body = await apiRequest.call(this, { method: 'GET', path: `${family.path}/${documentId}`, shape: recordShape(family.root) });
		clientId = idOf(unwrapRecord(body, family.root).client_id);
	}
	if (!clientId) {
		throw new NodeOperationError(this.getNode(), 'Choose the client first', {
			description: 'Billomat lists contacts per client: pick the client (or the document to update) first, then its contact.',
		});
	}
	// Listed as the Contact resource's picker names them; GET /contacts has no text filter, so the
	// search box narrows each page as it arrives.
	const page = await pickerSearch({ path: `/contacts?client_id=${clientId}`, root: 'contacts', element: 'contact', name: contactName }).call(this, undefined, paginationToken);
	const text = (filter ?? '').trim().toLowerCase();
	return text ? { ...page, results: page.results.filter((result) => result.name.toLowerCase().includes(text)) } : page;
}
