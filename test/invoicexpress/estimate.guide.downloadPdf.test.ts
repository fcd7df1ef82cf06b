import { InvoiceXpressSandbox, samplePdf } from '../../sandbox/invoicexpress';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { estimate, guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

const FAMILIES = [
	{ resource: 'Estimate', run: estimate, idParameter: 'estimateId', id: 50004, file: 'fees_notes-50004.pdf' },
	{ resource: 'Guide', run: guide, idParameter: 'guideId', id: 60002, file: 'transports-60002.pdf' },
];

describe.each(FAMILIES)('InvoiceXpress › $resource › Download PDF', ({ run, idParameter, id, file }) => {
	test('GET /api/pdf/{id}.json until the link comes (202, 202, 200), then the PDF as a binary property; the key stays off the file host', async () => {
		const result = await runWorkflow(run('downloadPdf', { [idParameter]: String(id), binaryPropertyName: 'pdf', options: { pollInterval: 0.01 } }), {
			credentials: credentials(api.url),
		});
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', `/api/pdf/${id}.json`, 202],
			['GET', `/api/pdf/${id}.json`, 202],
			['GET', `/api/pdf/${id}.json`, 200],
			['GET', `/downloads/${file}`, 200],
		]);
		expect(requests[0].query).toEqual({ api_key: KEY });
		expect(requests[3].query).toEqual({ signature: `sbx${id}` });
		const [item, ...more] = result.items();
		expect(more).toHaveLength(0);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({ id, pdfUrl: `${api.url}/downloads/${file}?signature=sbx${id}`, fileName: file });
		expect(item.binary!.pdf.mimeType).toBe('application/pdf');
		expect((await binaryBuffer(item.binary!.pdf)).equals(samplePdf(api.server.documents.get(id)!))).toBe(true);
	});

	test('Second Copy asks for second_copy=true', async () => {
		await runWorkflow(run('downloadPdf', { [idParameter]: String(id), binaryPropertyName: 'data', options: { pollInterval: 0.01, secondCopy: true } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()[0].query).toEqual({ api_key: KEY, second_copy: 'true' });
		expect(api.server.received()[3].path).toBe(`/downloads/${file.replace('.pdf', '-second-copy.pdf')}`);
	});

	test('an unknown document is a 404 on the first poll', async () => {
		const result = await runWorkflow(run('downloadPdf', { [idParameter]: '69999', binaryPropertyName: 'data', options: { pollInterval: 0.01 } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/api/pdf/69999.json', 404]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Document 69999 is unknown');
	});
});
