import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { nodeError } from '../../../shared/errors';
import type { ProviderResponse } from '../../../shared/provider';
import { providerErrorFor } from '../../../shared/provider';
import { errorJson } from '../../../shared/router';
import type { InvoiceInput } from '../../helpers';
import { invoiceBody, invoiceItemsFromJson, outputInvoice } from '../../helpers';
import type { ShopwaveReply } from '../../transport';
import { apiRequest, errorMap, messageFailure, PROVIDER } from '../../transport';
import { apiVersionOption, authentication } from './common';

const show = { resource: ['invoice'], operation: ['upsert'] };
export const DEFAULT_BATCH_SIZE = 50;

export const description: INodeProperties[] = [
	{
		displayName: 'Invoice ID',
		name: 'invoiceId',
		type: 'string',
		default: '',
		displayOptions: { show },
		description: 'Leave empty to create a new invoice; give the ID of an existing invoice to update it',
	},
	{
		displayName: 'Store ID',
		name: 'storeId',
		type: 'string',
		default: '',
		displayOptions: { show },
		description: 'ID of the merchant store the invoice belongs to. Required to create an invoice.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Complete Date',
				name: 'completeDate',
				type: 'dateTime',
				default: '',
				description: 'The supplier’s invoice date',
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'The supplier’s invoice note',
			},
			{
				displayName: 'Reference',
				name: 'reference',
				type: 'string',
				default: '',
				description: 'The supplier’s invoice reference (number)',
			},
			{
				displayName: 'Supplier ID',
				name: 'supplierId',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Supplier Store ID',
				name: 'supplierStoreId',
				type: 'string',
				default: '',
			},
		],
	},
	{
		displayName: 'Invoice Items Input',
		name: 'itemsInput',
		type: 'options',
		default: 'fields',
		displayOptions: { show },
		options: [
			{ name: 'Fields Below', value: 'fields', description: 'Enter each invoice item in the fields below' },
			{ name: 'JSON', value: 'json', description: 'Give the invoice items as a JSON array (e.g. from an expression)' },
		],
	},
	{
		displayName: 'Invoice Items',
		name: 'invoiceItems',
		type: 'fixedCollection',
		placeholder: 'Add Invoice Item',
		default: {},
		typeOptions: { multipleValues: true },
		displayOptions: { show: { ...show, itemsInput: ['fields'] } },
		options: [
			{
				displayName: 'Invoice Item',
				name: 'item',
				values: [
					{
						displayName: 'Account ID',
						name: 'accountId',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Barcode',
						name: 'barcode',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Invoice Item ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'To update an item of an existing invoice; leave empty to add a new item',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Note',
						name: 'note',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Price',
						name: 'price',
						type: 'string',
						default: '',
						placeholder: '12.50',
						description: 'Unit price as a decimal number, sent as text so no cent is lost',
					},
					{
						displayName: 'Product ID',
						name: 'productId',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'string',
						default: '',
						placeholder: '1',
						description: 'Whole number of units. Left empty it is not sent, so updating an item by its ID keeps its quantity.',
					},
					{
						displayName: 'VAT Percentage',
						name: 'vatPercentage',
						type: 'string',
						default: '',
						placeholder: '20',
						description: 'VAT rate in percent, e.g. 20 or 5.5',
					},
				],
			},
		],
	},
	{
		displayName: 'Invoice Items (JSON)',
		name: 'invoiceItemsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { ...show, itemsInput: ['json'] } },
		description:
			'Array of invoice items with the fields barcode, note, name, price (decimal text such as "12.50"), vatPercentage, quantity, productId, accountId and, to update an item, ID',
	},
	optionsCollection(show, [
		apiVersionOption,
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			default: DEFAULT_BATCH_SIZE,
			typeOptions: { minValue: 1 },
			description:
				'How many input items are sent together in one request (one invoice each). Lower it if Shopwave answers 919 (too many objects).',
		},
	]),
];

interface Entry {
	itemIndex: number;
	key: string;
	invoice: IDataObject;
}

function readInvoice(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as InvoiceInput;
	const input: InvoiceInput = {
		...fields,
		id: this.getNodeParameter('invoiceId', itemIndex, '') as string,
		storeId: this.getNodeParameter('storeId', itemIndex, '') as string,
	};
	const mode = this.getNodeParameter('itemsInput', itemIndex, 'fields') as string;
	const items =
		mode === 'json'
			? invoiceItemsFromJson(node, itemIndex, this.getNodeParameter('invoiceItemsJson', itemIndex, '[]'))
			: ((this.getNodeParameter('invoiceItems', itemIndex, {}) as { item?: IDataObject[] }).item ?? []);
	return invoiceBody(node, itemIndex, input, items);
}

/**
 * POST /invoice with many invoices at once: the `invoices` map is keyed by a client key per input
 * item (`item<index>`), and Shopwave answers with the same keys, so each saved invoice or error
 * goes back to the input item it came from.
 */
export async function executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	const options = this.getNodeParameter('options', 0, {}) as { apiVersion?: string; batchSize?: number };
	const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
	// The batch's options are the first item's (one request carries several items).
	const timeout = timeoutOf(this, 0);
	const results: INodeExecutionData[][] = items.map(() => []);
	const fail = (itemIndex: number, error: unknown) => {
		results[itemIndex] = [{ json: errorJson(error), pairedItem: { item: itemIndex } }];
	};

	// Every item is checked before the first request, so bad input never leaves half a batch saved.
	const entries: Entry[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			entries.push({ itemIndex, key: `item${itemIndex}`, invoice: readInvoice.call(this, itemIndex) });
		} catch (error) {
			if (!continueOnFail) throw nodeError(this.getNode(), error, itemIndex);
			fail(itemIndex, error);
		}
	}

	const saved: string[] = [];
	const auth = authentication(this);
	for (let start = 0; start < entries.length; start += batchSize) {
		const batch = entries.slice(start, start + batchSize);
		let result: ProviderResponse;
		try {
			result = (await apiRequest.call(this, {
				method: 'POST',
				path: '/invoice',
				authentication: auth,
				apiVersion: options.apiVersion,
				body: { invoices: Object.fromEntries(batch.map((entry) => [entry.key, entry.invoice])) },
				objectKeys: batch.map((entry) => entry.key),
				itemIndex: batch[0].itemIndex,
				timeout,
				returnFullResponse: true,
			})) as ProviderResponse;
		} catch (caught) {
			if (continueOnFail) {
				for (const entry of batch) fail(entry.itemIndex, caught);
				continue;
			}
			const error = nodeError(this.getNode(), caught);
			if (saved.length) {
				error.description = [error.description, `Earlier batches were saved: invoice ID(s) ${saved.join(', ')}.`].filter(Boolean).join('\n');
			}
			throw error;
		}

		const reply = result.body as ShopwaveReply;
		const objectErrors = errorMap(reply);
		const failures: Array<{ entry: Entry; error: Error }> = [];
		for (const entry of batch) {
			const invoice = reply.invoices?.[entry.key];
			const message = objectErrors[entry.key];
			if (message) {
				const failure = messageFailure(message);
				failure.details = [`Input item ${entry.itemIndex}: ${message.details ?? failure.message}`];
				failures.push({ entry, error: providerErrorFor.call(this, failure, entry.itemIndex) });
			} else if (invoice && typeof invoice === 'object') {
				results[entry.itemIndex] = [{ json: outputInvoice(invoice), pairedItem: { item: entry.itemIndex } }];
				if (invoice.id !== undefined) saved.push(String(invoice.id));
			} else {
				failures.push({
					entry,
					error: providerErrorFor.call(
						this,
						{
							provider: PROVIDER,
							httpCode: result.statusCode,
							message: 'The reply names neither a saved invoice nor an error for this item',
							hint: 'Check in Shopwave whether the invoice was saved before running this item again.',
						},
						entry.itemIndex,
					),
				});
			}
		}
		for (const { entry, error } of failures) {
			if (continueOnFail) {
				fail(entry.itemIndex, error);
				continue;
			}
			const e = error as Error & { description?: string };
			if (saved.length) {
				e.description = [
					e.description,
					`The other invoices were saved (ID ${saved.join(', ')}): run only the failed item again, or they are created twice.`,
				]
					.filter(Boolean)
					.join('\n');
			}
			throw error;
		}
	}
	return results.flat();
}
