import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { sleep, updateDisplayOptions } from 'n8n-workflow';

import { binaryItem, safeFileName } from '../../../shared/binary';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import type { ProviderResponse, ReplyShape } from '../../../shared/provider';
import { isJsonObject, providerErrorFor } from '../../../shared/provider';
import { documentId } from '../../helpers';
import { apiRequest, downloadFile, PROVIDER } from '../../transport';
import { invoiceIdField } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceIdField,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
	optionsCollection([
		{
			displayName: 'Second Copy',
			name: 'secondCopy',
			type: 'boolean',
			default: false,
			description: 'Whether to get the PDF marked as a second copy',
		},
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 30 },
			default: 10,
			description: 'How many times to ask for the PDF while InvoiceXpress is still generating it (202)',
		},
		{
			displayName: 'Wait Between Attempts (Seconds)',
			name: 'pollInterval',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 60, numberPrecision: 2 },
			default: 2,
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['downloadPdf'] } }, properties);

/** The link of a 200 reply: `{"output":{"pdfUrl":…}}` (or `<output><pdfUrl>…`). */
function pdfUrlOf(body: unknown): string | undefined {
	const output = isJsonObject(body) && isJsonObject(body.output) ? body.output : body;
	const pdfUrl = isJsonObject(output) ? output.pdfUrl : undefined;
	return typeof pdfUrl === 'string' && pdfUrl !== '' ? pdfUrl : undefined;
}

/** 202 with an empty body while the PDF is made, then 200 with its link. */
const PDF_LINK: ReplyShape = {
	expected: 'the PDF link ({"output": {"pdfUrl": "…"}}) or an empty reply while it is made',
	matches: (body) => body === undefined || pdfUrlOf(body) !== undefined,
};

/** A percent-encoded link segment as text; a malformed escape is kept as it is. */
function decodeLinkName(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * GET /api/pdf/{id}.json answers 202 while the PDF is generated: ask again after a pause, a
 * bounded number of times, then download the `pdfUrl` of the 200 reply.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = documentId(this.getNode(), itemIndex, this.getNodeParameter('invoiceId', itemIndex));
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		secondCopy?: boolean;
		maxAttempts?: number;
		pollInterval?: number;
	};
	const maxAttempts = Math.max(1, Math.min(30, Math.floor(options.maxAttempts ?? 10)));
	const intervalMs = Math.max(0, Math.min(60, options.pollInterval ?? 2)) * 1000;

	const timeout = timeoutOf(this, itemIndex);
	let pdfUrl: string | undefined;
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const reply = (await apiRequest.call(this, {
			method: 'GET',
			path: `/api/pdf/${id}`,
			qs: options.secondCopy ? { second_copy: true } : undefined,
			notFound: `Document ${id} is unknown`,
			shape: PDF_LINK,
			itemIndex,
			timeout,
			returnFullResponse: true,
		})) as ProviderResponse;
		if (reply.statusCode !== 202) {
			pdfUrl = pdfUrlOf(reply.body);
			break;
		}
		if (attempt < maxAttempts) await sleep(intervalMs);
	}
	if (!pdfUrl) {
		throw providerErrorFor.call(
			this,
			{
				provider: PROVIDER,
				message: `The PDF of document ${id} was not ready after ${maxAttempts} attempt(s)`,
				hint: 'InvoiceXpress is still generating it: raise "Max Attempts" or "Wait Between Attempts", or run the node again later.',
			},
			itemIndex,
		);
	}
	const file = await downloadFile.call(this, pdfUrl, itemIndex, timeout);
	const fromUrl = /\/([^/?#]+\.pdf)(?:[?#]|$)/i.exec(pdfUrl)?.[1];
	// The link's name is the provider's word: decoded, then made safe (no path, no control characters).
	const fileName = safeFileName(fromUrl ? decodeLinkName(fromUrl) : undefined, `invoice-${id}.pdf`);
	return [await binaryItem.call(this, { id: Number(id), pdfUrl, fileName }, propertyName, file, fileName, 'application/pdf')];
}
