import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { invoiceIdOf, invoiceLocator } from '../invoicePayment/common.descriptions';
import { DRAFT_ONLY_HINTS, itemBody, itemFieldOptions, mainItemFields, simplifyField, simplifyItem } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Items can be added to draft invoices only. The item is added after the invoice’s existing items.',
		name: 'draftNotice',
		type: 'notice',
		default: '',
	},
	invoiceLocator('The draft invoice to add the item to'),
	...mainItemFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: itemFieldOptions,
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['create'] } }, properties);

/** POST /invoice-items. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const invoiceId = invoiceIdOf.call(this, itemIndex);
	const fields: IDataObject = {
		title: this.getNodeParameter('title', itemIndex, ''),
		quantity: this.getNodeParameter('quantity', itemIndex, 1),
		unit_price: this.getNodeParameter('unit_price', itemIndex, 0),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const item = { invoice_id: invoiceId, ...itemBody(node, itemIndex, fields) };
	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/invoice-items',
		body: { 'invoice-item': item },
		shape: recordShape('invoice-item'),
		...requestOptions.call(this, itemIndex),
		hints: DRAFT_ONLY_HINTS,
	});
	const created = unwrapRecord(body, 'invoice-item');
	return [{ json: this.getNodeParameter('simplify', itemIndex, true) ? simplifyItem(created) : created }];
}
