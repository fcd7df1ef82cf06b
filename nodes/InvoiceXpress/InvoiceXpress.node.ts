import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ConcurrencyDefaults } from '../shared/descriptions';
import { withConcurrencyDefaults } from '../shared/descriptions';
import { route } from '../shared/router';
import * as account from './actions/account/Account.resource';
import * as client from './actions/client/Client.resource';
import * as estimate from './actions/estimate/Estimate.resource';
import * as guide from './actions/guide/Guide.resource';
import * as invoice from './actions/invoice/Invoice.resource';
import * as item from './actions/item/Item.resource';
import * as saft from './actions/saft/Saft.resource';
import * as sequence from './actions/sequence/Sequence.resource';
import * as tax from './actions/tax/Tax.resource';
import * as treasury from './actions/treasury/Treasury.resource';
import { catalogueSearch } from './methods/catalogue';
import { clientSearch } from './methods/clients';
import { documentListSearch } from './methods/documents';
import { estimateGuideListSearch } from './methods/estimatesGuides';

/** Options › Concurrent Requests by operation kind (reads and creates: the gate keeps InvoiceXpress's reported 780 a minute (13 a second)). */
const CONCURRENCY: ConcurrencyDefaults = { read: 3, create: 3 };

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
		description: 'Invoices, estimates, guides, clients, items, taxes and sequences in InvoiceXpress: create, list, finalize, email, pay, download',
		defaults: { name: 'InvoiceXpress' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'invoiceXpressApi', required: true }],
		properties: withConcurrencyDefaults([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Client', value: 'client' },
					{ name: 'Estimate', value: 'estimate' },
					{ name: 'Guide', value: 'guide' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Item', value: 'item' },
					{ name: 'SAF-T', value: 'saft' },
					{ name: 'Sequence', value: 'sequence' },
					{ name: 'Tax', value: 'tax' },
					{ name: 'Treasury', value: 'treasury' },
				],
				default: 'invoice',
			},
			...account.description,
			...client.description,
			...invoice.description,
			...estimate.description,
			...guide.description,
			...item.description,
			...saft.description,
			...sequence.description,
			...tax.description,
			...treasury.description,
		], CONCURRENCY),
	};

	methods = {
		// One line per picker module: the resource locators' "From list" (with search, paging on).
		listSearch: {
			...clientSearch,
			...catalogueSearch,
			...documentListSearch,
			...estimateGuideListSearch,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, {
			account: account.operations,
			client: client.operations,
			estimate: estimate.operations,
			guide: guide.operations,
			invoice: invoice.operations,
			item: item.operations,
			saft: saft.operations,
			sequence: sequence.operations,
			tax: tax.operations,
			treasury: treasury.operations,
		}, { concurrency: CONCURRENCY });
	}
}
