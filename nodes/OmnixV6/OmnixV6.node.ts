/* eslint-disable n8n-nodes-base/node-filename-against-convention -- the rule strips a trailing V<n> as a node version; here V6 is the provider's product name */
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { route } from '../shared/router';
import * as invoice from './actions/invoice/Invoice.resource';

export class OmnixV6 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Omnix V6',
		name: 'omnixV6',
		icon: { light: 'file:../../icons/omnixV6.svg', dark: 'file:../../icons/omnixV6.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Get invoices, credit and debit memos from an Omnix V6 transport system',
		defaults: { name: 'Omnix V6' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'omnixV6Api', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Invoice', value: 'invoice' }],
				default: 'invoice',
			},
			...invoice.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, { invoice: invoice.operations });
	}
}
