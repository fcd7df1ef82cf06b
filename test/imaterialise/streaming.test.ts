// A file in n8n's binary store (the harness runs in filesystem mode, as queue-mode installations
// do) is uploaded as a stream read from the store in chunks, never whole in memory: what
// i.materialise receives, a retry after a refused connection, and file contents that look like
// multipart delimiters.
import { Container } from '@n8n/di';
import crypto from 'crypto';
import { BinaryDataService } from 'n8n-core';

import { IMATERIALISE_ORDERS, IMaterialiseSandbox } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import { credentialsFor, fileItem, imaterialiseSandbox, partsOf, uploadWorkflow } from './setup';

// The retry's wait, recorded instead of waited; a test may act at that moment (bring a server up).
let mockOnSleep: (() => Promise<void>) | undefined;
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow') as Record<string, unknown>;
	return {
		__esModule: true,
		...actual,
		sleep: async () => {
			const action = mockOnSleep;
			mockOnSleep = undefined;
			await action?.();
		},
	};
});

const api = imaterialiseSandbox();
const ORDER = IMATERIALISE_ORDERS.open;

/** Bytes that vary everywhere (so a shifted or dropped chunk shows), the same in every run. */
function patterned(size: number): Buffer {
	const bytes = Buffer.alloc(size);
	let x = 2463534242;
	for (let i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		bytes[i] = x & 0xff;
	}
	return bytes;
}

function upload(bytes: Buffer, fileName = 'scan.pdf') {
	return uploadWorkflow('invoice', { orderId: ORDER }, [fileItem(bytes, fileName, 'application/pdf')]);
}

describe('i.materialise › Invoice › Add or Update › a file in the binary store is streamed', () => {
	afterEach(() => {
		jest.restoreAllMocks();
		mockOnSleep = undefined;
	});

	test('i.materialise receives the exact bytes, a multipart Content-Type and the exact Content-Length, the file never read whole', async () => {
		const bytes = patterned(3 * 1024 * 1024 + 17);
		const service = Container.get(BinaryDataService);
		const asBuffer = jest.spyOn(service, 'getAsBuffer');
		const asStream = jest.spyOn(service, 'getAsStream');
		const result = await runWorkflow(upload(bytes), { credentials: credentialsFor(api.url) });

		expect(result.items('Input')[0].binary!.data.id).toMatch(/^filesystem/);
		expect(result.items()[0].json).toMatchObject({ success: true, fileName: 'scan.pdf', fileSize: bytes.length });
		expect(asBuffer).not.toHaveBeenCalled();
		expect(asStream).toHaveBeenCalledTimes(2);

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		const boundary = /^multipart\/form-data; boundary=(-{26}[0-9a-f]{24})$/.exec(request.headers['content-type'] ?? '')?.[1];
		expect(boundary).toBeDefined();
		const head = `--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
		const expected = Buffer.concat([Buffer.from(head, 'latin1'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1')]);
		expect(request.headers['content-length']).toBe(String(expected.length));
		expect(request.headers['transfer-encoding']).toBeUndefined();
		expect(request.body.equals(expected)).toBe(true);
		expect(api.server.order(ORDER)!.documents.invoice!.bytes.equals(bytes)).toBe(true);
	});

	test('a retry after a refused connection sends the whole body again, from a fresh stream; the unsent one is closed', async () => {
		const late = new IMaterialiseSandbox();
		const url = await late.listen(0, '127.0.0.1');
		await late.close();
		const port = Number(new URL(url).port);
		// Nothing listens for the first attempt (refused before anything was sent, so even this POST
		// is retried); during the wait before the second the server comes up.
		mockOnSleep = async () => {
			await late.listen(port, '127.0.0.1');
		};
		const asStream = jest.spyOn(Container.get(BinaryDataService), 'getAsStream');
		const bytes = patterned(1024 * 1024);
		try {
			const result = await runWorkflow(upload(bytes), { credentials: credentialsFor(url) });
			expect(result.items()[0].json).toMatchObject({ success: true, fileSize: bytes.length });
			const [request, ...more] = late.received();
			expect(more).toHaveLength(0);
			expect(request.headers['content-length']).toBe(String(request.body.length));
			expect(partsOf(request)).toEqual([{ name: 'File', fileName: 'scan.pdf', contentType: 'application/pdf', data: bytes }]);
			// The scan, the refused attempt, the attempt that arrived: each its own stream, all closed.
			expect(asStream).toHaveBeenCalledTimes(3);
			const streams = await Promise.all(asStream.mock.results.map((r) => r.value as Promise<{ destroyed: boolean }>));
			expect(streams.map((s) => s.destroyed)).toEqual([true, true, true]);
		} finally {
			await late.close();
		}
	});

	test('a file full of boundary-like text arrives intact', async () => {
		const lines = [];
		for (let i = 0; i < 2000; i++) {
			const fake = crypto.createHash('sha1').update(String(i)).digest('hex').slice(0, 24);
			lines.push(`\r\n--${'-'.repeat(26)}${fake}\r\nContent-Disposition: form-data; name="File"\r\n\r\n--${'-'.repeat(26)}${fake}--\r\n`);
		}
		const bytes = Buffer.from(`%PDF-1.4${lines.join('')}%%EOF`, 'latin1');
		const result = await runWorkflow(upload(bytes), { credentials: credentialsFor(api.url) });
		expect(result.items()[0].json).toMatchObject({ success: true, fileSize: bytes.length });
		const [request] = api.server.received();
		expect(partsOf(request)).toEqual([{ name: 'File', fileName: 'scan.pdf', contentType: 'application/pdf', data: bytes }]);
	});

	test('with the size from the binary store nothing is read before sending, and each upload draws its own 96-bit boundary', async () => {
		const asStream = jest.spyOn(Container.get(BinaryDataService), 'getAsStream');
		const bytes = patterned(300_000);
		const result = await runWorkflow(
			uploadWorkflow('invoice', { orderId: ORDER }, [fileItem(bytes, 'a.pdf', 'application/pdf'), fileItem(bytes, 'b.pdf', 'application/pdf')]),
			{ credentials: credentialsFor(api.url) },
		);
		expect(result.items().map((i) => i.json.fileSize)).toEqual([bytes.length, bytes.length]);
		// Per item: one stream opened only to learn its class and closed unread, one sent whole.
		const streams = await Promise.all(asStream.mock.results.map((r) => r.value as Promise<{ bytesRead: number; destroyed: boolean }>));
		expect(streams.map((s) => [s.bytesRead, s.destroyed])).toEqual([
			[0, true],
			[bytes.length, true],
			[0, true],
			[bytes.length, true],
		]);
		const boundaries = api.server.received().map((r) => /boundary=(\S+)$/.exec(r.headers['content-type'] ?? '')?.[1]);
		expect(boundaries[0]).toMatch(/^-{26}[0-9a-f]{24}$/);
		expect(boundaries[1]).toMatch(/^-{26}[0-9a-f]{24}$/);
		expect(boundaries[0]).not.toBe(boundaries[1]);
		expect(api.server.received().map((r) => partsOf(r)[0].data.equals(bytes))).toEqual([true, true]);
	});
});
