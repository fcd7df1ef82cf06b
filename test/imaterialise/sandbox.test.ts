// The emulator itself, spoken to directly (as the doc's demo page would): what it accepts and
// refuses, so the engine tests rest on a sandbox that follows the documented table.
import FormData from 'form-data';

import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { MultipartError, parseMultipart } from '../../sandbox/imaterialise/multipart';
import { imaterialiseSandbox, PDF } from './setup';

const api = imaterialiseSandbox();
const ORDER = IMATERIALISE_ORDERS.open;

async function post(
	path: string,
	body: Buffer | string,
	headers: Record<string, string>,
): Promise<{ status: number; type: string | null; text: string }> {
	const response = await fetch(`${api.url}${path}`, { method: 'POST', body, headers });
	return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function form(parts: Array<[string, string | Buffer, string?]>): { body: Buffer; type: string } {
	const f = new FormData();
	for (const [name, value, fileName] of parts) {
		if (fileName) f.append(name, value, { filename: fileName, contentType: 'application/octet-stream' });
		else f.append(name, value);
	}
	return { body: f.getBuffer(), type: f.getHeaders()['content-type'] };
}

const auth = { APICode: IMATERIALISE_DEMO_API_CODE, Accept: 'application/json' };

describe('i.materialise sandbox', () => {
	test('answers in XML (text/xml) when no Accept is given, as documented, with the resource\'s root element', async () => {
		const { body, type } = form([]);
		const reply = await post(`/web-api/order/${ORDER}/delivery-note`, body, { APICode: IMATERIALISE_DEMO_API_CODE, 'Content-Type': type });
		expect(reply.status).toBe(400);
		expect(reply.type).toBe('text/xml; charset=utf-8');
		expect(reply.text).toContain('<DeliveryNoteResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema"');
		expect(reply.text).toContain('<Error><Message>No document in request</Message><Code>107</Code></Error></DeliveryNoteResponse>');
	});

	test('text/json is honoured as a JSON reply', async () => {
		const { body, type } = form([['File', PDF, 'x.pdf']]);
		const reply = await post('/web-api/order/00000000-0000-0000-0000-000000000000/invoice', body, {
			APICode: IMATERIALISE_DEMO_API_CODE,
			Accept: 'text/json',
			'Content-Type': type,
		});
		expect(reply.type).toBe('text/json; charset=utf-8');
		expect(JSON.parse(reply.text)).toEqual({ error: { message: 'Order ID is wrong', code: 100 } });
	});

	test('accepts the doc demo page\'s shape: an empty FileUrl next to File', async () => {
		const { body, type } = form([['FileUrl', ''], ['File', PDF, 'INVOICE_TEST.pdf']]);
		const reply = await post(`/web-api/order/${ORDER}/invoice`, body, { ...auth, 'Content-Type': type });
		expect(reply.status).toBe(200);
		expect(api.server.order(ORDER)!.documents.invoice!.bytes.equals(PDF)).toBe(true);
	});

	test.each([
		['both File and FileUrl', () => form([['FileUrl', 'http://127.0.0.1/a.pdf'], ['File', PDF, 'a.pdf']]), 110],
		['neither File nor FileUrl', () => form([['Other', 'x']]), 107],
		['a FileUrl that is not a link', () => form([['FileUrl', 'not a link']]), 104],
		['a FileUrl outside the loopback', () => form([['FileUrl', 'https://example.com/a.pdf']]), 105],
		['a .txt File', () => form([['File', 'text', 'a.txt']]), 106],
		['an empty File', () => form([['File', Buffer.alloc(0), 'a.pdf']]), 108],
		['a File of 10 MB + 1', () => form([['File', Buffer.alloc(10 * 1024 * 1024 + 1), 'a.pdf']]), 109],
	])('refuses %s with code %i', async (_what, make, code) => {
		const { body, type } = make();
		const reply = await post(`/web-api/order/${ORDER}/invoice`, body, { ...auth, 'Content-Type': type });
		expect(reply.status).toBe(400);
		expect(JSON.parse(reply.text).error.code).toBe(code);
	});

	test.each([
		['no APICode header', {}],
		['an APICode that is not a GUID', { APICode: 'abc' }],
	])('refuses %s with code 101', async (_what, headers) => {
		const { body, type } = form([['File', PDF, 'a.pdf']]);
		const reply = await post(`/web-api/order/${ORDER}/invoice`, body, { Accept: 'application/json', ...headers, 'Content-Type': type });
		expect(JSON.parse(reply.text).error).toEqual({ message: 'Wrong API code', code: 101 });
	});

	test.each([
		['a body that is not multipart', 'application/json', '{"FileUrl":"http://127.0.0.1/a.pdf"}'],
		['a multipart type without boundary', 'multipart/form-data', '--x\r\n'],
		['a body cut before its closing boundary', 'multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="File"; filename="a.pdf"\r\n\r\n%PDF'],
		['a part without Content-Disposition', 'multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n'],
	])('rejects %s as a malformed body (code 107)', async (_what, contentType, body) => {
		const reply = await post(`/web-api/order/${ORDER}/invoice`, body, { ...auth, 'Content-Type': contentType });
		const error = JSON.parse(reply.text).error;
		expect(error.code).toBe(107);
		expect(error.message).toMatch(/^No document in request \(malformed multipart body: /);
	});

	test('the multipart reader keeps binary data exactly, CRLF and dashes included', () => {
		const tricky = Buffer.from('\r\n--\r\n--not-the-boundary\r\n\u0000\u00ff', 'latin1');
		const f = new FormData();
		f.append('File', tricky, { filename: 'we "quote".pdf', contentType: 'application/pdf' });
		f.append('FileUrl', '');
		const parts = parseMultipart(f.getBuffer(), f.getHeaders()['content-type']);
		expect(parts.map((p) => [p.name, p.fileName, p.contentType])).toEqual([
			// form-data writes a quote in a file name as %22, as browsers do (WHATWG multipart encoding).
			['File', 'we %22quote%22.pdf', 'application/pdf'],
			['FileUrl', undefined, undefined],
		]);
		expect(parts[0].data.equals(tricky)).toBe(true);
		expect(() => parseMultipart(Buffer.from('x'), 'text/plain')).toThrow(MultipartError);
	});
});
