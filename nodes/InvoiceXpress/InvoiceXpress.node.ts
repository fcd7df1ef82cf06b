import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/router';
import * as estimate from './actions/estimate/Estimate.resource';
import * as guide from './actions/guide/Guide.resource';
import * as invoice from './actions/invoice/Invoice.resource';
import { documentListSearch } from './methods/documents';
import { estimateGuideListSearch } from './methods/estimatesGuides';

export class InvoiceXpress implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InvoiceXpress',
		name: 'invoiceXpress',
		icon: { light: 'file:../../icons/invoiceXpress.svg', dark: 'file:../../icons/invoiceXpress.dark.svg' },
		group: ['output'],
		// 1.1: document IDs are pickers (From List / By ID); version 1 keeps the plain Invoice ID.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, update, list, email and download invoices, receipts and notes in InvoiceXpress',
		defaults: { name: 'InvoiceXpress' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'invoiceXpressApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Estimate', value: 'estimate' },
					{ name: 'Guide', value: 'guide' },
					{ name: 'Invoice', value: 'invoice' },
				],
				default: 'invoice',
			},
			...invoice.description,
			...estimate.description,
			...guide.description,
		],
	};

	methods = {
		// One line per picker module: the resource locators' "From list" (with search, paging on).
		listSearch: {
			...documentListSearch,
			...estimateGuideListSearch,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, { invoice: invoice.operations, estimate: estimate.operations, guide: guide.operations });
	}
}
