import { makePdf } from '../../sandbox/billomat/pdf';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const SIGNED = makePdf(['Invoice RE123', 'Digitally signed']);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('Billomat › Invoice › Upload Signature', () => {
	test('PUTs the input PDF as base64file in a signature element', async () => {
		const result = await run(
			api.url,
			{ operation: 'uploadSignature', invoiceId: '1', binaryPropertyName: 'signed' },
			{ input: [{ json: {}, binary: { signed: { base64: SIGNED.toString('base64'), fileName: 'RE123-signed.pdf', mimeType: 'application/pdf' } } }] },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/invoices/1/upload-signature');
		expect(request.headers['content-type']).toBe('application/json');
		expect(jsonBody(request)).toEqual({ signature: { base64file: SIGNED.toString('base64') } });
		expect(api.server.signatures.get(1)?.equals(SIGNED)).toBe(true);
		expect(result.items()).toEqual([
			{ json: { id: 1, action: 'uploadSignature', success: true, filename: 'RE123-signed.pdf' }, pairedItem: { item: 0 } },
		]);
	});

	test('a missing binary property is refused before any request, naming the ones there are', async () => {
		const result = await run(
			api.url,
			{ operation: 'uploadSignature', invoiceId: '1', binaryPropertyName: 'data' },
			{ input: [{ json: {}, binary: { signed: { base64: SIGNED.toString('base64'), fileName: 'a.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: there is no binary property "data" on the input item');
		expect(result.error()?.description).toContain('signed');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a file that is not a PDF is refused before any request', async () => {
		const result = await run(
			api.url,
			{ operation: 'uploadSignature', invoiceId: '1', binaryPropertyName: 'data' },
			{ input: [{ json: {}, binary: { data: { base64: PNG.toString('base64'), fileName: 'scan.png', mimeType: 'image/png' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: the binary property "data" (scan.png, image/png) is not a PDF');
		expect(result.error()?.description).toBe('Billomat only accepts PDF files here. Pass a PDF, or convert the file first.');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a file named .pdf whose bytes are not a PDF is refused too', async () => {
		const result = await run(
			api.url,
			{ operation: 'uploadSignature', invoiceId: '1', binaryPropertyName: 'data' },
			{ input: [{ json: {}, binary: { data: { base64: PNG.toString('base64'), fileName: 'fake.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: the binary property "data" (fake.pdf, application/pdf) is not a PDF');
		expect(result.error()?.description).toContain('does not start with %PDF-');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a draft cannot be signed: Billomat’s error', async () => {
		const result = await run(
			api.url,
			{ operation: 'uploadSignature', invoiceId: '2', binaryPropertyName: 'data' },
			{ input: [{ json: {}, binary: { data: { base64: SIGNED.toString('base64'), fileName: 's.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(result.error()?.message).toBe('Billomat error 400: A signature cannot be uploaded for a draft');
	});
});
