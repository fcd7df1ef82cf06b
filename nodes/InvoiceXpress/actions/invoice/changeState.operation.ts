import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError, nodeError } from '../../../shared/errors';
import type { StateCheck } from '../../../shared/provider';
import { confirmedStateChange, lastSettledRequest } from '../../../shared/provider';
import { documentId, documentTypeName, outputDocument } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf, DOCUMENT_OR_EMPTY, PROVIDER } from '../../transport';
import { documentTypeField, invoiceIdField, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	documentTypeField,
	invoiceIdField,
	{
		displayName: 'New State',
		name: 'state',
		type: 'options',
		default: 'finalized',
		options: [
			{ name: 'Canceled', value: 'canceled', description: 'Cancel a finalized document (a message is required)' },
			{ name: 'Deleted', value: 'deleted', description: 'Delete a draft' },
			{ name: 'Finalized', value: 'finalized', description: 'Finalize a draft: it gets its sequence number' },
			{ name: 'Settled', value: 'settled', description: 'Mark a finalized document as paid' },
			{ name: 'Unsettled', value: 'unsettled', description: 'Undo Settled' },
		],
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		default: '',
		description: 'Why the document changes state. Required to cancel.',
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['changeState'] } }, properties);

/**
 * The document's `status` once each state is reached: a finalized document may already have been
 * sent, and unsettling one brings it back to final (or sent); a deleted one may also be gone (404).
 */
const REACHED: Record<string, { requested: string; statuses: string[]; gone?: boolean }> = {
	finalized: { requested: 'final', statuses: ['final', 'sent'] },
	deleted: { requested: 'deleted', statuses: ['deleted'], gone: true },
	canceled: { requested: 'canceled', statuses: ['canceled'] },
	settled: { requested: 'settled', statuses: ['settled'] },
	unsettled: { requested: 'final', statuses: ['final', 'sent'] },
};

/** What one item asks for: the document, the state to reach, and the message sent with it. */
interface StateChange {
	type: string;
	id: string;
	state: string;
	message: string;
	target: { requested: string; statuses: string[]; gone?: boolean };
	notFound: string;
}

/** The item's parameters, checked before any request: canceling needs a message. */
function readStateChange(this: IExecuteFunctions, itemIndex: number): StateChange {
	const type = this.getNodeParameter('documentType', itemIndex) as string;
	const id = documentId(this.getNode(), itemIndex, this.getNodeParameter('invoiceId', itemIndex));
	const state = this.getNodeParameter('state', itemIndex) as string;
	const message = String(this.getNodeParameter('message', itemIndex, '') ?? '');
	if (state === 'canceled' && message.trim() === '') {
		throw inputError(
			this.getNode(),
			itemIndex,
			'canceling a document needs a message',
			'Fill in "Message" with the reason for the cancellation.',
		);
	}
	const target = REACHED[state] ?? { requested: state, statuses: [state] };
	return { type, id, state, message, target, notFound: `${documentTypeName(type)} ${id} is unknown` };
}

/** PUT /{type}/{id}/change-state.json with `{"invoice":{"state":…,"message":…}}` (the message only when given). */
async function sendStateChange(this: IExecuteFunctions, itemIndex: number, change: StateChange) {
	const { type, id, state, message, notFound } = change;
	return await apiRequest.call(this, {
		method: 'PUT',
		path: `/${type}/${id}/change-state`,
		body: { root: 'invoice', value: { state, ...(message.trim() !== '' ? { message } : {}) } },
		notFound,
		shape: DOCUMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
}

/** GET /{type}/{id}: whether the document is in the requested state (a 404 counts for a delete only). */
async function checkState(this: IExecuteFunctions, itemIndex: number, change: StateChange): Promise<StateCheck> {
	const { type, id, target, notFound } = change;
	try {
		const reply = await apiRequest.call(this, {
			method: 'GET',
			path: `/${type}/${id}`,
			notFound,
			shape: DOCUMENT,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		});
		const document = documentOf(reply)!;
		const status = String(document.status ?? '');
		return { done: target.statuses.includes(status), seen: `status ${status}`, record: document };
	} catch (error) {
		if (lastSettledRequest.call(this, itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, itemIndex);
		return { done: !!target.gone, seen: 'no such document (404)' };
	}
}

/**
 * PUT /{type}/{id}/change-state.json with `{"invoice":{"state":…,"message":…}}`. When the reply to
 * the first attempt was lost and the retry is refused (422 "cannot be …", or a 404 for a deleted
 * draft), the document is read: in the requested state, the item is that document with
 * `confirmedAfterRetry: true`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const change = readStateChange.call(this, itemIndex);
	const { type, id, state, target } = change;
	const outcome = await confirmedStateChange.call(this, {
		itemIndex,
		provider: PROVIDER,
		subject: `${documentTypeName(type)} ${id}`,
		requested: `status ${target.requested}`,
		alreadyDone: target.gone ? [422, 404] : [422],
		send: async () => await sendStateChange.call(this, itemIndex, change),
		check: async () => await checkState.call(this, itemIndex, change),
	});
	const summary = { id: Number(id), documentType: type, state };
	if (outcome.confirmedAfterRetry) {
		const record = outcome.check.record;
		return [{ json: { ...(record ? outputDocument.call(this, itemIndex, record) : summary), confirmedAfterRetry: true } }];
	}
	const document = documentOf(outcome.reply);
	return [{ json: document ? outputDocument.call(this, itemIndex, document) : summary }];
}
