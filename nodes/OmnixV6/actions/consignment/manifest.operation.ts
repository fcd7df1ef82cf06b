import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError, nodeError } from '../../../shared/errors';
import { shown, textInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import { errorItem } from '../../../shared/router';
import { apiRequest } from '../../transport';

/**
 * Manifest: POST /manifests/manifestConsignments ("V6RESTful APIs - Manifests",
 * https://www.omnix.com.au/v6-restful-apis-manifests): "to manifest a list of consignments (to
 * confirm the consignments are ready for despatch)", `{"connoteNos": [...], "manifestNo": "..."}`;
 * without manifestNo "a new manifest is created"; the reply `{"manifestId": …, "manifestNo": "…"}`.
 * A write: never sent twice (a POST whose reply was lost may have manifested them).
 */

const properties: INodeProperties[] = [
	{
		displayName: 'Connote Nos',
		name: 'connoteNos',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'TOLL123456, TOLL123457',
		description:
			'The consignment note (connote) numbers of the consignments to manifest, separated by commas, or an expression that gives a list of them',
	},
	{
		displayName: 'Manifest No',
		name: 'manifestNo',
		type: 'string',
		default: '',
		placeholder: 'M123456',
		description: 'The manifest to put the consignments on. Empty: Omnix V6 creates a new manifest.',
	},
	{
		displayName: 'One Request for All Items',
		name: 'combineItems',
		type: 'boolean',
		noDataExpression: true,
		default: true,
		description:
			'Whether to send the connote numbers of all input items in one request, onto one manifest (every item must then have the same Manifest No). Off: one request per item, so without a Manifest No each item gets a new manifest.',
	},
	optionsCollection([], { concurrency: false }),
];

export const description = updateDisplayOptions({ show: { resource: ['consignment'], operation: ['manifest'] } }, properties);

/** The page's reply: the manifest (`{"manifestId": 1111, "manifestNo": "M12345"}`). */
const MANIFEST: ReplyShape = {
	expected: 'the manifest ({"manifestId": …, "manifestNo": …})',
	matches: (body) => isJsonObject(body) && ('manifestNo' in body || 'manifestId' in body),
};

const EXAMPLE = 'TOLL123456, TOLL123457';

/**
 * The connote numbers of an item: text separated by commas (or line breaks), or a list of them
 * from an expression; trimmed, empty entries dropped, each once. Refused when none is left,
 * unless `optional` (then an empty list).
 */
export function connoteNumbers(ctx: IExecuteFunctions, itemIndex: number, optional = false): string[] {
	const node = ctx.getNode();
	const value = ctx.getNodeParameter('connoteNos', itemIndex, '') as unknown;
	const entries: unknown[] = Array.isArray(value) ? value : [value];
	const list = entries
		.flatMap((entry, n) => (textInput(node, itemIndex, Array.isArray(value) ? { within: '"Connote Nos"', name: String(n + 1) } : 'Connote Nos', entry) ?? '').split(/[,\r\n]/))
		.map((connote) => connote.trim())
		.filter(Boolean);
	if (!list.length && !optional) {
		throw inputError(
			node,
			itemIndex,
			'"Connote Nos" is empty',
			`Give the connote numbers of the consignments to manifest, separated by commas (e.g. ${EXAMPLE}), or a list of them from an expression.`,
		);
	}
	return [...new Set(list)];
}

function manifestNumber(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	return textInput(ctx.getNode(), itemIndex, 'Manifest No', ctx.getNodeParameter('manifestNo', itemIndex, ''))?.trim() || undefined;
}

/** One request: the body as the page's example, manifestNo only when given (empty fields are never sent). */
async function manifest(ctx: IExecuteFunctions, itemIndex: number, connoteNos: string[], manifestNo: string | undefined): Promise<IDataObject> {
	const body: IDataObject = { connoteNos, ...(manifestNo ? { manifestNo } : {}) };
	return (await apiRequest.call(ctx, {
		method: 'POST',
		path: '/manifests/manifestConsignments',
		body,
		shape: MANIFEST,
		itemIndex,
		timeout: timeoutOf(ctx, itemIndex),
	})) as IDataObject;
}

/** An item's output: the manifest Omnix V6 sent back and the connote numbers this item put on it. */
const output = (reply: IDataObject, connoteNos: string[], itemIndex: number): INodeExecutionData => ({
	json: { ...reply, connoteNos },
	pairedItem: { item: itemIndex },
});

/** One request per input item, each with its own connote numbers and manifest. */
async function perItem(ctx: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const connoteNos = connoteNumbers(ctx, i);
			out.push(output(await manifest(ctx, i, connoteNos, manifestNumber(ctx, i)), connoteNos, i));
		} catch (error) {
			if (!ctx.continueOnFail()) throw nodeError(ctx.getNode(), error, i);
			out.push(errorItem(ctx.getNode(), error, i));
		}
	}
	return out;
}

/**
 * One request for all input items: their connote numbers in item order (each once), on the one
 * Manifest No they all give (or a new manifest). Every item is checked before the request; under
 * continueOnFail an item with bad input gets its error and the others are sent.
 */
async function allItems(ctx: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const node = ctx.getNode();
	const results: Array<INodeExecutionData | undefined> = items.map(() => undefined);
	const read: Array<{ itemIndex: number; connoteNos: string[] }> = [];
	let first: { itemIndex: number; manifestNo: string | undefined } | undefined;
	for (let i = 0; i < items.length; i++) {
		try {
			const connoteNos = connoteNumbers(ctx, i);
			const manifestNo = manifestNumber(ctx, i);
			if (first && first.manifestNo !== manifestNo) {
				throw inputError(
					node,
					i,
					`"Manifest No" (${shown(manifestNo ?? '')}) differs from item ${first.itemIndex}'s (${shown(first.manifestNo ?? '')})`,
					'With "One Request for All Items" every item goes on one manifest: give every item the same Manifest No, or turn the option off to send one request per item.',
				);
			}
			first ??= { itemIndex: i, manifestNo };
			read.push({ itemIndex: i, connoteNos });
		} catch (error) {
			if (!ctx.continueOnFail()) throw nodeError(node, error, i);
			results[i] = errorItem(node, error, i);
		}
	}
	if (first) {
		const all = [...new Set(read.flatMap((entry) => entry.connoteNos))];
		try {
			const reply = await manifest(ctx, first.itemIndex, all, first.manifestNo);
			for (const entry of read) results[entry.itemIndex] = output(reply, entry.connoteNos, entry.itemIndex);
		} catch (error) {
			if (!ctx.continueOnFail()) throw nodeError(node, error, first.itemIndex);
			for (const entry of read) results[entry.itemIndex] = errorItem(node, error, entry.itemIndex);
		}
	}
	return results.filter((result): result is INodeExecutionData => result !== undefined);
}

/**
 * POST /manifests/manifestConsignments, once for all input items (the default) or once per item.
 * Output: one item per input item, the manifest V6 sent back (`manifestId`, `manifestNo`) with the
 * item's own `connoteNos`.
 */
export async function executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const combine = this.getNodeParameter('combineItems', 0, true) as boolean;
	return combine ? await allItems(this, items) : await perItem(this, items);
}
