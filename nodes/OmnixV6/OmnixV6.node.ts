import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ConcurrencyDefaults } from '../shared/descriptions';
import { withConcurrencyDefaults } from '../shared/descriptions';
import { route } from '../shared/router';
import * as consignment from './actions/consignment/Consignment.resource';
import * as invoice from './actions/invoice/Invoice.resource';
import * as manifest from './actions/manifest/Manifest.resource';
import * as product from './actions/product/Product.resource';
import { loadOptions } from './methods/masterData';

/** Options › Concurrent Requests by operation kind (reads: Omnix V6 publishes no limit; its writes keep 1). */
const CONCURRENCY: ConcurrencyDefaults = { read: 3 };

export class OmnixV6 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Omnix V6',
		// n8n reads <Name>V<n>.node.ts as version n of the node <name> (AirtableV2 is `airtable`);
		// Omnix V6 is version 6 of Omnix, so the type is `omnix`, while the trigger keeps its own name.
		name: 'omnix',
		icon: { light: 'file:../../icons/omnixV6.svg', dark: 'file:../../icons/omnixV6.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Get invoices, credit and debit memos, create and manifest consignments, create manifests and import products in an Omnix V6 transport system',
		defaults: { name: 'Omnix V6' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'omnixV6Api', required: true }],
		properties: withConcurrencyDefaults([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Consignment', value: 'consignment' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Manifest', value: 'manifest' },
					{ name: 'Product', value: 'product' },
				],
				default: 'invoice',
			},
			...consignment.description,
			...invoice.description,
			...manifest.description,
			...product.description,
		], CONCURRENCY),
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, {
			consignment: consignment.operations,
			invoice: invoice.operations,
			manifest: manifest.operations,
			product: product.operations,
		}, { concurrency: CONCURRENCY });
	}
}
