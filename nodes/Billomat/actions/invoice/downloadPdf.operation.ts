import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryItem } from '../../../shared/binary';
import type { HttpResponse } from '../../../shared/http';
import { describeUnreadableBody } from '../../../shared/http';
import { providerErrorFor, readReply, shapeFailure } from '../../../shared/provider';
import { invoiceIdFrom, isPdfBytes, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, PROVIDER } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceIdField,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the PDF in',
	},
	optionsCollection([
		{
			displayName: 'Print Version',
			name: 'printVersion',
			type: 'boolean',
			default: false,
			description:
				'Whether to get the PDF without background (type=print). The print version must be activated in Billomat’s settings.',
		},
		{
			displayName: 'Transfer',
			name: 'transfer',
			type: 'options',
			default: 'raw',
			options: [
				{ name: 'PDF File (Format=pdf)', value: 'raw', description: 'Billomat sends the PDF itself' },
				{
					name: 'JSON With Base64',
					value: 'base64',
					description: 'Billomat sends the PDF record (ID, created, file name, size) with the file in base64',
				},
			],
			description: 'How Billomat sends the PDF. The output is the same binary file either way.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['downloadPdf'] } }, properties);

function fileNameFromDisposition(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(value);
	if (star) {
		try {
			return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
		} catch {
			// A malformed encoded name: fall back to the plain one.
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(value);
	return plain ? (plain[2] ?? plain[1]).trim() : undefined;
}

const PDF_RECORD = recordShape('pdf');

/** The `{"pdf":{…,"base64file"}}` record as a binary item, its metadata as JSON. */
async function itemFromRecord(this: IExecuteFunctions, id: number, property: string, body: unknown): Promise<INodeExecutionData[]> {
	const { base64file, ...meta } = unwrapRecord(body, 'pdf');
	const data = Buffer.from(String(base64file ?? ''), 'base64');
	const fileName = String(meta.filename ?? `invoice_${id}.pdf`);
	const mimeType = String(meta.mimetype ?? 'application/pdf');
	return [await binaryItem.call(this, { ...meta, invoice_id: meta.invoice_id ?? id }, property, data, fileName, mimeType)];
}

/**
 * The reply to `format=pdf`: the PDF itself, or the JSON record from a server that ignores
 * format=pdf (read the same way). Neither (a cut-off or foreign body): no file is made of it.
 */
async function itemFromReply(
	this: IExecuteFunctions,
	itemIndex: number,
	id: number,
	property: string,
	reply: HttpResponse,
): Promise<INodeExecutionData[]> {
	if (/json/i.test(reply.headers['content-type'] ?? '')) {
		const record = readReply(reply, 'json');
		if (!record.ok) {
			throw providerErrorFor.call(
				this,
				{ provider: PROVIDER, httpCode: reply.statusCode, message: `Expected JSON but got ${record.reason}` },
				itemIndex,
			);
		}
		if (!PDF_RECORD.matches(record.value)) {
			throw providerErrorFor.call(this, shapeFailure(PROVIDER, PDF_RECORD, reply.statusCode, record.value), itemIndex);
		}
		return await itemFromRecord.call(this, id, property, record.value);
	}
	if (!isPdfBytes(reply.body)) {
		throw providerErrorFor.call(
			this,
			{ provider: PROVIDER, httpCode: reply.statusCode, message: `Expected a PDF but got ${describeUnreadableBody(reply)}` },
			itemIndex,
		);
	}
	const fileName = fileNameFromDisposition(reply.headers['content-disposition']) ?? `invoice_${id}.pdf`;
	const mimeType = (reply.headers['content-type'] ?? 'application/pdf').split(';')[0].trim() || 'application/pdf';
	const json = { invoice_id: id, filename: fileName, mimetype: mimeType, filesize: reply.body.length };
	return [await binaryItem.call(this, json, property, reply.body, fileName, mimeType)];
}

/** GET /invoices/{id}/pdf, as the PDF file (`format=pdf`) or as its base64 record. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (options.printVersion) qs.type = 'print';
	const request = { method: 'GET' as const, path: `/invoices/${id}/pdf`, ...requestOptions.call(this, itemIndex) };

	if (options.transfer === 'base64') {
		const body = await apiRequest.call(this, { ...request, qs, shape: PDF_RECORD });
		return await itemFromRecord.call(this, id, property, body);
	}
	const reply = (await apiRequest.call(this, {
		...request,
		qs: { ...qs, format: 'pdf' },
		raw: true,
		returnFullResponse: true,
	})) as HttpResponse;
	return await itemFromReply.call(this, itemIndex, id, property, reply);
}
