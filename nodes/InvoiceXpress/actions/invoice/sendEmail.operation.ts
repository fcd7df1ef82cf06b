import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { emailListInput, textInput } from '../../../shared/input';
import { checkEmail, documentId, documentTypeName } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import { documentTypeField, invoiceIdField } from './common.descriptions';

const properties: INodeProperties[] = [
	documentTypeField,
	invoiceIdField,
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

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['sendEmail'] } }, properties);

/** PUT /{type}/{id}/email-document.json with `{"message":{"client":{"email","save"},"subject","body",…}}`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const type = this.getNodeParameter('documentType', itemIndex) as string;
	const id = documentId(node, itemIndex, this.getNodeParameter('invoiceId', itemIndex));
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
		notFound: `${documentTypeName(type)} ${id} is unknown`,
		shape: DOCUMENT_OR_EMPTY,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
		// Every call sends an email: a lost reply must not send it again.
		idempotent: false,
	});
	return [{ json: documentOf(reply) ?? { id: Number(id), documentType: type, sent: true, email } }];
}
