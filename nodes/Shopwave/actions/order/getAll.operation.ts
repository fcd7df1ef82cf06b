import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { idList } from '../../helpers';
import { operationRecords } from '../../records';
import { optionsCollection } from '../invoice/common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Completed',
				name: 'completed',
				type: 'options',
				default: 'true',
				options: [
					{ name: 'Completed Only', value: 'true' },
					{ name: 'Not Completed Only', value: 'false' },
				],
				description: 'Only completed or only not completed orders, sent as the completed header',
			},
			{
				displayName: 'Order IDs',
				name: 'orderIds',
				type: 'string',
				default: '',
				placeholder: '60001, 60002',
				description: 'Only these orders (comma-separated IDs), sent as the orderIds header',
			},
			{
				displayName: 'Store IDs',
				name: 'storeIds',
				type: 'string',
				default: '',
				placeholder: '1001, 1002',
				description: 'Only orders of these stores (comma-separated IDs), sent as the storeIds header',
			},
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, properties);

/**
 * GET /order with the orderIds, storeIds and completed headers (the filters
 * developer.staging.merchantstack.com/guide/pagination.html lists): every match at once, no paging.
 * No page documents an order's fields, so each order is output as Shopwave sends it (no Simplify).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { orderIds?: string; storeIds?: string; completed?: string };
	const headers: Record<string, string> = {};
	const orderIds = idList(node, itemIndex, 'Order IDs', filters.orderIds);
	const storeIds = idList(node, itemIndex, 'Store IDs', filters.storeIds);
	if (orderIds) headers.orderIds = orderIds;
	if (storeIds) headers.storeIds = storeIds;
	if (filters.completed === 'true' || filters.completed === 'false') headers.completed = filters.completed;
	const orders = await operationRecords.call(this, itemIndex, { path: '/order', key: 'orders', headers }, true);
	return orders.map((order) => ({ json: order }));
}
