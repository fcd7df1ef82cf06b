import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { timeoutOf } from '../../shared/descriptions';
import type { ProviderResponse } from '../../shared/provider';
import type { UploadOptions } from '../helpers';
import { documentUpload, orderIdOf, responseFormatOf, uploadedItem } from '../helpers';
import { apiRequest } from '../transport';

/** The documents an order takes, and the last segment of their Add/Update path. */
const PATHS = { invoice: 'invoice', deliveryNote: 'delivery-note' } as const;

/**
 * Add/Update of an order's invoice or delivery note: POST /web-api/order/{OrderID}/{invoice |
 * delivery-note} as multipart/form-data with either a `File` part or a `FileUrl` field, replacing
 * the document the order had. Both operations are this one request.
 */
export async function addOrUpdateDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	document: keyof typeof PATHS,
): Promise<INodeExecutionData[]> {
	const orderId = orderIdOf.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as UploadOptions;
	const upload = await documentUpload.call(this, itemIndex, document, orderId, options);
	const result = (await apiRequest.call(this, {
		method: 'POST',
		path: `/web-api/order/${encodeURIComponent(orderId)}/${PATHS[document]}`,
		body: upload.body,
		responseFormat: responseFormatOf(options),
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
		returnFullResponse: true,
	})) as ProviderResponse;
	return [uploadedItem(upload, result, this.getNodeParameter('simplify', itemIndex, true) as boolean)];
}
