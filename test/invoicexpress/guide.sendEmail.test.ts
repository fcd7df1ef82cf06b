import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Guide › Send by Email', () => {
	test('PUT /transports/{id}/email-document.json with {"message":{…}}; the guide becomes sent', async () => {
		const result = await runWorkflow(
			guide('sendEmail', {
				documentType: 'transports',
				guideId: '60002',
				email: 'warehouse@cafelisboa.pt',
				subject: 'Transport guide',
				body: 'The goods leave at 08:30.',
				options: { bcc: 'archive@example.com', logo: true },
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.status]).toEqual(['PUT', '/transports/60002/email-document.json', 200]);
		expect(request.query).toEqual({ api_key: KEY });
		expect(JSON.parse(bodyText(request))).toEqual({
			message: {
				client: { email: 'warehouse@cafelisboa.pt', save: '0' },
				subject: 'Transport guide',
				body: 'The goods leave at 08:30.',
				bcc: 'archive@example.com',
				logo: '1',
			},
		});
		expect(result.items()).toEqual([
			{ json: { id: 60002, documentType: 'transports', sent: true, email: 'warehouse@cafelisboa.pt' }, pairedItem: { item: 0 } },
		]);
		expect(api.server.documents.get(60002)?.status).toBe('sent');
		expect(api.server.emails).toEqual([{ id: 60002, message: JSON.parse(bodyText(request)).message }]);
	});

	test('an address that is no e-mail address is refused before any request', async () => {
		const result = await runWorkflow(
			guide('sendEmail', { documentType: 'transports', guideId: '60002', email: 'warehouse', subject: 'S', body: 'B' }),
			{ credentials: credentials(api.url) },
		);
		expect(result.error()?.message).toMatch(/^Item 0: "Email"/);
		expect(api.server.received()).toHaveLength(0);
	});
});
