// n8n's default binary mode keeps files in memory (base64 in the item): the node then takes the
// size from the base64 length and sends the Buffer. This file switches the mode for itself only.
import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';

import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { credentialsFor, fileItem, imaterialiseSandbox, partsOf, uploadWorkflow } from './setup';

const before = process.env.N8N_DEFAULT_BINARY_DATA_MODE;
beforeAll(() => {
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'default';
});
afterAll(() => {
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = before;
});

const api = imaterialiseSandbox();

describe('i.materialise › Invoice › Add or Update (binary data kept in memory)', () => {
	test.each([1, 2, 3, 10 * 1024 * 1024])('a file of %i bytes is measured from its base64 and sent byte for byte', async (size) => {
		const bytes = Buffer.alloc(size);
		for (let i = 0; i < size; i++) bytes[i] = (i * 7) & 0xff;
		const result = await runWorkflow(
			uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.open }, [fileItem(bytes, 'm.pdf', 'application/pdf')]),
			{ credentials: credentialsFor(api.url) },
		);
		const input = result.items('Input')[0].binary!.data;
		expect(input.id).toBeUndefined();
		expect(result.items()[0].json).toMatchObject({ success: true, fileSize: size });
		const [request] = api.server.received();
		expect(request.headers['content-length']).toBe(String(request.body.length));
		expect(partsOf(request)[0].data.equals(bytes)).toBe(true);
	});

	test('the bytes in the item are sent as they are (no stream from the binary store), with exact headers', async () => {
		const asStream = jest.spyOn(Container.get(BinaryDataService), 'getAsStream');
		const bytes = Buffer.from('%PDF-1.4 in memory \u0000\u00ff %%EOF', 'latin1');
		const result = await runWorkflow(
			uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.open }, [fileItem(bytes, 'm.pdf', 'application/pdf')]),
			{ credentials: credentialsFor(api.url) },
		);
		expect(result.items()[0].json).toMatchObject({ success: true, fileSize: bytes.length });
		expect(asStream).not.toHaveBeenCalled();
		asStream.mockRestore();
		const [request] = api.server.received();
		const boundary = /^multipart\/form-data; boundary=(-{26}[0-9a-f]{24})$/.exec(request.headers['content-type'] ?? '')?.[1];
		expect(boundary).toBeDefined();
		const expected = Buffer.concat([
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="m.pdf"\r\nContent-Type: application/pdf\r\n\r\n`, 'latin1'),
			bytes,
			Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'),
		]);
		expect(request.headers['content-length']).toBe(String(expected.length));
		expect(request.body.equals(expected)).toBe(true);
	});

	test('10 MB + 1 byte is refused before any request', async () => {
		const result = await runWorkflow(
			uploadWorkflow('invoice', { orderId: IMATERIALISE_ORDERS.open }, [fileItem(Buffer.alloc(10 * 1024 * 1024 + 1), 'm.pdf', 'application/pdf')]),
			{ credentials: credentialsFor(api.url) },
		);
		expect(result.error()?.message).toMatch(/is 10485761 bytes, more than the 10 MB/);
		expect(api.server.received()).toHaveLength(0);
	});
});
