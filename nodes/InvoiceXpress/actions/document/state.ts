import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError, nodeError } from '../../../shared/errors';
import type { StateCheck } from '../../../shared/provider';
import { confirmedStateChange, lastSettledRequest } from '../../../shared/provider';
import type { ItemOperation } from '../../../shared/router';
import { outputDocument } from '../../helpers';
import { apiRequest, DOCUMENT, documentOf, DOCUMENT_OR_EMPTY, PROVIDER } from '../../transport';
import { simplifyField } from './descriptions';
import type { DocumentFamily, DocumentTypeSpec, StateSpec } from './family';
import { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, unknownDocument } from './family';

/** What one item asks for: the document, the state to reach, and the message sent with it. */
export interface StateChange {
	/** The path segment (`invoices`, `receipts`) and the body root (`invoice`, `receipt`). */
	path: string;
	root: string;
	/** The type's name for messages (`Invoice`, `Receipt`). */
	name: string;
	id: string;
	state: string;
	message: string;
	target: Pick<StateSpec, 'requested' | 'statuses' | 'gone'>;
	notFound: string;
}

/** PUT /{path}/{id}/change-state.json with `{"<root>":{"state":…,"message":…}}` (the message only when given). */
async function sendStateChange(this: IExecuteFunctions, itemIndex: number, change: StateChange) {
	const { path, root, id, state, message, notFound } = change;
	return await apiRequest.call(this, {
		method: 'PUT',
		path: `/${path}/${id}/change-state`,
		body: { root, value: { state, ...(message.trim() !== '' ? { message } : {}) } },
		notFound,
		shape: DOCUMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
}

/** GET /{path}/{id}: whether the document is in the requested state (a 404 counts for a delete only). */
async function checkState(this: IExecuteFunctions, itemIndex: number, change: StateChange): Promise<StateCheck> {
	const { path, id, target, notFound } = change;
	try {
		const reply = await apiRequest.call(this, {
			method: 'GET',
			path: `/${path}/${id}`,
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
 * PUT /{path}/{id}/change-state.json. When the reply to the first attempt was lost and the retry is
 * refused (422 "cannot be …", or a 404 for a deleted draft), the document is read: in the requested
 * state, the item is that document with `confirmedAfterRetry: true`. Without a document in the
 * reply, `summary` is the item.
 */
export async function changeDocumentState(
	this: IExecuteFunctions,
	itemIndex: number,
	change: StateChange,
	summary: IDataObject,
): Promise<INodeExecutionData[]> {
	const outcome = await confirmedStateChange.call(this, {
		itemIndex,
		provider: PROVIDER,
		subject: `${change.name} ${change.id}`,
		requested: `status ${change.target.requested}`,
		alreadyDone: change.target.gone ? [422, 404] : [422],
		send: async () => await sendStateChange.call(this, itemIndex, change),
		check: async () => await checkState.call(this, itemIndex, change),
	});
	if (outcome.confirmedAfterRetry) {
		const record = outcome.check.record;
		return [{ json: { ...(record ? outputDocument.call(this, itemIndex, record) : summary), confirmedAfterRetry: true } }];
	}
	const document = documentOf(outcome.reply);
	return [{ json: document ? outputDocument.call(this, itemIndex, document) : summary }];
}

/** A message the request needs (cancel), checked before any request. */
function requireMessage(this: IExecuteFunctions, itemIndex: number, message: string, what: string): void {
	if (message.trim() === '') {
		throw inputError(this.getNode(), itemIndex, `${what} needs a message`, 'Fill in "Message" with the reason for the cancellation.');
	}
}

/** Change State: the family's states (finalize, cancel with a message, settle, unsettle, delete…). */
export function changeState(family: DocumentFamily): ItemOperation {
	const firstState = family.states[0].value;
	const properties: INodeProperties[] = [
		documentTypeField(family, 'changeState'),
		...documentIdFields(family),
		{
			displayName: 'New State',
			name: 'state',
			type: 'options',
			default: firstState,
			options: family.states.map(({ name, value, description }) => ({ name, value, description })).sort((a, b) => a.name.localeCompare(b.name)),
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
	return familyOperation(family, 'changeState', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type: DocumentTypeSpec = typeOf.call(this, family, itemIndex, 'changeState');
		const id = documentIdOf.call(this, family, itemIndex);
		const state = this.getNodeParameter('state', itemIndex) as string;
		const message = String(this.getNodeParameter('message', itemIndex, '') ?? '');
		const spec = family.states.find((s) => s.value === state);
		if (spec?.needsMessage) requireMessage.call(this, itemIndex, message, 'canceling a document');
		if (type.states && !type.states.includes(state)) {
			throw inputError(
				this.getNode(),
				itemIndex,
				`a ${type.name} cannot be ${state}`,
				`InvoiceXpress documents these states for a ${type.name}: ${type.states.join(', ')}.`,
			);
		}
		const change: StateChange = {
			path: type.value,
			root: type.root,
			name: type.name,
			id,
			state,
			message,
			target: spec ?? { requested: state, statuses: [state] },
			notFound: unknownDocument(type, id),
		};
		return await changeDocumentState.call(this, itemIndex, change, { id: Number(id), documentType: type.value, state });
	});
}
