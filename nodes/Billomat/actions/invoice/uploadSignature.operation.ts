import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceIdFrom, readAttachments, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceIdField,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field holding the digitally signed PDF',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['uploadSignature'] } }, properties);

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
