import { randomBytes } from 'crypto';

/**
 * The package's one multipart/form-data encoder (RFC 7578), written here rather than taken from a
 * library: n8n Cloud admits no runtime dependency, and the form-data package pulls in fs, http and
 * stream. Every part is already in memory, so the whole body is one Buffer whose length is known
 * exactly and which a retried request sends again unchanged.
 *
 * The bytes are those form-data and browsers write (one test compares them with form-data's):
 *
 *     --<boundary>\r\n
 *     Content-Disposition: form-data; name="<name>"; filename="<file name>"\r\n
 *     Content-Type: <type>\r\n
 *     \r\n
 *     <bytes>\r\n
 *     …
 *     --<boundary>--\r\n
 *
 * A text field has neither filename nor Content-Type. In names and file names `"`, CR and LF are
 * written %22, %0D and %0A (the WHATWG encoding), so no value can end its header line early.
 *
 * The headers are set here rather than left to n8n: a Buffer body carries no Content-Type of its own.
 *
 * A file in n8n's binary store (filesystem or S3 mode) need not be held in memory at all:
 * {@link buildStreamedMultipart} writes the same bytes as a stream, the file read from the store
 * in chunks for each attempt (see there).
 */

/** A plain text field, sent as UTF-8. */
export interface MultipartField {
	name: string;
	value: string;
}

/** A file part. */
export interface MultipartFile {
	name: string;
	/** Sent as its last path segment, as form-data sent it: `a/b.pdf` goes as `b.pdf`. */
	fileName: string;
	/** Empty means application/octet-stream. */
	contentType: string;
	source: Buffer;
}

export type MultipartPart = MultipartField | MultipartFile;

export interface MultipartBody {
	/** Content-Type (with the boundary) and the exact Content-Length. */
	headers: Record<string, string>;
	/** The body for one attempt; pass as `body` to `sendRequest`. Every call gives the same bytes. */
	body: () => Promise<Buffer>;
	/** The boundary between the parts. */
	boundary: string;
	/** Total body length in bytes. */
	length: number;
}

const CRLF = '\r\n';

function isFile(part: MultipartPart): part is MultipartFile {
	return 'source' in part;
}

/** `"`, CR and LF written as form-data and browsers write them, so a value stays in its quotes. */
export function escapeHeaderParam(value: string): string {
	return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/** The last segment of a `/`-separated name (form-data sends `path.basename` of a file name). */
function baseName(fileName: string): string {
	const trimmed = fileName.replace(/\/+$/, '');
	return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A boundary of the shape form-data and Firefox use: 26 dashes and 24 random hex digits. */
function newBoundary(): string {
	return `${'-'.repeat(26)}${randomBytes(12).toString('hex')}`;
}

function partHeader(boundary: string, part: MultipartPart): string {
	let disposition = `Content-Disposition: form-data; name="${escapeHeaderParam(part.name)}"`;
	let type = '';
	if (isFile(part)) {
		const fileName = baseName(part.fileName);
		if (fileName) disposition += `; filename="${escapeHeaderParam(fileName)}"`;
		type = `Content-Type: ${part.contentType || 'application/octet-stream'}${CRLF}`;
	}
	return `--${boundary}${CRLF}${disposition}${CRLF}${type}${CRLF}`;
}

function partHeaderBytes(boundary: string, part: MultipartPart | MultipartFileStream): Buffer {
	return Buffer.from(partHeader(boundary, 'open' in part ? { ...part, source: Buffer.alloc(0) } : part), 'utf8');
}

/** Encode the parts, in order, into one multipart/form-data body. */
export function encodeMultipart(parts: readonly MultipartPart[], boundary: string): Buffer {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		chunks.push(partHeaderBytes(boundary, part));
		chunks.push(isFile(part) ? part.source : Buffer.from(part.value, 'utf8'));
		chunks.push(Buffer.from(CRLF, 'latin1'));
	}
	chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'latin1'));
	return Buffer.concat(chunks);
}

/** Whether `--<boundary>` occurs in any part's contents, where a reader would take it for a delimiter. */
function occursIn(parts: readonly MultipartPart[], boundary: string): boolean {
	const dashed = `--${boundary}`;
	return parts.some((part) => (isFile(part) ? part.source.includes(dashed, 0, 'latin1') : part.value.includes(dashed)));
}

/**
 * Describe a multipart/form-data body made of the given parts, in order. The boundary is random
 * and, since every part is at hand, checked not to occur in any of them.
 */
export function buildMultipart(parts: readonly MultipartPart[]): MultipartBody {
	let boundary = newBoundary();
	while (occursIn(parts, boundary)) boundary = newBoundary();
	const bytes = encodeMultipart(parts, boundary);
	return {
		headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(bytes.length) },
		body: async () => bytes,
		boundary,
		length: bytes.length,
	};
}

/**
 * A chunked byte source: what n8n's `getBinaryStream` gives (a Node Readable). Typed by what is
 * used of it, since community nodes may not import Node's `stream` module.
 */
export interface ByteStream extends NodeJS.ReadableStream {
	destroy(error?: Error): unknown;
}

/** A file part whose bytes are read from a stream, opened anew from the start for every read. */
export interface MultipartFileStream {
	name: string;
	/** As for {@link MultipartFile}. */
	fileName: string;
	/** Empty means application/octet-stream. */
	contentType: string;
	/** A fresh stream of the file's bytes, from the first (e.g. n8n's `getBinaryStream`). */
	open: () => Promise<ByteStream>;
	/**
	 * The file's size in bytes when known without reading it (n8n's binary metadata). Unknown, the
	 * file is read once before sending to count its bytes.
	 */
	size?: number;
}

export type StreamedMultipartPart = MultipartField | MultipartFileStream;

/** A multipart body sent as a stream; `body` makes a fresh one for every attempt. */
export interface StreamedMultipartBody {
	/** Content-Type (with the boundary) and the exact Content-Length. */
	headers: Record<string, string>;
	/**
	 * The body for one attempt; pass as `body` to `sendRequest`, which calls it per attempt. Every
	 * call gives the same bytes; the file is opened only when the stream is first read.
	 */
	body: () => Promise<ByteStream | Buffer>;
	boundary: string;
	/** Total body length in bytes. */
	length: number;
	/** The byte count of each part's contents, in the order of the parts. */
	sizes: number[];
}

/** Node's Readable class (its static `from`), as far as it is used here. */
interface ReadableClass {
	from(source: AsyncIterable<Buffer>, options: { objectMode: boolean }): ByteStream;
}

/**
 * Node's Readable class, found on the prototype chain of a stream n8n handed over: community
 * nodes may not import `stream`, and n8n-workflow offers no way to make one. The stream given by
 * `Readable.from` is of class Readable itself, which n8n's request helper takes as a body.
 */
function readableClassOf(stream: object): ReadableClass | undefined {
	for (let proto = Object.getPrototypeOf(stream) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const constructor = (proto as { constructor?: { name?: string; from?: unknown } }).constructor;
		if (constructor?.name === 'Readable' && typeof constructor.from === 'function') return constructor as unknown as ReadableClass;
	}
	return undefined;
}

function asBuffer(chunk: Uint8Array | string): Buffer {
	if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
	return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Read a stream once to its end: its byte count, and whether `needle` occurs in it. Copies no
 * chunk: a needle across two chunks is looked for in the previous chunk's end and the next one's
 * start (less than the needle's length each).
 */
async function scan(stream: ByteStream, needle: Buffer): Promise<{ size: number; found: boolean }> {
	let size = 0;
	let found = false;
	let tail = Buffer.alloc(0);
	for await (const chunk of stream) {
		const bytes = asBuffer(chunk);
		size += bytes.length;
		if (found) continue;
		found = bytes.includes(needle) || (tail.length > 0 && Buffer.concat([tail, bytes.subarray(0, needle.length - 1)]).includes(needle));
		const keep = needle.length - 1;
		tail = bytes.length >= keep ? Buffer.from(bytes.subarray(bytes.length - keep)) : Buffer.concat([tail, bytes]).subarray(-keep);
	}
	return { size, found };
}

/**
 * Describe a multipart/form-data body whose file parts are streamed, byte for byte what
 * {@link buildMultipart} writes for the same contents, without ever holding a file in memory.
 *
 * Where every file's size is known (n8n's binary metadata), no file is read before sending: each
 * byte read from a store stream lands in a fresh Buffer that only a garbage collection gives back,
 * so a read ahead of the send would double what the process holds while it uploads. The boundary
 * is then not checked against the contents: it is 96 random bits (24 hex digits) drawn after the
 * file exists, so no one can have put it there, and the chance that it occurs by accident in a
 * 10 MB file is below 10^7 / 2^96, about 1 in 10^22. Where a size is unknown, that file is read
 * once first (a chunk at a time), which gives its exact size for Content-Length and checks the
 * boundary as buildMultipart does (a fresh one drawn while it occurs).
 *
 * Each call of `body` opens the files again, only when the stream is first read, and checks that
 * each gives exactly the bytes announced: a file that changed fails the attempt (its stream
 * errors) instead of sending a body that does not match its Content-Length.
 */
export async function buildStreamedMultipart(parts: readonly StreamedMultipartPart[]): Promise<StreamedMultipartBody> {
	let readable: ReadableClass | undefined;
	let boundary = newBoundary();
	let sizes: number[] = [];
	const mustScan = parts.some((part) => 'open' in part && !(Number.isSafeInteger(part.size) && part.size! >= 0));
	for (let clean = false; !clean; ) {
		const needle = Buffer.from(`--${boundary}`, 'latin1');
		clean = true;
		sizes = [];
		for (const part of parts) {
			if (!('open' in part)) {
				sizes.push(Buffer.byteLength(part.value, 'utf8'));
				if (part.value.includes(`--${boundary}`)) clean = false;
				continue;
			}
			const stream = await part.open();
			readable ??= readableClassOf(stream);
			if (!mustScan) {
				// Opened only to learn the stream class; nothing is read.
				stream.destroy();
				sizes.push(part.size!);
				continue;
			}
			const { size, found } = await scan(stream, needle);
			sizes.push(size);
			if (found) clean = false;
		}
		if (!clean) boundary = newBoundary();
	}

	const trailer = Buffer.from(`--${boundary}--${CRLF}`, 'latin1');
	const headers = parts.map((part) => partHeaderBytes(boundary, part));
	const length = parts.reduce((sum, _part, i) => sum + headers[i].length + sizes[i] + CRLF.length, trailer.length);

	async function* bytes(): AsyncGenerator<Buffer> {
		for (const [i, part] of parts.entries()) {
			yield headers[i];
			if ('open' in part) {
				let sent = 0;
				const stream = await part.open();
				for await (const chunk of stream) {
					const piece = asBuffer(chunk);
					sent += piece.length;
					if (sent > sizes[i]) break;
					yield piece;
				}
				if (sent !== sizes[i]) {
					throw new Error(`The file "${part.fileName}" changed while it was being sent (${sent} bytes where ${sizes[i]} were counted)`);
				}
			} else {
				yield Buffer.from(part.value, 'utf8');
			}
			yield Buffer.from(CRLF, 'latin1');
		}
		yield trailer;
	}

	return {
		headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(length) },
		body: async () => {
			if (readable) return readable.from(bytes(), { objectMode: false });
			// No Node stream was handed over (no file part, or a source of another kind): the body
			// in one Buffer, which is what a stream of it would carry.
			const chunks: Buffer[] = [];
			for await (const chunk of bytes()) chunks.push(chunk);
			return Buffer.concat(chunks);
		},
		boundary,
		length,
		sizes,
	};
}
