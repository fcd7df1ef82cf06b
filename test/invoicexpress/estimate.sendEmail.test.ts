import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const EMAIL = { email: 'geral@cafelisboa.pt', subject: 'Your proforma', body: 'Attached, as agreed.' };

describe('InvoiceXpress › Estimate › Send by Email', () => {
	test('PUT /proformas/{id}/email-document.json with {"message":{…}}: 200 without a body, the item says what was sent', async () => {
		const result = await runWorkflow(
			estimate('sendEmail', { documentType: 'proformas', estimateId: '50002', ...EMAIL, options: { cc: 'boss@cafelisboa.pt', save: true } }),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/proformas/50002/email-document.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			message: {
				client: { email: 'geral@cafelisboa.pt', save: '1' },
				subject: 'Your proforma',
				body: 'Attached, as agreed.',
				cc: 'boss@cafelisboa.pt',
				logo: '0',
			},
		});
		expect(result.items()).toEqual([
			{ json: { id: 50002, documentType: 'proformas', sent: true, email: 'geral@cafelisboa.pt' }, pairedItem: { item: 0 } },
		]);
		expect(api.server.documents.get(50002)?.status).toBe('sent');
	});

	test('a draft quote cannot be sent: InvoiceXpress’s 422 is kept', async () => {
		const result = await runWorkflow(estimate('sendEmail', { documentType: 'quotes', estimateId: '50001', ...EMAIL }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/quotes/50001/email-document.json', 422]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Document must be finalized before being sent');
	});

	test('a lost reply is not resent: each request sends an e-mail', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true });
		const result = await runWorkflow(estimate('sendEmail', { documentType: 'proformas', estimateId: '50002', ...EMAIL }), { credentials: credentials(api.url) });
		expect(api.server.received()).toHaveLength(1);
		expect(api.server.emails).toHaveLength(1);
		expect(result.error()).toBeDefined();
	});
});
