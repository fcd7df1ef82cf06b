import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CUSTOM_API_CALL, route } from '../shared/router';
import * as customApiCall from './actions/customApiCall/customApiCall.operation';
import * as invoice from './actions/invoice/Invoice.resource';

export class Shopwave implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Shopwave',
		name: 'shopwave',
		icon: { light: 'file:../../icons/shopwave.svg', dark: 'file:../../icons/shopwave.dark.svg' },
		group: ['output'],
		// 1.1: a line item shows Name, Price and Quantity, the other fields under "Add Field".
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, update and get supplier invoices in Shopwave (MerchantStack)',
		defaults: { name: 'Shopwave' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'shopwaveApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'shopwaveOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: [
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
				options: [{ name: 'Invoice', value: 'invoice' }],
				default: 'invoice',
			},
			...invoice.description,
			...customApiCall.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// n8n adds "Custom API Call" to Resource and Operation (the OAuth2 credential is one its HTTP
		// Request node can use): the node makes that call itself rather than fail on it.
		return await route.call(this, {
			invoice: { ...invoice.operations, [CUSTOM_API_CALL]: customApiCall },
			[CUSTOM_API_CALL]: { [CUSTOM_API_CALL]: customApiCall },
		});
	}
}
