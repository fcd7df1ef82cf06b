import FormData from 'form-data';
import type { Readable } from 'stream';

/**
 * The package's one multipart/form-data builder (form-data package).
 *
 * It returns what `sendRequest` needs: the request headers (Content-Type with the boundary, and
 * Content-Length when every part's size is known) and a body factory that builds the form anew
 * for each attempt, so a retried request re-opens a streamed file instead of sending a spent
 * stream. The boundary is fixed once, so the headers stay true for every rebuilt body.
 *
 * The headers are set here rather than left to n8n: n8n-core recognises a form only by
 * `instanceof` against its own copy of form-data, which is not this package's copy.
 */

/** A plain text field. */
export interface MultipartField {
	name: string;
	value: string;
}

/** Where a file part's bytes come from: a Buffer, or a function giving a fresh stream (or Buffer) per attempt. */
export type MultipartFileSource = Buffer | (() => Readable | Buffer | Promise<Readable | Buffer>);

/** A file part. */
export interface MultipartFile {
	name: string;
	fileName: string;
	contentType: string;
	source: MultipartFileSource;
	/**
	 * Size in bytes. Required to announce Content-Length when the source is a stream; for a
	 * Buffer source it is taken from the Buffer. Without it the body is sent chunked.
	 */
	size?: number;
}

export type MultipartPart = MultipartField | MultipartFile;

export interface MultipartBody {
	/** Content-Type (with boundary) and, when known, Content-Length. */
	headers: Record<string, string>;
	/** Builds the form for one attempt; pass as `body` to `sendRequest`. */
	body: () => Promise<Readable>;
	/** The boundary used by every build. */
	boundary: string;
	/** Total body length in bytes, when every part's size is known. */
	length?: number;
}

function isFile(part: MultipartPart): part is MultipartFile {
	return 'source' in part;
}

function newForm(boundary?: string): FormData {
	// maxDataSize: defensive; combined-stream errors when more than 2 MB of a part is buffered before
	// its turn (a source that ignores pause()). Streams that honour pause() never reach it.
	const form = new FormData({ maxDataSize: Infinity } as ConstructorParameters<typeof FormData>[0]);
	if (boundary) form.setBoundary(boundary);
	return form;
}

/** The size a part will have, when it can be known without opening its stream. */
function knownSize(part: MultipartFile): number | undefined {
	if (Buffer.isBuffer(part.source)) return part.source.length;
	return part.size !== undefined && Number.isFinite(part.size) && part.size >= 0 ? part.size : undefined;
}

/**
 * Describe a multipart/form-data body made of the given parts, in order.
 *
 * The length is computed by form-data itself on a dry form whose file parts are empty Buffers
 * with `knownLength` set, so the part headers are identical to those of the real body.
 */
export function buildMultipart(parts: readonly MultipartPart[]): MultipartBody {
	const dry = newForm();
	const boundary = dry.getBoundary();
	let allKnown = true;
	for (const part of parts) {
		if (isFile(part)) {
			const size = knownSize(part);
			if (size === undefined) allKnown = false;
			dry.append(part.name, Buffer.alloc(0), {
				filename: part.fileName,
				contentType: part.contentType,
				knownLength: size ?? 0,
			});
		} else {
			dry.append(part.name, part.value);
		}
	}
	const length = allKnown ? dry.getLengthSync() : undefined;
	const headers: Record<string, string> = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };
	if (length !== undefined) headers['Content-Length'] = String(length);

	const body = async (): Promise<Readable> => {
		const form = newForm(boundary);
		for (const part of parts) {
			if (!isFile(part)) {
				form.append(part.name, part.value);
				continue;
			}
			const data = typeof part.source === 'function' ? await part.source() : part.source;
			const size = Buffer.isBuffer(data) ? data.length : knownSize(part);
			form.append(part.name, data, {
				filename: part.fileName,
				contentType: part.contentType,
				...(size !== undefined ? { knownLength: size } : {}),
			});
		}
		// form-data's FormData is a Node stream (combined-stream), which is what `sendRequest` pipes.
		return form as unknown as Readable;
	};

	return { headers, body, boundary, length };
}
