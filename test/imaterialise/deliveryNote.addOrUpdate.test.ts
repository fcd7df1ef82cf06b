import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { apiRequests, credentialsFor, fileItem, imaterialiseSandbox, partsOf, PDF, uploadWorkflow } from './setup';

const api = imaterialiseSandbox();
const credentials = () => credentialsFor(api.url);
const ORDER = IMATERIALISE_ORDERS.second;
const XLS = 'application/vnd.ms-excel';

describe('i.materialise › Delivery Note › Add or Update', () => {
	test('uploads the binary to /delivery-note as the part "File", leaving the invoice alone', async () => {
		const sheet = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
		const result = await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: ORDER }, [fileItem(sheet, 'DN-7.xls', XLS)]),
			{ credentials: credentials() },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe(`/web-api/order/${ORDER}/delivery-note`);
		expect(request.headers.apicode).toBe(IMATERIALISE_DEMO_API_CODE);
		expect(request.headers.accept).toBe('application/json');
		expect(request.headers['content-length']).toBe(String(request.body.length));
		expect(partsOf(request)).toEqual([{ name: 'File', fileName: 'DN-7.xls', contentType: XLS, data: sheet }]);
		expect(result.items()).toEqual([
			{
				json: {
					orderId: ORDER,
					document: 'deliveryNote',
					source: 'binary',
					fileName: 'DN-7.xls',
					fileUrl: null,
					mimeType: XLS,
					fileSize: sheet.length,
					success: true,
				},
				pairedItem: { item: 0 },
			},
		]);
		const order = api.server.order(ORDER)!;
		expect(order.documents.deliveryNote!.bytes.equals(sheet)).toBe(true);
		expect(order.documents.invoice).toBeUndefined();
	});

	test('a second upload replaces the delivery note (add or update)', async () => {
		const first = Buffer.from('%PDF-1.4 first');
		const second = Buffer.from('%PDF-1.4 second version');
		await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: ORDER }, [
				fileItem(first, 'dn.pdf', 'application/pdf'),
				fileItem(second, 'dn-v2.pdf', 'application/pdf'),
			]),
			{ credentials: credentials() },
		);
		expect(api.server.received()).toHaveLength(2);
		const stored = api.server.order(ORDER)!.documents.deliveryNote!;
		expect(stored).toMatchObject({ fileName: 'dn-v2.pdf', version: 2 });
		expect(stored.bytes.equals(second)).toBe(true);
	});

	test('from a file URL, sends only the FileUrl field and outputs the URL', async () => {
		const fileUrl = `${api.url}/files/DELIVERY_NOTE.pdf`;
		const result = await runWorkflow(uploadWorkflow('deliveryNote', { orderId: ORDER, source: 'url', fileUrl }), {
			credentials: credentials(),
		});
		const [request] = apiRequests(api.server);
		expect(request.path).toBe(`/web-api/order/${ORDER}/delivery-note`);
		expect(partsOf(request)).toEqual([{ name: 'FileUrl', fileName: undefined, contentType: undefined, data: Buffer.from(fileUrl) }]);
		expect(result.items()[0].json).toEqual({
			orderId: ORDER,
			document: 'deliveryNote',
			source: 'url',
			fileName: null,
			fileUrl,
			mimeType: null,
			fileSize: null,
			success: true,
		});
		expect(api.server.order(ORDER)!.documents.deliveryNote!.bytes.equals(api.server.files.get('DELIVERY_NOTE.pdf')!.body)).toBe(true);
	});

	test('the DeliveryNoteResponse XML error is read like the JSON one', async () => {
		const result = await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: ORDER, source: 'url', fileUrl: `${api.url}/files/empty.pdf`, options: { responseFormat: 'xml' } }),
			{ credentials: credentials() },
		);
		const [request] = apiRequests(api.server);
		expect(request.headers.accept).toBe('application/xml');
		expect(result.error()?.message).toBe('i.materialise error 400 (code 108): Delivery note file cannot be empty');
		expect(result.error()?.description).toBe('The file is empty (0 bytes). Check the node that produced the file.');
	});

	test('a shipped order gives code 103', async () => {
		const result = await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: IMATERIALISE_ORDERS.shipped }, [fileItem(PDF, 'dn.pdf', 'application/pdf')]),
			{ credentials: credentials() },
		);
		expect(result.error()?.message).toBe('i.materialise error 400 (code 103): Order is already shipped or cancelled');
	});

	test('a file of 10 MB + 1 byte is refused before any request (code 109)', async () => {
		const result = await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: ORDER }, [fileItem(Buffer.alloc(10 * 1024 * 1024 + 1), 'dn.pdf', 'application/pdf')]),
			{ credentials: credentials() },
		);
		expect(result.error()?.message).toMatch(/^Item 0: the file "dn\.pdf" in binary property "data" is 10485761 bytes/);
		expect(api.server.received()).toHaveLength(0);
	});

	test('an empty file is refused before any request with the delivery note wording (code 108)', async () => {
		const result = await runWorkflow(
			uploadWorkflow('deliveryNote', { orderId: ORDER }, [fileItem(Buffer.alloc(0), 'dn.pdf', 'application/pdf')]),
			{ credentials: credentials() },
		);
		expect(result.error()?.description).toBe('The delivery note file cannot be empty. Check the node that produced the file.');
		expect(api.server.received()).toHaveLength(0);
	});
});
