// A strict multipart/form-data reader (RFC 7578 / RFC 2046) for the i.materialise emulator: it
// finds every part by its boundary, reads the part headers, and refuses a body that is not
// well formed (no boundary, missing close delimiter, part without Content-Disposition, …).

export interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	headers: Record<string, string>;
	data: Buffer;
}

export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data; boundary=…` Content-Type, or an error. */
export function boundaryOf(contentType: string | undefined): string {
	if (!contentType) throw new MultipartError('no Content-Type header');
	const [type, ...params] = contentType.split(';');
	if (type.trim().toLowerCase() !== 'multipart/form-data') {
		throw new MultipartError(`Content-Type is ${type.trim()}, not multipart/form-data`);
	}
	for (const param of params) {
		const match = /^\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))\s*$/i.exec(param);
		if (match) {
			const boundary = match[1] ?? match[2];
			if (boundary.length > 70) throw new MultipartError('the boundary is longer than 70 characters');
			return boundary;
		}
	}
	throw new MultipartError('the multipart Content-Type has no boundary');
}

function parseHeaders(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon <= 0) throw new MultipartError(`malformed part header line "${line}"`);
		headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function dispositionParam(disposition: string, name: string): string | undefined {
	const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i').exec(disposition);
	if (!match) return undefined;
	return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartPart[] {
	const boundary = boundaryOf(contentType);
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: MultipartPart[] = [];

	// The first delimiter: at the very start, or after a preamble ending in CRLF.
	let position: number;
	if (body.subarray(0, delimiter.length).equals(delimiter)) position = delimiter.length;
	else {
		const first = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]));
		if (first === -1) throw new MultipartError('the body does not contain the boundary announced in Content-Type');
		position = first + 2 + delimiter.length;
	}

	const next = Buffer.concat([Buffer.from('\r\n'), delimiter]);
	for (;;) {
		// After a delimiter: "--" closes the body, CRLF starts a part (transport padding allowed).
		let cursor = position;
		while (body[cursor] === 0x20 || body[cursor] === 0x09) cursor++;
		if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) return parts;
		if (body[cursor] !== 0x0d || body[cursor + 1] !== 0x0a) {
			throw new MultipartError('a boundary is not followed by a line break or the closing "--"');
		}
		const headerStart = cursor + 2;
		const headerEnd = body.indexOf('\r\n\r\n', headerStart);
		if (headerEnd === -1) throw new MultipartError('a part has no blank line after its headers');
		const headers = parseHeaders(body.subarray(headerStart, headerEnd).toString('utf8'));
		const disposition = headers['content-disposition'];
		if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) {
			throw new MultipartError('a part has no "Content-Disposition: form-data" header');
		}
		const name = dispositionParam(disposition, 'name');
		if (name === undefined) throw new MultipartError('a part has no name in its Content-Disposition');
		const dataStart = headerEnd + 4;
		const dataEnd = body.indexOf(next, dataStart);
		if (dataEnd === -1) throw new MultipartError('the body ends without the closing boundary (truncated?)');
		parts.push({
			name,
			fileName: dispositionParam(disposition, 'filename'),
			contentType: headers['content-type'],
			headers,
			data: body.subarray(dataStart, dataEnd),
		});
		position = dataEnd + next.length;
	}
}
