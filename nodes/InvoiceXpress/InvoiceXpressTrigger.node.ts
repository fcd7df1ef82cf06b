import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { simplifySwitch } from '../shared/descriptions';
import type { PollState, RecordIdentity } from '../shared/pollMemory';
import { lookBackDaysOf, lookBackProperty, readMemory, reconcile, saveMemory, windowStart } from '../shared/pollMemory';
import type { DocumentFamily } from './actions/document';
import { ESTIMATES } from './actions/estimate/family';
import { GUIDES } from './actions/guide/family';
import { INVOICE } from './actions/invoice/family';
import { isoDay } from './helpers';
import { apiRequestAllItems } from './transport';
import { isoLoadedAt } from './values/guides';

/** Days of document dates before today every poll asks for again: the Look-Back option's default. */
export const DEFAULT_LOOK_BACK_DAYS = 30;
/** Documents asked for per page of the family's list (the largest page Get Many asks for). */
export const POLL_PAGE_SIZE = 100;
/** How InvoiceXpress writes a day in the lists' `date[from|to]` / `loaded_at[from|to]` filters. */
const LIST_DATE = 'dd/MM/yyyy';

type TriggerEvent = 'newDocument' | 'documentChanged' | 'statusReached';

/**
 * A family the trigger watches: its list (path, reply key, types, statuses) is the family's own
 * description (actions/<family>/family.ts); what the trigger adds is the list's date filter and the
 * document field it compares, and the statuses Status Reached starts with.
 */
interface Watched {
	family: DocumentFamily;
	/**
	 * `date` (date[from|to], the document's dd/mm/yyyy date), or a guide's `loaded_at`: the guide list
	 * (…/guides/list-all) filters by loaded_at[from|to] and documents no date range; its values are
	 * "dd/mm/yyyy HH:mm:ss", of which the day is what the window compares.
	 */
	dateField: 'date' | 'loaded_at';
	/** Status Reached's default: the status a workflow of the family usually waits for. */
	reached: string[];
}

/** The Document Family choice, in its options' order; the first, Invoices, is the default (saved workflows keep watching invoices). */
const WATCHED: readonly Watched[] = [
	{ family: INVOICE, dateField: 'date', reached: ['settled'] },
	{ family: ESTIMATES, dateField: 'date', reached: ['accepted'] },
	{ family: GUIDES, dateField: 'loaded_at', reached: ['final'] },
];

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/**
 * The `status[]` values of a family's list: the documented ones and every status its Change State
 * states lead to (a deleted draft is listed when `status[]=deleted` asks for it).
 */
function statusesOf(family: DocumentFamily): INodePropertyOptions[] {
	const statuses = [...family.statuses];
	for (const state of family.states) {
		for (const status of state.statuses) {
			if (statuses.some((option) => option.value === status)) continue;
			statuses.push({ name: status.split('_').map((word) => word[0].toUpperCase() + word.slice(1)).join(' '), value: status });
		}
	}
	return statuses.sort(byName);
}

/** The `type[]` values of a family's list: its document types' class names. */
const typesOf = (family: DocumentFamily): INodePropertyOptions[] => family.types.map(({ name, className }) => ({ name, value: className })).sort(byName);

const shownFor = (watched: Watched, events?: TriggerEvent[]) => ({
	show: { documentFamily: [watched.family.resource], ...(events ? { event: events } : {}) },
});

/** Statuses (Status Reached), Statuses (the other events' filter) and Document Types, one set per family. */
function familyProperties(watched: Watched): INodeProperties[] {
	const { family, reached } = watched;
	const statuses = statusesOf(family);
	return [
		{
			displayName: 'Statuses',
			name: 'statuses',
			type: 'multiOptions',
			options: statuses,
			default: [...reached],
			required: true,
			displayOptions: shownFor(watched, ['statusReached']),
			description: 'The statuses that start the workflow when a document reaches one of them (status[] of the list)',
		},
		{
			displayName: 'Statuses',
			name: 'statusFilter',
			type: 'multiOptions',
			options: statuses,
			default: [],
			displayOptions: shownFor(watched, ['newDocument', 'documentChanged']),
			description: 'Only documents in these statuses (status[] of the list); none chosen: every status',
		},
		{
			displayName: 'Document Types',
			name: 'documentTypes',
			type: 'multiOptions',
			options: typesOf(family),
			default: [],
			displayOptions: shownFor(watched),
			description: 'Only these document types (type[] of the list); none chosen: every type the list holds',
		},
	];
}

/** The ISO day of a document's list date (`date`, or a guide's `loaded_at` without its time), when readable. */
function dayOf(watched: Watched, document: IDataObject): string | undefined {
	const value = document[watched.dateField];
	const day = isoDay(typeof value === 'string' ? value.trim().split(' ')[0] : value);
	return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/**
 * A document in one state is its id and status, filed under its list date: a document is emitted
 * again only in a state it was not seen in (de-duplicated by id and state).
 */
const documentStates = (watched: Watched): RecordIdentity => ({
	key: (document) => `${String(document.id ?? '')}|${String(document.status ?? '')}`,
	day: (document) => dayOf(watched, document),
});

const idOfKey = (key: string) => key.slice(0, key.lastIndexOf('|'));

/** Oldest first (by list date, then id): the order the documents started the workflow in. */
const byDateThenId = (watched: Watched) => (a: IDataObject, b: IDataObject): number => {
	const day = (d: IDataObject) => dayOf(watched, d) ?? '';
	return day(a).localeCompare(day(b)) || Number(a.id) - Number(b.id);
};

/** A numeric field as a number (XML or a proxy may give text); anything else as it came. */
function asNumber(value: unknown): unknown {
	if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
	return value === undefined ? null : value;
}

/**
 * What Simplify gives: the ten fields a workflow started by a document needs, dates as ISO
 * yyyy-MM-dd. A guide gives its loading time (`loaded_at`, ISO date-time) instead of the due date.
 */
function simplifyTriggerDocument(watched: Watched, document: IDataObject): IDataObject {
	const client = (document.client ?? {}) as IDataObject;
	const dates =
		watched.dateField === 'loaded_at'
			? { date: isoDay(document.date) ?? null, loaded_at: isoLoadedAt(document.loaded_at) ?? null }
			: { date: isoDay(document.date) ?? null, due_date: isoDay(document.due_date) ?? null };
	return {
		id: asNumber(document.id),
		type: document.type ?? null,
		sequence_number: document.sequence_number ?? null,
		status: document.status ?? null,
		...dates,
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
	watched: Watched;
	event: TriggerEvent;
	types: string[];
	statuses: string[];
	includeArchived: boolean;
}

/** The chosen values of a multi-option field, each one the family's list takes, else refused before any request. */
function offered(this: IPollFunctions, watched: Watched, field: string, chosen: unknown, options: INodePropertyOptions[]): string[] {
	const values = (Array.isArray(chosen) ? chosen : chosen === undefined || chosen === null || chosen === '' ? [] : [chosen]).map(String);
	const foreign = values.filter((value) => !options.some((option) => option.value === value));
	if (foreign.length) {
		throw new NodeOperationError(this.getNode(), `"${field}" holds ${foreign.join(', ')}, which the ${watched.family.plural} list does not take`, {
			description: `Pick from ${options.map((option) => option.value).join(', ')}, or choose another Document Family.`,
		});
	}
	return values;
}

/** The trigger's settings, checked before any request. */
function choiceOf(this: IPollFunctions): Choice {
	const familyName = this.getNodeParameter('documentFamily', INVOICE.resource) as string;
	const watched = WATCHED.find((w) => w.family.resource === familyName);
	if (!watched) {
		throw new NodeOperationError(this.getNode(), `"Document Family" (${familyName}) is not one the trigger watches`, {
			description: `Pick one of ${WATCHED.map((w) => w.family.resource).join(', ')}.`,
		});
	}
	const event = this.getNodeParameter('event', 'newDocument') as TriggerEvent;
	const statuses = offered.call(
		this,
		watched,
		'Statuses',
		event === 'statusReached' ? this.getNodeParameter('statuses', []) : this.getNodeParameter('statusFilter', []),
		statusesOf(watched.family),
	);
	if (event === 'statusReached' && statuses.length === 0) {
		throw new NodeOperationError(this.getNode(), 'No status chosen under "Statuses"', {
			description: 'Choose the statuses that start the workflow, e.g. Settled for "invoice settled".',
		});
	}
	const options = this.getNodeParameter('options', {}) as { includeArchived?: boolean };
	return {
		watched,
		event,
		types: offered.call(this, watched, 'Document Types', this.getNodeParameter('documentTypes', []), typesOf(watched.family)),
		statuses,
		includeArchived: options.includeArchived === true,
	};
}

/** The family's list (e.g. GET /invoices.json) for the documents dated (guides: loaded) from `from` to `today`, of the chosen types and statuses, every page. */
async function documentsBetween(this: IPollFunctions, choice: Choice, from: DateTime, today: DateTime): Promise<IDataObject[]> {
	const { dateField, family } = choice.watched;
	const qs: IDataObject = { [`${dateField}[from]`]: from.toFormat(LIST_DATE), [`${dateField}[to]`]: today.toFormat(LIST_DATE) };
	if (choice.types.length) qs.type = choice.types;
	if (choice.statuses.length) qs.status = choice.statuses;
	if (choice.includeArchived) qs.archived = true;
	qs.per_page = POLL_PAGE_SIZE;
	return await apiRequestAllItems.call(this, { method: 'GET', path: family.list.path, qs }, undefined, { key: family.list.key, noun: family.list.noun });
}

function lookBackDays(this: IPollFunctions): number {
	return lookBackDaysOf(this, DEFAULT_LOOK_BACK_DAYS, `${DEFAULT_LOOK_BACK_DAYS} covers invoices settled within a month of their date.`);
}

/** A manual run ("Fetch Test Event"): the newest matching document of the look-back window; nothing remembered. */
async function newestDocument(this: IPollFunctions, choice: Choice, today: DateTime): Promise<IDataObject[]> {
	const documents = await documentsBetween.call(this, choice, today.minus({ days: lookBackDays.call(this) }), today);
	const newest = [...documents].sort(byDateThenId(choice.watched)).pop();
	return newest ? [newest] : [];
}

/**
 * The static data: what pollMemory keeps, and the family it was kept for when not invoices (saved
 * workflows' state has none). Another family's memory is not used: switching the family starts
 * over, the next poll only recording what is there (its document IDs would all look new).
 */
type TriggerState = PollState & { family?: string };

/** A scheduled poll: the documents of the window in a state not seen before, as the event wants them. */
async function changedDocuments(this: IPollFunctions, choice: Choice, today: DateTime): Promise<IDataObject[]> {
	const lookBack = lookBackDays.call(this);
	const state = this.getWorkflowStaticData('node') as TriggerState;
	const family = choice.watched.family.resource;
	const memory = (state.family ?? INVOICE.resource) === family ? readMemory(state) : undefined;
	const known = new Set([...(memory?.days.keys() ?? [])].map(idOfKey));
	const from = windowStart(state, memory, today, lookBack);
	// A failed request throws here: nothing is emitted and the state stays as it was, so the next
	// poll asks for the same days again (and more, from the last good poll's day).
	const documents = await documentsBetween.call(this, choice, from, today);
	const { fresh, next } = reconcile(memory, documents, { from: from.toISODate()!, today: today.toISODate()! }, documentStates(choice.watched));
	saveMemory(state, today.toISODate()!, next);
	if (family === INVOICE.resource) {
		if (state.family !== undefined) delete state.family;
	} else if (state.family !== family) state.family = family;
	const isKnown = (document: IDataObject) => known.has(String(document.id ?? ''));
	const wanted =
		choice.event === 'newDocument'
			? fresh.filter((document) => !isKnown(document))
			: choice.event === 'documentChanged'
				? fresh.filter(isKnown)
				: fresh;
	return wanted.sort(byDateThenId(choice.watched));
}

// A polling trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class InvoiceXpressTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InvoiceXpress Trigger',
		name: 'invoiceXpressTrigger',
		icon: { light: 'file:../../icons/invoiceXpress.svg', dark: 'file:../../icons/invoiceXpress.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when InvoiceXpress invoices, estimates or guides are created or change status (e.g. an invoice is settled)',
		subtitle: '={{ {"newDocument": "On new document", "documentChanged": "On document changed", "statusReached": "On status reached"}[$parameter["event"]] }}',
		defaults: { name: 'InvoiceXpress Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'invoiceXpressApi', required: true }],
		properties: [
			{
				displayName: 'Document Family',
				name: 'documentFamily',
				type: 'options',
				noDataExpression: true,
				options: WATCHED.map(({ family, dateField }) => ({
					name: family.plural[0].toUpperCase() + family.plural.slice(1),
					value: family.resource,
					description: `${family.types.map((type) => type.name).join(', ')} (the ${family.list.path} list, by ${dateField === 'date' ? 'document date' : 'loading day'})`,
				})).sort(byName),
				default: 'invoice',
				description: 'The documents to watch: each family has its own list, document types and statuses',
			},
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
					'InvoiceXpress has no webhooks: each poll lists the documents dated (guides: loaded) in the look-back days up to today (in the workflow\'s time zone) and emits each document once per status. The first poll after activation only records what is there.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			...WATCHED.flatMap(familyProperties),
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
		return [this.helpers.returnJsonArray(documents.map((document) => (simplify ? simplifyTriggerDocument(choice.watched, document) : document)))];
	}
}
