import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifySwitch, timeoutOf } from '../../../shared/descriptions';
import type { OutputMode } from '../../helpers';
import { dateRange, INVOICE_LIST, invoiceList, outputRecords } from '../../helpers';
import { apiRequest } from '../../transport';

/**
 * Get Many: GET /invoices?fromDate=ddMMyyyy&toDate=ddMMyyyy, the invoices, credit and debit memos
 * created in the range, all in one reply.
 */
const properties: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'fromDate',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		required: true,
		description: 'First day of the range (invoices created on or after it). A date picker value, an ISO date or ddMMyyyy.',
	},
	{
		displayName: 'To',
		name: 'toDate',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		required: true,
		description: 'Last day of the range. Must not be before From.',
	},
	...returnAllOrLimit(),
	simplifySwitch(
		'Whether to give every invoice the same fields (those Omnix V6 documents; a missing one is null) with dates as ISO yyyy-MM-dd, instead of each invoice exactly as Omnix V6 sent it',
	),
	optionsCollection([
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'invoice',
			options: [
				{ name: 'One Item per Invoice', value: 'invoice' },
				{ name: 'One Item per Invoice Line', value: 'line', description: 'Each line with its invoice’s fields under "invoice"' },
			],
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const range = dateRange(
		this.getNode(),
		itemIndex,
		this.getNodeParameter('fromDate', itemIndex),
		this.getNodeParameter('toDate', itemIndex),
	);
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const options = this.getNodeParameter('options', itemIndex, {}) as { output?: OutputMode };
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	// The API has no paging: one reply holds the whole range. Limit cuts it here.
	let invoices = invoiceList(
		await apiRequest.call(this, {
			method: 'GET',
			path: '/invoices',
			qs: { ...range },
			shape: INVOICE_LIST,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		}),
	);
	if (!returnAll) invoices = invoices.slice(0, this.getNodeParameter('limit', itemIndex) as number);

	return outputRecords(invoices, simplify, options.output === 'line' ? 'line' : 'invoice').map((json) => ({ json }));
}
