import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceIdFrom, recordShape, requestOptions, simplifyInvoice, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { invoiceIdField, readOptionsCollections, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [invoiceIdField, simplifyField, ...readOptionsCollections()];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['get'] } }, properties);

/** GET /invoices/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoices/${id}`,
		shape: recordShape('invoice'),
		...requestOptions.call(this, itemIndex),
	});
	const invoice = unwrapRecord(body, 'invoice');
	return [{ json: simplifyOf.call(this, itemIndex) ? simplifyInvoice(invoice) : invoice }];
}
