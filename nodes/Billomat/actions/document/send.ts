import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { binaryItem } from '../../../shared/binary';
import { inputError } from '../../../shared/errors';
import type { HttpResponse } from '../../../shared/http';
import { describeUnreadableBody } from '../../../shared/http';
import { emailListInput, textInput } from '../../../shared/input';
import { providerErrorFor, readReply, shapeFailure } from '../../../shared/provider';
import type { ItemOperation } from '../../../shared/router';
import { billomatId, isPdfBytes, pickedValues, readAttachments, recordShape, requestOptions, splitList, unwrapRecord } from '../../helpers';
import { apiRequest, PROVIDER } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import type { DocumentFamily } from './family';
import { familyOperation } from './family';

// ---------------------------------------------------------------------------------------------
// Download PDF: GET {path}/{id}/pdf.

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
async function itemFromRecord(this: IExecuteFunctions, family: DocumentFamily, id: number, property: string, body: unknown): Promise<INodeExecutionData[]> {
	const { base64file, ...meta } = unwrapRecord(body, 'pdf');
	const data = Buffer.from(String(base64file ?? ''), 'base64');
	const fileName = String(meta.filename ?? `${family.pdfPrefix}_${id}.pdf`);
	const mimeType = String(meta.mimetype ?? 'application/pdf');
	return [await binaryItem.call(this, { ...meta, [family.pdfIdField]: meta[family.pdfIdField] ?? id }, property, data, fileName, mimeType)];
}

/**
 * The reply to `format=pdf`: the PDF itself, or the JSON record from a server that ignores
 * format=pdf (read the same way). Neither (a cut-off or foreign body): no file is made of it.
 */
async function itemFromReply(
	this: IExecuteFunctions,
	family: DocumentFamily,
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
		return await itemFromRecord.call(this, family, id, property, record.value);
	}
	if (!isPdfBytes(reply.body)) {
		throw providerErrorFor.call(
			this,
			{ provider: PROVIDER, httpCode: reply.statusCode, message: `Expected a PDF but got ${describeUnreadableBody(reply)}` },
			itemIndex,
		);
	}
	const fileName = fileNameFromDisposition(reply.headers['content-disposition']) ?? `${family.pdfPrefix}_${id}.pdf`;
	const mimeType = (reply.headers['content-type'] ?? 'application/pdf').split(';')[0].trim() || 'application/pdf';
	const json = { [family.pdfIdField]: id, filename: fileName, mimetype: mimeType, filesize: reply.body.length };
	return [await binaryItem.call(this, json, property, reply.body, fileName, mimeType)];
}

/** Download PDF: GET {path}/{id}/pdf, as the PDF file (`format=pdf`) or as its base64 record. */
export function downloadPdf(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		family.idField,
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
	return familyOperation(family, 'downloadPdf', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (options.printVersion) qs.type = 'print';
		const request = { method: 'GET' as const, path: `${family.path}/${id}/pdf`, ...requestOptions.call(this, itemIndex) };

		if (options.transfer === 'base64') {
			const body = await apiRequest.call(this, { ...request, qs, shape: PDF_RECORD });
			return await itemFromRecord.call(this, family, id, property, body);
		}
		const reply = (await apiRequest.call(this, { ...request, qs: { ...qs, format: 'pdf' }, raw: true, returnFullResponse: true })) as HttpResponse;
		return await itemFromReply.call(this, family, itemIndex, id, property, reply);
	});
}

// ---------------------------------------------------------------------------------------------
// Upload Signature: PUT {path}/{id}/upload-signature.

/** Upload Signature: the digitally signed PDF of a completed document, as `signature.base64file`. */
export function uploadSignature(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		family.idField,
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
	return familyOperation(family, 'uploadSignature', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim();
		const [file] = await readAttachments.call(this, itemIndex, [property], true);
		await apiRequest.call(this, {
			method: 'PUT',
			path: `${family.path}/${id}/upload-signature`,
			body: { signature: { base64file: file.base64file } },
			...requestOptions.call(this, itemIndex),
			hints: { 400: family.text.signatureHint },
		});
		return [{ json: { id, action: 'uploadSignature', success: true, filename: file.filename } }];
	});
}

// ---------------------------------------------------------------------------------------------
// Send by Email: POST {path}/{id}/email.

/** The Additional Fields collection of Send by Email / Send by Post. */
const additionalFields = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options,
});

/** Further files from input binary fields, as email attachments or letter enclosures. */
const attachmentsOption = (description: string): INodeProperties => ({
	displayName: 'Attachment Binary Fields',
	name: 'attachments',
	type: 'string',
	default: '',
	placeholder: 'data, terms',
	description,
});

/** One address as a string, several as an array: how Billomat's JSON repeats an XML element. */
const oneOrMany = (list: string[]) => (list.length === 1 ? list[0] : list);

/** Send by Email: recipients, sender, subject, body, file name, template and further attachments. */
export function sendEmail(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		family.idField,
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			placeholder: 'client@example.com',
			description: 'Recipients, comma-separated. At least one address in To, CC or BCC is needed.',
		},
		additionalFields([
			attachmentsOption('Names of input binary fields to attach as further files, comma-separated'),
				{ displayName: 'BCC', name: 'bcc', type: 'string', default: '', description: 'Blind copy recipients, comma-separated' },
				{
					displayName: 'Body',
					name: 'body',
					type: 'string',
					typeOptions: { rows: 5 },
					default: '',
					description: 'Text of the email (may include Billomat placeholders). Default: from the email template.',
				},
				{ displayName: 'CC', name: 'cc', type: 'string', default: '', description: 'Copy recipients, comma-separated' },
				{ displayName: 'Email Template ID', name: 'email_template_id', type: 'string', default: '', description: 'Billomat email template to use' },
				{
					displayName: 'File Name',
					name: 'filename',
					type: 'string',
					default: '',
					placeholder: family.pdfPrefix,
					description: `Name of the ${family.noun} PDF without .pdf. Default: ${family.pdfPrefix}_{ID}.`,
				},
				{ displayName: 'From', name: 'from', type: 'string', default: '', placeholder: 'billing@example.com', description: 'Sender. Default: the email address in Billomat’s settings.' },
				{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Subject (may include Billomat placeholders). Default: from the email template.' },
		]),
		optionsCollection(),
	];
	return familyOperation(family, 'sendEmail', properties, async function (this: IExecuteFunctions, itemIndex): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const id = family.idFrom.call(this, itemIndex);
		const fields = pickedValues.call(this, 'additionalFields', this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex);
		const recipients: IDataObject = {};
		const to = emailListInput(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex, ''));
		const cc = emailListInput(node, itemIndex, 'CC', fields.cc);
		const bcc = emailListInput(node, itemIndex, 'BCC', fields.bcc);
		if (to.length) recipients.to = oneOrMany(to);
		if (cc.length) recipients.cc = oneOrMany(cc);
		if (bcc.length) recipients.bcc = oneOrMany(bcc);
		if (!Object.keys(recipients).length) {
			throw inputError(node, itemIndex, 'the email has no recipient', 'Fill in To, or add CC or BCC under Additional Fields.');
		}

		const email: IDataObject = {};
		if (fields.from) email.from = emailListInput(node, itemIndex, 'From', fields.from)[0];
		email.recipients = recipients;
		for (const [key, label] of [
			['subject', 'Subject'],
			['body', 'Body'],
			['filename', 'File Name'],
		] as const) {
			const text = textInput(node, itemIndex, label, fields[key]);
			if (text !== undefined) email[key] = text;
		}
		if (fields.email_template_id !== undefined && fields.email_template_id !== '') {
			email.email_template_id = billomatId(node, itemIndex, fields.email_template_id, 'Email Template ID');
		}
		const attachments = await readAttachments.call(this, itemIndex, splitList(fields.attachments), false);
		if (attachments.length) email.attachments = { attachment: attachments };

		await apiRequest.call(this, { method: 'POST', path: `${family.path}/${id}/email`, body: { email }, ...requestOptions.call(this, itemIndex) });
		return [{ json: { id, action: 'sendEmail', success: true, recipients, attachments: attachments.map((a) => a.filename) } }];
	});
}

// ---------------------------------------------------------------------------------------------
// Send by Post: POST {path}/{id}/mail (Pixelletter).

/** Send by Post: Billomat prints and posts the document through Pixelletter. */
export function sendByPost(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		{
			displayName: `Billomat prints and posts the ${family.noun} through Pixelletter, which must be set up as an add-on in Billomat`,
			name: 'pixelletterNotice',
			type: 'notice',
			default: '',
		},
		family.idField,
		additionalFields([
			attachmentsOption('Names of input binary fields holding further PDF files to enclose, comma-separated'),
				{ displayName: 'Color', name: 'color', type: 'boolean', default: false, description: 'Whether to print in color' },
				{ displayName: 'Duplex', name: 'duplex', type: 'boolean', default: true, description: 'Whether to print on both sides' },
				{
					displayName: 'Paper Weight',
					name: 'paper_weight',
					type: 'options',
					default: 90,
					options: [
						{ name: '80 G/m²', value: 80 },
						{ name: '90 G/m²', value: 90 },
					],
					description: 'Paper weight in grams per square metre',
				},
		]),
		optionsCollection(),
	];
	return familyOperation(family, 'sendByPost', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const mail: IDataObject = {};
		if (fields.color !== undefined) mail.color = fields.color ? 1 : 0;
		if (fields.duplex !== undefined) mail.duplex = fields.duplex ? 1 : 0;
		if (fields.paper_weight !== undefined) {
			const weight = Number(fields.paper_weight);
			if (weight !== 80 && weight !== 90) {
				throw inputError(this.getNode(), itemIndex, `"Paper Weight" (${JSON.stringify(fields.paper_weight)}) is neither 80 nor 90`, 'Billomat prints on 80 or 90 g/m² paper only.');
			}
			mail.paper_weight = weight;
		}
		const attachments = await readAttachments.call(this, itemIndex, splitList(fields.attachments), true);
		if (attachments.length) mail.attachments = { attachment: attachments };

		await apiRequest.call(this, {
			method: 'POST',
			path: `${family.path}/${id}/mail`,
			body: { mail },
			...requestOptions.call(this, itemIndex),
			hints: { 400: family.text.postHint },
		});
		return [{ json: { id, action: 'sendByPost', success: true, attachments: attachments.map((a) => a.filename) } }];
	});
}
