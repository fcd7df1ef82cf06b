import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ConcurrencyDefaults } from '../shared/descriptions';
import { withConcurrencyDefaults } from '../shared/descriptions';
import { route } from '../shared/router';
import * as deliveryNote from './actions/deliveryNote/DeliveryNote.resource';
import * as invoice from './actions/invoice/Invoice.resource';
import * as order from './actions/order/Order.resource';

/** Options › Concurrent Requests by operation kind (reads: i.materialise publishes no limit; its uploads replace an order's document, so they keep 1). */
const CONCURRENCY: ConcurrencyDefaults = { read: 3 };

export class IMaterialise implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'i.materialise',
		name: 'iMaterialise',
		icon: { light: 'file:../../icons/iMaterialise.svg', dark: 'file:../../icons/iMaterialise.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List i.materialise orders and add or update their invoice and delivery note files',
		defaults: { name: 'i.materialise' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iMaterialiseApi', required: true }],
		properties: withConcurrencyDefaults([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Delivery Note', value: 'deliveryNote' },
					{ name: 'Order', value: 'order' },
				],
				default: 'invoice',
			},
			...invoice.description,
			...deliveryNote.description,
			...order.description,
		], CONCURRENCY),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, { invoice: invoice.operations, deliveryNote: deliveryNote.operations, order: order.operations }, { concurrency: CONCURRENCY });
	}
}
