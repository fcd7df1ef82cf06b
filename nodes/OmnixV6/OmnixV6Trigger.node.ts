import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { INVOICE_LIST, QUERY_FORMAT, invoiceDay, invoiceKey, invoiceList, normaliseInvoice, outputRecords } from './helpers';
import { apiRequest } from './transport';
import type { PollState, RecordIdentity } from '../shared/pollMemory';
import { MAX_REMEMBERED, lookBackDaysOf, lookBackProperty, readMemory, reconcile, saveMemory, windowStart } from '../shared/pollMemory';

/** Days before today every poll asks for again: the Look-Back option's default. */
export const DEFAULT_LOOK_BACK_DAYS = 7;
/** Most documents remembered; past it the oldest days are forgotten first. */
export { MAX_REMEMBERED };
export type { PollState };

/** A document is its invoice number and file type, filed under its invoice date. */
const INVOICES: RecordIdentity = { key: invoiceKey, day: invoiceDay };

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
	const lookBack = lookBackDaysOf(this, DEFAULT_LOOK_BACK_DAYS, `${DEFAULT_LOOK_BACK_DAYS} suits most carriers.`);
	const state = this.getWorkflowStaticData('node') as PollState;
	const memory = readMemory(state);
	// The window starts `lookBack` calendar days back, or on the last good poll's day if that is
	// earlier (polls stopped for a while): nothing dated since then is skipped.
	const from = windowStart(state, memory, today, lookBack);
	// A failed request throws here: nothing is emitted and the state stays as it was.
	const invoices = await invoicesBetween.call(this, from, today);
	const { fresh, next } = reconcile(memory, invoices, { from: from.toISODate()!, today: today.toISODate()! }, INVOICES);
	saveMemory(state, today.toISODate()!, next);
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
			lookBackProperty(
				DEFAULT_LOOK_BACK_DAYS,
				'How many days before today each poll asks for again, so that a document dated earlier but posted late (or dated in a time zone behind the workflow\'s) still starts the workflow, once. A document posted more than this many days after its date is not seen.',
			),
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
