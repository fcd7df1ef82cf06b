import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
	NodeApiError,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { locatorValue, timeoutOf } from '../../../shared/descriptions';
import { inputError, nodeError } from '../../../shared/errors';
import { jsonListInput } from '../../../shared/input';
import type { ProviderResponse } from '../../../shared/provider';
import { providerErrorFor } from '../../../shared/provider';
import { errorItem, errorJson } from '../../../shared/router';
import type { InvoiceInput, Unresolved } from '../../helpers';
import { attributeReply, authentication, describeMessage, invoiceBody, ITEM_EXAMPLE, outputInvoice } from '../../helpers';
import type { Authentication, ShopwaveMessage, ShopwaveReply } from '../../transport';
import { apiRequest, errorMap, messageFailure, PROVIDER } from '../../transport';
import { barcodeText, productsByBarcode, unknownBarcode } from '../../records';
import { lineProductIdLocator, nestedLocator, optionsCollection, storeIdLocator, supplierStoreIdLocator } from './common.descriptions';

export const DEFAULT_BATCH_SIZE = 50;

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** The invoice's Additional Fields, with the Supplier Store ID field of the version shown. */
function additionalFields(supplierStoreField: INodeProperties, show: Show): INodeProperties {
	return {
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
				typeOptions: { dateOnly: true },
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
			supplierStoreField,
		],
	};
}

/**
 * Line items from version 1.1: name, price and quantity (what a line item needs), the others under
 * "Add Field", with the Product ID field of the version shown (a picker from 1.2).
 */
function lineItems11(show: Show, productField: INodeProperties): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		placeholder: 'Add Line Item',
		default: {},
		typeOptions: { multipleValues: true },
		displayOptions: { show },
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					{
						displayName: 'Name',
						name: 'name',
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
						displayName: 'Quantity',
						name: 'quantity',
						type: 'string',
						default: '',
						placeholder: '1',
						description: 'Whole number of units. Left empty it is not sent, so updating an item by its ID keeps its quantity.',
					},
					{
						displayName: 'Additional Fields',
						name: 'additionalFields',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: [
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
								displayName: 'Line Item ID',
								name: 'id',
								type: 'string',
								default: '',
								description: 'To update an item of an existing invoice; leave empty to add a new item',
							},
							{
								displayName: 'Note',
								name: 'note',
								type: 'string',
								default: '',
							},
							productField,
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
		],
	};
}

const properties: INodeProperties[] = [
	{
		displayName: 'Invoice ID',
		name: 'invoiceId',
		type: 'string',
		default: '',
		description: 'Leave empty to create a new invoice; give the ID of an existing invoice to update it',
	},
	// Versions 1 and 1.1: the plain Store ID (workflows saved before the pickers keep it).
	{
		displayName: 'Store ID',
		name: 'storeId',
		type: 'string',
		default: '',
		description: 'ID of the merchant store the invoice belongs to. Required to create an invoice.',
		displayOptions: { show: { '@version': [1, 1.1] } },
	},
	// Version 1.2: the store, supplier store and line products are pickers (From List / By ID).
	{
		...storeIdLocator,
		required: false,
		description: 'The merchant store the invoice belongs to. Required to create an invoice.',
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.2 } }] } },
	},
	additionalFields(supplierStoreIdLocator, { '@version': [{ _cnd: { gte: 1.2 } }] }),
	additionalFields(
		{
			displayName: 'Supplier Store ID',
			name: 'supplierStoreId',
			type: 'string',
			default: '',
		},
		{ '@version': [1, 1.1] },
	),
	{
		displayName: 'Line Items Input',
		name: 'itemsInput',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Add each line item with the fields below' },
			{ name: 'JSON', value: 'json', description: 'Give the line items as a JSON array (e.g. from an expression)' },
		],
	},
	lineItems11({ itemsInput: ['fields'], '@version': [{ _cnd: { gte: 1.2 } }] }, lineProductIdLocator),
	lineItems11({ itemsInput: ['fields'], '@version': [1.1] }, { displayName: 'Product ID', name: 'productId', type: 'string', default: '' }),
	// Version 1 (workflows saved before 1.1): all nine fields of a line item at the top level.
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		placeholder: 'Add Line Item',
		default: {},
		typeOptions: { multipleValues: true },
		displayOptions: { show: { itemsInput: ['fields'], '@version': [1] } },
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					{ displayName: 'Account ID', name: 'accountId', type: 'string', default: '' },
					{ displayName: 'Barcode', name: 'barcode', type: 'string', default: '' },
					{
						displayName: 'Line Item ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'To update an item of an existing invoice; leave empty to add a new item',
					},
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Note', name: 'note', type: 'string', default: '' },
					{
						displayName: 'Price',
						name: 'price',
						type: 'string',
						default: '',
						placeholder: '12.50',
						description: 'Unit price as a decimal number, sent as text so no cent is lost',
					},
					{ displayName: 'Product ID', name: 'productId', type: 'string', default: '' },
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
		displayName: 'Line Items (JSON)',
		name: 'lineItemsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { itemsInput: ['json'] } },
		description:
			'Array of line items (Shopwave invoice items) with the fields barcode, note, name, price (decimal text such as "12.50"), vatPercentage, quantity, productId, accountId and, to update an item, ID',
	},
	{
		displayName: 'Resolve Barcodes',
		name: 'resolveBarcodes',
		type: 'boolean',
		default: true,
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.2 } }] } },
		description:
			'Whether a line item given by barcode without a product ID gets the ID of the product with that barcode (one product list read per run, before anything is saved). A barcode no product has stops the item.',
	},
	optionsCollection([
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			default: DEFAULT_BATCH_SIZE,
			typeOptions: { minValue: 1 },
			description:
				'How many input items are sent together in one request (one invoice each). Shopwave limits the objects (invoices and invoice items) one request may carry without saying how many: lower it if Shopwave answers 919.',
		},
	], { concurrency: false }),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['upsert'] } }, properties);

/** One input item to send: its key in the `invoices` map (an update's invoice ID) and its invoice. */
interface Entry {
	itemIndex: number;
	key: string;
	invoice: IDataObject;
}

type RunError = NodeApiError | NodeOperationError;

/**
 * What became of one input item: saved; failed (refused, or bad input); unknown (sent, but the
 * reply was lost or says nothing of it); unresolved (the reply does not say which saved invoice or
 * error is this item's); or not sent (a batch before it failed).
 */
type Outcome =
	| { status: 'saved'; invoice: IDataObject }
	| { status: 'failed' | 'unknown'; error: RunError; reason: string }
	| { status: 'unresolved'; group: Unresolved & { itemIndexes: number[] }; json: IDataObject }
	| { status: 'notSent' };

interface BatchRun {
	continueOnFail: boolean;
	batchSize: number;
	apiVersion?: string;
	timeout?: number;
	authentication: Authentication;
}

/**
 * A line item of the Line Items field as one object: name, price, quantity and the fields added under
 * "Add Field" (version 1.1), or every field at the top level (version 1).
 */
function lineItemFields(item: IDataObject): IDataObject {
	const { additionalFields, ...main } = item;
	const fields: IDataObject = { ...main, ...((additionalFields as IDataObject | undefined) ?? {}) };
	if (fields.productId !== undefined) fields.productId = nestedLocator(fields.productId) as IDataObject[string];
	return fields;
}

function readInvoice(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as InvoiceInput;
	const input: InvoiceInput = {
		...fields,
		id: this.getNodeParameter('invoiceId', itemIndex, '') as string,
		storeId: locatorValue(this, 'storeId', itemIndex) ?? '',
		supplierStoreId: nestedLocator(fields.supplierStoreId),
	};
	const mode = this.getNodeParameter('itemsInput', itemIndex, 'fields') as string;
	const items =
		mode === 'json'
			? (jsonListInput(node, itemIndex, 'Line Items (JSON)', this.getNodeParameter('lineItemsJson', itemIndex, '[]'), ITEM_EXAMPLE) as IDataObject[])
			: ((this.getNodeParameter('lineItems', itemIndex, {}) as { item?: IDataObject[] }).item ?? []).map(lineItemFields);
	return invoiceBody(node, itemIndex, input, items);
}

/**
 * Every item checked before the first request, so bad input never leaves half a run saved. A new
 * invoice is keyed `item<index>`; an update by its invoice ID (`invoices[{invoiceId}]`).
 */
function readEntries(this: IExecuteFunctions, run: BatchRun, outcomes: Outcome[]): Entry[] {
	const entries: Entry[] = [];
	for (let itemIndex = 0; itemIndex < outcomes.length; itemIndex++) {
		try {
			const invoice = readInvoice.call(this, itemIndex);
			entries.push({ itemIndex, key: invoice.id === undefined ? `item${itemIndex}` : String(invoice.id), invoice });
		} catch (caught) {
			const error = nodeError(this.getNode(), caught, itemIndex);
			if (!run.continueOnFail) throw error;
			outcomes[itemIndex] = { status: 'failed', error, reason: error.message };
		}
	}
	return entries;
}

/** Batches of at most `size`, in order; an invoice updated twice goes in the next batch (one key each). */
function batchesOf(entries: Entry[], size: number): Entry[][] {
	const batches: Entry[][] = [];
	let current: Entry[] = [];
	for (const entry of entries) {
		if (current.length >= size || current.some((other) => other.key === entry.key)) {
			batches.push(current);
			current = [];
		}
		current.push(entry);
	}
	if (current.length) batches.push(current);
	return batches;
}

/** Shopwave's documented refusals of a whole request: nothing in it was saved. */
const REFUSALS = new Set(['908', '911', '919', '913', '904', '912']);

/** The outcome of every item of a request that failed as a whole. */
function requestFailed(error: RunError): Outcome {
	const code = (error as Partial<NodeApiError>).errorResponse?.code;
	const status = code !== undefined && REFUSALS.has(String(code)) ? 'failed' : 'unknown';
	return { status, error, reason: error.message };
}

/** An invoice the reply refused, as the error of its item (its message and the item named). */
function refusedOutcome(this: IExecuteFunctions, entry: Entry, refused: ShopwaveMessage): Outcome {
	const failure = messageFailure(refused);
	const detail = refused.details ?? failure.message;
	failure.details = [`Input item ${entry.itemIndex}: ${detail}`];
	const error = providerErrorFor.call(this, failure, entry.itemIndex);
	return { status: 'failed', error, reason: `${error.message}: ${detail}` };
}

function unresolvedJson(group: Unresolved & { itemIndexes: number[] }): IDataObject {
	const ids = group.invoices.map((invoice) => invoice.id as string | number);
	const saved = `Shopwave saved invoice${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`;
	const refused = group.errors.length ? ` and refused ${group.errors.length} invoice${group.errors.length === 1 ? '' : 's'}` : '';
	return {
		message: `${saved}${refused} for input items ${group.itemIndexes.join(', ')}, but its reply does not say which is whose`,
		savedInvoiceIds: ids,
		inputItems: group.itemIndexes,
		...(group.errors.length ? { errors: group.errors.map(describeMessage) } : {}),
	};
}

function unresolvedLine(group: Unresolved & { itemIndexes: number[] }): string {
	const ids = group.invoices.map((invoice) => String(invoice.id)).join(', ');
	if (group.allSaved) return `Saved, but the reply does not say which invoice is whose: ${indexList(group.itemIndexes)} (invoices ${ids}).`;
	const refused = group.errors.map(describeMessage).join('; ');
	return `Saved or refused, the reply does not say which: ${indexList(group.itemIndexes)} (saved: invoice${group.invoices.length === 1 ? '' : 's'} ${ids}; refused: ${refused}).`;
}

/** What the reply says of each item of the batch. */
function settleReply(this: IExecuteFunctions, batch: Entry[], response: ProviderResponse, outcomes: Outcome[]): void {
	const reply = response.body as ShopwaveReply;
	const attributions = attributeReply(batch, reply.invoices, errorMap(reply));
	const groups = new Map<Unresolved, Unresolved & { itemIndexes: number[] }>();
	batch.forEach((entry, position) => {
		const attribution = attributions[position];
		if ('saved' in attribution) outcomes[entry.itemIndex] = { status: 'saved', invoice: attribution.saved };
		else if ('refused' in attribution) outcomes[entry.itemIndex] = refusedOutcome.call(this, entry, attribution.refused);
		else if (attribution.unresolved.invoices.length === 0) outcomes[entry.itemIndex] = silentOutcome.call(this, entry, response.statusCode);
		else {
			const { unresolved } = attribution;
			const group = groups.get(unresolved) ?? { ...unresolved, itemIndexes: unresolved.positions.map((p) => batch[p].itemIndex) };
			groups.set(unresolved, group);
			outcomes[entry.itemIndex] = { status: 'unresolved', group, json: unresolvedJson(group) };
		}
	});
}

/** A reply that names neither a saved invoice nor an error for the item. */
function silentOutcome(this: IExecuteFunctions, entry: Entry, httpCode: number): Outcome {
	const error = providerErrorFor.call(
		this,
		{
			provider: PROVIDER,
			httpCode,
			message: 'The reply names neither a saved invoice nor an error for this item',
			hint: 'Check in Shopwave whether the invoice was saved before running this item again.',
		},
		entry.itemIndex,
	);
	return { status: 'unknown', error, reason: error.message };
}

/** POST /invoice with one batch; the outcome of each of its items. */
async function sendBatch(this: IExecuteFunctions, run: BatchRun, batch: Entry[], outcomes: Outcome[]): Promise<void> {
	let response: ProviderResponse;
	try {
		response = (await apiRequest.call(this, {
			method: 'POST',
			path: '/invoice',
			authentication: run.authentication,
			apiVersion: run.apiVersion,
			body: { invoices: Object.fromEntries(batch.map((entry) => [entry.key, entry.invoice])) },
			objectKeys: batch.map((entry) => entry.key),
			itemIndex: batch[0].itemIndex,
			timeout: run.timeout,
			returnFullResponse: true,
		})) as ProviderResponse;
	} catch (caught) {
		const outcome = requestFailed(nodeError(this.getNode(), caught));
		for (const entry of batch) outcomes[entry.itemIndex] = outcome;
		return;
	}
	settleReply.call(this, batch, response, outcomes);
}

function isFailure(outcome: Outcome): boolean {
	return outcome.status === 'failed' || outcome.status === 'unknown' || (outcome.status === 'unresolved' && !outcome.group.allSaved);
}

/** "0, 1, 4–9": input item indexes, runs of three or more as a range. */
function indexList(indexes: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; ) {
		let j = i;
		while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
		parts.push(j - i >= 2 ? `${indexes[i]}–${indexes[j]}` : indexes.slice(i, j + 1).join(', '));
		i = j + 1;
	}
	return `input item${indexes.length === 1 ? '' : 's'} ${parts.join(', ')}`;
}

/** Items of one status that share a reason, in order: `[[reason, [2, 3]], …]`. */
function byReason(outcomes: Outcome[], status: 'failed' | 'unknown'): Array<[string, number[]]> {
	const groups = new Map<string, number[]>();
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome.status !== status) return;
		groups.set(outcome.reason, [...(groups.get(outcome.reason) ?? []), itemIndex]);
	});
	return [...groups];
}

/** Per input item, what the run did: saved (ID), failed (why), not known, not sent. */
function runSummary(outcomes: Outcome[]): string {
	const lines: string[] = [];
	const savedAs = (invoice: IDataObject) => (invoice.id === undefined ? 'the reply gives no invoice ID' : `invoice ${String(invoice.id)}`);
	const saved = outcomes.flatMap((outcome, itemIndex) => (outcome.status === 'saved' ? [`${itemIndex} (${savedAs(outcome.invoice)})`] : []));
	if (saved.length) lines.push(`Saved: input item${saved.length === 1 ? '' : 's'} ${saved.join(', ')}.`);
	for (const [reason, indexes] of byReason(outcomes, 'failed')) lines.push(`Failed: ${indexList(indexes)} (${reason}).`);
	for (const [reason, indexes] of byReason(outcomes, 'unknown')) {
		lines.push(`Not known whether saved: ${indexList(indexes)} (${reason}). Check in Shopwave before sending them again.`);
	}
	const groups = new Set(outcomes.flatMap((outcome) => (outcome.status === 'unresolved' ? [outcome.group] : [])));
	for (const group of groups) lines.push(unresolvedLine(group));
	const notSent = outcomes.flatMap((outcome, itemIndex) => (outcome.status === 'notSent' ? [itemIndex] : []));
	if (notSent.length) lines.push(`Not sent: ${indexList(notSent)}.`);
	if (saved.length || groups.size) lines.push('Send again only the items not saved: a saved invoice sent again without its ID is created twice.');
	return lines.join('\n');
}

/** Without continueOnFail, the first failure of the batch ends the run, naming what became of every item. */
function stopOnFailure(node: INode, batch: Entry[], outcomes: Outcome[]): void {
	const first = batch.find((entry) => isFailure(outcomes[entry.itemIndex]));
	if (!first) return;
	const outcome = outcomes[first.itemIndex];
	const error =
		outcome.status === 'unresolved'
			? new NodeOperationError(node, String(outcome.json.message), { itemIndex: first.itemIndex })
			: (outcome as { error: RunError }).error;
	if (outcomes.length > 1) error.description = [error.description, runSummary(outcomes)].filter(Boolean).join('\n');
	throw error;
}

function outputJson(outcome: Outcome): IDataObject {
	switch (outcome.status) {
		case 'saved':
			return outputInvoice(outcome.invoice);
		case 'unresolved':
			return outcome.json;
		case 'notSent':
			return { error: 'Not sent' };
		default:
			return errorJson(outcome.error);
	}
}

/**
 * Version 1.2 ("Resolve Barcodes", on by default): each line item with a barcode and no product ID
 * gets the ID of the product with that barcode. One GET /product for the whole run (the product
 * pages document no barcode filter), read only when an item needs it, before any invoice is sent.
 * A barcode no product has fails that input item (naming it, the line and the barcode), never the
 * write of the others under continueOnFail; without it the run stops before anything is saved.
 */
async function resolveBarcodes(this: IExecuteFunctions, run: BatchRun, entries: Entry[], outcomes: Outcome[]): Promise<Entry[]> {
	const resolve = this.getNode().typeVersion >= 1.2 && (this.getNodeParameter('resolveBarcodes', 0, true) as boolean);
	if (!resolve) return entries;
	const lines = (entry: Entry) => Object.values((entry.invoice.invoiceItems as Record<string, IDataObject> | undefined) ?? {});
	const needs = (line: IDataObject) => line.productId === undefined && barcodeText(line.barcode) !== '';
	const first = entries.find((entry) => lines(entry).some(needs));
	if (!first) return entries;
	const products = await productsByBarcode.call(this, run.authentication, { apiVersion: run.apiVersion, itemIndex: first.itemIndex, timeout: run.timeout });
	const node = this.getNode();
	return entries.filter((entry) => {
		try {
			lines(entry).forEach((line, position) => {
				if (!needs(line)) return;
				const barcode = barcodeText(line.barcode);
				const product = products.get(barcode);
				if (!product) throw unknownBarcode(node, entry.itemIndex, `Line item ${position + 1}`, barcode);
				if (product.id === undefined || product.id === null) {
					throw inputError(node, entry.itemIndex, `Line item ${position + 1}: the product with barcode "${barcode}" has no ID in Shopwave's reply`);
				}
				line.productId = Number(product.id);
			});
			return true;
		} catch (caught) {
			const error = nodeError(node, caught, entry.itemIndex);
			if (!run.continueOnFail) throw error;
			outcomes[entry.itemIndex] = { status: 'failed', error, reason: error.message };
			return false;
		}
	});
}

function batchRun(ctx: IExecuteFunctions): BatchRun {
	const options = ctx.getNodeParameter('options', 0, {}) as { apiVersion?: string; batchSize?: number };
	return {
		continueOnFail: ctx.continueOnFail(),
		batchSize: Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)),
		apiVersion: options.apiVersion,
		// The batch's options are the first item's (one request carries several items).
		timeout: timeoutOf(ctx, 0),
		authentication: authentication(ctx),
	};
}

/**
 * POST /invoice with many invoices at once, Batch Size a request. The reply is tied back to the
 * input items whether Shopwave keys it by the request's keys or by invoice ID (`attributeReply`).
 * Under continueOnFail every item gets its own result; otherwise the first failure stops the run
 * and its error says, per input item, saved (ID) / failed (why) / not sent.
 */
export async function executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const run = batchRun(this);
	const outcomes: Outcome[] = items.map(() => ({ status: 'notSent' }));
	const entries = await resolveBarcodes.call(this, run, readEntries.call(this, run, outcomes), outcomes);
	for (const batch of batchesOf(entries, run.batchSize)) {
		await sendBatch.call(this, run, batch, outcomes);
		if (!run.continueOnFail) stopOnFailure(this.getNode(), batch, outcomes);
	}
	const node = this.getNode();
	return outcomes.map((outcome, itemIndex) =>
		outcome.status === 'failed' || outcome.status === 'unknown'
			? errorItem(node, outcome.error, itemIndex)
			: { json: outputJson(outcome), pairedItem: { item: itemIndex } },
	);
}
