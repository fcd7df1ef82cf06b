// Billomat's e-mail templates (settings), from https://www.billomat.com/en/api/settings/email-templates/
// (German https://www.billomat.com/api/einstellungen/email-vorlagen/): GET /email-templates (no
// filter documented; paging as every list), GET /email-templates/{id}, POST /email-templates (name
// and type mandatory; subject, text, bcc, is_default), PUT and DELETE /email-templates/{id}.
// Records are `{id, name, type, subject, text, bcc, is_default}`.
//
// Readings of the page (it leaves them open):
// - `bcc` and `is_default` are marked mandatory and have the default "no": the sandbox takes a
//   template without them (0) as well as with them.
// - One default per document type, as templates.ts.
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
import type { BillomatSandbox } from './index';
import { applyFields, commonProblems, oneDefaultPerType } from './templates';
import type { SettingsRecord, SettingsStore } from './units';
import { addSettings, registerSettings } from './units';

export const EMAIL_TEMPLATE_TYPES = ['INVOICES', 'OFFERS', 'CONFIRMATIONS', 'CREDIT_NOTES', 'DELIVERY_NOTES', 'REMINDERS', 'PAYMENT_THANKS'];
const FIELDS = ['name', 'type', 'subject', 'text', 'bcc', 'is_default'];

export interface EmailTemplate extends SettingsRecord {
	name: string;
	type: string;
	subject: string | null;
	text: string | null;
	bcc: number;
	is_default: number;
}

const stores = new WeakMap<BillomatSandbox, SettingsStore<EmailTemplate>>();

export function emailTemplatesOf(sandbox: BillomatSandbox): SettingsStore<EmailTemplate> {
	return stores.get(sandbox)!;
}

export function addEmailTemplates(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(emailTemplatesOf(sandbox), (id) => ({ id, name: `E-Mail ${id}`, type: 'INVOICES', subject: 'Ihre Rechnung', text: null, bcc: 0, is_default: 0 }), count);
}

export function registerEmailTemplates(sandbox: BillomatSandbox): void {
	const store = registerSettings<EmailTemplate>(sandbox, {
		path: '/email-templates',
		root: 'email-templates',
		element: 'email-template',
		notFound: 'Email template not found',
		filters: {},
		validate: (fields, create) => commonProblems(fields, create, FIELDS, { type: EMAIL_TEMPLATE_TYPES }, ['name']),
		build: (id, fields) => {
			const template: EmailTemplate = { id, name: '', type: '', subject: null, text: null, bcc: 0, is_default: 0 };
			applyFields(template, fields, FIELDS, ['type']);
			return template;
		},
		apply: (template, fields) => applyFields(template, fields, FIELDS, ['type']),
		afterWrite: oneDefaultPerType,
		seed: () => [
			{
				id: 1,
				name: 'Rechnung',
				type: 'INVOICES',
				subject: 'Ihre Rechnung [Invoice.invoice_number]',
				text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung [Invoice.invoice_number].\n\nMit freundlichen Grüßen\nDemo Software GmbH',
				bcc: 1,
				is_default: 1,
			},
			{ id: 2, name: 'Invoice (English)', type: 'INVOICES', subject: 'Your invoice [Invoice.invoice_number]', text: 'Dear Sir or Madam,\n\nplease find our invoice attached.', bcc: 0, is_default: 0 },
			{ id: 3, name: 'Angebot', type: 'OFFERS', subject: 'Ihr Angebot [Offer.offer_number]', text: 'Sehr geehrte Damen und Herren,\n\nanbei unser Angebot.', bcc: 0, is_default: 1 },
			{ id: 4, name: 'Zahlungserinnerung', type: 'REMINDERS', subject: 'Zahlungserinnerung zu [Invoice.invoice_number]', text: 'Sicher haben Sie übersehen …', bcc: 1, is_default: 1 },
			{ id: 5, name: 'Danke für Ihre Zahlung', type: 'PAYMENT_THANKS', subject: 'Zahlung erhalten', text: 'Vielen Dank für Ihre Zahlung.', bcc: 0, is_default: 1 },
		],
	});
	stores.set(sandbox, store);
}
