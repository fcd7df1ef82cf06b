// nodes/shared/multipart.ts, the package's one multipart builder (written with the i.materialise
// node, generic): exact length, the same boundary for every rebuilt body, streams re-opened.
import { PassThrough, Readable } from 'stream';

import { buildMultipart } from '../../nodes/shared/multipart';
import { parseMultipart } from '../../sandbox/imaterialise/multipart';

/** Read a body the way an HTTP client does: by piping it (form-data is a classic Node stream). */
async function drain(stream: Readable): Promise<Buffer> {
	const sink = new PassThrough();
	stream.pipe(sink);
	const chunks: Buffer[] = [];
	for await (const chunk of sink) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks);
}

const streamOf = (bytes: Buffer) => Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]);

describe('shared multipart helper', () => {
	const pdf = Buffer.from('%PDF-1.4\r\n--\r\nbinary \u0000\u00ff', 'latin1');

	test('announces the exact Content-Length and the boundary of a body mixing fields, Buffers and streams', async () => {
		const opened: number[] = [];
		const multipart = buildMultipart([
			{ name: 'FileUrl', value: 'https://example.com/ä.pdf' },
			{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: pdf },
			{
				name: 'Other',
				fileName: 'b.pdf',
				contentType: 'application/pdf',
				size: pdf.length,
				source: () => {
					opened.push(1);
					return streamOf(pdf);
				},
			},
		]);
		expect(opened).toHaveLength(0);
		const body = await drain(await multipart.body());
		expect(multipart.headers).toEqual({
			'Content-Type': `multipart/form-data; boundary=${multipart.boundary}`,
			'Content-Length': String(body.length),
		});
		expect(multipart.length).toBe(body.length);
		const parts = parseMultipart(body, multipart.headers['Content-Type']);
		expect(parts.map((p) => [p.name, p.fileName, p.contentType, p.data.toString('latin1')])).toEqual([
			['FileUrl', undefined, undefined, 'https://example.com/ä'.replace('ä', '\u00c3\u00a4') + '.pdf'],
			['File', 'a.pdf', 'application/pdf', pdf.toString('latin1')],
			['Other', 'b.pdf', 'application/pdf', pdf.toString('latin1')],
		]);
		expect(opened).toHaveLength(1);
	});

	test('every call builds a fresh body with the same boundary and bytes, re-opening the stream', async () => {
		let opened = 0;
		const multipart = buildMultipart([
			{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', size: pdf.length, source: async () => (opened++, streamOf(pdf)) },
		]);
		const first = await drain(await multipart.body());
		const second = await drain(await multipart.body());
		expect(second.equals(first)).toBe(true);
		expect(opened).toBe(2);
		expect(first.toString('latin1')).toContain(`--${multipart.boundary}\r\n`);
	});

	test('a stream of unknown size gets no Content-Length (sent chunked) but a correct body', async () => {
		const multipart = buildMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: () => streamOf(pdf) }]);
		expect(multipart.headers['Content-Length']).toBeUndefined();
		expect(multipart.length).toBeUndefined();
		const body = await drain(await multipart.body());
		expect(parseMultipart(body, multipart.headers['Content-Type'])[0].data.equals(pdf)).toBe(true);
	});

	test('a 5 MB stream arrives whole, its length announced exactly', async () => {
		const big = Buffer.alloc(5 * 1024 * 1024, 0x61);
		const multipart = buildMultipart([
			{ name: 'File', fileName: 'big.pdf', contentType: 'application/pdf', size: big.length, source: () => Readable.from([big]) },
		]);
		const body = await drain(await multipart.body());
		expect(body.length).toBe(multipart.length);
		expect(parseMultipart(body, multipart.headers['Content-Type'])[0].data.equals(big)).toBe(true);
	});
});
