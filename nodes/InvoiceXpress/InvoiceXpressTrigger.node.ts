import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { simplifySwitch } from '../shared/descriptions';
import type { PollState, RecordIdentity } from '../shared/pollMemory';
import { lookBackDaysOf, lookBackProperty, readMemory, reconcile, saveMemory, windowStart } from '../shared/pollMemory';
import { isoDay } from './helpers';
import { apiRequestAllItems } from './transport';

/** Days of document dates before today every poll asks for again: the Look-Back option's default. */
export const DEFAULT_LOOK_BACK_DAYS = 30;
/** Documents asked for per page of GET /invoices.json (the largest page Get Many asks for). */
export const POLL_PAGE_SIZE = 100;
/** How InvoiceXpress writes a day in the list's `date[from]` / `date[to]` filters. */
const LIST_DATE = 'dd/MM/yyyy';

type TriggerEvent = 'newDocument' | 'documentChanged' | 'statusReached';

/** The `status[]` values of the document list (GET /invoices.json). */
const STATUSES = [
	{ name: 'Canceled', value: 'canceled' },
	{ name: 'Deleted', value: 'deleted' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Final', value: 'final' },
	{ name: 'Second Copy', value: 'second_copy' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Settled', value: 'settled' },
];

/** The `type[]` values of the document list (GET /invoices.json). */
const DOCUMENT_TYPES = [
	{ name: 'Credit Note', value: 'CreditNote' },
	{ name: 'Debit Note', value: 'DebitNote' },
	{ name: 'Invoice', value: 'Invoice' },
	{ name: 'Invoice-Receipt', value: 'InvoiceReceipt' },
	{ name: 'Simplified Invoice', value: 'SimplifiedInvoice' },
];

/**
 * A document in one state is its id and status, filed under its date: a document is emitted
 * again only in a state it was not seen in (de-duplicated by id and state).
 */
const DOCUMENT_STATES: RecordIdentity = {
	key: (document) => `${String(document.id ?? '')}|${String(document.status ?? '')}`,
	day: (document) => {
		const day = isoDay(document.date);
		return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
	},
};

const idOfKey = (key: string) => key.slice(0, key.lastIndexOf('|'));

/** Oldest first (by date, then id): the order the documents started the workflow in. */
function byDateThenId(a: IDataObject, b: IDataObject): number {
	const day = (d: IDataObject) => DOCUMENT_STATES.day(d) ?? '';
	return day(a).localeCompare(day(b)) || Number(a.id) - Number(b.id);
}

/** A numeric field as a number (XML or a proxy may give text); anything else as it came. */
function asNumber(value: unknown): unknown {
	if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
	return value === undefined ? null : value;
}

/** What Simplify gives: the ten fields a workflow started by a document needs, dates as ISO yyyy-MM-dd. */
function simplifyTriggerDocument(document: IDataObject): IDataObject {
	const client = (document.client ?? {}) as IDataObject;
	return {
		id: asNumber(document.id),
		type: document.type ?? null,
		sequence_number: document.sequence_number ?? null,
		status: document.status ?? null,
		date: isoDay(document.date) ?? null,
		due_date: isoDay(document.due_date) ?? null,
		reference: document.reference ?? null,
		total: asNumber(document.total),
		currency: document.currency ?? null,
		client: {
			id: asNumber(client.id),
			name: client.name ?? null,
			code: client.code ?? null,
			email: client.email ?? null,
			fiscal_id: client.fiscal_id ?? null,
		},
	} as IDataObject;
}

interface Choice {
	event: TriggerEvent;
	types: string[];
	statuses: string[];
	includeArchived: boolean;
}

/** The trigger's settings, checked before any request. */
function choiceOf(this: IPollFunctions): Choice {
	const event = this.getNodeParameter('event', 'newDocument') as TriggerEvent;
	const statuses = (
		event === 'statusReached' ? this.getNodeParameter('statuses', []) : this.getNodeParameter('statusFilter', [])
	) as string[];
	if (event === 'statusReached' && statuses.length === 0) {
		throw new NodeOperationError(this.getNode(), 'No status chosen under "Statuses"', {
			description: 'Choose the statuses that start the workflow, e.g. Settled for "invoice settled".',
		});
	}
	const options = this.getNodeParameter('options', {}) as { includeArchived?: boolean };
	return {
		event,
		types: this.getNodeParameter('documentTypes', []) as string[],
		statuses,
		includeArchived: options.includeArchived === true,
	};
}

/** GET /invoices.json for the documents dated from `from` to `today`, of the chosen types and statuses, every page. */
async function documentsBetween(this: IPollFunctions, choice: Choice, from: DateTime, today: DateTime): Promise<IDataObject[]> {
	const qs: IDataObject = { 'date[from]': from.toFormat(LIST_DATE), 'date[to]': today.toFormat(LIST_DATE) };
	if (choice.types.length) qs.type = choice.types;
	if (choice.statuses.length) qs.status = choice.statuses;
	if (choice.includeArchived) qs.archived = true;
	qs.per_page = POLL_PAGE_SIZE;
	return await apiRequestAllItems.call(this, { method: 'GET', path: '/invoices', qs });
}

function lookBackDays(this: IPollFunctions): number {
	return lookBackDaysOf(this, DEFAULT_LOOK_BACK_DAYS, `${DEFAULT_LOOK_BACK_DAYS} covers invoices settled within a month of their date.`);
}

/** A manual run ("Fetch Test Event"): the newest matching document of the look-back window; nothing remembered. */
async function newestDocument(this: IPollFunctions, choice: Choice, today: DateTime): Promise<IDataObject[]> {
	const documents = await documentsBetween.call(this, choice, today.minus({ days: lookBackDays.call(this) }), today);
	const newest = [...documents].sort(byDateThenId).pop();
	return newest ? [newest] : [];
}

/** A scheduled poll: the documents of the window in a state not seen before, as the event wants them. */
async function changedDocuments(this: IPollFunctions, choice: Choice, today: DateTime): Promise<IDataObject[]> {
	const lookBack = lookBackDays.call(this);
	const state = this.getWorkflowStaticData('node') as PollState;
	const memory = readMemory(state);
	const known = new Set([...(memory?.days.keys() ?? [])].map(idOfKey));
	const from = windowStart(state, memory, today, lookBack);
	// A failed request throws here: nothing is emitted and the state stays as it was, so the next
	// poll asks for the same days again (and more, from the last good poll's day).
	const documents = await documentsBetween.call(this, choice, from, today);
	const { fresh, next } = reconcile(memory, documents, { from: from.toISODate()!, today: today.toISODate()! }, DOCUMENT_STATES);
	saveMemory(state, today.toISODate()!, next);
	const isKnown = (document: IDataObject) => known.has(String(document.id ?? ''));
	const wanted =
		choice.event === 'newDocument'
			? fresh.filter((document) => !isKnown(document))
			: choice.event === 'documentChanged'
				? fresh.filter(isKnown)
				: fresh;
	return wanted.sort(byDateThenId);
}

// A polling trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class InvoiceXpressTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InvoiceXpress Trigger',
		name: 'invoiceXpressTrigger',
		icon: { light: 'file:../../icons/invoiceXpress.svg', dark: 'file:../../icons/invoiceXpress.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when InvoiceXpress documents are created or change status (e.g. an invoice is settled)',
		subtitle: '={{ {"newDocument": "On new document", "documentChanged": "On document changed", "statusReached": "On status reached"}[$parameter["event"]] }}',
		defaults: { name: 'InvoiceXpress Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'invoiceXpressApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Document Changed',
						value: 'documentChanged',
						action: 'On document changed',
						description: 'A document seen before is now in another status (e.g. final → settled)',
					},
					{
						name: 'New Document',
						value: 'newDocument',
						action: 'On new document',
						description: 'A document not seen before',
					},
					{
						name: 'Status Reached',
						value: 'statusReached',
						action: 'On status reached',
						description: 'A document in one of the chosen statuses, new or changed, not seen in that status before',
					},
				],
				default: 'newDocument',
				required: true,
			},
			{
				displayName:
					'InvoiceXpress has no webhooks: each poll lists the documents dated in the look-back days up to today (in the workflow\'s time zone) and emits each document once per status. The first poll after activation only records what is there.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: STATUSES,
				default: ['settled'],
				required: true,
				displayOptions: { show: { event: ['statusReached'] } },
				description: 'The statuses that start the workflow when a document reaches one of them (status[] of the list)',
			},
			{
				displayName: 'Statuses',
				name: 'statusFilter',
				type: 'multiOptions',
				options: STATUSES,
				default: [],
				displayOptions: { show: { event: ['newDocument', 'documentChanged'] } },
				description: 'Only documents in these statuses (status[] of the list); none chosen: every status',
			},
			{
				displayName: 'Document Types',
				name: 'documentTypes',
				type: 'multiOptions',
				options: DOCUMENT_TYPES,
				default: [],
				description: 'Only these document types (type[] of the list); none chosen: every type the list holds',
			},
			simplifySwitch(
				'Whether to give the ten fields a workflow needs (ID, type, number, status, dates as ISO yyyy-MM-dd, reference, total, currency, client) instead of the document exactly as InvoiceXpress listed it',
			),
			lookBackProperty(
				DEFAULT_LOOK_BACK_DAYS,
				'How many days of document dates before today each poll lists again: a document dated earlier that appears or changes status late is still seen, once. Status changes of documents dated before this are not seen. After failed polls, each poll also lists from the last good poll\'s day.',
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Archived',
						name: 'includeArchived',
						type: 'boolean',
						default: false,
						description: 'Whether archived documents count too (archived=true of the list)',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const choice = choiceOf.call(this);
		const today = DateTime.now().setZone(this.getTimezone()).startOf('day');
		const documents =
			this.getMode() === 'manual'
				? await newestDocument.call(this, choice, today)
				: await changedDocuments.call(this, choice, today);
		if (!documents.length) return null;
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		return [this.helpers.returnJsonArray(documents.map((document) => (simplify ? simplifyTriggerDocument(document) : document)))];
	}
}
