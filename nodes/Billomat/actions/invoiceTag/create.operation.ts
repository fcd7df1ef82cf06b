import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { textInput } from '../../../shared/input';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf } from '../invoicePayment/common.descriptions';
import { tagInvoiceField, tagOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	tagInvoiceField,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Priority',
		description: 'The tag (a free keyword; case matters). One tag per call: add several with several items.',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceTag'], operation: ['create'] } }, properties);

/** POST /invoice-tags: invoice_id and name. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const invoiceId = invoiceIdOf.call(this, itemIndex);
	const name = textInput(node, itemIndex, 'Name', this.getNodeParameter('name', itemIndex));
	if (name === undefined || name.trim() === '') {
		throw inputError(node, itemIndex, '"Name" is blank', 'Give the tag, e.g. "Priority".');
	}
	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/invoice-tags',
		body: { 'invoice-tag': { invoice_id: invoiceId, name: name.trim() } },
		shape: recordShape('invoice-tag'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: tagOutput(unwrapRecord(body, 'invoice-tag')) }];
}
