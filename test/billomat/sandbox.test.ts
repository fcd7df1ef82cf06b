// The emulator's own rules, checked directly over HTTP: what Billomat refuses, and the PDF it
// makes being a well-formed file (every cross-reference offset points at its object).
import { makePdf } from '../../sandbox/billomat/pdf';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY } from './setup';

const api = billomatSandbox();
const headers = { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY, Accept: 'application/json' };

async function call(path: string, init: RequestInit = {}) {
	const reply = await fetch(`${api.url}${path}`, { ...init, headers: { ...headers, ...((init.headers as Record<string, string>) ?? {}) } });
	const text = await reply.text();
	return { status: reply.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('Billomat sandbox', () => {
	test('without the key: 401 in Billomat’s error shape', async () => {
		const reply = await fetch(`${api.url}/api/invoices`, { headers: { Accept: 'application/json' } });
		expect(reply.status).toBe(401);
		expect(await reply.json()).toEqual({ errors: { error: 'Unauthorized' } });
	});

	test('JSON only with Accept: application/json; bodies only as JSON', async () => {
		expect((await call('/api/invoices', { headers: { Accept: 'text/xml' } })).status).toBe(406);
		const post = await call('/api/invoices', { method: 'POST', body: '<invoice/>', headers: { 'Content-Type': 'application/xml' } });
		expect(post.status).toBe(415);
	});

	test('per_page above 1000 and unknown filters are refused', async () => {
		expect(await call('/api/invoices?per_page=1001')).toEqual({
			status: 400,
			body: { errors: { error: 'per_page must be between 1 and 1000' } },
		});
		expect(await call('/api/invoices?state=OPEN&status=LATE')).toEqual({
			status: 400,
			body: { errors: { error: ['Unknown parameter: state', 'Unknown status: LATE'] } },
		});
	});

	test('unknown invoice fields and bad dates are refused at creation', async () => {
		const reply = await call('/api/invoices', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ invoice: { client_id: 476, date: '01.05.2024', colour: 'red' } }),
		});
		expect(reply).toEqual({
			status: 400,
			body: { errors: { error: ['Unknown field: colour', 'date must be a date in the format YYYY-MM-DD'] } },
		});
	});

	test('cancel → uncancel restores the former status', async () => {
		await call('/api/invoices/4/cancel', { method: 'PUT' });
		expect(api.server.invoices.get(4)?.status).toBe('CANCELED');
		await call('/api/invoices/4/uncancel', { method: 'PUT' });
		expect(api.server.invoices.get(4)?.status).toBe('OVERDUE');
	});

	test('the generated PDF is well formed', () => {
		const pdf = makePdf(['Invoice RE1 (copy)', 'Total: 1.00 EUR']).toString('latin1');
		expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
		expect(pdf.endsWith('%%EOF\n')).toBe(true);
		const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
		expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
		const offsets = [...pdf.slice(startxref).matchAll(/(\d{10}) 00000 n /g)].map((m) => Number(m[1]));
		expect(offsets).toHaveLength(5);
		offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
		const length = Number(/\/Length (\d+)/.exec(pdf)![1]);
		const streamStart = pdf.indexOf('stream\n') + 'stream\n'.length;
		expect(pdf.slice(streamStart + length, streamStart + length + '\nendstream'.length)).toBe('\nendstream');
		expect(pdf).toContain('(Invoice RE1 \\(copy\\)) Tj');
	});
});
