import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { INVOICE_LIST, QUERY_FORMAT, invoiceDay, invoiceKey, invoiceList, normaliseInvoice, outputRecords } from './helpers';
import { apiRequest } from './transport';

/** Days before today every poll asks for again: the Look-Back option's default. */
export const DEFAULT_LOOK_BACK_DAYS = 7;
const MAX_LOOK_BACK_DAYS = 366;
/** Most documents remembered; past it the oldest days are forgotten first. */
export const MAX_REMEMBERED = 10_000;

/** The trigger's workflow static data. */
export interface PollState {
	/** ISO day, in the workflow's zone, of the last poll that got a reply. */
	lastDay?: string;
	/**
	 * ISO day: every document dated on or after it that Omnix has returned is in `seenByDay`.
	 * A document dated before it may have been emitted and forgotten, so it is never emitted.
	 */
	since?: string;
	/** Invoice date (ISO; the day first seen when unreadable) → invoiceNo|fileType of each document seen. */
	seenByDay?: Record<string, string[]>;
	/** Written before the look-back: invoiceNo|fileType of the last window, which started on `lastDay`. Read once. */
	seen?: string[];
}

/** What the trigger remembers between polls. */
interface Memory {
	since: string;
	/** invoiceNo|fileType → the day it is filed under. */
	days: Map<string, string>;
}

/** The memory in static data, as written now or before the look-back ({ lastDay, seen }); none before the first poll. */
function readMemory(state: PollState): Memory | undefined {
	if (typeof state.lastDay !== 'string') return undefined;
	const days = new Map<string, string>();
	if (state.seenByDay && typeof state.seenByDay === 'object') {
		for (const [day, keys] of Object.entries(state.seenByDay)) {
			for (const key of Array.isArray(keys) ? keys : []) days.set(String(key), day);
		}
		return { since: typeof state.since === 'string' ? state.since : state.lastDay, days };
	}
	// Before the look-back, only the window that started on lastDay was remembered: what is dated
	// earlier was emitted then, or never will be.
	for (const key of Array.isArray(state.seen) ? state.seen : []) days.set(String(key), state.lastDay);
	return { since: state.lastDay, days };
}

const nextDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;

/** At most MAX_REMEMBERED documents: the oldest days go first (never the newest), and `since` moves past them. */
function capped(memory: Memory): Memory {
	if (memory.days.size <= MAX_REMEMBERED) return memory;
	const perDay = new Map<string, number>();
	for (const day of memory.days.values()) perDay.set(day, (perDay.get(day) ?? 0) + 1);
	const ordered = [...perDay.keys()].sort();
	const dropped = new Set<string>();
	let total = memory.days.size;
	let since = memory.since;
	for (const day of ordered.slice(0, -1)) {
		if (total <= MAX_REMEMBERED) break;
		dropped.add(day);
		total -= perDay.get(day)!;
		if (nextDay(day) > since) since = nextDay(day);
	}
	return { since, days: new Map([...memory.days].filter(([, day]) => !dropped.has(day))) };
}

/**
 * One reply against what was remembered: the documents to emit (new, and not dated before
 * `since`; none on the first poll) and what to remember next: every document of this reply, and
 * those remembered that are still dated inside the window.
 */
function reconcile(
	memory: Memory | undefined,
	invoices: IDataObject[],
	window: { from: string; today: string },
): { fresh: IDataObject[]; next: Memory } {
	const fresh: IDataObject[] = [];
	const replied = new Map<string, string>();
	for (const invoice of invoices) {
		const key = invoiceKey(invoice);
		if (replied.has(key)) continue;
		const day = invoiceDay(invoice);
		const known = memory?.days.get(key);
		replied.set(key, day ?? known ?? window.today);
		if (memory && known === undefined && (day === undefined || day >= memory.since)) fresh.push(invoice);
	}
	const days = new Map<string, string>();
	for (const [key, day] of memory?.days ?? []) {
		const filed = replied.get(key) ?? (day >= window.from ? day : undefined);
		if (filed !== undefined) days.set(key, filed);
	}
	for (const [key, day] of replied) if (!days.has(key)) days.set(key, day);
	return { fresh, next: capped({ since: window.from, days }) };
}

/** Writes only what changed (n8n saves the workflow's static data when anything was set). */
function save(state: PollState, lastDay: string, memory: Memory): void {
	const seenByDay: Record<string, string[]> = {};
	const ordered = [...memory.days].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
	for (const [key, day] of ordered) (seenByDay[day] ??= []).push(key);
	if (state.seen !== undefined) delete state.seen;
	if (state.lastDay !== lastDay) state.lastDay = lastDay;
	if (state.since !== memory.since) state.since = memory.since;
	if (JSON.stringify(state.seenByDay) !== JSON.stringify(seenByDay)) state.seenByDay = seenByDay;
}

/**
 * Each invoice `invoicesBetween` returned (dates as ISO, what the memory files documents by) → the
 * invoice as the API sent it, which the output is made from.
 */
const sentAs = new WeakMap<IDataObject, IDataObject>();

/** GET /invoices for the days from `from` to `today`, the dates sent as ddMMyyyy; the invoices with ISO dates. */
async function invoicesBetween(this: IPollFunctions, from: DateTime, today: DateTime): Promise<IDataObject[]> {
	const sent = invoiceList(
		await apiRequest.call(this, {
			method: 'GET',
			path: '/invoices',
			qs: { fromDate: from.toFormat(QUERY_FORMAT), toDate: today.toFormat(QUERY_FORMAT) },
			shape: INVOICE_LIST,
		}),
	);
	return sent.map((invoice) => {
		const normalised = normaliseInvoice(invoice);
		sentAs.set(normalised, invoice);
		return normalised;
	});
}

/** A manual run: the most recent wanted documents of its own look-back window; nothing remembered. */
async function recentDocuments(this: IPollFunctions, today: DateTime, wanted: (invoice: IDataObject) => boolean): Promise<IDataObject[]> {
	const days = this.getNodeParameter('manualLookBackDays', 30) as number;
	const limit = this.getNodeParameter('manualLimit', 5) as number;
	return (await invoicesBetween.call(this, today.minus({ days }), today))
		.filter(wanted)
		.sort((a, b) => String(b.invoiceDate ?? '').localeCompare(String(a.invoiceDate ?? '')))
		.slice(0, limit);
}

/** A scheduled poll: the wanted documents of the look-back window not seen before; what was seen is remembered. */
async function newDocuments(this: IPollFunctions, today: DateTime, wanted: (invoice: IDataObject) => boolean): Promise<IDataObject[]> {
	const lookBack = Number(this.getNodeParameter('lookBackDays', DEFAULT_LOOK_BACK_DAYS));
	if (!Number.isInteger(lookBack) || lookBack < 1 || lookBack > MAX_LOOK_BACK_DAYS) {
		throw new NodeOperationError(this.getNode(), `Look-Back (Days) is ${JSON.stringify(lookBack)}`, {
			description: `Give a whole number of days from 1 to ${MAX_LOOK_BACK_DAYS}; ${DEFAULT_LOOK_BACK_DAYS} suits most carriers.`,
		});
	}
	const state = this.getWorkflowStaticData('node') as PollState;
	const memory = readMemory(state);
	// The window starts `lookBack` calendar days back, or on the last good poll's day if that is
	// earlier (polls stopped for a while): nothing dated since then is skipped.
	const last = memory ? DateTime.fromISO(state.lastDay!, { zone: today.zone }) : undefined;
	const lookBackStart = today.minus({ days: lookBack });
	const from = last?.isValid && last < lookBackStart ? last : lookBackStart;
	// A failed request throws here: nothing is emitted and the state stays as it was.
	const invoices = await invoicesBetween.call(this, from, today);
	const { fresh, next } = reconcile(memory, invoices, { from: from.toISODate()!, today: today.toISODate()! });
	save(state, today.toISODate()!, next);
	return fresh.filter(wanted);
}

// A polling trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class OmnixV6Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Omnix V6 Trigger',
		name: 'omnixV6Trigger',
		icon: { light: 'file:../../icons/omnixV6.svg', dark: 'file:../../icons/omnixV6.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when new invoices, credit or debit memos appear in Omnix V6',
		subtitle: 'On new invoice',
		defaults: { name: 'Omnix V6 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'omnixV6Api', required: true }],
		properties: [
			// The event n8n's panel lists the trigger by ("On new invoice", not its generic "On new
			// Omnix V6 event"): a property labelled Event, as n8n's own single-event polling triggers
			// (Toggl Trigger) do. One event; the File Types below choose which documents count.
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Invoice',
						value: 'newInvoice',
						action: 'On new invoice',
						description: 'A new invoice, credit memo or debit memo, of the file types chosen below',
					},
				],
				default: 'newInvoice',
				required: true,
			},
			{
				displayName:
					'Each poll asks for the look-back days up to today (in the workflow\'s time zone) and emits only documents not seen before (by invoice number and file type), so a document posted late is still emitted, once. The first poll after activation only records what is there.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'File Types',
				name: 'fileTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Credit Memo (C)', value: 'C' },
					{ name: 'Debit Memo (D)', value: 'D' },
					{ name: 'Invoice (I)', value: 'I' },
				],
				default: ['I', 'C', 'D'],
				description: 'Which documents start the workflow',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to give every invoice the same fields (those Omnix V6 documents; a missing one is null) with dates as ISO yyyy-MM-dd, as Get Many does, instead of the invoice exactly as Omnix V6 sent it',
			},
			{
				displayName: 'Look-Back (Days)',
				name: 'lookBackDays',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_LOOK_BACK_DAYS },
				default: DEFAULT_LOOK_BACK_DAYS,
				description:
					'How many days before today each poll asks for again, so that a document dated earlier but posted late (or dated in a time zone behind the workflow\'s) still starts the workflow, once. A document posted more than this many days after its date is not seen.',
			},
			{
				displayName: 'Manual Run Look-Back (Days)',
				name: 'manualLookBackDays',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 366 },
				default: 30,
				description: 'When testing the trigger by hand, how many days back to look for the most recent invoices',
			},
			{
				displayName: 'Manual Run Limit',
				name: 'manualLimit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 5,
				description: 'When testing the trigger by hand, how many of the most recent invoices to return',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const fileTypes = this.getNodeParameter('fileTypes', []) as string[];
		const wanted = (invoice: IDataObject) => fileTypes.length === 0 || fileTypes.includes(String(invoice.fileType));
		const today = DateTime.now().setZone(this.getTimezone()).startOf('day');
		const documents =
			this.getMode() === 'manual'
				? await recentDocuments.call(this, today, wanted)
				: await newDocuments.call(this, today, wanted);
		if (!documents.length) return null;
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		return [this.helpers.returnJsonArray(outputRecords(documents.map((document) => sentAs.get(document) ?? document), simplify))];
	}
}
