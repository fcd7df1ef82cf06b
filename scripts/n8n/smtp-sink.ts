// A minimal SMTP server on loopback that keeps every message it is sent: the e2e points n8n's
// Send Email node (nodemailer) at it and checks what arrived; `npm start` points the examples at it
// and saves each message as an .eml file the user can open. It speaks enough SMTP for nodemailer
// (EHLO with 8BITMIME, SIZE and AUTH PLAIN LOGIN, no STARTTLS; any credentials are accepted) and
// parses the MIME message: headers, nested multiparts, base64 and quoted-printable parts,
// RFC 2047 encoded-words and RFC 2231 parameters.
import { mkdirSync, writeFileSync } from 'fs';
import { createServer, type Server, type Socket } from 'net';
import { join } from 'path';

export interface ReceivedAttachment {
	/** Decoded file name (Content-Disposition filename, else Content-Type name). */
	filename?: string;
	/** MIME type without parameters, lower case, e.g. `application/pdf`. */
	contentType: string;
	/** The decoded bytes. */
	content: Buffer;
}

export interface ReceivedMail {
	/** Envelope sender (MAIL FROM), without the angle brackets. */
	from: string;
	/** Envelope recipients (RCPT TO), in order; Bcc recipients are here too. */
	to: string[];
	/** Decoded Subject header ('' when there is none). */
	subject: string;
	/** The first text/plain part that is not an attachment, decoded to a string. */
	text?: string;
	/** The first text/html part that is not an attachment, decoded to a string. */
	html?: string;
	/** The message exactly as it came in DATA, dot-unstuffed, without the final `.` line. */
	raw: Buffer;
	attachments: ReceivedAttachment[];
	/** Top-level headers, names in lower case, unfolded, encoded-words decoded (first of repeats). */
	headers: Record<string, string>;
	/** The user name the client authenticated with, if it did. */
	user?: string;
	/** Where the message was saved, with the `saveDir` option. */
	file?: string;
}

export interface SmtpSink {
	port: number;
	/** Every message received so far, in order of arrival. */
	messages: ReceivedMail[];
	/** Resolves with the first `count` messages once that many arrived; rejects after `timeoutMs`. */
	waitFor(count: number, timeoutMs: number): Promise<ReceivedMail[]>;
	/** Stops listening and drops open connections. */
	close(): Promise<void>;
}

export interface SmtpSinkOptions {
	/** 0 (default): any free port; read it back from `port`. */
	port?: number;
	/** Write each message there as `<n>-<subject>.eml` (the folder is created). */
	saveDir?: string;
	/** Called with each message once it is stored. */
	onMessage?: (mail: ReceivedMail) => void;
}

const HOST = '127.0.0.1';
const NAME = 'smtp-sink';
/** Largest message accepted (advertised as SIZE). */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;
/** A command line longer than this without a line end closes the connection. */
const MAX_COMMAND_BYTES = 64 * 1024;

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
	const messages: ReceivedMail[] = [];
	const waiters = new Set<() => void>();
	const sockets = new Set<Socket>();
	if (options.saveDir) mkdirSync(options.saveDir, { recursive: true });

	const store = (mail: ReceivedMail) => {
		messages.push(mail);
		if (options.saveDir) {
			mail.file = join(options.saveDir, `${messages.length}-${safeFileName(mail.subject)}.eml`);
			writeFileSync(mail.file, mail.raw);
		}
		options.onMessage?.(mail);
		for (const wake of [...waiters]) wake();
	};

	const server: Server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		new SmtpSession(socket, store);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, HOST, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('smtp-sink: no TCP address');

	return {
		port: address.port,
		messages,
		waitFor(count, timeoutMs) {
			return new Promise((resolve, reject) => {
				const check = () => {
					if (messages.length < count) return;
					clearTimeout(timer);
					waiters.delete(check);
					resolve(messages.slice(0, count));
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					const subjects = messages.map((mail) => JSON.stringify(mail.subject)).join(', ');
					reject(new Error(`smtp-sink: ${messages.length} of ${count} message(s) arrived within ${timeoutMs} ms` + (subjects ? ` (${subjects})` : '')));
				}, timeoutMs);
				waiters.add(check);
				check();
			});
		},
		close() {
			return new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				for (const socket of sockets) socket.destroy();
			});
		},
	};
}

/** A subject made safe for a file name: letters, digits, `.`, `_`, `-`; at most 60 characters. */
function safeFileName(subject: string): string {
	const safe = subject
		.replace(/[^\p{L}\p{N}._-]+/gu, '-')
		.replace(/^[-.]+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return safe || 'no-subject';
}

// ---------------------------------------------------------------------------------------------
// The SMTP dialogue

type Mode = 'command' | 'data' | 'authPlain' | 'authLoginUser' | 'authLoginPass' | 'closed';

class SmtpSession {
	/** Received bytes not yet consumed, as latin1 so every byte stays one character. */
	private buffer = '';
	private mode: Mode = 'command';
	private from: string | undefined;
	private to: string[] = [];
	private data: string[] = [];
	private dataBytes = 0;
	private user: string | undefined;
	private pendingUser: string | undefined;

	constructor(
		private readonly socket: Socket,
		private readonly store: (mail: ReceivedMail) => void,
	) {
		socket.on('data', (chunk: Buffer) => this.receive(chunk));
		socket.on('error', () => socket.destroy());
		this.reply(`220 ${NAME} ESMTP ready`);
	}

	private reply(text: string): void {
		if (!this.socket.destroyed && this.socket.writable) this.socket.write(`${text}\r\n`);
	}

	private receive(chunk: Buffer): void {
		this.buffer += chunk.toString('latin1');
		let start = 0;
		while (this.mode !== 'closed') {
			const end = this.buffer.indexOf('\n', start);
			if (end < 0) break;
			// DATA lines end in CRLF (a bare LF there is content); command lines may end in a bare LF.
			if (this.mode === 'data' && this.buffer[end - 1] !== '\r') {
				const crlf = this.buffer.indexOf('\r\n', end);
				if (crlf < 0) break;
				this.dataLine(this.buffer.slice(start, crlf));
				start = crlf + 2;
				continue;
			}
			const line = this.buffer.slice(start, this.buffer[end - 1] === '\r' ? end - 1 : end);
			start = end + 1;
			if (this.mode === 'data') this.dataLine(line);
			else this.line(line);
		}
		this.buffer = this.buffer.slice(start);
		if (this.mode !== 'data' && this.mode !== 'closed' && this.buffer.length > MAX_COMMAND_BYTES) {
			this.reply('500 Line too long');
			this.close();
		}
	}

	private close(): void {
		this.mode = 'closed';
		this.buffer = '';
		this.socket.end();
	}

	private resetTransaction(): void {
		this.from = undefined;
		this.to = [];
		this.data = [];
		this.dataBytes = 0;
	}

	private line(latin1: string): void {
		const line = Buffer.from(latin1, 'latin1').toString('utf8');
		switch (this.mode) {
			case 'authPlain':
				return this.authPlain(line);
			case 'authLoginUser':
				return this.authLoginUser(line);
			case 'authLoginPass':
				return this.authLoginPass(line);
			default:
				return this.command(line);
		}
	}

	private command(line: string): void {
		const match = /^(\S*)\s*(.*)$/.exec(line.trim())!;
		const verb = match[1].toUpperCase();
		const argument = match[2];
		switch (verb) {
			case 'EHLO':
				this.resetTransaction();
				return this.reply(
					[`250-${NAME} greets ${argument || 'you'}`, '250-8BITMIME', '250-PIPELINING', `250-SIZE ${MAX_MESSAGE_BYTES}`, '250 AUTH PLAIN LOGIN'].join('\r\n'),
				);
			case 'HELO':
				this.resetTransaction();
				return this.reply(`250 ${NAME}`);
			case 'MAIL': {
				const parsed = /^FROM:\s*<([^>]*)>(.*)$/i.exec(argument) ?? /^FROM:\s*(\S+)(.*)$/i.exec(argument);
				if (!parsed) return this.reply('501 Syntax: MAIL FROM:<address>');
				if (this.from !== undefined) return this.reply('503 Sender already given');
				const size = /\bSIZE=(\d+)/i.exec(parsed[2]);
				if (size && Number(size[1]) > MAX_MESSAGE_BYTES) return this.reply('552 Message size exceeds fixed limit');
				this.from = parsed[1];
				return this.reply('250 OK');
			}
			case 'RCPT': {
				const parsed = /^TO:\s*<([^>]*)>/i.exec(argument) ?? /^TO:\s*(\S+)/i.exec(argument);
				if (!parsed || !parsed[1]) return this.reply('501 Syntax: RCPT TO:<address>');
				if (this.from === undefined) return this.reply('503 Need MAIL before RCPT');
				this.to.push(parsed[1]);
				return this.reply('250 OK');
			}
			case 'DATA':
				if (this.from === undefined) return this.reply('503 Need MAIL before DATA');
				if (this.to.length === 0) return this.reply('554 No valid recipients');
				this.mode = 'data';
				this.data = [];
				this.dataBytes = 0;
				return this.reply('354 End data with <CR><LF>.<CR><LF>');
			case 'RSET':
				this.resetTransaction();
				return this.reply('250 OK');
			case 'NOOP':
				return this.reply('250 OK');
			case 'QUIT':
				this.reply(`221 ${NAME} closing connection`);
				return this.close();
			case 'AUTH':
				return this.auth(argument);
			default:
				return this.reply('502 Command not implemented');
		}
	}

	private auth(argument: string): void {
		if (this.user !== undefined) return this.reply('503 Already authenticated');
		const [mechanism = '', initial] = argument.split(/\s+/);
		switch (mechanism.toUpperCase()) {
			case 'PLAIN':
				if (initial === undefined) {
					this.mode = 'authPlain';
					return this.reply('334 ');
				}
				return this.authPlain(initial);
			case 'LOGIN':
				if (initial === undefined) {
					this.mode = 'authLoginUser';
					return this.reply(`334 ${base64('Username:')}`);
				}
				return this.authLoginUser(initial);
			default:
				return this.reply('504 Unrecognized authentication type');
		}
	}

	private authPlain(response: string): void {
		this.mode = 'command';
		if (response.trim() === '*') return this.reply('501 Authentication cancelled');
		// authzid NUL authcid NUL password; '=' is an empty initial response.
		const fields = (response.trim() === '=' ? '' : unbase64(response)).split('\0');
		if (fields.length !== 3) return this.reply('501 Malformed AUTH PLAIN response');
		this.user = fields[1];
		return this.reply('235 Authentication successful');
	}

	private authLoginUser(response: string): void {
		if (response.trim() === '*') {
			this.mode = 'command';
			return this.reply('501 Authentication cancelled');
		}
		this.pendingUser = unbase64(response);
		this.mode = 'authLoginPass';
		return this.reply(`334 ${base64('Password:')}`);
	}

	private authLoginPass(response: string): void {
		this.mode = 'command';
		if (response.trim() === '*') return this.reply('501 Authentication cancelled');
		this.user = this.pendingUser;
		return this.reply('235 Authentication successful');
	}

	private dataLine(line: string): void {
		if (line === '.') return this.endData();
		const content = line.startsWith('.') ? line.slice(1) : line;
		this.dataBytes += content.length + 2;
		if (this.dataBytes <= MAX_MESSAGE_BYTES) this.data.push(content, '\r\n');
	}

	private endData(): void {
		this.mode = 'command';
		const from = this.from!;
		const to = this.to;
		const tooLarge = this.dataBytes > MAX_MESSAGE_BYTES;
		const raw = Buffer.from(this.data.join(''), 'latin1');
		this.resetTransaction();
		if (tooLarge) return this.reply('552 Message size exceeds fixed limit');
		let mail: ReceivedMail;
		try {
			mail = { from, to, user: this.user, ...parseMessage(raw) };
		} catch (error) {
			return this.reply(`554 smtp-sink could not parse the message: ${(error as Error).message}`.replace(/[\r\n]+/g, ' '));
		}
		this.store(mail);
		return this.reply('250 OK message accepted');
	}
}

function base64(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64');
}

function unbase64(text: string): string {
	return Buffer.from(text.trim(), 'base64').toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// The message (RFC 5322 + MIME)

interface Part {
	headers: Map<string, string[]>;
	/** Body bytes as latin1 (one character a byte), still transfer-encoded. */
	body: string;
}

type ParsedMessage = Pick<ReceivedMail, 'subject' | 'text' | 'html' | 'raw' | 'attachments' | 'headers'>;

/** Parses a message as sent in DATA. */
export function parseMessage(raw: Buffer): ParsedMessage {
	const root = splitPart(raw.toString('latin1'));
	const headers: Record<string, string> = {};
	for (const [name, values] of root.headers) headers[name] = decodeWords(values[0]);
	const parsed: ParsedMessage = { subject: headers.subject ?? '', raw, attachments: [], headers };
	walk(root, parsed, 0);
	return parsed;
}

function walk(part: Part, into: ParsedMessage, depth: number): void {
	if (depth > 20) throw new Error('multiparts nested more than 20 deep');
	const type = parseParameters(header(part, 'content-type') ?? 'text/plain');
	const mimeType = type.value.toLowerCase() || 'text/plain';
	if (mimeType.startsWith('multipart/')) {
		const boundary = type.params.boundary;
		if (!boundary) throw new Error(`${mimeType} without a boundary`);
		for (const child of splitMultipart(part.body, boundary)) walk(splitPart(child), into, depth + 1);
		return;
	}
	const disposition = parseParameters(header(part, 'content-disposition') ?? '');
	const filename = disposition.params.filename ?? type.params.name;
	const content = decodeTransfer(part.body, header(part, 'content-transfer-encoding'));
	const isBodyText = (mimeType === 'text/plain' || mimeType === 'text/html') && disposition.value.toLowerCase() !== 'attachment' && filename === undefined;
	if (isBodyText) {
		const text = decodeCharset(content, type.params.charset);
		if (mimeType === 'text/plain') into.text ??= text;
		else into.html ??= text;
		return;
	}
	// An attachment: Content-Disposition attachment or a file name; any other non-text leaf too
	// (an inline image, a second text part with a name), so nothing that was sent goes missing.
	into.attachments.push({ filename, contentType: mimeType, content });
}

function header(part: Part, name: string): string | undefined {
	return part.headers.get(name)?.[0];
}

/** Splits a part (latin1) into unfolded headers and the body. */
function splitPart(text: string): Part {
	const blank = /\r?\n\r?\n/.exec(text);
	let head: string;
	let body: string;
	if (/^\r?\n/.test(text)) {
		head = '';
		body = text.replace(/^\r?\n/, '');
	} else if (blank) {
		head = text.slice(0, blank.index);
		body = text.slice(blank.index + blank[0].length);
	} else {
		head = text;
		body = '';
	}
	const headers = new Map<string, string[]>();
	// Unfolding (RFC 5322 2.2.3): a line break followed by white space is removed.
	for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		// Raw 8-bit header bytes are taken as UTF-8; encoded-words are decoded where they are used.
		const value = Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
		headers.set(name, [...(headers.get(name) ?? []), value]);
	}
	return { headers, body };
}

/** The body parts of a multipart body (latin1), without preamble and epilogue. */
function splitMultipart(body: string, boundary: string): string[] {
	const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const delimiter = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(?:\\r?\\n|$)`, 'g');
	const parts: string[] = [];
	let start = -1;
	for (let match = delimiter.exec(body); match; match = delimiter.exec(body)) {
		if (start >= 0) parts.push(body.slice(start, match.index));
		if (match[1]) return parts;
		start = match.index + match[0].length;
	}
	if (start < 0) throw new Error(`no "--${boundary}" delimiter in the multipart body`);
	// No closing delimiter: take what came as the last part.
	parts.push(body.slice(start));
	return parts;
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
	switch ((encoding ?? '7bit').trim().toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
		case 'quoted-printable':
			return decodeQuotedPrintable(body);
		default:
			return Buffer.from(body, 'latin1');
	}
}

function decodeQuotedPrintable(body: string): Buffer {
	return decodeHexEscapes(
		body
			.replace(/[ \t]+(?=\r?\n|$)/g, '') // white space a transport may have added at line ends
			.replace(/=\r?\n/g, ''), // soft line breaks
	);
}

/** `=XX` to the byte XX; every other character (latin1) to its own byte. */
function decodeHexEscapes(text: string): Buffer {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
		if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(text.charCodeAt(i) & 0xff);
		}
	}
	return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string | undefined): string {
	const label = (charset ?? 'utf-8').trim().toLowerCase();
	try {
		return new TextDecoder(label).decode(bytes);
	} catch {
		// An unknown label: the bytes are most likely ASCII or UTF-8.
		return bytes.toString('utf8');
	}
}

/** Decodes RFC 2047 encoded-words (`=?utf-8?B?...?=`, `=?utf-8?Q?...?=`) in a header value. */
export function decodeWords(value: string): string {
	const word = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
	let out = '';
	let last = 0;
	let pending: { charset: string; chunks: Buffer[] } | undefined;
	const flush = () => {
		if (pending) out += decodeCharset(Buffer.concat(pending.chunks), pending.charset);
		pending = undefined;
	};
	for (const match of value.matchAll(word)) {
		const between = value.slice(last, match.index);
		// White space between two encoded-words is not part of the text.
		if (!(pending && /^\s*$/.test(between))) {
			flush();
			out += between;
		}
		const charset = match[1].split('*')[0].toLowerCase();
		const bytes = match[2].toUpperCase() === 'B' ? Buffer.from(match[3], 'base64') : decodeHexEscapes(match[3].replace(/_/g, ' '));
		// Adjacent words of one charset are joined as bytes: a character may be split between them.
		if (pending && pending.charset !== charset) flush();
		if (pending) pending.chunks.push(bytes);
		else pending = { charset, chunks: [bytes] };
		last = match.index! + match[0].length;
	}
	flush();
	return out + value.slice(last);
}

/**
 * Splits `type/subtype; a=b; c="d; e"` into the value and its parameters (names in lower case),
 * joining RFC 2231 continuations (`name*0*=utf-8''...; name*1*=...`) and decoding RFC 2231
 * charsets and RFC 2047 encoded-words in the values.
 */
export function parseParameters(text: string): { value: string; params: Record<string, string> } {
	const pieces: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted && char === '\\' && i + 1 < text.length) {
			current += char + text[++i];
			continue;
		}
		if (char === '"') quoted = !quoted;
		if (char === ';' && !quoted) {
			pieces.push(current);
			current = '';
		} else {
			current += char;
		}
	}
	pieces.push(current);

	const plain: Record<string, string> = {};
	const extended: Record<string, Array<{ index: number; encoded: boolean; value: string }>> = {};
	for (const piece of pieces.slice(1)) {
		const equals = piece.indexOf('=');
		if (equals <= 0) continue;
		const name = piece.slice(0, equals).trim().toLowerCase();
		let value = piece.slice(equals + 1).trim();
		if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
		const star = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(name);
		if (star && (star[2] !== undefined || star[3])) {
			(extended[star[1]] ??= []).push({ index: Number(star[2] ?? 0), encoded: Boolean(star[3]), value });
		} else {
			plain[name] = value;
		}
	}

	const params: Record<string, string> = {};
	for (const [name, value] of Object.entries(plain)) params[name] = decodeWords(value);
	for (const [name, sections] of Object.entries(extended)) {
		sections.sort((a, b) => a.index - b.index);
		let charset = 'utf-8';
		const chunks: Buffer[] = [];
		sections.forEach((section, position) => {
			let value = section.value;
			if (section.encoded && position === 0) {
				const prefix = /^([^']*)'[^']*'/.exec(value);
				if (prefix) {
					charset = prefix[1] || charset;
					value = value.slice(prefix[0].length);
				}
			}
			chunks.push(section.encoded ? percentDecode(value) : Buffer.from(value, 'utf8'));
		});
		// The extended form wins over a plain one of the same name (RFC 2231 section 4).
		params[name] = decodeCharset(Buffer.concat(chunks), charset);
	}
	return { value: pieces[0].trim(), params };
}

function percentDecode(text: string): Buffer {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const hex = text[i] === '%' ? text.slice(i + 1, i + 3) : '';
		if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(text[i], 'utf8'));
		}
	}
	return Buffer.from(bytes);
}
