import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { invoiceIdField, invoiceIdFrom, optionsCollection, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { invoiceBody, invoiceFieldOptions } from './fields';

const show = { resource: ['invoice'], operation: ['update'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Only invoices in DRAFT status can be edited. Line items are not changed here.',
		name: 'draftNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	invoiceIdField(show),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{ displayName: 'Client ID', name: 'client_id', type: 'string', default: '', description: 'Move the invoice to another client' },
			...invoiceFieldOptions,
		],
	},
	optionsCollection(show),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const invoice = invoiceBody(this.getNode(), itemIndex, fields);
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
