import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { addOrUpdateDocument } from '../addOrUpdate';
import { binaryPropertyName, fileUrl, simplifyField, uploadOptions } from '../common.descriptions';

/**
 * Delivery Note Add/Update: POST /web-api/order/{OrderID}/delivery-note as multipart/form-data with
 * either a `File` part or a `FileUrl` field, replacing any delivery note the order had (the note
 * put in the shipment box).
 */
const properties: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		required: true,
		description: 'ID of the i.materialise order whose delivery note to add or replace',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'binary',
		options: [
			{ name: 'Binary File', value: 'binary', description: 'Upload the delivery note file from an input binary property' },
			{ name: 'File URL', value: 'url', description: 'Let i.materialise download the delivery note from an address' },
		],
		description: 'Where the document comes from: exactly one of the two is sent',
	},
	binaryPropertyName,
	fileUrl,
	simplifyField,
	uploadOptions,
];

export const description = updateDisplayOptions({ show: { resource: ['deliveryNote'], operation: ['addOrUpdate'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await addOrUpdateDocument.call(this, itemIndex, 'deliveryNote');
}
