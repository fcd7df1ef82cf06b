import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { billomatId, invoiceIdFrom, requestOptions } from '../../helpers';
import { changeState } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceIdField,
	optionsCollection([
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			description: 'Template for the PDF. Default: the invoice’s template, else the default template.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['complete'] } }, properties);

/** PUT /invoices/{id}/complete, with the template for the PDF when given. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const complete: IDataObject = {};
	if (options.templateId !== undefined && options.templateId !== '') {
		complete.template_id = billomatId(this.getNode(), itemIndex, options.templateId, 'Template ID');
	}
	return await changeState.call(
		this,
		invoiceIdFrom.call(this, itemIndex),
		{
			action: 'complete',
			body: { complete },
			hints: { 400: 'Only an invoice in DRAFT status can be completed.' },
			target: { requested: 'a status other than DRAFT', reached: (status) => status !== undefined && status !== 'DRAFT' },
		},
		requestOptions.call(this, itemIndex),
	);
}
