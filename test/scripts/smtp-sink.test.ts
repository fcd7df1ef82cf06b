// The SMTP sink the e2e and `npm start` point n8n's Send Email node at: driven here by a
// hand-written SMTP client over `net` (the project has no SMTP client library), so every byte on
// the wire is the one the test wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { connect, type Socket } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { startSmtpSink, type SmtpSink } from '../../scripts/n8n/smtp-sink';

interface Reply {
	code: number;
	lines: string[];
}

/** A line-level SMTP client: `command` writes one line and waits for its reply. */
class SmtpClient {
	private buffer = '';
	private lines: string[] = [];
	private readonly replies: Reply[] = [];
	private readonly waiting: Array<(reply: Reply) => void> = [];
	readonly closed: Promise<void>;

	private constructor(private readonly socket: Socket) {
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => this.receive(chunk));
		this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
	}

	static async open(port: number): Promise<SmtpClient> {
		const socket = connect(port, '127.0.0.1');
		await new Promise<void>((resolve, reject) => {
			socket.once('connect', resolve);
			socket.once('error', reject);
		});
		return new SmtpClient(socket);
	}

	private receive(chunk: string): void {
		this.buffer += chunk;
		let end: number;
		while ((end = this.buffer.indexOf('\r\n')) >= 0) {
			const line = this.buffer.slice(0, end);
			this.buffer = this.buffer.slice(end + 2);
			this.lines.push(line);
			if (line[3] === '-') continue; // a multi-line reply goes on
			const reply = { code: Number(line.slice(0, 3)), lines: this.lines.map((text) => text.slice(4)) };
			this.lines = [];
			const waiter = this.waiting.shift();
			if (waiter) waiter(reply);
			else this.replies.push(reply);
		}
	}

	reply(): Promise<Reply> {
		const ready = this.replies.shift();
		if (ready) return Promise.resolve(ready);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('no SMTP reply within 5 s')), 5000);
			this.waiting.push((reply) => {
				clearTimeout(timer);
				resolve(reply);
			});
		});
	}

	async codes(count: number): Promise<number[]> {
		const codes: number[] = [];
		for (let i = 0; i < count; i++) codes.push((await this.reply()).code);
		return codes;
	}

	write(text: string | Buffer): void {
		this.socket.write(text);
	}

	async command(line: string): Promise<Reply> {
		this.write(`${line}\r\n`);
		return this.reply();
	}

	destroy(): void {
		this.socket.destroy();
	}
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Base64 in lines of 76 characters, as MIME writes it. */
function base64Lines(bytes: Buffer): string {
	return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** SMTP transparency (RFC 5321 4.5.2): a line starting with '.' gets one more. */
function dotStuff(message: string): string {
	return message.replace(/(^|\r\n)\./g, '$1..');
}

/** A small PDF followed by every byte value, so CR, LF, '.', NUL and 8-bit bytes must all survive. */
function pdfBytes(): Buffer {
	const head = Buffer.from(
		'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
			'trailer << /Root 1 0 R >>\n%%EOF\n',
		'latin1',
	);
	return Buffer.concat([head, Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\r\n.\r\n..\r\n', 'latin1')]);
}

const PDF = pdfBytes();
const HTML = '<p>Guten Tag, Ihre Rechnung über <b>12,50 €</b> liegt bei.</p>';
const SUBJECT = 'Rechnung RE-1 für Müller – bezahlt';

/**
 * multipart/mixed (quoted boundary) holding multipart/alternative (unquoted boundary: a
 * quoted-printable text/plain with a soft line break and lines starting with '.', a base64
 * text/html), a base64 PDF named with RFC 2231, a 7bit CSV named with an RFC 2047 word and a
 * text file whose RFC 2231 name continues over two sections that split one UTF-8 character.
 */
function invoiceMessage(): string {
	return [
		'From: "Shop" <shop@example.com>',
		'To: Kunde <customer@example.com>',
		// Folded, and split into a B word and a Q word with the bytes of one 'ü' cut between them.
		`Subject: =?utf-8?B?${Buffer.concat([Buffer.from('Rechnung RE-1 für M'), Buffer.from([0xc3])]).toString('base64')}?=`,
		' =?utf-8?Q?=BCller_=E2=80=93_bezahlt?=',
		'MIME-Version: 1.0',
		'Content-Type: multipart/mixed;',
		'\tboundary="mixed=_b1"',
		'',
		'This is a multi-part message in MIME format.',
		'--mixed=_b1',
		'Content-Type: multipart/alternative; boundary=alt_b2',
		'',
		'--alt_b2',
		'Content-Type: text/plain; charset=utf-8',
		'Content-Transfer-Encoding: quoted-printable',
		'',
		'Guten Tag, Ihre Rechnung =C3=BCber 12,50 =E2=82=AC liegt bei. Diese Zeile ist =',
		'lang.',
		'.hidden line',
		'.',
		'Ende',
		'--alt_b2',
		'Content-Type: text/html; charset=utf-8',
		'Content-Transfer-Encoding: base64',
		'',
		base64Lines(Buffer.from(HTML, 'utf8')),
		'--alt_b2--',
		'',
		'--mixed=_b1',
		'Content-Type: application/pdf; name="plain-name.pdf"',
		"Content-Disposition: attachment; filename*=utf-8''Rechnung%20RE-1%20f%C3%BCr%20M%C3%BCller.pdf",
		'Content-Transfer-Encoding: base64',
		'',
		base64Lines(PDF),
		'--mixed=_b1',
		'Content-Type: text/csv; name="=?utf-8?Q?Positionen_=C3=BC.csv?="',
		'Content-Transfer-Encoding: 7bit',
		'',
		'Artikel;Preis',
		'Tee;12,50',
		'--mixed=_b1',
		'Content-Type: text/plain; charset=utf-8',
		"Content-Disposition: attachment; filename*0*=utf-8''Notiz%20%C3; filename*1*=%A4.txt",
		'Content-Transfer-Encoding: 8bit',
		'',
		'äöü',
		'--mixed=_b1--',
		'epilogue',
		'',
	].join('\r\n');
}

let sink: SmtpSink;
let saveDir: string;

beforeEach(async () => {
	saveDir = mkdtempSync(join(tmpdir(), 'smtp-sink-'));
	sink = await startSmtpSink({ saveDir });
});

afterEach(async () => {
	await sink.close();
	rmSync(saveDir, { recursive: true, force: true });
});

describe('the dialogue', () => {
	test('greets with 220; EHLO offers 8BITMIME, SIZE and AUTH PLAIN LOGIN, not STARTTLS; unknown commands get 502', async () => {
		expect(sink.port).toBeGreaterThan(0);
		const client = await SmtpClient.open(sink.port);
		expect((await client.reply()).code).toBe(220);
		const ehlo = await client.command('EHLO client.example');
		expect(ehlo.code).toBe(250);
		expect(ehlo.lines).toEqual(expect.arrayContaining(['8BITMIME', 'AUTH PLAIN LOGIN']));
		expect(ehlo.lines.some((line) => /^SIZE \d+$/.test(line))).toBe(true);
		expect(ehlo.lines.some((line) => /STARTTLS/i.test(line))).toBe(false);
		expect((await client.command('STARTTLS')).code).toBe(502);
		expect((await client.command('VRFY someone')).code).toBe(502);
		expect((await client.command('NOOP')).code).toBe(250);
		expect((await client.command('QUIT')).code).toBe(221);
		await client.closed;
		expect(sink.messages).toEqual([]);
	});

	test('MAIL, RCPT and DATA out of order are refused; RSET drops the transaction', async () => {
		const client = await SmtpClient.open(sink.port);
		await client.reply();
		await client.command('HELO client.example');
		expect((await client.command('RCPT TO:<a@example.com>')).code).toBe(503);
		expect((await client.command('DATA')).code).toBe(503);
		expect((await client.command('MAIL FROM:<shop@example.com>')).code).toBe(250);
		expect((await client.command('DATA')).code).toBe(554);
		expect((await client.command('RCPT TO:<a@example.com>')).code).toBe(250);
		expect((await client.command('RSET')).code).toBe(250);
		expect((await client.command('DATA')).code).toBe(503);
		expect((await client.command('MAIL FROM:<shop@example.com> SIZE=999999999999')).code).toBe(552);
		expect((await client.command('AUTH CRAM-MD5')).code).toBe(504);
		client.destroy();
	});

	test('AUTH PLAIN with the response on the next line, and AUTH LOGIN with two 334 prompts, accept any credentials', async () => {
		const plain = await SmtpClient.open(sink.port);
		await plain.reply();
		await plain.command('EHLO client.example');
		expect(await plain.command('AUTH PLAIN')).toEqual({ code: 334, lines: [''] });
		expect((await plain.command(b64('\0plain-user\0any password'))).code).toBe(235);
		await plain.command('MAIL FROM:<shop@example.com>');
		await plain.command('RCPT TO:<a@example.com>');
		expect((await plain.command('DATA')).code).toBe(354);
		expect((await plain.command('Subject: plain\r\n\r\nbody\r\n.')).code).toBe(250);
		expect((await plain.command('QUIT')).code).toBe(221);

		const login = await SmtpClient.open(sink.port);
		await login.reply();
		await login.command('EHLO client.example');
		const user = await login.command('AUTH LOGIN');
		expect(user.code).toBe(334);
		expect(Buffer.from(user.lines[0], 'base64').toString()).toBe('Username:');
		const password = await login.command(b64('x'));
		expect(password.code).toBe(334);
		expect(Buffer.from(password.lines[0], 'base64').toString()).toBe('Password:');
		expect((await login.command(b64('y'))).code).toBe(235);
		await login.command('MAIL FROM:<shop@example.com>');
		await login.command('RCPT TO:<a@example.com>');
		await login.command('DATA');
		expect((await login.command('Subject: login\r\n\r\nbody\r\n.')).code).toBe(250);
		await login.command('QUIT');

		const mails = await sink.waitFor(2, 2000);
		expect(mails.map((mail) => [mail.subject, mail.user])).toEqual([
			['plain', 'plain-user'],
			['login', 'x'],
		]);
	});

	test('pipelined commands in one chunk, and a DATA body cut across chunks (even inside CRLF.CRLF), each get their reply in order', async () => {
		const client = await SmtpClient.open(sink.port);
		await client.reply();
		// AUTH PLAIN inline, envelope and DATA in one write.
		client.write(
			[
				'EHLO client.example',
				`AUTH PLAIN ${b64('\0x\0y')}`,
				'MAIL FROM:<shop@example.com> BODY=8BITMIME SIZE=300',
				'RCPT TO:<customer@example.com>',
				'RCPT TO:<bcc@example.com>',
				'DATA',
				'',
			].join('\r\n'),
		);
		expect(await client.codes(6)).toEqual([250, 235, 250, 250, 250, 354]);
		const body = dotStuff('Subject: first\r\n\r\nline one\r\n.starts with a dot\r\n.\r\nlast');
		const wire = Buffer.from(`${body}\r\n.\r\nMAIL FROM:<shop@example.com>\r\nRCPT TO:<second@example.com>\r\nDATA\r\n`, 'utf8');
		const end = wire.indexOf('\r\n.\r\n', body.length - 2);
		// Cut after the body's first byte, then between CR and LF of the end mark, then after the dot.
		for (const [from, to] of [
			[0, 1],
			[1, end + 1],
			[end + 1, end + 3],
			[end + 3, wire.length],
		]) {
			client.write(wire.subarray(from, to));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(await client.codes(4)).toEqual([250, 250, 250, 354]);
		// The second message, its end mark and everything after it in one chunk.
		client.write('Subject: second\r\n\r\n..\r\n.\r\nRSET\r\nNOOP\r\nQUIT\r\nNOOP\r\n');
		expect(await client.codes(4)).toEqual([250, 250, 250, 221]);
		await client.closed;

		const [first, second] = await sink.waitFor(2, 2000);
		expect(first.from).toBe('shop@example.com');
		expect(first.to).toEqual(['customer@example.com', 'bcc@example.com']);
		expect(first.user).toBe('x');
		expect(first.subject).toBe('first');
		expect(first.text).toBe('line one\r\n.starts with a dot\r\n.\r\nlast\r\n');
		expect(first.raw.toString()).toBe('Subject: first\r\n\r\nline one\r\n.starts with a dot\r\n.\r\nlast\r\n');
		expect(second.to).toEqual(['second@example.com']);
		expect(second.text).toBe('.\r\n');
	});
});

describe('the message', () => {
	test('a multipart invoice mail: subject, text, html and every attachment decoded, the PDF byte-identical, saved as .eml', async () => {
		const message = invoiceMessage();
		const client = await SmtpClient.open(sink.port);
		await client.reply();
		await client.command('EHLO client.example');
		await client.command(`AUTH LOGIN ${b64('shop-user')}`);
		expect((await client.command(b64('secret'))).code).toBe(235);
		await client.command('MAIL FROM:<shop@example.com>');
		await client.command('RCPT TO:<customer@example.com>');
		expect((await client.command('DATA')).code).toBe(354);
		// The message ends in CRLF, so only the '.' line follows.
		expect((await client.command(`${dotStuff(message)}.`)).code).toBe(250);
		await client.command('QUIT');

		const [mail] = await sink.waitFor(1, 2000);
		expect(mail.from).toBe('shop@example.com');
		expect(mail.to).toEqual(['customer@example.com']);
		expect(mail.user).toBe('shop-user');
		expect(mail.subject).toBe(SUBJECT);
		expect(mail.headers.to).toBe('Kunde <customer@example.com>');
		expect(mail.text).toBe('Guten Tag, Ihre Rechnung über 12,50 € liegt bei. Diese Zeile ist lang.\r\n.hidden line\r\n.\r\nEnde');
		expect(mail.html).toBe(HTML);
		expect(mail.attachments.map(({ filename, contentType }) => ({ filename, contentType }))).toEqual([
			{ filename: 'Rechnung RE-1 für Müller.pdf', contentType: 'application/pdf' },
			{ filename: 'Positionen ü.csv', contentType: 'text/csv' },
			{ filename: 'Notiz ä.txt', contentType: 'text/plain' },
		]);
		expect(mail.attachments[0].content.equals(PDF)).toBe(true);
		expect(mail.attachments[1].content.toString()).toBe('Artikel;Preis\r\nTee;12,50');
		expect(mail.attachments[2].content.toString('utf8')).toBe('äöü');
		expect(mail.raw.equals(Buffer.from(message, 'utf8'))).toBe(true);

		expect(readdirSync(saveDir)).toEqual(['1-Rechnung-RE-1-für-Müller-bezahlt.eml']);
		expect(mail.file).toBe(join(saveDir, '1-Rechnung-RE-1-für-Müller-bezahlt.eml'));
		expect(readFileSync(mail.file!).equals(mail.raw)).toBe(true);
	});

	test('a plain 7bit message without MIME headers after HELO: the body is the text, no attachments', async () => {
		const client = await SmtpClient.open(sink.port);
		await client.reply();
		await client.command('HELO client.example');
		await client.command('MAIL FROM:<>');
		await client.command('RCPT TO:<a@example.com>');
		await client.command('RCPT TO:<b@example.com>');
		await client.command('DATA');
		expect((await client.command('From: a@example.com\r\nSubject: Hello\r\n\r\nHi there.\r\n.')).code).toBe(250);
		client.destroy();
		const [mail] = await sink.waitFor(1, 2000);
		expect(mail).toMatchObject({ from: '', to: ['a@example.com', 'b@example.com'], subject: 'Hello', text: 'Hi there.\r\n', attachments: [] });
		expect(mail.user).toBeUndefined();
		expect(mail.html).toBeUndefined();
		expect(readdirSync(saveDir)).toEqual(['1-Hello.eml']);
	});
	test('preamble and epilogue are not parts: a mail with only an attachment has no text', async () => {
		const client = await SmtpClient.open(sink.port);
		await client.reply();
		await client.command('EHLO client.example');
		await client.command('MAIL FROM:<shop@example.com>');
		await client.command('RCPT TO:<a@example.com>');
		await client.command('DATA');
		const message = [
			'Subject: only a file',
			'Content-Type: multipart/mixed; boundary=b',
			'',
			'preamble',
			'--b',
			'Content-Type: application/pdf',
			'Content-Disposition: attachment; filename="a.pdf"',
			'Content-Transfer-Encoding: base64',
			'',
			base64Lines(PDF),
			'--b--',
			'epilogue line',
			'',
		].join('\r\n');
		expect((await client.command(`${dotStuff(message)}.`)).code).toBe(250);
		client.destroy();
		const [mail] = await sink.waitFor(1, 2000);
		expect(mail.text).toBeUndefined();
		expect(mail.attachments).toHaveLength(1);
		expect(mail.attachments[0]).toMatchObject({ filename: 'a.pdf', contentType: 'application/pdf' });
		expect(mail.attachments[0].content.equals(PDF)).toBe(true);
	});
});

describe('the sink', () => {
	test('waitFor rejects after its timeout saying how many arrived; close frees the port', async () => {
		await expect(sink.waitFor(1, 100)).rejects.toThrow('smtp-sink: 0 of 1 message(s) arrived within 100 ms');
		const open = await SmtpClient.open(sink.port); // close() must not wait for a client to leave
		const { port } = sink;
		await sink.close();
		await open.closed;
		await expect(SmtpClient.open(port)).rejects.toThrow(/ECONNREFUSED/);
		sink = await startSmtpSink({ port }); // the same port is free again (afterEach closes this one)
		expect(sink.port).toBe(port);
	});
});
