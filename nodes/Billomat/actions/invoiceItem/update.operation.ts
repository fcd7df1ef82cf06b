import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { DRAFT_ONLY_HINTS, itemBody, itemFieldOptions, itemIdField, itemIdOf, mainItemFields, simplifyField, simplifyItem } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Only the items of draft invoices can be changed',
		name: 'draftNotice',
		type: 'notice',
		default: '',
	},
	itemIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...mainItemFields, ...itemFieldOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['update'] } }, properties);

/** PUT /invoice-items/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const id = itemIdOf.call(this, itemIndex);
	const item = itemBody(node, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	if (Object.keys(item).length === 0) {
		throw inputError(node, itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: 'PUT',
		path: `/invoice-items/${id}`,
		body: { 'invoice-item': item },
		shape: recordShape('invoice-item'),
		...requestOptions.call(this, itemIndex),
		hints: DRAFT_ONLY_HINTS,
	});
	const updated = unwrapRecord(body, 'invoice-item');
	return [{ json: this.getNodeParameter('simplify', itemIndex, true) ? simplifyItem(updated) : updated }];
}
