// Get QR Code: GET /api/qr_codes/{id}.json, `{"qr_code": {"url": …}}`, polled while InvoiceXpress
// answers 202 (as the PDF). The stored reference pages do not describe this request: the path and
// reply are those public InvoiceXpress clients use (see the sandbox's route).
import { InvoiceXpressSandbox, QR_PENDING_POLLS } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const run = async (parameters: Record<string, unknown>) =>
	await runWorkflow(ix('getQrCode', { options: { pollInterval: 0 }, ...parameters }), { credentials: credentials(api.url) });

describe('InvoiceXpress › Invoice › Get QR Code', () => {
	test('202 while it is made, then the image address: one item with the document ID and qrCodeUrl', async () => {
		const result = await run({ invoiceId: '1002' });
		const requests = api.server.received();
		expect(requests).toHaveLength(QR_PENDING_POLLS + 1);
		for (const request of requests) {
			expect(request.method).toBe('GET');
			expect(request.path).toBe('/api/qr_codes/1002.json');
			expect(request.query).toEqual({ api_key: KEY });
		}
		expect(result.items()).toEqual([{ json: { id: 1002, qrCodeUrl: `${api.url}/downloads/qr-1002.png` }, pairedItem: { item: 0 } }]);
	});

	test('still 202 after Max Attempts: an error saying so', async () => {
		const result = await run({ invoiceId: '1002', options: { maxAttempts: 1, pollInterval: 0 } });
		expect(result.error()?.message).toBe('InvoiceXpress error: The QR code of document 1002 was not ready after 1 attempt(s)');
		expect(api.server.received()).toHaveLength(1);
	});

	test('a draft has none: InvoiceXpress’s 422', async () => {
		const result = await run({ invoiceId: '1001' });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Document must be finalized to have a QR code');
	});

	test('an unknown document: 404', async () => {
		const result = await run({ invoiceId: '4242' });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Document 4242 is unknown');
	});
});
