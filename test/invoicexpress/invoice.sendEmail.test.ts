import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const SEND = {
	documentType: 'invoices',
	invoiceId: '1002',
	email: 'geral@cafelisboa.pt',
	subject: 'Your invoice 1/A',
	body: 'Please find the invoice attached.',
};

describe('InvoiceXpress › Invoice › Send by Email', () => {
	test('current flavour: PUT /{type}/{id}/email-document.json with the message', async () => {
		const result = await runWorkflow(
			ix('sendEmail', { ...SEND, options: { cc: 'boss@cafelisboa.pt', bcc: 'archive@cafelisboa.pt', logo: true, save: true } }),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/invoices/1002/email-document.json');
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			message: {
				client: { email: 'geral@cafelisboa.pt', save: '1' },
				subject: 'Your invoice 1/A',
				body: 'Please find the invoice attached.',
				cc: 'boss@cafelisboa.pt',
				bcc: 'archive@cafelisboa.pt',
				logo: '1',
			},
		});
		expect(result.items()).toEqual([
			{ json: { id: 1002, documentType: 'invoices', sent: true, email: 'geral@cafelisboa.pt' }, pairedItem: { item: 0 } },
		]);
		expect(api.server.emails).toHaveLength(1);
		expect(api.server.documents.get(1002)?.status).toBe('sent');
	});

	test('legacy flavour: the legacy API documents no email-document, so the current API’s JSON request', async () => {
		const result = await runWorkflow(ix('sendEmail', { ...SEND, subject: 'Fatura <1/A> & recibo' }), {
			credentials: credentials(api.url, 'legacy'),
		});
		const [request] = api.server.received();
		expect(request.path).toBe('/invoices/1002/email-document.json');
		expect(JSON.parse(bodyText(request))).toEqual({
			message: {
				client: { email: 'geral@cafelisboa.pt', save: '0' },
				subject: 'Fatura <1/A> & recibo',
				body: 'Please find the invoice attached.',
				logo: '0',
			},
		});
		expect(api.server.emails[0].message.subject).toBe('Fatura <1/A> & recibo');
		expect(result.items()[0].json.sent).toBe(true);
	});

	test('an address that is not an email is refused before any request', async () => {
		const result = await runWorkflow(ix('sendEmail', { ...SEND, email: 'geral at cafelisboa' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('Item 0: "Email" ("geral at cafelisboa") is not an email address');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a draft cannot be sent: the provider’s 422 text', async () => {
		const result = await runWorkflow(ix('sendEmail', { ...SEND, invoiceId: '1001' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Document must be finalized before being sent');
	});
});
