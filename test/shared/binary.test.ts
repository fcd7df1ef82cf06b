// nodes/shared/binary.ts safeFileName: what a provider-supplied file name becomes before n8n stores it.
import { safeFileName } from '../../nodes/shared/binary';

describe('safeFileName', () => {
	test.each([
		['invoices-1002.pdf', 'invoices-1002.pdf'],
		// A link name decoded from ..%2F..%2F.bashrc%00.pdf: no path, no NUL, no hidden name.
		['../../.bashrc\u0000.pdf', 'bashrc.pdf'],
		['..\\..\\windows\\system32\\evil.pdf', 'evil.pdf'],
		['a\r\nb\t c.pdf', 'ab c.pdf'],
		['  Rechnung   Nr. 7.pdf  ', 'Rechnung Nr. 7.pdf'],
		['Fatura nº 1/A.pdf', 'A.pdf'],
		['façade ü.pdf', 'façade ü.pdf'],
	])('%j becomes %j', (name, expected) => {
		expect(safeFileName(name, 'fallback.pdf')).toBe(expected);
	});

	test.each([[''], ['..'], ['../'], ['\u0000\u0001'], ['   '], [undefined]])('%j gives the fallback', (name) => {
		expect(safeFileName(name, 'invoice-1.pdf')).toBe('invoice-1.pdf');
	});

	test('a very long name is cut to 200 characters, keeping its extension', () => {
		const name = safeFileName(`${'x'.repeat(500)}.pdf`, 'f.pdf');
		expect(name).toHaveLength(200);
		expect(name.endsWith('xx.pdf')).toBe(true);
	});
});
