import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/router';
import * as client from './actions/client/Client.resource';
import * as invoice from './actions/invoice/Invoice.resource';
import { joinedName, pickerSearch } from './methods/listSearch';

export class Billomat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Billomat',
		name: 'billomat',
		icon: { light: 'file:../../icons/billomat.svg', dark: 'file:../../icons/billomat.dark.svg' },
		group: ['output'],
		// 1.1: Get and Get Many have Simplify as their own switch, on by default (1: in Options, off).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, complete, send and download invoices in Billomat',
		defaults: { name: 'Billomat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'billomatApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Client', value: 'client' },
					{ name: 'Invoice', value: 'invoice' },
				],
				default: 'invoice',
			},
			...client.description,
			...invoice.description,
		],
	};

	methods = {
		listSearch: {
			searchClients: pickerSearch({ path: '/clients', root: 'clients', element: 'client', searchFilter: 'name', name: (r) => joinedName(r.client_number, r.name) }),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, { client: client.operations, invoice: invoice.operations });
	}
}
