import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { listInvoiceField, tagIdField, tagIdOf, tagOutput } from './common.descriptions';

const properties: INodeProperties[] = [listInvoiceField, tagIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceTag'], operation: ['get'] } }, properties);

/** GET /invoice-tags/{id}: a tag has three fields (ID, invoice, name), so there is no Simplify. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = tagIdOf.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoice-tags/${id}`,
		shape: recordShape('invoice-tag'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: tagOutput(unwrapRecord(body, 'invoice-tag')) }];
}
