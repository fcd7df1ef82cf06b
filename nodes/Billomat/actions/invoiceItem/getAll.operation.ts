import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { listChangedMarker } from '../../../shared/paging';
import { requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf, invoiceLocator } from '../invoicePayment/common.descriptions';
import { simplifyField, simplifyItem } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceLocator('The invoice whose items to get'),
	...returnAllOrLimit(),
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['getAll'] } }, properties);

/** GET /invoice-items?invoice_id={id}, page by page, in the invoice's order. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const invoiceId = invoiceIdOf.call(this, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const items = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoice-items', qs: { invoice_id: invoiceId }, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return items.map((item) => ({ json: simplify ? { ...simplifyItem(item), ...listChangedMarker(item) } : item }));
}
