import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { apiRequests, credentialsFor, fileItem, imaterialiseSandbox, partsOf, PDF, uploadWorkflow } from './setup';

const api = imaterialiseSandbox();
const credentials = (overrides: Record<string, string> = {}) => credentialsFor(api.url, overrides);
const ORDER = IMATERIALISE_ORDERS.open;

describe('i.materialise › Invoice › Add or Update', () => {
	test('uploads the input binary as the multipart part "File" with its file name, type and exact bytes', async () => {
		const result = await runWorkflow(
			uploadWorkflow('invoice', { orderId: ORDER }, [fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf', { n: 1 })]),
			{ credentials: credentials() },
		);

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe(`/web-api/order/${ORDER}/invoice`);
		expect(request.query).toEqual({});
		expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
		expect(request.headers.accept).toBe('application/json');
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
		expect(request.headers['content-length']).toBe(String(request.body.length));
		expect(partsOf(request)).toEqual([
			{ name: 'File', fileName: 'INVOICE_TEST.pdf', contentType: 'application/pdf', data: PDF },
		]);

		expect(result.items()).toEqual([
			{
				json: {
					orderId: ORDER,
					document: 'invoice',
					source: 'binary',
					fileName: 'INVOICE_TEST.pdf',
					mimeType: 'application/pdf',
					fileSize: PDF.length,
					success: true,
					statusCode: 200,
					response: {},
				},
				pairedItem: { item: 0 },
			},
		]);
		const stored = api.server.order(ORDER)!.documents.invoice!;
		expect(stored.bytes.equals(PDF)).toBe(true);
		expect(stored.source).toBe('File');
	});
});
