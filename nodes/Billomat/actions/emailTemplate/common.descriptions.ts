import type { SettingsResource } from '../unit/settings';
import type { FieldKind } from '../template/fields';
import { bodyOf, choiceField, isDefaultField, nameField } from '../template/fields';

/**
 * Billomat's e-mail templates (https://www.billomat.com/en/api/settings/email-templates/): GET
 * /email-templates (no filter documented), GET, POST, PUT and DELETE /email-templates/{id}.
 *
 * Reading: the page marks `bcc` and `is_default` mandatory and gives them the default "no" too:
 * the node always sends both at creation (0 unless switched on), which satisfies both readings.
 */
export const EMAIL_TEMPLATE_TYPES = ['INVOICES', 'OFFERS', 'CONFIRMATIONS', 'CREDIT_NOTES', 'DELIVERY_NOTES', 'REMINDERS', 'PAYMENT_THANKS'];

const KINDS: Record<string, FieldKind> = {
	name: { label: 'Name', kind: 'name' },
	type: { label: 'Document Type', kind: 'choice', choices: EMAIL_TEMPLATE_TYPES },
	subject: { label: 'Subject', kind: 'text' },
	text: { label: 'Message', kind: 'text' },
	bcc: { label: 'BCC to Sender', kind: 'flag' },
	is_default: { label: 'Is Default', kind: 'flag' },
};

export const emailTemplateResource: SettingsResource = {
	resource: 'emailTemplate',
	path: '/email-templates',
	element: 'email-template',
	noun: 'e-mail template',
	idField: {
		name: 'emailTemplateId',
		displayName: 'E-Mail Template ID',
		searchListMethod: 'searchEmailTemplates',
		description: 'The e-mail template: pick it from the list (name · document type) or give its numeric ID',
	},
	required: [
		nameField('Rechnung förmlich', 'Name of the e-mail template'),
		choiceField('Document Type', 'type', EMAIL_TEMPLATE_TYPES, 'The documents whose e-mails use this template', { OFFERS: 'Estimates (Offers)', PAYMENT_THANKS: 'Thanks for Payment' }),
		{ displayName: 'BCC to Sender', name: 'bcc', type: 'boolean', default: false, description: 'Whether the sender gets a blind copy of each e-mail' },
		isDefaultField('Whether this is the standard template of its document type'),
	],
	optional: [
		{ displayName: 'Message', name: 'text', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'The e-mail text; Billomat’s placeholders such as [Invoice.invoice_number] are filled in' },
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '', placeholder: 'Ihre Rechnung [Invoice.invoice_number]', description: 'The e-mail subject' },
	],
	body: bodyOf(KINDS),
};
