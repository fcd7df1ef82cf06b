import { binaryBuffer } from '../harness/engine';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Download PDF', () => {
	test('GETs format=pdf and outputs the PDF bytes with the reply’s file name and type', async () => {
		const result = await run(api.url, { operation: 'downloadPdf', invoiceId: '1', binaryPropertyName: 'data' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoices/1/pdf');
		expect(request.query).toEqual({ format: 'pdf' });

		const [item] = result.items();
		const expected = api.server.pdfs.get(1)!.data;
		expect(item.json).toEqual({ invoice_id: 1, filename: 'invoice_RE123.pdf', mimetype: 'application/pdf', filesize: expected.length });
		expect(item.binary?.data.fileName).toBe('invoice_RE123.pdf');
		expect(item.binary?.data.mimeType).toBe('application/pdf');
		const bytes = await binaryBuffer(item.binary!.data);
		expect(bytes.equals(expected)).toBe(true);
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		expect(bytes.toString('latin1')).toContain('%%EOF');
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('the print version is asked with type=print, into the named property', async () => {
		const result = await run(api.url, {
			operation: 'downloadPdf',
			invoiceId: '3',
			binaryPropertyName: 'invoicePdf',
			options: { printVersion: true },
		});
		expect(api.server.received()[0].query).toEqual({ type: 'print', format: 'pdf' });
		const [item] = result.items();
		expect(Object.keys(item.binary ?? {})).toEqual(['invoicePdf']);
		const bytes = await binaryBuffer(item.binary!.invoicePdf);
		expect(bytes.equals(api.server.pdfs.get(3)!.print)).toBe(true);
		expect(bytes.toString('latin1')).toContain('print version');
	});

	test('JSON transfer decodes base64file and keeps the PDF record', async () => {
		const result = await run(api.url, { operation: 'downloadPdf', invoiceId: '4', binaryPropertyName: 'data', options: { transfer: 'base64' } });
		expect(api.server.received()[0].query).toEqual({});
		expect(api.server.received()[0].headers.accept).toBe('application/json');
		const [item] = result.items();
		const pdf = api.server.pdfs.get(4)!;
		expect(item.json).toEqual({
			id: 4004,
			created: pdf.created,
			invoice_id: 4,
			filename: 'invoice_RE125.pdf',
			mimetype: 'application/pdf',
			filesize: pdf.data.length,
		});
		expect(item.binary?.data.fileName).toBe('invoice_RE125.pdf');
		expect((await binaryBuffer(item.binary!.data)).equals(pdf.data)).toBe(true);
	});

	test('a JSON record arriving despite format=pdf is decoded all the same', async () => {
		const pdf = api.server.pdfs.get(1)!;
		api.server.injectFault({
			kind: 'reply',
			reply: {
				status: 200,
				body: { pdf: { id: '4001', invoice_id: '1', filename: 'invoice_RE123.pdf', mimetype: 'application/pdf', filesize: String(pdf.data.length), base64file: pdf.data.toString('base64') } },
			},
		});
		const result = await run(api.url, { operation: 'downloadPdf', invoiceId: '1', binaryPropertyName: 'data' });
		const [item] = result.items();
		expect(item.json).toEqual({ id: 4001, invoice_id: 1, filename: 'invoice_RE123.pdf', mimetype: 'application/pdf', filesize: pdf.data.length });
		expect((await binaryBuffer(item.binary!.data)).equals(pdf.data)).toBe(true);
	});

	test('a draft has no PDF yet: Billomat’s 404', async () => {
		const result = await run(api.url, { operation: 'downloadPdf', invoiceId: '2', binaryPropertyName: 'data' });
		expect(result.error()?.message).toBe('Billomat error 404: No PDF for this invoice: a draft has none until it is completed');
	});

	test('complete then download: the new PDF carries the new number', async () => {
		await run(api.url, { operation: 'complete', invoiceId: '2' });
		const result = await run(api.url, { operation: 'downloadPdf', invoiceId: '2', binaryPropertyName: 'data' });
		const [item] = result.items();
		expect(item.binary?.data.fileName).toBe('invoice_RE127.pdf');
		expect((await binaryBuffer(item.binary!.data)).toString('latin1')).toContain('(Invoice RE127) Tj');
	});
});
