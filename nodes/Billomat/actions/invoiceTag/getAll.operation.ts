import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { requestOptions } from '../../helpers';
import { apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf } from '../invoicePayment/common.descriptions';
import { tagInvoiceField, tagOutput } from './common.descriptions';

const properties: INodeProperties[] = [tagInvoiceField, ...returnAllOrLimit(), optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceTag'], operation: ['getAll'] } }, properties);

/** GET /invoice-tags?invoice_id=…, page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const tags = await apiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/invoice-tags', qs: { invoice_id: invoiceIdOf.call(this, itemIndex) }, ...requestOptions.call(this, itemIndex) },
		limit,
	);
	return tags.map((tag) => ({ json: tagOutput(tag) }));
}
