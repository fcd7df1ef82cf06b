import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { paymentIdOf, paymentLocator, paymentOutput } from './common.descriptions';

const properties: INodeProperties[] = [paymentLocator, optionsCollection()];

export const description = updateDisplayOptions({ show: { resource: ['invoicePayment'], operation: ['get'] } }, properties);

/** GET /invoice-payments/{id}. A payment has nine fields, so there is no Simplify. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = paymentIdOf.call(this, itemIndex);
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: `/invoice-payments/${id}`,
		shape: recordShape('invoice-payment'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: paymentOutput(unwrapRecord(body, 'invoice-payment')) }];
}
