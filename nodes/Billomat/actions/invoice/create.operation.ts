import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { billomatId, invoiceBody, invoiceItems, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { INVOICE_FIELD_LABELS, invoiceFieldOptions, lineItemFields, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Client ID',
		name: 'clientId',
		type: 'string',
		default: '',
		required: true,
		description: 'The numeric ID of the client the invoice is for',
	},
	{
		displayName: 'Line Items Input',
		name: 'itemsInput',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Add each line item with the fields below' },
			{ name: 'JSON', value: 'json', description: 'Give the line items as a JSON array (e.g. from an expression)' },
		],
	},
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		placeholder: 'Add Line Item',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		displayOptions: { show: { itemsInput: ['fields'] } },
		options: [{ displayName: 'Item', name: 'item', values: lineItemFields }],
	},
	{
		displayName: 'Line Items (JSON)',
		name: 'lineItemsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { itemsInput: ['json'] } },
		description:
			'Array of items with title, description, quantity, unit, unit_price, article_id, tax_name, tax_rate, reduction',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: invoiceFieldOptions,
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const clientId = billomatId(node, itemIndex, this.getNodeParameter('clientId', itemIndex), 'Client ID');
	const mode = this.getNodeParameter('itemsInput', itemIndex, 'fields') as string;
	const items = invoiceItems(
		node,
		itemIndex,
		mode,
		mode === 'json' ? {} : (this.getNodeParameter('lineItems', itemIndex, {}) as IDataObject),
		mode === 'json' ? this.getNodeParameter('lineItemsJson', itemIndex, '[]') : undefined,
	);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const invoice: IDataObject = { client_id: clientId, ...invoiceBody(node, itemIndex, fields, INVOICE_FIELD_LABELS) };
	if (items.length) invoice['invoice-items'] = { 'invoice-item': items };

	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/invoices',
		body: { invoice },
		shape: recordShape('invoice'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(body, 'invoice') }];
}
