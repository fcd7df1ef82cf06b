// The Template resource (https://www.billomat.com/en/api/settings/templates/): every operation
// against the sandbox, asserting what Billomat receives and what n8n outputs.
import { IMAGES, templatesOf } from '../../sandbox/billomat/templates';
import { binaryBuffer } from '../harness/engine';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const AT = '2023-01-09T10:00:00+01:00';
const STANDARD = { id: 1, created: AT, type: 'INVOICE', template_type: 'DEFINED', name: 'Rechnung Standard', is_default: 1 };
const ENGLISH = { id: 2, created: AT, type: 'INVOICE', template_type: 'UPLOADED', name: 'Invoice English', is_default: 0 };
const OFFER = { id: 3, created: AT, type: 'OFFER', template_type: 'DEFINED', name: 'Angebot Standard', is_default: 1 };

describe('Billomat › Template › Get Many', () => {
	test('GET /api/templates: every template, without the uploaded file (the list leaves it out)', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/templates', { page: '1', per_page: '1000' }]]);
		const items = result.items().map((i) => i.json);
		expect(items).toHaveLength(8);
		expect(items.slice(0, 3)).toEqual([STANDARD, ENGLISH, OFFER]);
	});

	test('the filters are Billomat’s type (OR-ed, comma-separated), template_type and is_default', async () => {
		const result = await run(api.url, {
			resource: 'template',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { type: ['INVOICE', 'OFFER'], template_type: 'DEFINED', is_default: '1' },
		});
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '5', type: 'INVOICE,OFFER', template_type: 'DEFINED', is_default: '1' }]);
		expect(result.items().map((i) => i.json)).toEqual([STANDARD, OFFER]);
	});
});

describe('Billomat › Template › Get', () => {
	test('GET /api/templates/{id}: an uploaded template with its format and file', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'get', templateId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/templates/2']]);
		const json = result.items()[0].json;
		expect(json).toEqual({ ...ENGLISH, format: 'docx', base64file: expect.any(String) });
		expect(Buffer.from(String(json.base64file), 'base64').toString()).toContain('[Invoice.invoice_number]');
	});

	test('an unknown template is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'get', templateId: '99' });
		expect(result.error()?.message).toBe('Billomat error 404: Template not found');
	});
});

describe('Billomat › Template › Create', () => {
	test('POSTs {"template": {name, type, is_default}}: a DEFINED template, the new default of its type', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'create', name: 'Rechnung 2026', type: 'INVOICE', additionalFields: { is_default: true } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/templates']);
		expect(jsonBody(request)).toEqual({ template: { name: 'Rechnung 2026', type: 'INVOICE', is_default: 1 } });
		expect(result.items()[0].json).toEqual({ id: 9, created: expect.any(String), type: 'INVOICE', template_type: 'DEFINED', name: 'Rechnung 2026', is_default: 1 });
		expect(templatesOf(api.server).records.get(1)?.is_default).toBe(0);
	});

	test('with a file: its format from the file name and its content in base64, an UPLOADED template', async () => {
		const file = Buffer.from('{\\rtf1 Rechnung [Invoice.invoice_number]}');
		const result = await run(
			api.url,
			{ resource: 'template', operation: 'create', name: 'RTF', type: 'OFFER', binaryPropertyName: 'vorlage' },
			{ input: [{ json: {}, binary: { vorlage: { base64: file.toString('base64'), fileName: 'angebot.rtf', mimeType: 'application/rtf' } } }] },
		);
		expect(jsonBody(api.server.received()[0])).toEqual({ template: { name: 'RTF', type: 'OFFER', format: 'rtf', base64file: file.toString('base64') } });
		expect(result.items()[0].json).toMatchObject({ id: 9, template_type: 'UPLOADED', name: 'RTF', type: 'OFFER', is_default: 0 });
	});
});

describe('Billomat › Template › Update', () => {
	test('PUTs the changed fields to /api/templates/{id}', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'update', templateId: { __rl: true, mode: 'id', value: '3' }, updateFields: { name: 'Angebot 2026' } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/templates/3']);
		expect(jsonBody(request)).toEqual({ template: { name: 'Angebot 2026' } });
		expect(result.items()[0].json).toEqual({ ...OFFER, name: 'Angebot 2026' });
	});
});

describe('Billomat › Template › Delete', () => {
	test('DELETE /api/templates/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'template', operation: 'delete', templateId: byList('8') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/templates/8']]);
		expect(result.items()).toEqual([{ json: { id: 8, deleted: true }, pairedItem: { item: 0 } }]);
		expect(templatesOf(api.server).records.has(8)).toBe(false);
	});
});

describe('Billomat › Template › Get Preview', () => {
	test.each([
		['png', 'image/png'],
		['gif', 'image/gif'],
		['jpg', 'image/jpeg'],
	])('GET /api/templates/{id}/thumb?format=%s: the image as a binary item', async (format, mimeType) => {
		const result = await run(api.url, { resource: 'template', operation: 'getPreview', templateId: byList('1'), format, binaryPropertyName: 'vorschau' });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/templates/1/thumb', { format }]]);
		const [item] = result.items();
		expect(item.json).toEqual({ template_id: 1, format, mimetype: mimeType, filesize: IMAGES[format].data.length });
		expect(item.binary?.vorschau.fileName).toBe(`template_1.${format}`);
		expect(item.binary?.vorschau.mimeType).toBe(mimeType);
		expect((await binaryBuffer(item.binary!.vorschau)).equals(IMAGES[format].data)).toBe(true);
	});

	test('a reply that is not an image makes no file', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>Login</html>' } });
		const result = await run(api.url, { resource: 'template', operation: 'getPreview', templateId: '1', format: 'png', binaryPropertyName: 'data' });
		expect(result.error()?.message).toMatch(/^Billomat error 200: Expected an image but got /);
	});
});

describe('Billomat › Template › bad input', () => {
	test.each([
		['a blank name', { operation: 'create', name: ' ', type: 'INVOICE' }, 'Item 0: "Name" is blank'],
		['an unknown document type', { operation: 'create', name: 'X', type: '={{ "BILL" }}' }, 'Item 0: "Document Type" ("BILL") is not one of Billomat\'s values'],
		['an update without fields', { operation: 'update', templateId: '1', updateFields: {} }, 'Item 0: no field to update'],
		['a name as the ID', { operation: 'get', templateId: '={{ "Rechnung" }}' }, 'Item 0: "Template ID" ("Rechnung") is not a Billomat ID'],
		['an unknown type filter', { operation: 'getAll', returnAll: true, filters: { type: ['BILL'] } }, 'Item 0: "Document Types" has unknown values: BILL'],
	])('%s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'template', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});

	test('a file that is not Word or RTF is refused before any request', async () => {
		const result = await run(
			api.url,
			{ resource: 'template', operation: 'create', name: 'PDF', type: 'INVOICE', binaryPropertyName: 'data' },
			{ input: [{ json: {}, binary: { data: { base64: Buffer.from('%PDF-1.4').toString('base64'), fileName: 'vorlage.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(result.error()?.message).toBe('Item 0: the binary property "data" (vorlage.pdf) is not a .doc, .docx or .rtf file');
		expect(api.server.received()).toHaveLength(0);
	});
});
