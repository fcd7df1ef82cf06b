import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { binaryItem, safeFileName } from '../../../shared/binary';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { emailListInput, textInput } from '../../../shared/input';
import type { ProviderResponse, ReplyShape } from '../../../shared/provider';
import { isJsonObject, providerErrorFor } from '../../../shared/provider';
import type { ItemOperation } from '../../../shared/router';
import { checkEmail } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY, downloadFile, PROVIDER } from '../../transport';
import type { DocumentFamily } from './family';
import { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, unknownDocument } from './family';

// Sending a document: by email, and its PDF (https://invoicexpress.com/api-v2/invoices/send-by-email,
// …/invoices/generate-pdf), the same for every family.

const emailProperties = (family: DocumentFamily): INodeProperties[] => [
	documentTypeField(family, 'sendEmail'),
	...documentIdFields(family),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: 'Address the document is sent to',
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
	},
	optionsCollection([
		{ displayName: 'BCC', name: 'bcc', type: 'string', default: '', description: 'Blind copy to these addresses' },
		{ displayName: 'CC', name: 'cc', type: 'string', default: '', description: 'Copy to these addresses' },
		{
			displayName: 'Include Logo',
			name: 'logo',
			type: 'boolean',
			default: false,
			description: 'Whether to show the account’s logo in the email',
		},
		{
			displayName: 'Save Email on Client',
			name: 'save',
			type: 'boolean',
			default: false,
			description: 'Whether to store this address as the client’s email',
		},
	]),
];

/** PUT /{type}/{id}/email-document.json with `{"message":{"client":{"email","save"},"subject","body",…}}`. */
export function sendEmail(family: DocumentFamily): ItemOperation {
	return familyOperation(family, 'sendEmail', emailProperties(family), async function (this: IExecuteFunctions, itemIndex): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const spec = typeOf.call(this, family, itemIndex, 'sendEmail');
		const type = spec.value;
		const id = documentIdOf.call(this, family, itemIndex);
		const email = checkEmail(node, itemIndex, 'Email', this.getNodeParameter('email', itemIndex));
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			cc?: string;
			bcc?: string;
			logo?: boolean;
			save?: boolean;
		};
		const message: IDataObject = {
			client: { email, save: options.save ? '1' : '0' },
			subject: textInput(node, itemIndex, 'Subject', this.getNodeParameter('subject', itemIndex), { xml: true }) ?? '',
			body: textInput(node, itemIndex, 'Body', this.getNodeParameter('body', itemIndex), { xml: true }) ?? '',
		};
		if (options.cc) message.cc = emailListInput(node, itemIndex, 'CC', options.cc).join(', ');
		if (options.bcc) message.bcc = emailListInput(node, itemIndex, 'BCC', options.bcc).join(', ');
		message.logo = options.logo ? '1' : '0';
		const reply = await apiRequest.call(this, {
			method: 'PUT',
			path: `/${type}/${id}/email-document`,
			body: { root: 'message', value: message },
			notFound: unknownDocument(spec, id),
			shape: DOCUMENT_OR_EMPTY,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
			// Every call sends an email: a lost reply must not send it again.
			idempotent: false,
	});
	return [{ json: documentOf(reply) ?? { id: Number(id), documentType: type, sent: true, email } }];
	});
}

const pdfProperties = (family: DocumentFamily): INodeProperties[] => [
	...documentIdFields(family),
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
export function downloadPdf(family: DocumentFamily): ItemOperation {
	return familyOperation(family, 'downloadPdf', pdfProperties(family), async function (this: IExecuteFunctions, itemIndex): Promise<INodeExecutionData[]> {
		const id = documentIdOf.call(this, family, itemIndex);
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
		const fileName = safeFileName(fromUrl ? decodeLinkName(fromUrl) : undefined, `${family.resource}-${id}.pdf`);
		return [await binaryItem.call(this, { id: Number(id), pdfUrl, fileName }, propertyName, file, fileName, 'application/pdf')];
	});
}
