// nodes/shared/multipart.ts buildStreamedMultipart: the streamed form of the package's multipart
// encoder writes exactly the bytes of the Buffer encoder (and so of form-data), makes a fresh
// stream per attempt, reads nothing ahead when the sizes are known, and, when one is not, counts it
// and finds the boundary in the file even where it straddles chunks.
import crypto from 'crypto';
import FormData from 'form-data';
import { PassThrough, Readable } from 'stream';

import type { StreamedMultipartPart } from '../../nodes/shared/multipart';
import { buildStreamedMultipart, encodeMultipart } from '../../nodes/shared/multipart';

/** A file handed over in chunks of `chunk` bytes, as n8n's binary store hands over a file. */
function fileOf(bytes: Buffer, chunk = 7) {
	const opened: Readable[] = [];
	const open = async () => {
		const pieces: Buffer[] = [];
		for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
		const stream = Readable.from(pieces, { objectMode: false });
		opened.push(stream);
		return stream;
	};
	return { open, opened };
}

async function read(body: NodeJS.ReadableStream | Buffer): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks);
}

describe('shared multipart helper, streamed', () => {
	afterEach(() => jest.restoreAllMocks());

	const pdf = Buffer.from('%PDF-1.4\r\n--\r\nbinary \u0000\u00ff and more bytes than one chunk', 'latin1');

	test('writes byte for byte what the Buffer encoder and form-data write for the same parts and boundary', async () => {
		const file = fileOf(pdf);
		const parts: StreamedMultipartPart[] = [
			{ name: 'FileUrl', value: 'https://example.com/Rechnung März €.pdf' },
			{ name: 'File', fileName: 'folder/we "quote".pdf', contentType: 'application/pdf', open: file.open },
			{ name: 'Other', fileName: 'a.bin', contentType: '', open: fileOf(Buffer.alloc(0)).open },
		];
		const multipart = await buildStreamedMultipart(parts);
		const body = await multipart.body();
		expect(Buffer.isBuffer(body)).toBe(false);
		expect((body as Readable).constructor.name).toBe('Readable');
		const ours = await read(body);

		const buffered = encodeMultipart(
			[
				{ name: 'FileUrl', value: 'https://example.com/Rechnung März €.pdf' },
				{ name: 'File', fileName: 'folder/we "quote".pdf', contentType: 'application/pdf', source: pdf },
				{ name: 'Other', fileName: 'a.bin', contentType: '', source: Buffer.alloc(0) },
			],
			multipart.boundary,
		);
		expect(ours.equals(buffered)).toBe(true);

		const form = new FormData();
		form.setBoundary(multipart.boundary);
		form.append('FileUrl', 'https://example.com/Rechnung März €.pdf');
		form.append('File', pdf, { filename: 'folder/we "quote".pdf', contentType: 'application/pdf' });
		form.append('Other', Buffer.alloc(0), { filename: 'a.bin', contentType: 'application/octet-stream' });
		expect(multipart.length).toBe(form.getLengthSync());
		expect(multipart.headers).toEqual({ 'Content-Type': form.getHeaders()['content-type'], 'Content-Length': String(ours.length) });
		const sink = new PassThrough();
		form.pipe(sink);
		expect(ours.equals(await read(sink))).toBe(true);
		expect(multipart.sizes).toEqual([Buffer.byteLength('https://example.com/Rechnung März €.pdf'), pdf.length, 0]);
	});

	test('every call gives a fresh stream of the same bytes, the file opened only when it is read', async () => {
		const file = fileOf(pdf);
		const multipart = await buildStreamedMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', open: file.open }]);
		expect(file.opened).toHaveLength(1); // the scan
		const first = await multipart.body();
		const second = await multipart.body();
		expect(file.opened).toHaveLength(1);
		const a = await read(first);
		const b = await read(second);
		expect(file.opened).toHaveLength(3);
		expect(a.equals(b)).toBe(true);
		expect(a.length).toBe(multipart.length);
	});

	test('with every size given, no file is read before sending and the body still carries exactly those bytes', async () => {
		const file = fileOf(pdf);
		const multipart = await buildStreamedMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', open: file.open, size: pdf.length }]);
		expect(file.opened).toHaveLength(1);
		expect(file.opened[0].destroyed).toBe(true);
		expect(file.opened[0].readableDidRead).toBe(false);
		expect(multipart.sizes).toEqual([pdf.length]);
		const sent = await read(await multipart.body());
		expect(sent.equals(encodeMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: pdf }], multipart.boundary))).toBe(true);
		expect(sent.length).toBe(multipart.length);
		// A size that is wrong fails the attempt rather than sending a body of another length.
		const wrong = await buildStreamedMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', open: file.open, size: pdf.length + 1 }]);
		await expect(read(await wrong.body())).rejects.toThrow(`The file "a.pdf" changed while it was being sent (${pdf.length} bytes where ${pdf.length + 1} were counted)`);
	});

	test('a boundary straddling two chunks of the file is found, and a fresh one drawn', async () => {
		const taken = Buffer.alloc(12, 0x12);
		const free = Buffer.alloc(12, 0x34);
		const draws = jest.spyOn(crypto, 'randomBytes').mockReturnValueOnce(taken as never).mockReturnValueOnce(free as never);
		const inside = Buffer.from(`abc\r\n--${'-'.repeat(26)}${taken.toString('hex')}\r\nxyz`, 'latin1');
		// 5-byte chunks: the 52-byte delimiter spans eleven of them.
		const multipart = await buildStreamedMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', open: fileOf(inside, 5).open }]);
		expect(draws).toHaveBeenCalledTimes(2);
		expect(multipart.boundary).toBe(`${'-'.repeat(26)}${free.toString('hex')}`);
		expect((await read(await multipart.body())).includes(inside)).toBe(true);
	});

	test('a file that no longer has the bytes the scan counted fails the attempt instead of sending a wrong body', async () => {
		let content = pdf;
		const multipart = await buildStreamedMultipart([
			{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', open: async () => Readable.from([content], { objectMode: false }) },
		]);
		content = pdf.subarray(0, 10);
		await expect(read(await multipart.body())).rejects.toThrow(`The file "a.pdf" changed while it was being sent (10 bytes where ${pdf.length} were counted)`);
		content = Buffer.concat([pdf, pdf]);
		await expect(read(await multipart.body())).rejects.toThrow(/changed while it was being sent/);
	});

	test('text fields only: the body is one Buffer', async () => {
		const multipart = await buildStreamedMultipart([{ name: 'FileUrl', value: 'https://example.com/a.pdf' }]);
		const body = await multipart.body();
		expect(Buffer.isBuffer(body)).toBe(true);
		expect((body as Buffer).equals(encodeMultipart([{ name: 'FileUrl', value: 'https://example.com/a.pdf' }], multipart.boundary))).toBe(true);
	});
});
