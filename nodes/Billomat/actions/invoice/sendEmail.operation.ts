import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { emailListInput, textInput } from '../../../shared/input';
import { billomatId, invoiceIdFrom, readAttachments, requestOptions, splitList } from '../../helpers';
import { apiRequest } from '../../transport';
import { invoiceIdField, optionsCollection } from './common.descriptions';

const properties: INodeProperties[] = [
	invoiceIdField,
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		placeholder: 'client@example.com',
		description: 'Recipients, comma-separated. At least one address in To, CC or BCC is needed.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Attachment Binary Fields',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'data, terms',
				description: 'Names of input binary fields to attach as further files, comma-separated',
			},
			{ displayName: 'BCC', name: 'bcc', type: 'string', default: '', description: 'Blind copy recipients, comma-separated' },
			{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 5 }, default: '', description: 'Text of the email (may include Billomat placeholders). Default: from the email template.' },
			{ displayName: 'CC', name: 'cc', type: 'string', default: '', description: 'Copy recipients, comma-separated' },
			{ displayName: 'Email Template ID', name: 'email_template_id', type: 'string', default: '', description: 'Billomat email template to use' },
			{ displayName: 'File Name', name: 'filename', type: 'string', default: '', placeholder: 'invoice', description: 'Name of the invoice PDF without .pdf. Default: invoice_{ID}.' },
			{ displayName: 'From', name: 'from', type: 'string', default: '', placeholder: 'billing@example.com', description: 'Sender. Default: the email address in Billomat’s settings.' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '', description: 'Subject (may include Billomat placeholders). Default: from the email template.' },
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['sendEmail'] } }, properties);

function addresses(this: IExecuteFunctions, itemIndex: number, value: unknown, field: string): string[] {
	return emailListInput(this.getNode(), itemIndex, field, value);
}

/** One address as a string, several as an array: how Billomat's JSON repeats an XML element. */
const oneOrMany = (list: string[]) => (list.length === 1 ? list[0] : list);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = invoiceIdFrom.call(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const recipients: IDataObject = {};
	const to = addresses.call(this, itemIndex, this.getNodeParameter('to', itemIndex, ''), 'To');
	const cc = addresses.call(this, itemIndex, fields.cc, 'CC');
	const bcc = addresses.call(this, itemIndex, fields.bcc, 'BCC');
	if (to.length) recipients.to = oneOrMany(to);
	if (cc.length) recipients.cc = oneOrMany(cc);
	if (bcc.length) recipients.bcc = oneOrMany(bcc);
	if (!Object.keys(recipients).length) {
		throw inputError(this.getNode(), itemIndex, 'the email has no recipient', 'Fill in To, or add CC or BCC under Additional Fields.');
	}

	const email: IDataObject = {};
	if (fields.from) email.from = addresses.call(this, itemIndex, fields.from, 'From')[0];
	email.recipients = recipients;
	for (const [key, label] of [
		['subject', 'Subject'],
		['body', 'Body'],
		['filename', 'File Name'],
	] as const) {
		const text = textInput(this.getNode(), itemIndex, label, fields[key]);
		if (text !== undefined) email[key] = text;
	}
	if (fields.email_template_id !== undefined && fields.email_template_id !== '') {
		email.email_template_id = billomatId(this.getNode(), itemIndex, fields.email_template_id, 'Email Template ID');
	}
	const attachments = await readAttachments.call(this, itemIndex, splitList(fields.attachments), false);
	if (attachments.length) email.attachments = { attachment: attachments };

	await apiRequest.call(this, {
		method: 'POST',
		path: `/invoices/${id}/email`,
		body: { email },
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: { id, action: 'sendEmail', success: true, recipients, attachments: attachments.map((a) => a.filename) } }];
}
