// Download PDF follows the pdfUrl InvoiceXpress hands over, without the credential. The link is
// the provider's word, not ours: only http(s) links to a host that is not link-local are
// followed, and the file name taken from it is made safe before n8n stores it.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const FAST = { pollInterval: 0.01 };
const PDF = Buffer.from('%PDF-1.4\n%links\n', 'latin1');

/** The next PDF request answers 200 with this link. */
function handOver(pdfUrl: string) {
	api.server.injectFault({
		kind: 'reply',
		path: '/api/pdf/',
		reply: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ output: { pdfUrl } }) },
	});
}

/** The next download answers with the sample PDF, whatever its path. */
function serveDownload() {
	api.server.injectFault({
		kind: 'reply',
		path: '/downloads/',
		reply: { status: 200, headers: { 'content-type': 'application/pdf' }, body: PDF },
	});
}

describe('InvoiceXpress › Invoice › Download PDF › links handed over', () => {
	test.each([
		['a link-local address (cloud metadata)', 'http://169.254.169.254/latest/meta-data/x.pdf', 'http://169.254.169.254', 'a link-local address'],
		['a file: URL', 'file:///etc/passwd.pdf', 'file://', 'not an http(s) address'],
	])('%s is not fetched: the item fails with a clear error and nothing else is requested', async (_label, link, shown, reason) => {
		handOver(link);
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		const error = result.error();
		expect(error?.message).toBe(`InvoiceXpress error: the link ${shown} is not followed (${reason})`);
		expect(JSON.stringify(error)).not.toContain(KEY);
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/pdf/1002.json']]);
	});

	test('a link named ..%2F..%2F.bashrc%00.pdf gives a safe file name, in the item and in the binary', async () => {
		handOver(`${api.url}/downloads/..%2F..%2F.bashrc%00.pdf?signature=x`);
		serveDownload();
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		const [item] = result.items();
		expect(item.json.fileName).toBe('bashrc.pdf');
		expect(item.binary!.data.fileName).toBe('bashrc.pdf');
		expect((await binaryBuffer(item.binary!.data)).equals(PDF)).toBe(true);
		const download = api.server.received('GET', '/downloads/')[0];
		expect(download.query).toEqual({ signature: 'x' });
	});

	test('a link name with a malformed escape is kept as text, not a crash', async () => {
		handOver(`${api.url}/downloads/bad%E0%A4%A.pdf`);
		serveDownload();
		const result = await runWorkflow(ix('downloadPdf', { invoiceId: '1002', binaryPropertyName: 'data', options: FAST }), {
			credentials: credentials(api.url),
		});
		expect(result.items()[0].json.fileName).toBe('bad%E0%A4%A.pdf');
	});
});
