import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { itemIdField, itemIdOf, simplifyField, simplifyItem } from './common.descriptions';

const properties: INodeProperties[] = [itemIdField, simplifyField, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['get'] } }, properties);

/** GET /invoice-items/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = itemIdOf.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoice-items/${id}`,
		shape: recordShape('invoice-item'),
		...requestOptions.call(this, itemIndex),
	});
	const item = unwrapRecord(body, 'invoice-item');
	return [{ json: this.getNodeParameter('simplify', itemIndex, true) ? simplifyItem(item) : item }];
}
