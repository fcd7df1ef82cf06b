// The Free Text resource (https://www.billomat.com/en/api/settings/free-texts/): every operation
// against the sandbox, asserting what Billomat receives and what n8n outputs.
import { freeTextsOf } from '../../sandbox/billomat/freeTexts';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const REGULAR = { id: 2, name: 'Stammkunde', type: 'INVOICE', title: 'Rechnung [Invoice.invoice_number]', label: null, intro: 'Vielen Dank für Ihren Auftrag!', note: 'Zahlbar ohne Abzug.', is_default: 0 };

describe('Billomat › Free Text', () => {
	test('Get Many: GET /api/free-texts, empty texts as null', async () => {
		const result = await run(api.url, { resource: 'freeText', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/free-texts', { page: '1', per_page: '1000' }]]);
		const items = result.items().map((i) => i.json);
		expect(items.map((t) => [t.id, t.name, t.type, t.is_default])).toEqual([
			[1, 'Standard', 'INVOICE', 1],
			[2, 'Stammkunde', 'INVOICE', 0],
			[3, 'Angebot Standard', 'OFFER', 1],
			[4, 'Rechnungskorrektur', 'CORRECTION', 1],
			[5, 'Gutschrift', 'CREDIT_NOTE', 1],
		]);
		expect(items[1]).toEqual(REGULAR);
	});

	test('Get: GET /api/free-texts/{id}', async () => {
		const result = await run(api.url, { resource: 'freeText', operation: 'get', freeTextId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/free-texts/2']]);
		expect(result.items()).toEqual([{ json: REGULAR, pairedItem: { item: 0 } }]);
	});

	test('Create: POSTs {"free-text": {…}} and outputs the new text', async () => {
		const result = await run(api.url, {
			resource: 'freeText',
			operation: 'create',
			name: 'Englisch',
			type: 'INVOICE',
			additionalFields: { title: 'Invoice [Invoice.invoice_number]', intro: 'We invoice the following items:', note: 'Payable within 14 days.', label: 'Project', is_default: false },
		});
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/free-texts']);
		expect(jsonBody(request)).toEqual({
			'free-text': { name: 'Englisch', type: 'INVOICE', title: 'Invoice [Invoice.invoice_number]', label: 'Project', intro: 'We invoice the following items:', note: 'Payable within 14 days.', is_default: 0 },
		});
		expect(result.items()[0].json).toEqual({ id: 6, name: 'Englisch', type: 'INVOICE', title: 'Invoice [Invoice.invoice_number]', label: 'Project', intro: 'We invoice the following items:', note: 'Payable within 14 days.', is_default: 0 });
	});

	test('Update: PUTs the changed fields; the new default replaces the old one of its type', async () => {
		const result = await run(api.url, { resource: 'freeText', operation: 'update', freeTextId: { __rl: true, mode: 'id', value: '2' }, updateFields: { is_default: true } });
		expect(jsonBody(api.server.received()[0])).toEqual({ 'free-text': { is_default: 1 } });
		expect(api.server.received()[0].path).toBe('/api/free-texts/2');
		expect(result.items()[0].json).toEqual({ ...REGULAR, is_default: 1 });
		expect(freeTextsOf(api.server).records.get(1)?.is_default).toBe(0);
	});

	test('Delete: DELETE /api/free-texts/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'freeText', operation: 'delete', freeTextId: byList('4') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/free-texts/4']]);
		expect(result.items()).toEqual([{ json: { id: 4, deleted: true }, pairedItem: { item: 0 } }]);
	});

	test('Billomat’s validation error is shown (a name Billomat refuses)', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 400, body: { errors: { error: 'name is mandatory' } } } });
		const result = await run(api.url, { resource: 'freeText', operation: 'create', name: 'X', type: 'LETTER' });
		expect(result.error()?.message).toBe('Billomat error 400: name is mandatory');
	});

	test.each([
		['a blank name', { operation: 'create', name: '  ', type: 'LETTER' }, 'Item 0: "Name" is blank'],
		['an unknown document type', { operation: 'create', name: 'X', type: '={{ "REMINDER" }}' }, 'Item 0: "Document Type" ("REMINDER") is not one of Billomat\'s values'],
		['a text as the ID', { operation: 'delete', freeTextId: '={{ "Standard" }}' }, 'Item 0: "Free Text ID" ("Standard") is not a Billomat ID'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'freeText', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
