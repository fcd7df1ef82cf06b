import { InvoiceXpressSandbox, PDF_PENDING_POLLS } from '../../sandbox/invoicexpress';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { everything, useSandbox } from '../harness/sandbox';
import { credentials, FLAVOURS, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const FAST = { pollInterval: 0.01 };

describe('InvoiceXpress › Invoice › Download PDF', () => {
	test.each(FLAVOURS)('%s flavour: polls the 202 until the pdfUrl comes, then downloads the PDF into a binary property', async (flavour, extension) => {
		const result = await runWorkflow(
			ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'invoicePdf', options: FAST }),
			{ credentials: credentials(api.url, flavour) },
		);
		const requests = api.server.received();
		expect(PDF_PENDING_POLLS).toBe(2);
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', `/api/pdf/1002.${extension}`, 202],
			['GET', `/api/pdf/1002.${extension}`, 202],
			['GET', `/api/pdf/1002.${extension}`, 200],
			['GET', '/downloads/invoices-1002.pdf', 200],
		]);
		expect(requests[0].query).toEqual({ api_key: KEY });
		// The file host gets no key: the pdfUrl is fetched without the credential.
		expect(requests[3].query).toEqual({ signature: 'sbx1002' });

		const [item, ...more] = result.items();
		expect(more).toHaveLength(0);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({
			id: 1002,
			pdfUrl: `${api.url}/downloads/invoices-1002.pdf?signature=sbx1002`,
			fileName: 'invoices-1002.pdf',
		});
		const binary = item.binary!.invoicePdf;
		expect(binary.fileName).toBe('invoices-1002.pdf');
		expect(binary.mimeType).toBe('application/pdf');
		const bytes = await binaryBuffer(binary);
		const expected = (await import('../../sandbox/invoicexpress')).samplePdf(api.server.documents.get(1002)!);
		expect(bytes.equals(expected)).toBe(true);
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
	});

	test('waits Wait Between Attempts after each 202 (polite polling)', async () => {
		const started = Date.now();
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: { pollInterval: 0.3 } }), {
			credentials: credentials(api.url),
		});
		expect(result.items()).toHaveLength(1);
		// Two 202 replies, so two pauses of 0.3 s before the third poll.
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		expect(api.server.received('GET', '/api/pdf/')).toHaveLength(3);
	});

	test('Second Copy asks for the second copy', async () => {
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1004', binaryPropertyName: 'data', options: { ...FAST, secondCopy: true } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, second_copy: 'true' });
		expect(result.items()[0].json.fileName).toBe('invoice_receipts-1004-second-copy.pdf');
		expect((await binaryBuffer(result.items()[0].binary!.data)).toString('latin1')).toContain('second copy');
	});

	test('gives up politely after Max Attempts, saying the PDF was not ready', async () => {
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: { ...FAST, maxAttempts: 2 } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()).toHaveLength(2);
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error: The PDF of document 1002 was not ready after 2 attempt(s)');
		expect(error.description).toContain('raise "Max Attempts"');
		expect(everything(result.run)).not.toContain(KEY);
	});

	test('an unknown document is a 404 that says so', async () => {
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '424242', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Document 424242 is unknown');
		expect(api.server.received()).toHaveLength(1);
	});

	test('a download the file host refuses is an error naming the status', async () => {
		api.server.injectFault({ kind: 'reply', path: '/downloads/', reply: { status: 403, body: 'AccessDenied' } });
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('InvoiceXpress error 403: Downloading the PDF failed with HTTP 403');
		expect(result.error()?.description).toBe('The PDF link may have expired: run the node again.');
	});

	test('a download cut by a 503 is retried', async () => {
		api.server.injectFault({ kind: 'server-error', path: '/downloads/' });
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received('GET', '/downloads/').map((r) => r.status)).toEqual([503, 200]);
		expect(result.items()[0].binary!.data.mimeType).toBe('application/pdf');
	});
});
