import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { authentication, shopwaveId } from '../../helpers';
import { listRecords } from '../../records';
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
	const orderId = shopwaveId(node, itemIndex, 'Order ID', raw);
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const orders = await listRecords.call(this, {
		authentication: authentication(this),
		path: '/order',
		key: 'orders',
		headers: { orderIds: String(orderId) },
		apiVersion: options.apiVersion,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	const order = orders.find((candidate) => String(candidate.id) === String(orderId));
	if (!order) {
		throw inputError(node, itemIndex, `Shopwave has no order ${orderId} that the connected user can see`, 'Check the Order ID, or use "Get Many" to list the orders.');
	}
	return [{ json: order }];
}
