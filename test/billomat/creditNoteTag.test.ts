// Credit Note Tag: the tags of a credit note and the credit notes' tag cloud, kept in step with the
// credit notes' own tags (which the credit note list's Tags filter searches).
import { addTags, tagsOf } from '../../sandbox/billomat/tags';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials, jsonBody, run } from './setup';

const api = billomatSandbox();

const creditNote = (id: number) => api.server.documentBooks['credit-notes'].records.get(id)!;

describe('Billomat › Credit Note Tag › Create', () => {
	test('POSTs the credit note and the name to /api/credit-note-tags; the credit note has the tag', async () => {
		const result = await run(api.url, { resource: 'creditNoteTag', operation: 'create', creditNoteId: { __rl: true, mode: 'list', value: '31' }, name: ' Refund ' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/credit-note-tags', {}]);
		expect(jsonBody(request)).toEqual({ 'credit-note-tag': { credit_note_id: 31, name: 'Refund' } });
		expect(result.items()).toEqual([{ json: { id: 3, credit_note_id: 31, name: 'Refund' }, pairedItem: { item: 0 } }]);
		expect(tagsOf(api.server, 'credit-notes').get(3)).toEqual({ id: 3, credit_note_id: 31, name: 'Refund' });
		expect(creditNote(31).tags).toEqual(['hosting', 'Refund']);
	});
});

describe('Billomat › Credit Note Tag › Get', () => {
	test('GETs /api/credit-note-tags/{id}', async () => {
		const result = await run(api.url, { resource: 'creditNoteTag', operation: 'get', tagId: '2' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-tags/2', {}]);
		expect(result.items()).toEqual([{ json: { id: 2, credit_note_id: 32, name: 'support' }, pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Credit Note Tag › Get Many', () => {
	test('GETs /api/credit-note-tags?credit_note_id=… and outputs its tags; Return All pages through more than 1,000', async () => {
		addTags(api.server, 1100, 32, 'credit-notes');
		const result = await run(api.url, { resource: 'creditNoteTag', operation: 'getAll', creditNoteId: '32', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/credit-note-tags', { credit_note_id: '32', page: '1', per_page: '1000' }],
			['GET', '/api/credit-note-tags', { credit_note_id: '32', page: '2', per_page: '1000' }],
		]);
		expect(result.items()).toHaveLength(1101);
		expect(result.items()[0].json).toEqual({ id: 2, credit_note_id: 32, name: 'support' });
	});
});

describe('Billomat › Credit Note Tag › Get Tag Cloud', () => {
	test('GETs /api/credit-note-tags without a credit note: each tag with its count, the minimum count applied in n8n', async () => {
		await run(api.url, { resource: 'creditNoteTag', operation: 'create', creditNoteId: '33', name: 'hosting' });
		const all = await run(api.url, { resource: 'creditNoteTag', operation: 'getCloud' });
		expect(all.items().map((i) => i.json)).toEqual([
			{ name: 'hosting', count: 2 },
			{ name: 'support', count: 1 },
		]);
		const result = await run(api.url, { resource: 'creditNoteTag', operation: 'getCloud', minCount: 2 });
		const request = api.server.received().at(-1)!;
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-tags', {}]);
		expect(result.items().map((i) => i.json)).toEqual([{ name: 'hosting', count: 2 }]);
	});
});

describe('Billomat › Credit Note Tag › Delete', () => {
	test('DELETEs /api/credit-note-tags/{id}; the credit note loses the tag', async () => {
		const result = await run(api.url, { resource: 'creditNoteTag', operation: 'delete', tagId: '1' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/credit-note-tags/1', 0]);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(creditNote(31).tags).toEqual([]);
		expect(tagsOf(api.server).has(1)).toBe(true);
	});
});

describe('Billomat › Credit Note Tag picker (searchCreditNoteTags)', () => {
	test('pages through more than 1,000 tags of the chosen credit note, 100 a page', async () => {
		const bulk = addTags(api.server, 1050, 31, 'credit-notes');
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchCreditNoteTags', credentials(api.url), {
				paginationToken: token,
				parameters: { resource: 'creditNoteTag', operation: 'get', creditNoteId: { __rl: true, mode: 'id', value: '31' } },
			});
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		expect(seen).toHaveLength(1051);
		expect(seen[0]).toBe('1');
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received()).toHaveLength(11);
		expect(api.server.received().every((r) => r.path === '/api/credit-note-tags' && r.query.credit_note_id === '31')).toBe(true);
	});

	test('without a credit note it asks for one, before any request', async () => {
		await expect(
			listSearch('billomat', 'searchCreditNoteTags', credentials(api.url), { parameters: { resource: 'creditNoteTag', operation: 'get' } }),
		).rejects.toThrow('Choose the credit note first');
		expect(api.server.received()).toHaveLength(0);
	});
});
