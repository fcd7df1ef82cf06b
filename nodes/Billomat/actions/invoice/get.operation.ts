import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, invoiceIdFrom, optionsCollection, recordShape, requestOptions, simplifyInvoice, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';

const show = { resource: ['invoice'], operation: ['get'] };

export const description: INodeProperties[] = [
	invoiceIdField(show),
	optionsCollection(show, [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description: 'Whether to return only the main fields (ID, client, number, status, dates, totals) instead of the whole invoice',
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as { simplify?: boolean };
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoices/${id}`,
		shape: recordShape('invoice'),
		...requestOptions.call(this, itemIndex),
	});
	const invoice = unwrapRecord(body, 'invoice');
	return [{ json: options.simplify ? simplifyInvoice(invoice) : invoice }];
}
