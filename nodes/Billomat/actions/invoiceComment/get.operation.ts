import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { commentIdField, commentIdOf, commentOutput, listInvoiceField } from './common.descriptions';

const properties: INodeProperties[] = [listInvoiceField, commentIdField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceComment'], operation: ['get'] } }, properties);

/** GET /invoice-comments/{id}. A comment has seven fields, so there is no Simplify. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = commentIdOf.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoice-comments/${id}`,
		shape: recordShape('invoice-comment'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: commentOutput(unwrapRecord(body, 'invoice-comment')) }];
}
