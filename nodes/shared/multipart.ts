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

/** Encode the parts, in order, into one multipart/form-data body. */
export function encodeMultipart(parts: readonly MultipartPart[], boundary: string): Buffer {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		chunks.push(Buffer.from(partHeader(boundary, part), 'utf8'));
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
