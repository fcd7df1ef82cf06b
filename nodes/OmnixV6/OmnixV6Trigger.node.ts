import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { INVOICE_LIST, QUERY_FORMAT, invoiceList } from './helpers';
import { apiRequest } from './transport';

interface PollState {
	/** ISO date of the day the last window ended on; the next window starts there again. */
	lastDay?: string;
	/** invoiceNo|fileType of every invoice already emitted from that window. */
	seen?: string[];
}

const key = (invoice: IDataObject) => `${String(invoice.invoiceNo ?? '')}|${String(invoice.fileType ?? '')}`;

// A polling trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class OmnixV6Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Omnix V6 Trigger',
		name: 'omnixV6Trigger',
		icon: { light: 'file:../../icons/omnixV6.svg', dark: 'file:../../icons/omnixV6.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when new invoices, credit or debit memos appear in Omnix V6',
		subtitle: 'New invoices',
		defaults: { name: 'Omnix V6 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'omnixV6Api', required: true }],
		properties: [
			{
				displayName:
					'Each poll asks for the days since the previous poll and emits only invoices not seen before (by invoice number and file type). The first poll after activation only records where to start.',
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
				displayName: 'Manual Run Look-Back (Days)',
				name: 'lookBackDays',
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
		const zone = this.getTimezone();
		const today = DateTime.now().setZone(zone).startOf('day');

		if (this.getMode() === 'manual') {
			const days = this.getNodeParameter('lookBackDays', 30) as number;
			const limit = this.getNodeParameter('manualLimit', 5) as number;
			const invoices = invoiceList(
				await apiRequest.call(this, {
					method: 'GET',
					path: '/invoices',
					qs: { fromDate: today.minus({ days }).toFormat(QUERY_FORMAT), toDate: today.toFormat(QUERY_FORMAT) },
					shape: INVOICE_LIST,
				}),
			)
				.filter(wanted)
				.sort((a, b) => String(b.invoiceDate ?? '').localeCompare(String(a.invoiceDate ?? '')))
				.slice(0, limit);
			return invoices.length ? [this.helpers.returnJsonArray(invoices)] : null;
		}

		const state = this.getWorkflowStaticData('node') as PollState;
		const from = state.lastDay ? DateTime.fromISO(state.lastDay, { zone }) : today;
		const invoices = invoiceList(
			await apiRequest.call(this, {
				method: 'GET',
				path: '/invoices',
				qs: { fromDate: from.toFormat(QUERY_FORMAT), toDate: today.toFormat(QUERY_FORMAT) },
				shape: INVOICE_LIST,
			}),
		);
		const firstPoll = state.lastDay === undefined;
		const seen = new Set(state.seen ?? []);
		const fresh = invoices.filter((invoice) => !seen.has(key(invoice)));

		// The next window starts on today again; remember what today's window already held.
		const carried = state.lastDay === today.toISODate() ? [...seen] : [];
		state.lastDay = today.toISODate() ?? undefined;
		state.seen = [...new Set([...carried, ...invoices.map(key)])];

		if (firstPoll) return null;
		const emitted = fresh.filter(wanted);
		return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
	}
}
