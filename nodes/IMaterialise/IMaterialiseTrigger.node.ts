import { createHash } from 'crypto';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import type { PollState, RecordIdentity } from '../shared/pollMemory';
import { lookBackDaysOf, lookBackProperty, readMemory, reconcile, saveMemory, windowStart } from '../shared/pollMemory';
import { responseFormatOption } from './actions/common.descriptions';
import { responseFormatOf } from './helpers';
import type { OrderQuery } from './orderList';
import { isOrderStatus, LIST_DATE, listOrders, ORDER_STATUSES } from './orderList';

/** Days of upload dates before today every poll asks for again: the Look-Back option's default. */
export const DEFAULT_LOOK_BACK_DAYS = 30;
/** Status To Watch: every status (no status parameter sent). */
export const ANY_STATUS = 'any';

/** A value the same whatever order the object's keys came in. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * An order in one status is its whole record as listed (the record holds the order and its status;
 * the stored Order Statistics page names neither field), filed under the day it was first seen: an
 * order is emitted again only when its record changes, e.g. when it reaches another status.
 */
const orderStates = (watched: string): RecordIdentity => ({
	key: (order) => `${watched}|${createHash('sha256').update(canonical(order)).digest('base64url').slice(0, 22)}`,
	day: () => undefined,
});

interface Choice {
	status: string;
	lookBack: number;
	responseFormat: 'json' | 'xml';
}

/** The trigger's settings, checked before any request. */
function choiceOf(this: IPollFunctions): Choice {
	const status = this.getNodeParameter('status', 'ReadyToShip') as string;
	if (status !== ANY_STATUS && !isOrderStatus(status)) {
		throw new NodeOperationError(this.getNode(), `"Status To Watch" (${JSON.stringify(status)}) is not a status i.materialise documents`, {
			description: `Pick Any Status or one of ${ORDER_STATUSES.map((option) => option.value).join(', ')}.`,
		});
	}
	const lookBack = lookBackDaysOf(this, DEFAULT_LOOK_BACK_DAYS, `${DEFAULT_LOOK_BACK_DAYS} covers orders made within a month of their upload.`);
	const options = this.getNodeParameter('options', {}) as { responseFormat?: 'json' | 'xml' };
	return { status, lookBack, responseFormat: responseFormatOf(options) };
}

/** GET /web-api/orders for the orders uploaded from `from` to `today`, in the watched status. */
async function ordersBetween(this: IPollFunctions, choice: Choice, from: DateTime, today: DateTime): Promise<IDataObject[]> {
	const query: OrderQuery = { dateFrom: from.toFormat(LIST_DATE.format), dateTo: today.toFormat(LIST_DATE.format) };
	if (choice.status !== ANY_STATUS) query.status = choice.status;
	return await listOrders.call(this, query, choice.responseFormat);
}

/** The static data: what pollMemory keeps, and the status it was kept for. */
type TriggerState = PollState & { status?: string };

/** A scheduled poll: the orders of the window whose record (and so status) was not seen before. */
async function changedOrders(this: IPollFunctions, choice: Choice, today: DateTime): Promise<IDataObject[]> {
	const state = this.getWorkflowStaticData('node') as TriggerState;
	// Another status's memory is not used: switching the status starts over (the next poll only records).
	const memory = state.status === choice.status ? readMemory(state) : undefined;
	const from = windowStart(state, memory, today, choice.lookBack);
	// A failed request throws here: nothing is emitted and the state stays as it was, so the next
	// poll asks for the same days again (and more, from the last good poll's day).
	const orders = await ordersBetween.call(this, choice, from, today);
	const { fresh, next } = reconcile(memory, orders, { from: from.toISODate()!, today: today.toISODate()! }, orderStates(choice.status));
	saveMemory(state, today.toISODate()!, next);
	if (state.status !== choice.status) state.status = choice.status;
	return fresh;
}

// A polling trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class IMaterialiseTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'i.materialise Trigger',
		name: 'iMaterialiseTrigger',
		icon: { light: 'file:../../icons/iMaterialise.svg', dark: 'file:../../icons/iMaterialise.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when an i.materialise order reaches a status (e.g. Ready to Ship)',
		subtitle: '={{"On " + ($parameter["status"] === "any" ? "any status change" : $parameter["status"])}}',
		defaults: { name: 'i.materialise Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iMaterialiseApi', required: true }],
		properties: [
			{
				displayName: 'Status To Watch',
				name: 'status',
				type: 'options',
				// The Order Statistics page's statuses (ORDER_STATUSES), written out for the editor's checks.
				options: [
					{ name: 'Any Status', value: 'any', description: 'Every order listed in a state not seen before' },
					{ name: 'Cancelled', value: 'Cancelled' },
					{ name: 'Delivered', value: 'Delivered' },
					{ name: 'In Production', value: 'InProduction' },
					{ name: 'Invalid', value: 'Invalid' },
					{ name: 'Ordered', value: 'Ordered' },
					{ name: 'Ready to Pick Up', value: 'ReadyToPickUp' },
					{ name: 'Ready to Ship', value: 'ReadyToShip' },
					{ name: 'Shipped', value: 'Shipped' },
				],
				default: 'ReadyToShip',
				description: 'The status that starts the workflow when an order is listed in it (status of the Order Statistics API)',
			},
			{
				displayName:
					'i.materialise has no webhooks: each poll lists the orders uploaded in the look-back days up to today (Order Statistics API) and emits each order once in each state it is listed in. The first poll after activation only records what is there.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			lookBackProperty(
				DEFAULT_LOOK_BACK_DAYS,
				'How many days of upload dates before today each poll lists again: an order uploaded earlier that reaches the status late is still seen, once. Orders uploaded before this are not seen. After failed polls, each poll also lists from the last good poll\'s day.',
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [responseFormatOption],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const choice = choiceOf.call(this);
		const today = DateTime.now().setZone(this.getTimezone()).startOf('day');
		let orders: IDataObject[];
		if (this.getMode() === 'manual') {
			// "Fetch Test Event": the last order i.materialise lists in the window; nothing remembered.
			const listed = await ordersBetween.call(this, choice, today.minus({ days: choice.lookBack }), today);
			orders = listed.slice(-1);
		} else {
			orders = await changedOrders.call(this, choice, today);
		}
		if (!orders.length) return null;
		return [this.helpers.returnJsonArray(orders)];
	}
}
