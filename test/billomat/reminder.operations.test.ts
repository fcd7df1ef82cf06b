// Billomat reminders (dunning, https://www.billomat.com/en/api/reminders/) through the shared
// document builders: every operation against the sandbox, asserting the request Billomat receives
// and the items n8n outputs. A reminder is created for an open or overdue invoice.
import { binaryBuffer } from '../harness/engine';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const reminder = (parameters: Record<string, unknown>, continueOnFail = false) =>
	run(api.url, { resource: 'reminder', ...parameters }, { typeVersion: 1.1, continueOnFail });
const requests = () => api.server.received().map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body.length ? jsonBody(r) : undefined }));
const book = () => api.server.documentBooks.reminders;

const REMINDER_41 = {
	id: 41,
	created: '2024-02-12T09:00:00+01:00',
	status: 'OPEN',
	invoice_id: 4,
	client_id: 477,
	contact_id: 12,
	address: 'Example Ltd\n1 High Street\nLondon EC1A 1AA\nUnited Kingdom',
	reminder_text_id: 1,
	reminder_level: 1,
	reminder_level_name: 'Level 1',
	date: '2024-02-12',
	label: 'Support January',
	subject: 'Friendly reminder',
	intro: 'Surely you have only forgotten to pay our invoice RE125.',
	note: null,
	due_date: '2024-02-19',
	due_days: 7,
	total_gross: 270,
	paid_amount: 0,
	open_amount: 270,
	currency_code: 'GBP',
	is_old: '0',
	customerportal_url: `https://sandbox.billomat.net/customerportal/reminders/show/entityId/41?hash=${(41 * 7919).toString(16)}`,
	template_id: null,
};
const simple = (r: Record<string, unknown>) => {
	const { id, invoice_id, client_id, status, reminder_level, date, due_date, subject, total_gross, open_amount } = r;
	return { id, invoice_id, client_id, status, reminder_level, date, due_date, subject, total_gross, open_amount };
};

describe('Billomat › Reminder › Get', () => {
	test('GETs /api/reminders/{id}; Simplify keeps invoice, level, dates and amounts', async () => {
		const result = await reminder({ operation: 'get', reminderId: byId('41') });
		expect(requests()).toEqual([{ method: 'GET', path: '/api/reminders/41', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([simple(REMINDER_41)]);
	});

	test('Simplify off: the whole reminder, normalised', async () => {
		const result = await reminder({ operation: 'get', reminderId: byId('41'), simplify: false });
		expect(result.items().map((i) => i.json)).toEqual([REMINDER_41]);
	});
});

describe('Billomat › Reminder › Get Many', () => {
	test('sends the documented filters (the invoice number, the subject…) and the order', async () => {
		const result = await reminder({
			operation: 'getAll',
			returnAll: true,
			filters: { client_id: '477', invoice_number: 'RE125', status: ['OPEN', 'OVERDUE'], subject: 'friendly', label: 'support', from: '2024-01-01' },
			options: { orderBy: 'due_date', orderDirection: 'ASC' },
		});
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/api/reminders',
				query: {
					client_id: '477',
					invoice_number: 'RE125',
					label: 'support',
					status: 'OPEN,OVERDUE',
					from: '2024-01-01',
					subject: 'friendly',
					order_by: 'due_date ASC',
					page: '1',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
		expect(result.items().map((i) => i.json)).toEqual([simple(REMINDER_41)]);
	});
});

describe('Billomat › Reminder › Create', () => {
	test('POSTs the invoice it is for; the client, the next dunning level and the open amount come from the invoice', async () => {
		const result = await reminder({
			operation: 'create',
			invoiceId: byId('4'),
			additionalFields: { subject: 'Third reminder', reminder_text_id: '3', date: '2024-03-20', due_date: '2024-03-27' },
		});
		expect(requests()).toEqual([
			{
				method: 'POST',
				path: '/api/reminders',
				query: {},
				body: { reminder: { invoice_id: 4, date: '2024-03-20', due_date: '2024-03-27', reminder_text_id: 3, subject: 'Third reminder' } },
			},
		]);
		expect(result.items().map((i) => i.json)).toEqual([
			{
				...REMINDER_41,
				id: 6000,
				created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				status: 'DRAFT',
				reminder_text_id: 3,
				reminder_level: 3,
				reminder_level_name: 'Level 3',
				date: '2024-03-20',
				due_date: '2024-03-27',
				due_days: 14,
				label: null,
				intro: null,
				subject: 'Third reminder',
				customerportal_url: `https://sandbox.billomat.net/customerportal/reminders/show/entityId/6000?hash=${(6000 * 7919).toString(16)}`,
			},
		]);
	});

	test('an unknown invoice is Billomat’s 400, and no reminder is made', async () => {
		const result = await reminder({ operation: 'create', invoiceId: byId('999') }, true);
		expect(requests()).toEqual([{ method: 'POST', path: '/api/reminders', query: {}, body: { reminder: { invoice_id: 999 } } }]);
		expect(result.items()[0].json.error).toMatch(/Invoice 999 not found/);
		expect(book().records.size).toBe(2);
	});

	test('a paid invoice cannot be reminded', async () => {
		const result = await reminder({ operation: 'create', invoiceId: byId('3') }, true);
		expect(result.items()[0].json.error).toMatch(/Invoice 3 is PAID/);
	});
});

describe('Billomat › Reminder › Update', () => {
	test('PUTs the changed fields of a draft (no client: the invoice names it)', async () => {
		const result = await reminder({ operation: 'update', reminderId: byId('42'), updateFields: { note: 'Please pay within 7 days' } });
		expect(requests()).toEqual([{ method: 'PUT', path: '/api/reminders/42', query: {}, body: { reminder: { note: 'Please pay within 7 days' } } }]);
		expect(result.items().map((i) => i.json)).toEqual([
			{
				...REMINDER_41,
				id: 42,
				created: '2024-03-01T09:00:00+01:00',
				status: 'DRAFT',
				reminder_text_id: 2,
				reminder_level: 2,
				reminder_level_name: 'Level 2',
				date: '2024-03-01',
				due_date: '2024-03-08',
				subject: 'Second reminder',
				note: 'Please pay within 7 days',
				customerportal_url: `https://sandbox.billomat.net/customerportal/reminders/show/entityId/42?hash=${(42 * 7919).toString(16)}`,
			},
		]);
	});
});

describe('Billomat › Reminder › Delete', () => {
	test('DELETEs a draft and outputs a summary', async () => {
		const result = await reminder({ operation: 'delete', reminderId: byId('42') });
		expect(requests()).toEqual([{ method: 'DELETE', path: '/api/reminders/42', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 42, deleted: true }]);
	});
});

describe('Billomat › Reminder › Complete and Cancel', () => {
	test('Complete PUTs complete: the draft becomes OPEN', async () => {
		const result = await reminder({ operation: 'complete', reminderId: byId('42') });
		expect(requests()).toEqual([{ method: 'PUT', path: '/api/reminders/42/complete', query: {}, body: { complete: {} } }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 42, action: 'complete', success: true }]);
		expect(book().records.get(42)!.status).toBe('OPEN');
	});

	test('Cancel PUTs cancel: the reminder becomes CANCELED', async () => {
		const result = await reminder({ operation: 'cancel', reminderId: byId('41') });
		expect(requests()).toEqual([{ method: 'PUT', path: '/api/reminders/41/cancel', query: {}, body: undefined }]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 41, action: 'cancel', success: true }]);
		expect(book().records.get(41)!.status).toBe('CANCELED');
	});
});

describe('Billomat › Reminder › Download PDF, Upload Signature, Send by Email', () => {
	test('Download PDF GETs the reminder’s PDF as a file', async () => {
		const result = await reminder({ operation: 'downloadPdf', reminderId: byId('41'), binaryPropertyName: 'data' });
		expect(requests()).toEqual([{ method: 'GET', path: '/api/reminders/41/pdf', query: { format: 'pdf' }, body: undefined }]);
		const pdf = book().pdfs.get(41)!.data;
		const [item] = result.items();
		expect(item.json).toEqual({ reminder_id: 41, filename: 'reminder_41.pdf', mimetype: 'application/pdf', filesize: pdf.length });
		expect((await binaryBuffer(item.binary!.data)).equals(pdf)).toBe(true);
	});

	test('Upload Signature PUTs the signed PDF', async () => {
		const signed = Buffer.from('%PDF-1.4\n% signed\n%%EOF\n', 'latin1');
		const result = await run(
			api.url,
			{ resource: 'reminder', operation: 'uploadSignature', reminderId: byId('41'), binaryPropertyName: 'data' },
			{ typeVersion: 1.1, input: [{ json: {}, binary: { data: { base64: signed.toString('base64'), fileName: 's.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(requests()).toEqual([
			{ method: 'PUT', path: '/api/reminders/41/upload-signature', query: {}, body: { signature: { base64file: signed.toString('base64') } } },
		]);
		expect(result.items().map((i) => i.json)).toEqual([{ id: 41, action: 'uploadSignature', success: true, filename: 's.pdf' }]);
		expect(book().signatures.get(41)!.equals(signed)).toBe(true);
	});

	test('Send by Email POSTs the email', async () => {
		const result = await reminder({ operation: 'sendEmail', reminderId: byId('41'), to: 'accounts@example.co.uk' });
		expect(requests()).toEqual([
			{ method: 'POST', path: '/api/reminders/41/email', query: {}, body: { email: { recipients: { to: 'accounts@example.co.uk' } } } },
		]);
		expect(result.items().map((i) => i.json)).toEqual([
			{ id: 41, action: 'sendEmail', success: true, recipients: { to: 'accounts@example.co.uk' }, attachments: [] },
		]);
	});
});

describe('Billomat › Reminder › bad input', () => {
	test.each([
		['an invoice ID that is not a number', { operation: 'create', invoiceId: byId('={{ "RE125" }}') }, /Invoice/],
		['a dunning level text ID that is not a number', { operation: 'create', invoiceId: byId('4'), additionalFields: { reminder_text_id: 'first' } }, /Dunning Level Text ID/],
		['a due date before the date', { operation: 'update', reminderId: byId('42'), updateFields: { date: '2024-03-10', due_date: '2024-03-01' } }, /Due Date/],
	])('%s is refused before any request', async (_title, parameters, message) => {
		const result = await reminder(parameters, true);
		expect(String(result.items()[0].json.error)).toMatch(message);
		expect(api.server.received()).toEqual([]);
	});
});
