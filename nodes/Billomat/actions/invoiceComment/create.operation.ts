import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { textInput } from '../../../shared/input';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf } from '../invoicePayment/common.descriptions';
import { commentInvoiceField, commentOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	commentInvoiceField,
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. Client will pay next week.',
		description: 'The text of the comment, shown in the invoice’s history',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceComment'], operation: ['create'] } }, properties);

/** POST /invoice-comments: invoice_id and comment, both mandatory. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const invoiceId = invoiceIdOf.call(this, itemIndex);
	const comment = textInput(node, itemIndex, 'Comment', this.getNodeParameter('comment', itemIndex));
	if (comment === undefined || comment.trim() === '') {
		throw inputError(node, itemIndex, '"Comment" is blank', 'Give the text of the comment, e.g. "Client will pay next week."');
	}
	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/invoice-comments',
		body: { 'invoice-comment': { invoice_id: invoiceId, comment } },
		shape: recordShape('invoice-comment'),
		...requestOptions.call(this, itemIndex),
	});
	// A comment has seven fields (ID, created, invoice, user, text, action key, public): no Simplify.
	return [{ json: commentOutput(unwrapRecord(body, 'invoice-comment')) }];
}
