import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { invoiceBody, invoiceIdFrom, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { INVOICE_FIELD_LABELS, invoiceFieldOptions, invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Only invoices in DRAFT status can be edited. Line items are not changed here.',
		name: 'draftNotice',
		type: 'notice',
		default: '',
	},
	invoiceIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Client ID', name: 'client_id', type: 'string', default: '', description: 'Move the invoice to another client' },
			...invoiceFieldOptions,
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const invoice = invoiceBody(this.getNode(), itemIndex, fields, INVOICE_FIELD_LABELS);
	if (Object.keys(invoice).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: 'PUT',
		path: `/invoices/${id}`,
		body: { invoice },
		shape: recordShape('invoice'),
		...requestOptions.call(this, itemIndex),
		hints: {
			400: 'Billomat only edits invoices in DRAFT status. A completed invoice can be canceled, or corrected with a new invoice (Corrected Invoice ID).',
			403: 'Billomat only edits invoices in DRAFT status. A completed invoice can be canceled, or corrected with a new invoice (Corrected Invoice ID).',
		},
	});
	return [{ json: unwrapRecord(body, 'invoice') }];
}
