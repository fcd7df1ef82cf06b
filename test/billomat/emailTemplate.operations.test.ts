// The E-Mail Template resource (https://www.billomat.com/en/api/settings/email-templates/): every
// operation against the sandbox, asserting what Billomat receives and what n8n outputs.
import { emailTemplatesOf } from '../../sandbox/billomat/emailTemplates';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const ENGLISH = { id: 2, name: 'Invoice (English)', type: 'INVOICES', subject: 'Your invoice [Invoice.invoice_number]', text: 'Dear Sir or Madam,\n\nplease find our invoice attached.', bcc: 0, is_default: 0 };

describe('Billomat › E-Mail Template', () => {
	test('Get Many: GET /api/email-templates (no filter documented), every template', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/email-templates', { page: '1', per_page: '1000' }]]);
		expect(result.items().map((i) => [i.json.id, i.json.name, i.json.type])).toEqual([
			[1, 'Rechnung', 'INVOICES'],
			[2, 'Invoice (English)', 'INVOICES'],
			[3, 'Angebot', 'OFFERS'],
			[4, 'Zahlungserinnerung', 'REMINDERS'],
			[5, 'Danke für Ihre Zahlung', 'PAYMENT_THANKS'],
		]);
	});

	test('Get Many with a limit asks for that many', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'getAll', returnAll: false, limit: 2 });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
		expect(result.items()[1].json).toEqual(ENGLISH);
	});

	test('Get: GET /api/email-templates/{id}', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'get', emailTemplateId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/email-templates/2']]);
		expect(result.items()).toEqual([{ json: ENGLISH, pairedItem: { item: 0 } }]);
	});

	test('Create: POSTs name, type, bcc and is_default always (the page marks both mandatory), and subject and text', async () => {
		const result = await run(api.url, {
			resource: 'emailTemplate',
			operation: 'create',
			name: 'Rechnung förmlich',
			type: 'INVOICES',
			bcc: true,
			is_default: false,
			additionalFields: { subject: 'Rechnung [Invoice.invoice_number]', text: 'Sehr geehrte Damen und Herren, …' },
		});
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/email-templates']);
		expect(jsonBody(request)).toEqual({
			'email-template': { name: 'Rechnung förmlich', type: 'INVOICES', bcc: 1, is_default: 0, subject: 'Rechnung [Invoice.invoice_number]', text: 'Sehr geehrte Damen und Herren, …' },
		});
		expect(result.items()[0].json).toEqual({ id: 6, name: 'Rechnung förmlich', type: 'INVOICES', subject: 'Rechnung [Invoice.invoice_number]', text: 'Sehr geehrte Damen und Herren, …', bcc: 1, is_default: 0 });
	});

	test('Update: PUTs the changed fields; a new default replaces the old one of its type', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'update', emailTemplateId: '2', updateFields: { is_default: true, subject: 'Invoice' } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/email-templates/2']);
		expect(jsonBody(request)).toEqual({ 'email-template': { subject: 'Invoice', is_default: 1 } });
		expect(result.items()[0].json).toEqual({ ...ENGLISH, subject: 'Invoice', is_default: 1 });
		expect(emailTemplatesOf(api.server).records.get(1)?.is_default).toBe(0);
	});

	test('Delete: DELETE /api/email-templates/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'delete', emailTemplateId: byList('5') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/email-templates/5']]);
		expect(result.items()).toEqual([{ json: { id: 5, deleted: true }, pairedItem: { item: 0 } }]);
		expect(emailTemplatesOf(api.server).records.has(5)).toBe(false);
	});

	test('an unknown template is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'emailTemplate', operation: 'delete', emailTemplateId: '77' });
		expect(result.error()?.message).toBe('Billomat error 404: Email template not found');
	});

	test.each([
		['a blank name', { operation: 'create', name: ' ', type: 'OFFERS' }, 'Item 0: "Name" is blank'],
		['an unknown document type', { operation: 'update', emailTemplateId: '1', updateFields: { type: '={{ "LETTERS" }}' } }, 'Item 0: "Document Type" ("LETTERS") is not one of Billomat\'s values'],
		['an update without fields', { operation: 'update', emailTemplateId: '1', updateFields: {} }, 'Item 0: no field to update'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'emailTemplate', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
