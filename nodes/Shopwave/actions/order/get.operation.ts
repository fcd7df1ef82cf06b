import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { shopwaveId } from '../../helpers';
import { recordById } from '../../records';
import { optionsCollection } from '../invoice/common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '60001',
		description: 'ID of the order to get',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, properties);

/** GET /order with the `orderIds` header naming one order: that order as Shopwave sends it, or an error naming the item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const raw = this.getNodeParameter('orderId', itemIndex) as unknown;
	if (raw === undefined || raw === null || raw === '') {
		throw inputError(node, itemIndex, 'Order ID is empty', 'Give the ID of the order to get.');
	}
	const id = shopwaveId(node, itemIndex, 'Order ID', raw);
	return [{ json: await recordById.call(this, itemIndex, { path: '/order', key: 'orders', header: 'orderIds', id, noun: 'Order' }) }];
}
