import { InvoiceXpressSandbox, samplePdf } from '../../sandbox/invoicexpress';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { estimate } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Estimate › Download PDF', () => {
	test('GET /api/pdf/{id}.json until the link comes (202, 202, 200), then the PDF as a binary property', async () => {
		const result = await runWorkflow(estimate('downloadPdf', { estimateId: '50004', binaryPropertyName: 'pdf', options: { pollInterval: 0.01 } }), {
			credentials: credentials(api.url),
		});
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/api/pdf/50004.json', 202],
			['GET', '/api/pdf/50004.json', 202],
			['GET', '/api/pdf/50004.json', 200],
			['GET', '/downloads/fees_notes-50004.pdf', 200],
		]);
		expect(requests[0].query).toEqual({ api_key: KEY });
		expect(requests[3].query).toEqual({ signature: 'sbx50004' });
		const [item, ...more] = result.items();
		expect(more).toHaveLength(0);
		expect(item.json).toEqual({ id: 50004, pdfUrl: `${api.url}/downloads/fees_notes-50004.pdf?signature=sbx50004`, fileName: 'fees_notes-50004.pdf' });
		expect(item.binary!.pdf.mimeType).toBe('application/pdf');
		expect((await binaryBuffer(item.binary!.pdf)).equals(samplePdf(api.server.documents.get(50004)!))).toBe(true);
	});

	test('Second Copy asks for second_copy=true', async () => {
		await runWorkflow(estimate('downloadPdf', { estimateId: '50002', binaryPropertyName: 'data', options: { pollInterval: 0.01, secondCopy: true } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, second_copy: 'true' });
		expect(api.server.received()[3].path).toBe('/downloads/proformas-50002-second-copy.pdf');
	});
});
