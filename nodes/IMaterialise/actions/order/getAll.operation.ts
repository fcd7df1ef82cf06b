import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, timeoutOf } from '../../../shared/descriptions';
import { readDate } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import type { OrderQuery } from '../../orderList';
import { isOrderStatus, LIST_DATE, listOrders, ORDER_STATUSES } from '../../orderList';
import { responseFormatOf } from '../../helpers';
import { responseFormatOption } from '../common.descriptions';

/**
 * Order Statistics: GET /web-api/orders?dateFrom=DD-MM-YYYY&dateTo=DD-MM-YYYY&status=…, every
 * filter optional. The page documents no paging: one request gives the whole list, of which Limit
 * keeps the first orders. No Simplify: the stored page does not name the orders' fields, so each
 * order is output as i.materialise sent it.
 */
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
				displayName: 'Date From',
				name: 'dateFrom',
				type: 'dateTime',
				typeOptions: { dateOnly: true },
				default: '',
				description: 'Only orders uploaded on or after this day (dateFrom, sent as DD-MM-YYYY)',
			},
			{
				displayName: 'Date To',
				name: 'dateTo',
				type: 'dateTime',
				typeOptions: { dateOnly: true },
				default: '',
				description: 'Only orders uploaded on or before this day (dateTo, sent as DD-MM-YYYY)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: ORDER_STATUSES,
				default: 'ReadyToShip',
				description: 'Only orders in this status (status); not added: orders in every status',
			},
		],
	},
	optionsCollection([responseFormatOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, properties);

/** The filters of an item, checked before any request: dates readable and in order, a documented status. */
function queryOf(this: IExecuteFunctions, itemIndex: number): OrderQuery {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const node = this.getNode();
	const from = readDate(node, itemIndex, 'Date From', filters.dateFrom, LIST_DATE);
	const to = readDate(node, itemIndex, 'Date To', filters.dateTo, LIST_DATE);
	if (from && to && from.toISODate()! > to.toISODate()!) {
		throw inputError(
			node,
			itemIndex,
			`"Date From" (${from.toISODate()}) is after "Date To" (${to.toISODate()})`,
			'Give a Date From on or before the Date To, or leave one of them out.',
		);
	}
	const status = filters.status;
	if (status !== undefined && status !== '' && !isOrderStatus(status)) {
		throw inputError(
			node,
			itemIndex,
			`"Status" (${JSON.stringify(status)}) is not one of the statuses i.materialise documents`,
			`Pick one of ${ORDER_STATUSES.map((option) => option.value).join(', ')}, or remove the Status filter for every status.`,
		);
	}
	return {
		dateFrom: from?.toFormat(LIST_DATE.format),
		dateTo: to?.toFormat(LIST_DATE.format),
		status: typeof status === 'string' && status ? status : undefined,
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const query = queryOf.call(this, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: numberInput(this.getNode(), itemIndex, 'Limit', this.getNodeParameter('limit', itemIndex, 50), { integer: true, min: 1 });
	const options = this.getNodeParameter('options', itemIndex, {}) as { responseFormat?: 'json' | 'xml' };
	const orders = await listOrders.call(this, query, responseFormatOf(options), { itemIndex, timeout: timeoutOf(this, itemIndex) });
	return (limit === undefined ? orders : orders.slice(0, limit)).map((order) => ({ json: order }));
}
