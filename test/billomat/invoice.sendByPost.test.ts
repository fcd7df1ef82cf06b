import { makePdf } from '../../sandbox/billomat/pdf';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const ENCLOSURE = makePdf(['Terms and conditions']);

describe('Billomat › Invoice › Send by Post', () => {
	test('POSTs /mail with color, duplex and paper weight as documented, and PDF enclosures', async () => {
		const result = await run(
			api.url,
			{
				operation: 'sendByPost',
				invoiceId: '4',
				additionalFields: { color: true, duplex: false, paper_weight: 80, attachments: 'terms' },
			},
			{ input: [{ json: {}, binary: { terms: { base64: ENCLOSURE.toString('base64'), fileName: 'terms.pdf', mimeType: 'application/pdf' } } }] },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoices/4/mail');
		expect(jsonBody(request)).toEqual({
			mail: {
				color: 1,
				duplex: 0,
				paper_weight: 80,
				attachments: { attachment: [{ filename: 'terms.pdf', mimetype: 'application/pdf', base64file: ENCLOSURE.toString('base64') }] },
			},
		});
		expect(api.server.letters).toHaveLength(1);
		expect(result.items()).toEqual([
			{ json: { id: 4, action: 'sendByPost', success: true, attachments: ['terms.pdf'] }, pairedItem: { item: 0 } },
		]);
	});

	test('with no options Billomat’s defaults apply: an empty mail element', async () => {
		await run(api.url, { operation: 'sendByPost', invoiceId: '1' });
		expect(jsonBody(api.server.received()[0])).toEqual({ mail: {} });
	});

	test('an enclosure that is not a PDF is refused before any request', async () => {
		const result = await run(
			api.url,
			{ operation: 'sendByPost', invoiceId: '4', additionalFields: { attachments: 'terms' } },
			{ input: [{ json: {}, binary: { terms: { base64: Buffer.from('hello').toString('base64'), fileName: 'terms.txt', mimeType: 'text/plain' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: the binary property "terms" (terms.txt, text/plain) is not a PDF');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a paper weight other than 80 or 90 is refused before any request', async () => {
		const result = await run(api.url, { operation: 'sendByPost', invoiceId: '4', additionalFields: { paper_weight: '={{ 100 }}' } });
		expect(result.error()?.message).toBe('Item 0: "Paper Weight" (100) is neither 80 nor 90');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a draft cannot be posted: Billomat’s error with the hint', async () => {
		const result = await run(api.url, { operation: 'sendByPost', invoiceId: '2' });
		expect(result.error()?.message).toBe('Billomat error 400: A draft cannot be sent. Complete the invoice first');
		expect(result.error()?.description).toBe('Billomat posts only completed invoices, and only with the Pixelletter add-on set up.');
	});
});
