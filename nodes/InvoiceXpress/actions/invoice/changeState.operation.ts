import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { documentId, documentTypeName } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import { documentIdField, documentTypeField } from './fields';

const show = { resource: ['invoice'], operation: ['changeState'] };

export const description: INodeProperties[] = [
	documentTypeField('changeState'),
	documentIdField('changeState'),
	{
		displayName: 'New State',
		name: 'state',
		type: 'options',
		default: 'finalized',
		displayOptions: { show },
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
		displayOptions: { show },
		description: 'Why the document changes state. Required to cancel.',
	},
	optionsCollection(show),
];

/** PUT /{type}/{id}/change-state.json with `{"invoice":{"state":…,"message":…}}`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
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
	const reply = await apiRequest.call(this, {
		method: 'PUT',
		path: `/${type}/${id}/change-state`,
		body: { root: 'invoice', value: { state, ...(message.trim() !== '' ? { message } : {}) } },
		notFound: `${documentTypeName(type)} ${id} is unknown`,
		shape: DOCUMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	return [{ json: documentOf(reply) ?? { id: Number(id), documentType: type, state } }];
}
