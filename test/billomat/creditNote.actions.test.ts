// Credit Note Complete, Download PDF, Upload Signature, Send by Email and Send by Post
// (https://www.billomat.com/en/api/credit-notes/).
import { makePdf } from '../../sandbox/billomat/pdf';
import { binaryBuffer } from '../harness/engine';
import { creditNote } from './creditNote.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const book = () => api.server.documentBooks['credit-notes'];
const SIGNED = makePdf(['Credit note GS1', 'Digitally signed']);
const pdfInput = (name: string) => [{ json: {}, binary: { [name]: { base64: SIGNED.toString('base64'), fileName: 'GS1-signed.pdf', mimeType: 'application/pdf' } } }];

describe('Billomat › Credit Note › Complete', () => {
	test('PUTs /complete with the template: the draft gets the next GS number and a PDF', async () => {
		const result = await run(api.url, creditNote('complete', { creditNoteId: byId('32'), options: { templateId: '7' } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/api/credit-notes/32/complete']);
		expect(jsonBody(request)).toEqual({ complete: { template_id: 7 } });
		expect(result.items()).toEqual([{ json: { id: 32, action: 'complete', success: true }, pairedItem: { item: 0 } }]);
		expect(api.server.document('credit-notes', 32)).toMatchObject({ status: 'OPEN', invoice_number: 'GS3', template_id: 7 });
		expect(book().pdfs.get(32)?.filename).toBe('credit-note_GS3.pdf');
	});

	test('a completed credit note is refused with the hint', async () => {
		const result = await run(api.url, creditNote('complete', { creditNoteId: byId('31') }));
		expect(result.error()?.message).toBe('Billomat error 400: Credit note 31 is not a draft (status OPEN) and cannot be completed');
		expect(result.error()?.description).toBe('Only a credit note in DRAFT status can be completed.');
	});
});

describe('Billomat › Credit Note › Download PDF', () => {
	test('GETs format=pdf and outputs the PDF with the credit note’s ID', async () => {
		const result = await run(api.url, creditNote('downloadPdf', { creditNoteId: byId('31'), binaryPropertyName: 'data' }));
		const [request] = api.server.received();
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-notes/31/pdf', { format: 'pdf' }]);
		const [item] = result.items();
		const expected = book().pdfs.get(31)!.data;
		expect(item.json).toEqual({ credit_note_id: 31, filename: 'credit-note_GS1.pdf', mimetype: 'application/pdf', filesize: expected.length });
		expect((await binaryBuffer(item.binary!.data)).equals(expected)).toBe(true);
	});

	test('JSON transfer decodes the pdf record', async () => {
		const result = await run(api.url, creditNote('downloadPdf', { creditNoteId: byId('33'), binaryPropertyName: 'data', options: { transfer: 'base64' } }));
		expect(api.server.received()[0].query).toEqual({});
		const pdf = book().pdfs.get(33)!;
		expect(result.items()[0].json).toEqual({
			id: 4033,
			created: pdf.created,
			credit_note_id: 33,
			filename: 'credit-note_GS2.pdf',
			mimetype: 'application/pdf',
			filesize: pdf.data.length,
		});
	});
});

describe('Billomat › Credit Note › Upload Signature', () => {
	test('PUTs the signed PDF as base64file', async () => {
		const result = await run(api.url, creditNote('uploadSignature', { creditNoteId: byId('31'), binaryPropertyName: 'signed' }), { input: pdfInput('signed') });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/credit-notes/31/upload-signature']);
		expect(jsonBody(request)).toEqual({ signature: { base64file: SIGNED.toString('base64') } });
		expect(book().signatures.get(31)?.equals(SIGNED)).toBe(true);
		expect(result.items()).toEqual([{ json: { id: 31, action: 'uploadSignature', success: true, filename: 'GS1-signed.pdf' }, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Credit Note › Send by Email', () => {
	test('POSTs /email with the recipients and texts', async () => {
		const result = await run(
			api.url,
			creditNote('sendEmail', { creditNoteId: byId('31'), to: 'info@musterfirma.example', additionalFields: { cc: 'a@example.com, b@example.com', subject: 'Your credit note', filename: 'GS1' } }),
		);
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/credit-notes/31/email']);
		const email = { recipients: { to: 'info@musterfirma.example', cc: ['a@example.com', 'b@example.com'] }, subject: 'Your credit note', filename: 'GS1' };
		expect(jsonBody(request)).toEqual({ email });
		expect(book().emails).toEqual([{ id: 31, email }]);
		expect(result.items()).toEqual([
			{ json: { id: 31, action: 'sendEmail', success: true, recipients: email.recipients, attachments: [] }, pairedItem: { item: 0 } },
		]);
	});

	test('a draft is not sent', async () => {
		const result = await run(api.url, creditNote('sendEmail', { creditNoteId: byId('32'), to: 'info@example.com' }));
		expect(result.error()?.message).toBe('Billomat error 400: A draft cannot be sent. Complete the credit note first');
	});
});

describe('Billomat › Credit Note › Send by Post', () => {
	test('POSTs /mail with the print options', async () => {
		const result = await run(api.url, creditNote('sendByPost', { creditNoteId: byId('31'), additionalFields: { color: true, duplex: false, paper_weight: 80 } }));
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/credit-notes/31/mail']);
		expect(jsonBody(request)).toEqual({ mail: { color: 1, duplex: 0, paper_weight: 80 } });
		expect(book().letters).toEqual([{ id: 31, mail: { color: 1, duplex: 0, paper_weight: 80 } }]);
		expect(result.items()).toEqual([{ json: { id: 31, action: 'sendByPost', success: true, attachments: [] }, pairedItem: { item: 0 } }]);
	});
});
