import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ConcurrencyDefaults } from '../shared/descriptions';
import { withConcurrencyDefaults } from '../shared/descriptions';
import { CUSTOM_API_CALL, route } from '../shared/router';
import * as customApiCall from './actions/customApiCall/customApiCall.operation';
import * as invoice from './actions/invoice/Invoice.resource';
import * as order from './actions/order/Order.resource';
import * as product from './actions/product/Product.resource';
import { listSearch } from './methods/listSearch';

/** Options › Concurrent Requests by operation kind (reads: Shopwave publishes no limit, and the gate paces to what a 429 shows). */
const CONCURRENCY: ConcurrencyDefaults = { read: 3 };

export class Shopwave implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Shopwave',
		name: 'shopwave',
		icon: { light: 'file:../../icons/shopwave.svg', dark: 'file:../../icons/shopwave.dark.svg' },
		group: ['output'],
		// 1.1: a line item shows Name, Price and Quantity, the other fields under "Add Field".
		// 1.2: Store ID, Supplier Store ID and a line's Product ID are pickers (From List / By ID),
		// and line items given by barcode get their product ID (Resolve Barcodes).
		version: [1, 1.1, 1.2],
		defaultVersion: 1.2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, update and get supplier invoices, and read products and orders, in Shopwave (MerchantStack)',
		defaults: { name: 'Shopwave' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'shopwaveApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'shopwaveOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: withConcurrencyDefaults([
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Token', value: 'accessToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessToken',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
				],
				default: 'invoice',
			},
			...invoice.description,
			...order.description,
			...product.description,
			...customApiCall.description,
		], CONCURRENCY),
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// n8n adds "Custom API Call" to Resource and Operation (the OAuth2 credential is one its HTTP
		// Request node can use): the node makes that call itself rather than fail on it.
		return await route.call(this, {
			invoice: { ...invoice.operations, [CUSTOM_API_CALL]: customApiCall },
			order: { ...order.operations, [CUSTOM_API_CALL]: customApiCall },
			product: { ...product.operations, [CUSTOM_API_CALL]: customApiCall },
			[CUSTOM_API_CALL]: { [CUSTOM_API_CALL]: customApiCall },
		}, { concurrency: CONCURRENCY });
	}
}
