import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import type { DocumentFamily } from './family';

/** "an invoice", "a guide". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

type Words = Omit<INodePropertyOptions, 'value'>;

/** Each lifecycle operation's entry in the Operation dropdown, in the family's words. */
interface Nouns {
	/** `invoice`, with its article (`an invoice`), plural `invoices`. */
	noun: string;
	a: string;
	plural: string;
}

const OPTIONS: Record<string, (words: Nouns) => Words> = {
	cancelPayment: ({ a }) => ({
		name: 'Cancel Payment',
		description: `Cancel a payment of ${a} and its receipt`,
		action: `Cancel a payment of ${a}`,
	}),
	changeState: ({ a }) => ({
		name: 'Change State',
		description: 'Finalize, settle, unsettle, cancel or delete a document',
		action: `Change the state of ${a}`,
	}),
	create: ({ a }) => ({
		name: 'Create',
		description: 'Create a draft document; an unknown client and unknown items are created too',
		action: `Create ${a}`,
	}),
	downloadPdf: ({ a }) => ({
		name: 'Download PDF',
		description: 'Wait for the PDF of a document and download it as a binary file',
		action: `Download the PDF of ${a}`,
	}),
	generatePayment: ({ a }) => ({
		name: 'Generate Payment',
		description: `Register a (partial) payment of ${a}: InvoiceXpress makes its receipt`,
		action: `Generate a payment receipt for ${a}`,
	}),
	get: ({ a }) => ({ name: 'Get', description: 'Get a document by its ID', action: `Get ${a}` }),
	getAll: ({ plural }) => ({
		name: 'Get Many',
		description: 'List documents, filtered by text, type, status, dates and totals',
		action: `Get many ${plural}`,
	}),
	relatedDocuments: ({ a }) => ({
		name: 'Get Related Documents',
		description: 'List the receipts, credit notes and debit notes of a document',
		action: `Get the related documents of ${a}`,
	}),
	sendEmail: ({ a }) => ({ name: 'Send by Email', description: 'Email a document to an address', action: `Send ${a} by email` }),
	update: ({ a }) => ({
		name: 'Update',
		description: 'Replace a document’s dates, reference, observations, retention, client and items',
		action: `Update ${a}`,
	}),
};

/** A family's own words for some operations' entries (and the entries of its own operations). */
export type Wording = Record<string, Partial<Words>>;

/**
 * A family's resource description: the Operation dropdown (its operations, alphabetical by name,
 * each with its action, in the family's words) and every operation's fields.
 */
export function documentResource(
	family: DocumentFamily,
	operations: Record<string, ItemOperation>,
	wording: Wording = {},
	defaultOperation = 'get',
): INodeProperties[] {
	const options = Object.keys(operations)
		.map((value) => {
			const base = OPTIONS[value]?.({ noun: family.noun, a: withArticle(family.noun), plural: family.plural }) ?? { name: value };
			return { ...base, ...wording[value], value } as INodePropertyOptions;
		})
		.sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [family.resource] } },
			options,
			default: defaultOperation,
		},
		...Object.values(operations).flatMap((operation) => operation.description),
	];
}
