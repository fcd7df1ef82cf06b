import { InvoiceXpressSandbox, samplePdf } from '../../sandbox/invoicexpress';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, KEY } from './common';
import { guide } from './estimate.common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Guide › Download PDF', () => {
	test('GET /api/pdf/{id}.json until the link comes, then the guide’s PDF as a binary property (the key stays off the file host)', async () => {
		const result = await runWorkflow(guide('downloadPdf', { guideId: '60002', binaryPropertyName: 'guidePdf', options: { pollInterval: 0.01 } }), {
			credentials: credentials(api.url),
		});
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/api/pdf/60002.json', 202],
			['GET', '/api/pdf/60002.json', 202],
			['GET', '/api/pdf/60002.json', 200],
			['GET', '/downloads/transports-60002.pdf', 200],
		]);
		expect(requests[0].query).toEqual({ api_key: KEY });
		expect(requests[3].query).toEqual({ signature: 'sbx60002' });
		const [item, ...more] = result.items();
		expect(more).toHaveLength(0);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({ id: 60002, pdfUrl: `${api.url}/downloads/transports-60002.pdf?signature=sbx60002`, fileName: 'transports-60002.pdf' });
		expect((await binaryBuffer(item.binary!.guidePdf)).equals(samplePdf(api.server.documents.get(60002)!))).toBe(true);
	});

	test('an unknown guide is a 404 on the first poll', async () => {
		const result = await runWorkflow(guide('downloadPdf', { guideId: '69999', binaryPropertyName: 'data', options: { pollInterval: 0.01 } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received().map((r) => [r.path, r.status])).toEqual([['/api/pdf/69999.json', 404]]);
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Document 69999 is unknown');
	});
});
