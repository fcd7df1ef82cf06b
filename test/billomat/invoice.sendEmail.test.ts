import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const TERMS = Buffer.from('Terms and conditions\n', 'utf8');

describe('Billomat › Invoice › Send by Email', () => {
	test('POSTs every field, recipients as to/cc/bcc and the input binaries as attachments', async () => {
		const result = await run(
			api.url,
			{
				operation: 'sendEmail',
				invoiceId: '1',
				to: 'info@example.com, accounts@example.com',
				additionalFields: {
					cc: 'boss@example.com',
					bcc: 'archive@example.com',
					from: 'billing@example.com',
					subject: 'Your invoice [Invoice.invoice_number]',
					body: 'Dear sir or madam,\nplease find attached our invoice.',
					filename: 'invoice-RE123',
					email_template_id: '3',
					attachments: 'terms, drawing',
				},
			},
			{
				input: [
					{
						json: {},
						binary: {
							terms: { base64: TERMS.toString('base64'), fileName: 'terms.txt', mimeType: 'text/plain' },
							drawing: { base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'), fileName: 'drawing.pdf', mimeType: 'application/pdf' },
						},
					},
				],
			},
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoices/1/email');
		expect(jsonBody(request)).toEqual({
			email: {
				from: 'billing@example.com',
				recipients: { to: ['info@example.com', 'accounts@example.com'], cc: 'boss@example.com', bcc: 'archive@example.com' },
				subject: 'Your invoice [Invoice.invoice_number]',
				body: 'Dear sir or madam,\nplease find attached our invoice.',
				filename: 'invoice-RE123',
				email_template_id: 3,
				attachments: {
					attachment: [
						{ filename: 'terms.txt', mimetype: 'text/plain', base64file: TERMS.toString('base64') },
						{ filename: 'drawing.pdf', mimetype: 'application/pdf', base64file: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
					],
				},
			},
		});
		expect(api.server.emails).toHaveLength(1);
		expect(result.items()).toEqual([
			{
				json: {
					id: 1,
					action: 'sendEmail',
					success: true,
					recipients: { to: ['info@example.com', 'accounts@example.com'], cc: 'boss@example.com', bcc: 'archive@example.com' },
					attachments: ['terms.txt', 'drawing.pdf'],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('only a BCC is enough; nothing else is sent', async () => {
		await run(api.url, { operation: 'sendEmail', invoiceId: '3', to: '', additionalFields: { bcc: 'archive@example.com' } });
		expect(jsonBody(api.server.received()[0])).toEqual({ email: { recipients: { bcc: 'archive@example.com' } } });
	});

	test('no recipient at all is refused before any request', async () => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '1', to: ' , ' });
		expect(result.error()?.message).toBe('Item 0: the email has no recipient');
		expect(result.error()?.description).toBe('Fill in To, or add CC or BCC under Additional Fields.');
		expect(api.server.received()).toHaveLength(0);
	});

	test('an invalid address is refused before any request', async () => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '1', to: 'info@example.com; boss@example.com' });
		expect(result.error()?.message).toBe('Item 0: "To" has an invalid email address: info@example.com; boss@example.com');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a missing attachment property is refused before any request', async () => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '1', to: 'a@example.com', additionalFields: { attachments: 'terms' } });
		expect(result.error()?.message).toBe('Item 0: there is no binary property "terms" on the input item');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a draft cannot be sent: Billomat’s error', async () => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '2', to: 'a@example.com' });
		expect(result.error()?.message).toBe('Billomat error 400: A draft cannot be sent. Complete the invoice first');
	});
});
