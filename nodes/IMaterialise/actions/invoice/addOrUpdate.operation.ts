import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeoutOf } from '../../../shared/descriptions';
import type { ProviderResponse } from '../../../shared/provider';
import type { UploadOptions } from '../../helpers';
import { documentUpload, orderIdOf, responseFormatOf, uploadedItem } from '../../helpers';
import { apiRequest } from '../../transport';
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
	const orderId = orderIdOf.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as UploadOptions;
	const upload = await documentUpload.call(this, itemIndex, 'invoice', orderId, options);

	const result = (await apiRequest.call(this, {
		method: 'POST',
		path: `/web-api/order/${encodeURIComponent(orderId)}/invoice`,
		body: upload.body,
		responseFormat: responseFormatOf(options),
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
		returnFullResponse: true,
	})) as ProviderResponse;
	return [uploadedItem(upload, result, this.getNodeParameter('simplify', itemIndex, true) as boolean)];
}
