import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { billomatId, invoiceIdField, optionsCollection } from '../../helpers';
import { changeState } from './stateChange';

const show = { resource: ['invoice'], operation: ['complete'] };

export const description: INodeProperties[] = [
	invoiceIdField(show),
	optionsCollection(show, [
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			description: 'Template for the PDF. Default: the invoice’s template, else the default template.',
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const complete: IDataObject = {};
	if (options.templateId !== undefined && options.templateId !== '') {
		complete.template_id = billomatId(this.getNode(), itemIndex, options.templateId, 'Template ID');
	}
	return await changeState.call(this, itemIndex, 'complete', { complete }, {
		400: 'Only an invoice in DRAFT status can be completed.',
	}, { requested: 'a status other than DRAFT', reached: (status) => status !== undefined && status !== 'DRAFT' });
}
