import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { addOrUpdateDocument } from '../addOrUpdate';
import { binaryPropertyName, fileUrl, simplifyField, uploadOptions } from '../common.descriptions';

/**
 * Invoice Add/Update: POST /web-api/order/{OrderID}/invoice as multipart/form-data with either a
 * `File` part or a `FileUrl` field, replacing any invoice the order had.
 */
const properties: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		required: true,
		description: 'ID of the i.materialise order whose invoice to add or replace',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'binary',
		options: [
			{ name: 'Binary File', value: 'binary', description: 'Upload the invoice file from an input binary property' },
			{ name: 'File URL', value: 'url', description: 'Let i.materialise download the invoice from an address' },
		],
		description: 'Where the document comes from: exactly one of the two is sent',
	},
	binaryPropertyName,
	fileUrl,
	simplifyField,
	uploadOptions,
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['addOrUpdate'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await addOrUpdateDocument.call(this, itemIndex, 'invoice');
}
