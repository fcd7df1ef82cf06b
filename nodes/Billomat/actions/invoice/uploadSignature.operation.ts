import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, invoiceIdFrom, optionsCollection, readAttachments, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';

const show = { resource: ['invoice'], operation: ['uploadSignature'] };

export const description: INodeProperties[] = [
	invoiceIdField(show),
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show },
		hint: 'The name of the input binary field holding the digitally signed PDF',
	},
	optionsCollection(show),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim();
	const [file] = await readAttachments.call(this, itemIndex, [property], true);
	await apiRequest.call(this, {
		method: 'PUT',
		path: `/invoices/${id}/upload-signature`,
		body: { signature: { base64file: file.base64file } },
		...requestOptions.call(this, itemIndex),
		hints: { 400: 'A signature can only be uploaded for a completed invoice (not in DRAFT status).' },
	});
	return [{ json: { id, action: 'uploadSignature', success: true, filename: file.filename } }];
}
