import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { filtersCollection, invoiceFieldOptions } from '../invoice/common.descriptions';
import { pickOptions } from './derive';
import type { DocumentFamily } from './family';

/**
 * What tells one document family from another, besides what every family shares: the rest of a
 * `DocumentFamily` (its record locator, the writable fields and the documented filters picked from
 * the invoice ones, Order By, the sentences) follows from it.
 */
export interface FamilyDefinition {
	/** The node's resource value and its display name: `estimate`, `Estimate`. */
	resource: string;
	displayName: string;
	/** Billomat's path and record key: `/offers`, `offer` (line items `offer-items`/`offer-item`). */
	path: string;
	root: string;
	/** The nouns descriptions use: `estimate`, `estimates`. */
	noun: string;
	plural: string;
	/**
	 * The record's number field (also the list's number filter) and an example: `offer_number`,
	 * `AN123`. A family without a number (letters, recurrings) leaves both out; the example also
	 * makes the By ID error say what the ID is not (the number).
	 */
	numberField?: string;
	numberExample?: string;
	/** The number's display name; default `<displayName> Number` (reminders: the invoice's). */
	numberLabel?: string;
	/** The documented statuses (the status filter's values). */
	statuses?: readonly string[];
	/** The writable fields the family's page documents, by their Billomat names (the invoice field descriptions). */
	fields: readonly string[];
	fieldOverrides?: Record<string, Partial<INodeProperties>>;
	/** The family's own writable fields, which the invoice has not (a letter's subject). */
	ownFields?: INodeProperties[];
	/** The documented list filters picked from the invoice's; default the ones every family's list documents. */
	filterNames?: readonly string[];
	filterOverrides?: Record<string, Partial<INodeProperties>>;
	/** The family's own list filters, which the invoice has not. */
	ownFilters?: INodeProperties[];
	/** Whether the record has totals to order by. */
	totals?: boolean;
	/** Get Many's Order By, when not client, number, date, ID (and total) */
	orderBy?: INodePropertyOptions[];
	/** Whether documents are created with line items (`{root}-items`); default true. */
	items?: boolean;
	/** The fields Simplify keeps, and what it says it keeps. */
	simpleFields: string[];
	simplifyDescription: string;
	/** The listSearch method of the family's picker: `searchEstimates`. */
	searchListMethod: string;
	/** The picker's description, when not `The <noun> (its numeric ID[, not its <noun> number])`. */
	idDescription?: string;
	/** The key the PDF record names its document by (`offer_id`) and the file name prefix (`offer`). */
	pdfIdField: string;
	pdfPrefix: string;
	/** Sentences of the family's own, instead of the ones made from its nouns. */
	text?: Partial<DocumentFamily['text']>;
	/** Passed on as they are (see `DocumentFamily`). */
	extra?: Pick<DocumentFamily, 'createdFor' | 'clientWritable' | 'moreFilters' | 'fieldKinds' | 'orderDefault'>;
}

const ID_PATTERN = '^[1-9][0-9]*$';

/** The writable fields of every family's page (Billomat names), besides client_id. */
export const DOCUMENT_FIELDS = ['address', 'contact_id', 'date', 'intro', 'label', 'note', 'number', 'number_length', 'number_pre', 'title'];
/** …and those of the families with prices and totals (estimates, confirmations). */
export const PRICED_FIELDS = [...DOCUMENT_FIELDS, 'currency_code', 'free_text_id', 'net_gross', 'quote', 'reduction', 'template_id'];

/** The filters every family's list documents (…/estimates/, …/confirmations/, …/delivery-notes/), the number renamed. */
const LIST_FILTERS = ['article_id', 'client_id', 'contact_id', 'from', 'intro', 'invoice_number', 'label', 'note', 'status', 'tags', 'to'];

/** `OFFER_NUMBER` → `Offer Number`; `DRAFT` → `Draft`. */
const title = (text: string) =>
	text
		.split(/[_\s]+/)
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
		.join(' ');

/**
 * A family's record picker (From List through `searchListMethod`, By ID) and how an operation reads
 * it: the ID whichever mode it was given in, checked.
 */
export function documentLocator(options: {
	displayName: string;
	name: string;
	searchListMethod: string;
	/** What the ID is not, for the By ID error: `the invoice number RE123`. */
	notThe?: string;
	description: string;
}): { field: INodeProperties; idFrom(this: IExecuteFunctions, itemIndex: number): number } {
	const noun = options.displayName.toLowerCase();
	const field = recordLocator({
		displayName: options.displayName,
		name: options.name,
		searchListMethod: options.searchListMethod,
		idPattern: ID_PATTERN,
		idError: `A Billomat ${noun} ID is a whole number, e.g. 12345${options.notThe ? ` (not ${options.notThe})` : ''}`,
		placeholder: 'e.g. 12345',
		description: options.description,
	});
	return {
		field,
		idFrom(this: IExecuteFunctions, itemIndex: number): number {
			return billomatId(this.getNode(), itemIndex, locatorValue(this, options.name, itemIndex), options.displayName);
		},
	};
}

/** Options (fields, filters) picked from the invoice's and a family's own, by display name. */
const byName = (options: INodeProperties[]) => [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** Per option name, the two sets of overrides merged (the second wins). */
function mergeOverrides(
	base: Record<string, Partial<INodeProperties>>,
	more: Record<string, Partial<INodeProperties>> = {},
): Record<string, Partial<INodeProperties>> {
	const merged = { ...base };
	for (const [name, override] of Object.entries(more)) merged[name] = { ...merged[name], ...override };
	return merged;
}

/** A document family from its definition. */
export function defineFamily(def: FamilyDefinition): DocumentFamily {
	const words = { noun: def.noun, plural: def.plural };
	const numbered = def.numberField !== undefined;
	const numberLabel = numbered ? (def.numberLabel ?? `${def.displayName} Number`) : undefined;
	const locator = documentLocator({
		displayName: def.displayName,
		name: `${def.resource}Id`,
		searchListMethod: def.searchListMethod,
		notThe: def.numberExample ? `the ${def.noun} number ${def.numberExample}` : undefined,
		description: def.idDescription ?? `The ${def.noun} (its numeric ID${def.numberExample ? `, not its ${def.noun} number` : ''})`,
	});
	const filters: INodeProperties = {
		...filtersCollection,
		options: byName([
			...pickOptions(
				filtersCollection.options as INodeProperties[],
				def.filterNames ?? LIST_FILTERS,
				words,
				mergeOverrides(
					{
						...(numbered ? { invoice_number: { displayName: numberLabel, name: def.numberField } } : {}),
						...(def.statuses ? { status: { options: def.statuses.map((value) => ({ name: title(value), value })) } } : {}),
					},
					def.filterOverrides,
				),
			),
			...(def.ownFilters ?? []),
		]),
	};
	const orderBy: INodePropertyOptions[] = def.orderBy ?? [
		{ name: 'Client ID', value: 'client_id' },
		...(numbered ? [{ name: numberLabel!, value: def.numberField! }] : []),
		{ name: 'Date', value: 'date' },
		{ name: 'ID', value: 'id' },
		...(def.totals ? [{ name: 'Total Gross', value: 'total_gross' }] : []),
	];
	const items = def.items ?? true;
	const prefix = def.numberExample?.replace(/\d+$/, '');
	return {
		resource: def.resource,
		path: def.path,
		root: def.root,
		noun: def.noun,
		plural: def.plural,
		...(items ? { itemsRoot: `${def.root}-items`, itemRoot: `${def.root}-item` } : {}),
		...(numbered ? { numberField: def.numberField, numberLabel } : {}),
		...def.extra,
		idField: locator.field,
		idFrom: locator.idFrom,
		fields: byName([
			...pickOptions(
				invoiceFieldOptions,
				def.fields,
				words,
				mergeOverrides(
					{
						date: { description: `${title(def.noun)} date. Default: today.` },
						...(prefix ? { number_pre: { description: `${title(def.noun)} number prefix, e.g. ${prefix}` } } : {}),
					},
					def.fieldOverrides,
				),
			),
			...(def.ownFields ?? []),
		]),
		filters,
		orderBy,
		simpleFields: def.simpleFields,
		simplifyDescription: def.simplifyDescription,
		pdfIdField: def.pdfIdField,
		pdfPrefix: def.pdfPrefix,
		text: {
			client: `The numeric ID of the client the ${def.noun} is for`,
			updateNotice: `Only ${def.plural} in DRAFT status can be edited.${items ? ' Line items are not changed here.' : ''}`,
			updateHint: `Billomat only edits ${def.plural} in DRAFT status.`,
			deleteHint: `Billomat only deletes ${def.plural} in DRAFT status.`,
			completeHint: `Only a ${def.noun} in DRAFT status can be completed.`,
			signatureHint: `A signature can only be uploaded for a completed ${def.noun} (not in DRAFT status).`,
			postHint: `Billomat posts only completed ${def.plural}, and only with the Pixelletter add-on set up.`,
			...def.text,
		},
	};
}

/** The client a new document is for: picked from the account's clients, or by ID. */
export function clientLocator(noun: string, description = `The client the ${noun} is for`): INodeProperties {
	return recordLocator({
		displayName: 'Client',
		name: 'clientId',
		searchListMethod: 'searchClients',
		idPattern: ID_PATTERN,
		idError: 'A Billomat client ID is a whole number, e.g. 476',
		placeholder: 'e.g. 476',
		description,
	});
}
