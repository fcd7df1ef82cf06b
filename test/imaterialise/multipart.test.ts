// nodes/shared/multipart.ts, the package's one multipart encoder (written with the i.materialise
// node, generic): exact length, the same bytes for every attempt, and byte for byte what the
// form-data package (the encoder it replaces) writes for the same parts and boundary.
import crypto from 'crypto';
import FormData from 'form-data';
import { PassThrough } from 'stream';

import type { MultipartPart } from '../../nodes/shared/multipart';
import { buildMultipart, encodeMultipart } from '../../nodes/shared/multipart';
import { parseMultipart } from '../../sandbox/imaterialise/multipart';

/** Read a form-data form the way an HTTP client does: by piping it to the end. */
async function drain(form: FormData): Promise<Buffer> {
	const sink = new PassThrough();
	form.pipe(sink);
	const chunks: Buffer[] = [];
	for await (const chunk of sink) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks);
}

/** The same parts written by form-data with the given boundary. */
function formDataOf(parts: readonly MultipartPart[], boundary: string): FormData {
	const form = new FormData();
	form.setBoundary(boundary);
	for (const part of parts) {
		if ('source' in part) form.append(part.name, part.source, { filename: part.fileName, contentType: part.contentType });
		else form.append(part.name, part.value);
	}
	return form;
}

describe('shared multipart helper', () => {
	afterEach(() => jest.restoreAllMocks());

	const pdf = Buffer.from('%PDF-1.4\r\n--\r\nbinary \u0000\u00ff', 'latin1');

	test('announces the exact Content-Length and the boundary of a body mixing fields and files', async () => {
		const multipart = buildMultipart([
			{ name: 'FileUrl', value: 'https://example.com/ä.pdf' },
			{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: pdf },
			{ name: 'Other', fileName: 'b.pdf', contentType: 'application/pdf', source: pdf },
		]);
		const body = await multipart.body();
		expect(multipart.boundary).toMatch(/^-{26}[0-9a-f]{24}$/);
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
	});

	test('writes exactly the parts, headers and delimiters of RFC 7578', () => {
		const body = encodeMultipart(
			[
				{ name: 'FileUrl', value: 'x' },
				{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: Buffer.from('%PDF') },
			],
			'XyZ',
		);
		expect(body.toString('latin1')).toBe(
			'--XyZ\r\nContent-Disposition: form-data; name="FileUrl"\r\n\r\nx\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="File"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n' +
				'--XyZ--\r\n',
		);
	});

	test('every call gives the same boundary and bytes, so a retried request sends the same body', async () => {
		const multipart = buildMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: pdf }]);
		const first = await multipart.body();
		const second = await multipart.body();
		expect(second.equals(first)).toBe(true);
		expect(first.toString('latin1')).toContain(`--${multipart.boundary}\r\n`);
		expect(first.toString('latin1').endsWith(`--${multipart.boundary}--\r\n`)).toBe(true);
	});

	test('writes byte for byte what form-data writes for the same parts and boundary', async () => {
		const parts: MultipartPart[] = [
			{ name: 'FileUrl', value: 'https://example.com/Rechnung März €.pdf' },
			{ name: 'Notiz', value: '' },
			{ name: 'File', fileName: 'we "quote".pdf', contentType: 'application/pdf', source: pdf },
			{ name: 'Fi"le\r\nX-Injected: 1', fileName: 'line\r\nbreak ä.docx', contentType: 'application/octet-stream', source: Buffer.alloc(0) },
			{ name: 'Nested', fileName: 'folder/sub/INVOICE.XLSX', contentType: 'application/octet-stream', source: Buffer.from('PK\u0003\u0004', 'latin1') },
		];
		const multipart = buildMultipart(parts);
		const ours = await multipart.body();
		const form = formDataOf(parts, multipart.boundary);
		// form-data's own length and headers, taken before the form is read (reading empties it).
		expect(multipart.length).toBe(form.getLengthSync());
		expect(multipart.headers['Content-Type']).toBe(form.getHeaders()['content-type']);
		const theirs = await drain(form);
		expect(ours.toString('latin1')).toBe(theirs.toString('latin1'));
		expect(ours.equals(theirs)).toBe(true);

		const text = ours.toString('utf8');
		expect(text).toContain('Content-Disposition: form-data; name="File"; filename="we %22quote%22.pdf"\r\n');
		expect(text).toContain('Content-Disposition: form-data; name="Fi%22le%0D%0AX-Injected: 1"; filename="line%0D%0Abreak ä.docx"\r\n');
		expect(text).toContain('Content-Disposition: form-data; name="Nested"; filename="INVOICE.XLSX"\r\n');
		expect(text).toContain('\r\n\r\nhttps://example.com/Rechnung März €.pdf\r\n');
		expect(parseMultipart(ours, multipart.headers['Content-Type']).map((p) => p.name)).toEqual([
			'FileUrl',
			'Notiz',
			'File',
			'Fi%22le%0D%0AX-Injected: 1',
			'Nested',
		]);
	});

	test('a boundary that occurs in a part is never used: a fresh one is drawn', async () => {
		const taken = Buffer.alloc(12, 0xab);
		const free = Buffer.alloc(12, 0xcd);
		const draws = jest.spyOn(crypto, 'randomBytes').mockReturnValueOnce(taken as never).mockReturnValueOnce(free as never);
		const inside = Buffer.from(`\r\n--${'-'.repeat(26)}${taken.toString('hex')}\r\n`, 'latin1');
		const multipart = buildMultipart([{ name: 'File', fileName: 'a.pdf', contentType: 'application/pdf', source: inside }]);
		expect(draws).toHaveBeenCalledTimes(2);
		expect(multipart.boundary).toBe(`${'-'.repeat(26)}${free.toString('hex')}`);
		const [part] = parseMultipart(await multipart.body(), multipart.headers['Content-Type']);
		expect(part.data.equals(inside)).toBe(true);
	});

	test('a file without a content type is sent as application/octet-stream', async () => {
		const multipart = buildMultipart([{ name: 'File', fileName: 'a.bin', contentType: '', source: pdf }]);
		const [part] = parseMultipart(await multipart.body(), multipart.headers['Content-Type']);
		expect(part).toMatchObject({ name: 'File', fileName: 'a.bin', contentType: 'application/octet-stream' });
	});

	test('a 10 MB file arrives whole, its length announced exactly', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024, 0x61);
		const multipart = buildMultipart([{ name: 'File', fileName: 'big.pdf', contentType: 'application/pdf', source: big }]);
		const body = await multipart.body();
		expect(body.length).toBe(multipart.length);
		expect(multipart.headers['Content-Length']).toBe(String(body.length));
		expect(parseMultipart(body, multipart.headers['Content-Type'])[0].data.equals(big)).toBe(true);
	});
});
