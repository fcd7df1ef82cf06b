import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';

import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { describeTimeoutOption } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { apiRequests, credentialsFor, fileItem, imaterialiseSandbox, partsOf, PDF, uploadWorkflow } from './setup';

const api = imaterialiseSandbox();
const credentials = (overrides: Record<string, string> = {}) => credentialsFor(api.url, overrides);
const ORDER = IMATERIALISE_ORDERS.open;
const TEN_MB = 10 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function fromBinary(input = [fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf')], parameters: Record<string, unknown> = {}, continueOnFail = false) {
	return uploadWorkflow('invoice', { orderId: ORDER, ...parameters }, input, continueOnFail);
}

function fromUrl(fileUrl: string, parameters: Record<string, unknown> = {}) {
	return uploadWorkflow('invoice', { orderId: ORDER, source: 'url', fileUrl, ...parameters });
}

describe('i.materialise › Invoice › Add or Update', () => {
	afterEach(() => jest.restoreAllMocks());

	describe('from an input binary property', () => {
		test('uploads the binary as the multipart part "File" with its file name, type and exact bytes', async () => {
			const result = await runWorkflow(fromBinary([fileItem(PDF, 'INVOICE_TEST.pdf', 'application/pdf', { n: 1 })]), {
				credentials: credentials(),
			});

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
						fileUrl: null,
						mimeType: 'application/pdf',
						fileSize: PDF.length,
						success: true,
					},
					pairedItem: { item: 0 },
				},
			]);
			const stored = api.server.order(ORDER)!.documents.invoice!;
			expect(stored.bytes.equals(PDF)).toBe(true);
			expect(stored.source).toBe('File');
		});

		test('streams the file from n8n\'s binary store on disk, never reading it whole, and sends those bytes', async () => {
			const service = Container.get(BinaryDataService);
			const asBuffer = jest.spyOn(service, 'getAsBuffer');
			const asStream = jest.spyOn(service, 'getAsStream');
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(result.items()[0].json).toMatchObject({ success: true, fileSize: PDF.length });
			expect(asBuffer).not.toHaveBeenCalled();
			// Once opened (and closed unread) to learn the stream's class, once read for the one attempt.
			expect(asStream).toHaveBeenCalledTimes(2);
			const id = result.items('Input')[0].binary!.data.id;
			expect(id).toMatch(/^filesystem/);
			expect(asStream.mock.calls.map(([binaryId]) => binaryId)).toEqual([id, id]);
			const [request] = api.server.received();
			expect(request.headers['content-length']).toBe(String(request.body.length));
			expect(partsOf(request)).toEqual([{ name: 'File', fileName: 'INVOICE_TEST.pdf', contentType: 'application/pdf', data: PDF }]);
		});

		test('uses the binary property named in "Input Binary Field" and keeps a .docx name and type', async () => {
			const docx = Buffer.from('PK\u0003\u0004 fake docx body', 'latin1');
			const result = await runWorkflow(
				fromBinary([fileItem(docx, 'Rechnung 2024-001 (final).docx', DOCX, {}, 'invoiceFile')], {
					binaryPropertyName: 'invoiceFile',
				}),
				{ credentials: credentials() },
			);
			expect(partsOf(api.server.received()[0])).toEqual([
				{ name: 'File', fileName: 'Rechnung 2024-001 (final).docx', contentType: DOCX, data: docx },
			]);
			expect(result.items()[0].json.fileName).toBe('Rechnung 2024-001 (final).docx');
		});

		test('a file of exactly 10 MB (10 485 760 bytes) is sent whole', async () => {
			const big = Buffer.alloc(TEN_MB, 0x41);
			big.write('%PDF-1.4\n', 0, 'latin1');
			big.write('\n%%EOF\n', TEN_MB - 7, 'latin1');
			const result = await runWorkflow(fromBinary([fileItem(big, 'big.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			expect(result.items()[0].json).toMatchObject({ success: true, fileSize: TEN_MB });
			const [request] = api.server.received();
			expect(request.headers['content-length']).toBe(String(request.body.length));
			const [part] = partsOf(request);
			expect(part.data.length).toBe(TEN_MB);
			expect(part.data.equals(big)).toBe(true);
			expect(api.server.order(ORDER)!.documents.invoice!.bytes.length).toBe(TEN_MB);
		});

		test('a file of 10 MB + 1 byte is refused before any request (code 109), without being read', async () => {
			const asBuffer = jest.spyOn(Container.get(BinaryDataService), 'getAsBuffer');
			const result = await runWorkflow(fromBinary([fileItem(Buffer.alloc(TEN_MB + 1, 0x41), 'big.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			const error = result.error()!;
			expect(error.message).toBe(
				'Item 0: the file "big.pdf" in binary property "data" is 10485761 bytes, more than the 10 MB (10485760 bytes) i.materialise accepts (it would answer code 109)',
			);
			expect(error.description).toContain('at most 10 MB');
			expect(api.server.received()).toHaveLength(0);
			expect(asBuffer).not.toHaveBeenCalled();
		});

		test('an empty file is refused before any request (code 108)', async () => {
			const result = await runWorkflow(fromBinary([fileItem(Buffer.alloc(0), 'empty.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe(
				'Item 0: the file "empty.pdf" in binary property "data" is empty (i.materialise would answer code 108)',
			);
			expect(result.error()?.description).toBe('The invoice file cannot be empty. Check the node that produced the file.');
			expect(api.server.received()).toHaveLength(0);
		});

		test.each([
			['notes.txt', 'text/plain'],
			['scan.png', 'image/png'],
			['invoice', 'application/pdf'],
		])('a file named %s (%s) is refused before any request (code 106)', async (fileName, mimeType) => {
			const result = await runWorkflow(fromBinary([fileItem(Buffer.from('abc'), fileName, mimeType)]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe(
				`Item 0: the file "${fileName}" in binary property "data" is not a .doc, .docx, .pdf, .xls or .xlsx file (i.materialise would answer code 106)`,
			);
			expect(api.server.received()).toHaveLength(0);
		});

		test('a .pdf name with a MIME type of another kind is refused before any request (code 106)', async () => {
			const result = await runWorkflow(fromBinary([fileItem(Buffer.from('abc'), 'photo.pdf', 'image/jpeg')]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe(
				'Item 0: the file "photo.pdf" in binary property "data" has the MIME type image/jpeg, which is not a .doc, .docx, .pdf, .xls or .xlsx document (i.materialise would answer code 106)',
			);
			expect(api.server.received()).toHaveLength(0);
		});

		test('a generic application/octet-stream type is accepted when the name is .xlsx (as the doc\'s demo page sends)', async () => {
			const result = await runWorkflow(fromBinary([fileItem(Buffer.from('PK xlsx'), 'INVOICE.XLSX', 'application/octet-stream')]), {
				credentials: credentials(),
			});
			expect(result.items()[0].json.success).toBe(true);
			expect(partsOf(api.server.received()[0])[0]).toMatchObject({ fileName: 'INVOICE.XLSX', contentType: 'application/octet-stream' });
		});

		test('the "File Name" option sends the file under another name, and the format check uses that name', async () => {
			const result = await runWorkflow(
				fromBinary([fileItem(PDF, 'download', 'application/pdf')], { options: { fileName: 'Invoice 2024-17.pdf' } }),
				{ credentials: credentials() },
			);
			expect(partsOf(api.server.received()[0])).toEqual([
				{ name: 'File', fileName: 'Invoice 2024-17.pdf', contentType: 'application/pdf', data: PDF },
			]);
			expect(result.items()[0].json.fileName).toBe('Invoice 2024-17.pdf');
		});

		test('a missing binary property is refused before any request, naming the properties there are', async () => {
			const result = await runWorkflow(fromBinary([fileItem(PDF, 'a.pdf', 'application/pdf', {}, 'attachment')]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe('Item 0: there is no binary property "data" on the input item');
			expect(result.error()?.description).toContain('attachment');
			expect(api.server.received()).toHaveLength(0);
		});

		test('an item without any binary data is refused before any request', async () => {
			const result = await runWorkflow(fromBinary([{ json: { a: 1 } }]), { credentials: credentials() });
			expect(result.error()?.message).toBe('Item 0: there is no binary property "data" on the input item');
			expect(api.server.received()).toHaveLength(0);
		});
	});

	describe('exactly one source', () => {
		test('with Source "Binary File", a File URL left over from before is not sent', async () => {
			await runWorkflow(fromBinary(undefined, { source: 'binary', fileUrl: 'https://example.com/old.pdf' }), { credentials: credentials() });
			expect(partsOf(api.server.received()[0]).map((p) => p.name)).toEqual(['File']);
		});

		test('with Source "File URL", the input binary is not sent', async () => {
			await runWorkflow(fromBinary(undefined, { source: 'url', fileUrl: `${api.url}/files/INVOICE_TEST.pdf` }), { credentials: credentials() });
			expect(partsOf(apiRequests(api.server)[0]).map((p) => p.name)).toEqual(['FileUrl']);
		});

		test('a Source that is neither (e.g. set by an expression) is refused at run time before any request', async () => {
			const result = await runWorkflow(fromBinary(undefined, { source: 'both', fileUrl: 'https://example.com/a.pdf' }), { credentials: credentials() });
			expect(result.error()?.message).toBe('Item 0: "Source" is "both", which is neither "Binary File" nor "File URL"');
			expect(api.server.received()).toHaveLength(0);
		});
	});

	describe('from a file URL', () => {
		test('sends only the FileUrl field; the sandbox downloads the file from its loopback file server', async () => {
			const fileUrl = `${api.url}/files/INVOICE_TEST.pdf`;
			const result = await runWorkflow(fromUrl(fileUrl), { credentials: credentials() });

			const [request, ...more] = apiRequests(api.server);
			expect(more).toHaveLength(0);
			expect(request.path).toBe(`/web-api/order/${ORDER}/invoice`);
			expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
			expect(request.headers['content-length']).toBe(String(request.body.length));
			expect(partsOf(request)).toEqual([{ name: 'FileUrl', fileName: undefined, contentType: undefined, data: Buffer.from(fileUrl) }]);
			expect(api.server.received('GET', '/files/INVOICE_TEST.pdf')).toHaveLength(1);

			expect(result.items()).toEqual([
				{
					json: { orderId: ORDER, document: 'invoice', source: 'url', fileName: null, fileUrl, mimeType: null, fileSize: null, success: true },
					pairedItem: { item: 0 },
				},
			]);
			const stored = api.server.order(ORDER)!.documents.invoice!;
			expect(stored).toMatchObject({ source: 'FileUrl', fileUrl, fileName: 'INVOICE_TEST.pdf' });
		});

		test.each(['invoice.pdf', '/files/invoice.pdf', 'ftp://127.0.0.1/invoice.pdf', 'file:///tmp/invoice.pdf', 'http//example.com/a.pdf'])(
			'"%s" is refused before any request as not an absolute http(s) URL (code 104)',
			async (fileUrl) => {
				const result = await runWorkflow(fromUrl(fileUrl), { credentials: credentials() });
				expect(result.error()?.message).toBe(
					`Item 0: "File URL" (${fileUrl}) is not an absolute http:// or https:// address (i.materialise would answer code 104)`,
				);
				expect(api.server.received()).toHaveLength(0);
			},
		);

		test('an empty File URL is refused before any request', async () => {
			const result = await runWorkflow(fromUrl('  '), { credentials: credentials() });
			expect(result.error()?.message).toBe('Item 0: "File URL" is empty');
			expect(api.server.received()).toHaveLength(0);
		});

		test('a file the server cannot download gives code 105 with what to do', async () => {
			const result = await runWorkflow(fromUrl(`${api.url}/files/missing.pdf`), { credentials: credentials() });
			const error = result.error()!;
			expect(error.message).toBe(
				'i.materialise error 400 (code 105): Document cannot be downloaded or timeout (the file server answered HTTP 404)',
			);
			expect(error.description).toContain('reachable from the internet without logging in');
			expect(error.httpCode).toBe('400');
		});

		test('a download that takes longer than the server waits gives code 105', async () => {
			api.server.downloadTimeoutMs = 200;
			api.server.serve('late.pdf', { body: PDF, contentType: 'application/pdf', delayMs: 1500 });
			const result = await runWorkflow(fromUrl(`${api.url}/files/late.pdf`), { credentials: credentials() });
			expect(result.error()?.message).toBe('i.materialise error 400 (code 105): Document cannot be downloaded or timeout (timed out)');
		});

		test('the server judges the downloaded file: .txt gives code 106', async () => {
			const result = await runWorkflow(fromUrl(`${api.url}/files/notes.txt`), { credentials: credentials() });
			expect(result.error()?.message).toBe(
				'i.materialise error 400 (code 106): Document file format is not supported. File should be of one of formats .doc, .docx, .pdf, .xls, .xlsx',
			);
			expect(result.error()?.description).toContain('.doc, .docx, .pdf, .xls or .xlsx');
		});

		test('the server judges the downloaded file: empty gives code 108', async () => {
			const result = await runWorkflow(fromUrl(`${api.url}/files/empty.pdf`), { credentials: credentials() });
			expect(result.error()?.message).toBe('i.materialise error 400 (code 108): Invoice file cannot be empty');
		});

		test('the server judges the downloaded file: more than 10 MB gives code 109', async () => {
			api.server.serve('huge.pdf', { body: Buffer.alloc(TEN_MB + 1, 0x20), contentType: 'application/pdf' });
			const result = await runWorkflow(fromUrl(`${api.url}/files/huge.pdf`), { credentials: credentials() });
			expect(result.error()?.message).toBe('i.materialise error 400 (code 109): Invoice file should be not more than 10MB.');
			expect(result.error()?.description).toContain('larger than 10 MB');
		});
	});

	describe('replies in XML', () => {
		test('asks for XML with Accept: application/xml and outputs the same item', async () => {
			const result = await runWorkflow(fromBinary(undefined, { options: { responseFormat: 'xml' } }), { credentials: credentials() });
			expect(api.server.received()[0].headers.accept).toBe('application/xml');
			expect(result.items()[0].json).toEqual({
				orderId: ORDER,
				document: 'invoice',
				source: 'binary',
				fileName: 'INVOICE_TEST.pdf',
				fileUrl: null,
				mimeType: 'application/pdf',
				fileSize: PDF.length,
				success: true,
			});
		});

		test('an XML error is read into the same message as the JSON one', async () => {
			const json = await runWorkflow(uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.shipped }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			const xml = await runWorkflow(
				uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.shipped, options: { responseFormat: 'xml' } }, [fileItem(PDF, 'a.pdf', 'application/pdf')]),
				{ credentials: credentials() },
			);
			const [jsonReply, xmlReply] = api.server.received();
			expect(jsonReply.status).toBe(400);
			expect(xmlReply.status).toBe(400);
			expect(xml.error()?.message).toBe('i.materialise error 400 (code 103): Order is already shipped or cancelled');
			expect(xml.error()?.message).toBe(json.error()?.message);
			expect(xml.error()?.description).toBe(json.error()?.description);
		});

		test('an XML success body is read into JSON with the root dropped and lower-camel-case names (Simplify off)', async () => {
			api.server.injectFault({
				kind: 'reply',
				reply: {
					status: 200,
					headers: { 'Content-Type': 'application/xml; charset=utf-8' },
					body: '<?xml version="1.0"?><InvoiceResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema"><OrderId>42</OrderId><Status>Updated</Status></InvoiceResponse>',
				},
			});
			const result = await runWorkflow(fromBinary(undefined, { simplify: false, options: { responseFormat: 'xml' } }), { credentials: credentials() });
			expect(result.items()[0].json.response).toEqual({ orderId: '42', status: 'Updated' });
		});

		test('an XML reply with a DOCTYPE (entity bomb) is refused, not expanded', async () => {
			api.server.injectFault({ kind: 'xml-bomb' });
			const result = await runWorkflow(fromBinary(undefined, { options: { responseFormat: 'xml' } }), { credentials: credentials() });
			expect(result.error()?.message).toMatch(/^i\.materialise error 422: Unexpected reply: the XML reply declares a DOCTYPE/);
		});
	});

	describe('errors of the order', () => {
		test('an unknown order gives code 100 with what to do', async () => {
			const result = await runWorkflow(
				uploadWorkflow('invoice', { orderId: '11111111-2222-4333-8444-555555555555' }, [fileItem(PDF, 'a.pdf', 'application/pdf')]),
				{ credentials: credentials() },
			);
			const error = result.error()!;
			expect(error.message).toBe('i.materialise error 400 (code 100): Order ID is wrong');
			expect(error.description).toContain('Check the Order ID');
			expect(error.httpCode).toBe('400');
		});

		test('an order placed with another API code gives code 101, and the API code appears nowhere', async () => {
			const result = await runWorkflow(
				uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.otherCustomer }, [fileItem(PDF, 'a.pdf', 'application/pdf')]),
				{ credentials: credentials() },
			);
			const error = result.error()!;
			expect(error.message).toBe('i.materialise error 400 (code 101): Wrong API code');
			expect(error.description).toContain('Use the credential holding the API code the order was created with');
			expect(api.server.received()[0].headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
			expect(everything(result.run)).not.toContain(IMATERIALISE_DEMO_API_CODE);
			expect(everything(result.run).toLowerCase()).not.toContain(IMATERIALISE_DEMO_API_CODE.toLowerCase());
		});

		test('an API code the server does not know gives code 101', async () => {
			const unknown = '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D';
			const result = await runWorkflow(fromBinary(), { credentials: credentials({ apiCode: `{${unknown}}` }) });
			expect(result.error()?.message).toBe('i.materialise error 400 (code 101): Wrong API code');
			expect(api.server.received()[0].headers.apicode).toBe(unknown);
			expect(everything(result.run)).not.toContain(unknown);
		});

		test.each([
			['shipped', IMATERIALISE_ORDERS.shipped],
			['cancelled', IMATERIALISE_ORDERS.cancelled],
		])('a %s order gives code 103', async (_state, orderId) => {
			const result = await runWorkflow(uploadWorkflow('invoice', { orderId }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe('i.materialise error 400 (code 103): Order is already shipped or cancelled');
			expect(result.error()?.description).toContain('still open');
			expect(api.server.order(orderId)!.documents.invoice).toBeUndefined();
		});

		test('an empty Order ID is refused before any request', async () => {
			const result = await runWorkflow(uploadWorkflow('invoice', { orderId: ' ' }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			expect(result.error()?.message).toBe('Item 0: "Order ID" is empty');
			expect(api.server.received()).toHaveLength(0);
		});

		test('an Order ID with URL characters is sent encoded in the path', async () => {
			const result = await runWorkflow(uploadWorkflow('invoice', { orderId: 'a/b?c' }, [fileItem(PDF, 'a.pdf', 'application/pdf')]), {
				credentials: credentials(),
			});
			// The sandbox logs the decoded path: "?" did not start a query string, "/" arrived as %2F.
			const [request] = api.server.received();
			expect(request.path).toBe('/web-api/order/a/b?c/invoice');
			expect(request.query).toEqual({});
			expect(result.error()?.message).toBe('i.materialise error 404: HTTP 404');
			expect(result.error()?.description).toContain('Check the Environment');
		});
	});

	describe('every documented error code, as the server sends it', () => {
		const table: Array<[number, string, string]> = [
			[100, 'Order ID is wrong', 'Check the Order ID'],
			[101, 'Wrong API code', 'production and sandbox codes are not mixed up'],
			[103, 'Order is already shipped or cancelled', 'still open'],
			[104, 'Incorrect document link format', 'Give a complete http:// or https:// address'],
			[105, 'Document cannot be downloaded or timeout', 'reachable from the internet'],
			[106, 'Document file format is not supported. File should be of one of formats .doc, .docx, .pdf, .xls, .xlsx', 'Convert the file'],
			[107, 'No document in request', 'carried no document'],
			[108, 'Invoice file cannot be empty', 'The file is empty'],
			[109, 'Invoice file should be not more than 10MB.', 'larger than 10 MB'],
			[110, 'Please, use either FileUrl or File, but not both within the same request.', 'not both'],
		];

		test.each(table)('JSON code %i becomes a message naming the code and what to do', async (code, message, hint) => {
			api.server.injectFault({ kind: 'reply', reply: { status: 400, body: { error: { message, code } } } });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			const error = result.error()!;
			expect(error.message).toBe(`i.materialise error 400 (code ${code}): ${message}`);
			expect(error.description).toContain(hint);
			expect(error.httpCode).toBe('400');
		});

		test.each(table)('XML code %i becomes the same message', async (code, message, hint) => {
			api.server.injectFault({
				kind: 'reply',
				reply: {
					status: 400,
					headers: { 'Content-Type': 'application/xml' },
					body: `<InvoiceResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <Error> <Message>${message}</Message> <Code>${code}</Code> </Error> </InvoiceResponse>`,
				},
			});
			const result = await runWorkflow(fromBinary(undefined, { options: { responseFormat: 'xml' } }), { credentials: credentials() });
			expect(result.error()?.message).toBe(`i.materialise error 400 (code ${code}): ${message}`);
			expect(result.error()?.description).toContain(hint);
		});

		test('an error body sent with HTTP 200 is still an error (mapped on the code, not the status)', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, body: { error: { message: 'Order ID is wrong', code: '100' } } } });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(result.error()?.message).toBe('i.materialise error 200 (code 100): Order ID is wrong');
		});

		test('an undocumented code keeps the provider\'s code and message', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 500, body: { error: { message: 'Internal problem', code: 999 } } } });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(result.error()?.message).toBe('i.materialise error 500 (code 999): Internal problem');
			expect(result.error()?.description).toContain('not in the documentation');
		});

		test('an HTML page instead of the API\'s reply is reported as such', async () => {
			api.server.injectFault({ kind: 'html' });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(result.error()?.message).toMatch(/^i\.materialise error 502: Unexpected reply: .*an HTML page/);
		});

		test('under continueOnFail the error item carries the code, and the next item still runs', async () => {
			const result = await runWorkflow(
				uploadWorkflow(
					'invoice',
					{ orderId: '={{ $json.order }}' },
					[
						fileItem(PDF, 'a.pdf', 'application/pdf', { order: IMATERIALISE_ORDERS.cancelled }),
						fileItem(Buffer.alloc(0), 'b.pdf', 'application/pdf', { order: ORDER }),
						fileItem(PDF, 'c.pdf', 'application/pdf', { order: IMATERIALISE_ORDERS.second }),
					],
					true,
				),
				{ credentials: credentials() },
			);
			const items = result.items();
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({
				error: 'i.materialise error 400 (code 103): Order is already shipped or cancelled',
				code: 103,
				httpCode: '400',
			});
			expect(items[1].json.error).toBe('Item 1: the file "b.pdf" in binary property "data" is empty (i.materialise would answer code 108)');
			expect(items[2].json).toMatchObject({ orderId: IMATERIALISE_ORDERS.second, fileName: 'c.pdf', success: true });
			expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(apiRequests(api.server)).toHaveLength(2);
		});
	});

	describe('retries and credentials', () => {
		test('after a 429 the upload is retried with the same bytes, the file streamed anew from the binary store', async () => {
			const asBuffer = jest.spyOn(Container.get(BinaryDataService), 'getAsBuffer');
			const asStream = jest.spyOn(Container.get(BinaryDataService), 'getAsStream');
			api.server.injectFault({ kind: 'rate-limit', retryAfter: 0 });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			const requests = api.server.received();
			expect(requests).toHaveLength(2);
			expect(requests[0].status).toBe(429);
			expect(requests[1].status).toBe(200);
			expect(requests[1].headers['content-type']).toBe(requests[0].headers['content-type']);
			expect(requests[1].headers['content-length']).toBe(String(requests[1].body.length));
			expect(requests[1].body.equals(requests[0].body)).toBe(true);
			expect(partsOf(requests[1])).toEqual([{ name: 'File', fileName: 'INVOICE_TEST.pdf', contentType: 'application/pdf', data: PDF }]);
			expect(asBuffer).not.toHaveBeenCalled();
			// One opened and closed unread before sending, then a fresh stream for each of the two attempts.
			expect(asStream).toHaveBeenCalledTimes(3);
			expect(result.items()[0].json.success).toBe(true);
		});

		test('a 503 is not retried: the upload may already have been stored', async () => {
			api.server.injectFault({ kind: 'server-error' });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(api.server.received()).toHaveLength(1);
			expect(result.error()?.message).toBe('i.materialise error 503: HTTP 503');
		});

		test('a connection reset during the upload is not retried and says the upload may have arrived', async () => {
			api.server.injectFault({ kind: 'reset' });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(api.server.received()).toHaveLength(1);
			expect(result.error()?.message).toBe(
				'i.materialise error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived',
			);
			expect(result.error()?.description).toContain('may already have reached the server');
		});

		test('a reply cut off half-way is reported, not taken for a success', async () => {
			api.server.injectFault({ kind: 'reply', reply: { status: 200, body: { error: { message: 'Order ID is wrong', code: 100 } }, truncateAt: 10 } });
			const result = await runWorkflow(fromBinary(), { credentials: credentials() });
			expect(result.error()?.message).toBe(
				'i.materialise error (code INCOMPLETE_REPLY): Could not get a reply: the reply (HTTP 200) was cut off before it was complete',
			);
			expect(result.error()?.description).toContain('Not retried automatically');
			expect(() => result.items()).toThrow(/failed/);
			expect(api.server.received()).toHaveLength(1);
		});

		test('an API code that is not a GUID is refused before any request, without showing it', async () => {
			const result = await runWorkflow(fromBinary(), { credentials: credentials({ apiCode: 'my-secret-not-a-guid' }) });
			expect(result.error()?.message).toBe('Item 0: the API code in the i.materialise credential is not a GUID');
			expect(api.server.received()).toHaveLength(0);
			expect(everything(result.run)).not.toContain('my-secret-not-a-guid');
		});

		test('an API code in braces or lower case is sent as the bare GUID', async () => {
			const result = await runWorkflow(fromBinary(), {
				credentials: credentials({ apiCode: ` {${IMATERIALISE_DEMO_API_CODE.toLowerCase()}} ` }),
			});
			expect(api.server.received()[0].headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE.toLowerCase());
			expect(result.items()[0].json.success).toBe(true);
		});

		test('a custom Base URL with a trailing slash or /web-api is accepted', async () => {
			await runWorkflow(fromBinary(), { credentials: credentials({ baseUrl: `${api.url}/web-api/` }) });
			expect(api.server.received()[0].path).toBe(`/web-api/order/${ORDER}/invoice`);
		});

		test('a custom Base URL that is not http(s) is refused before any request', async () => {
			const result = await runWorkflow(fromBinary(), { credentials: credentials({ baseUrl: 'imatsandbox.materialise.net' }) });
			expect(result.error()?.message).toBe('Item 0: the Base URL in the i.materialise credential is not an http(s) address');
		});
	});
});

describeTimeoutOption('i.materialise', 'iMaterialise', () => api.server, async (options) => {
	const result = await runWorkflow(fromBinary(undefined, { options }, true), { credentials: credentials() });
	// An upload may have reached i.materialise: it is not sent again.
	expect(apiRequests(api.server)).toHaveLength(1);
	return result;
});

