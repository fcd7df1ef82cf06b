import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import type { DocumentRef } from '../../transport';
import { pickerProperties, registerFamily } from './pickers';
import { labelsOf } from '../describe';

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
	/**
	 * The nested line items at creation: `invoice-items` holding `invoice-item`. A family without
	 * items (letters) leaves both out: Create then has no line item fields.
	 */
	itemsRoot?: string;
	itemRoot?: string;
	/**
	 * The record's number field and its display name (also the list's number filter). A family
	 * without a number (letters, recurrings) leaves both out; reminders name their invoice's.
	 */
	numberField?: string;
	numberLabel?: string;
	/**
	 * What a new document is created for, when not a client: reminders are created for an invoice
	 * (`invoice_id`), which names the client. Its field is a record locator.
	 */
	createdFor?: { field: INodeProperties; key: string; label: string };
	/** Whether Update offers Client ID (moving the document to another client); default true. */
	clientWritable?: boolean;
	/** Filters beyond the invoice ones `filterQuery` reads: IDs, texts and lists (multi-options) by name and label. */
	moreFilters?: { ids?: Array<[string, string]>; texts?: Array<[string, string]>; lists?: string[] };
	/** Writable fields the shared document body does not know, by kind: IDs, dates (YYYY-MM-DD), whole numbers. */
	fieldKinds?: Record<string, 'id' | 'date' | 'integer'>;
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
	/** Order By's default when the family's records have no `date` (recurrings). */
	orderDefault?: string;
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
	return labelsOf(family.fields);
}
