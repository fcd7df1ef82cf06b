import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import type { DocumentRef } from '../../transport';
import { pickerProperties, registerFamily } from './pickers';

/**
 * A family of Billomat documents. Invoices, credit notes, estimates, confirmations, delivery notes,
 * letters and reminders share one shape in Billomat's API (https://www.billomat.com/en/api/invoices/,
 * https://www.billomat.com/en/api/credit-notes/, …): a list with filters (and group_by totals where
 * documented), get, create with items, update and delete of drafts, complete, the PDF, a signature,
 * email and post, and per family a few state changes. The operation builders in this folder make
 * each operation of a family from this description.
 */
export interface DocumentFamily extends DocumentRef {
	/** The node's resource value: `invoice`, `creditNote`. */
	resource: string;
	/** Plural noun for descriptions: `invoices`, `credit notes`. */
	plural: string;
	/** The nested line items at creation: `invoice-items` holding `invoice-item`. */
	itemsRoot: string;
	itemRoot: string;
	/** The record's number field and its display name (also the list's number filter). */
	numberField: string;
	numberLabel: string;
	/** The record's ID as every per-record operation takes it (plain field or record locator). */
	idField: INodeProperties;
	/**
	 * The node version from which the ID fields are pickers (see `pickerProperties`): invoices had
	 * plain fields before 1.2 and keep them there. Unset: pickers in every version.
	 */
	pickersSince?: number;
	/** The record's ID for an item, from `idField`, checked. */
	idFrom(this: IExecuteFunctions, itemIndex: number): number;
	/** The writable fields (POST/PUT), except client_id. */
	fields: INodeProperties[];
	/** Get Many's and Get Grouped Totals' Filters collection: the documented filters. */
	filters: INodeProperties;
	/** Get Many's Order By fields, and the default. */
	orderBy: INodePropertyOptions[];
	/** The fields Simplify keeps (at most 10 that workflows need). */
	simpleFields: string[];
	/** Simplify's description: what the simplified record holds. */
	simplifyDescription?: string;
	/** The key the PDF names its document by (`invoice_id`, `credit_note_id`) and the file name prefix. */
	pdfIdField: string;
	pdfPrefix: string;
	/** The sentences only this family says. */
	text: {
		/** Create's Client ID description. */
		client: string;
		/** Update's notice and its 400/403 hint. */
		updateNotice: string;
		updateHint: string;
		deleteHint: string;
		completeHint: string;
		signatureHint: string;
		postHint: string;
	};
}

/**
 * An operation of a family: its fields shown for that resource and operation only, each ID field
 * a picker (from `pickersSince`).
 */
export function familyOperation(
	family: DocumentFamily,
	operation: string,
	properties: INodeProperties[],
	execute: ItemOperation['execute'],
): ItemOperation {
	registerFamily(family);
	return {
		description: updateDisplayOptions({ show: { resource: [family.resource], operation: [operation] } }, pickerProperties(properties, family.pickersSince)),
		execute,
	};
}

/** The display name of each writable field, as input errors name it. */
export function fieldLabels(family: DocumentFamily): Record<string, string> {
	return Object.fromEntries(family.fields.map((option) => [option.name, option.displayName]));
}
