// Credit Note Comment (https://www.billomat.com/en/api/credit-notes/comments/): a credit note's
// history and notes, listed per credit note only, with the page's actionkey filter; `public` on
// create as the English page's table lists it.
import { addComments, commentsOf } from '../../sandbox/billomat/comments';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials, jsonBody, run } from './setup';

const api = billomatSandbox();

const GS1_HISTORY = [
	{ id: 1, created: '2024-03-15T09:00:00+01:00', credit_note_id: 31, user_id: 1, comment: 'Credit note created.', actionkey: 'CREATE_FROM_INVOICE', public: false },
	{ id: 2, created: '2024-03-15T09:10:00+01:00', credit_note_id: 31, user_id: 1, comment: 'Credit note sent by e-mail.', actionkey: 'MAIL', public: false },
	{ id: 3, created: '2024-03-16T11:00:00+01:00', credit_note_id: 31, user_id: 1, comment: 'Refund agreed on the phone.', actionkey: 'COMMENT', public: false },
];

describe('Billomat › Credit Note Comment › Create', () => {
	test('POSTs the credit note, the text and Public to /api/credit-note-comments', async () => {
		const result = await run(api.url, {
			resource: 'creditNoteComment',
			operation: 'create',
			creditNoteId: { __rl: true, mode: 'list', value: '31' },
			comment: 'Refund sent today.',
			options: { public: true },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/credit-note-comments', {}]);
		expect(jsonBody(request)).toEqual({ 'credit-note-comment': { credit_note_id: 31, comment: 'Refund sent today.', public: 1 } });
		expect(result.items()).toEqual([
			{
				json: { id: 7, created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), credit_note_id: 31, user_id: 1, comment: 'Refund sent today.', actionkey: 'COMMENT', public: true },
				pairedItem: { item: 0 },
			},
		]);
		expect(commentsOf(api.server, 'credit-notes').get(7)).toMatchObject({ credit_note_id: 31, public: 1 });
		expect(commentsOf(api.server).has(7)).toBe(false);
	});

	test('without Public only the two mandatory fields are sent; a blank comment is refused before any request', async () => {
		await run(api.url, { resource: 'creditNoteComment', operation: 'create', creditNoteId: '32', comment: 'Goodwill approved.' });
		expect(jsonBody(api.server.received()[0])).toEqual({ 'credit-note-comment': { credit_note_id: 32, comment: 'Goodwill approved.' } });
		api.server.reset();
		const blank = await run(api.url, { resource: 'creditNoteComment', operation: 'create', creditNoteId: '32', comment: '  ' });
		expect(blank.error()?.message).toBe('Item 0: "Comment" is blank');
		expect(api.server.received()).toEqual([]);
	});
});

describe('Billomat › Credit Note Comment › Get', () => {
	test('GETs /api/credit-note-comments/{id} and outputs the comment', async () => {
		const result = await run(api.url, { resource: 'creditNoteComment', operation: 'get', commentId: { __rl: true, mode: 'id', value: '3' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-comments/3', {}]);
		expect(result.items()).toEqual([{ json: GS1_HISTORY[2], pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Credit Note Comment › Get Many', () => {
	test('GETs /api/credit-note-comments?credit_note_id=… and outputs the history in order', async () => {
		const result = await run(api.url, { resource: 'creditNoteComment', operation: 'getAll', creditNoteId: '31', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-comments', { credit_note_id: '31', page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json)).toEqual(GS1_HISTORY);
	});

	test('the Action Keys filter sends the page’s keys comma-separated; the credit note page’s table is offered', async () => {
		const result = await run(api.url, { resource: 'creditNoteComment', operation: 'getAll', creditNoteId: '31', returnAll: false, limit: 5, filters: { actionkey: ['COMMENT', 'MAIL'] } });
		expect(api.server.received()[0].query).toEqual({ credit_note_id: '31', actionkey: 'COMMENT,MAIL', page: '1', per_page: '5' });
		expect(result.items().map((i) => i.json.id)).toEqual([2, 3]);
		const { description } = await import('../../nodes/Billomat/actions/creditNoteComment/getAll.operation');
		const filters = description.find((p) => p.name === 'filters')!;
		const keys = (filters.options as Array<{ options: Array<{ value: string }> }>)[0].options.map((o) => o.value);
		expect(keys).toHaveLength(15);
		expect(keys).not.toContain('REMINDER_CREATE');
	});
});

describe('Billomat › Credit Note Comment › Delete', () => {
	test('DELETEs /api/credit-note-comments/{id} and outputs a summary', async () => {
		const result = await run(api.url, { resource: 'creditNoteComment', operation: 'delete', commentId: '3' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/credit-note-comments/3', 0]);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(commentsOf(api.server, 'credit-notes').has(3)).toBe(false);
		expect(commentsOf(api.server).has(3)).toBe(true);
	});
});

describe('Billomat › Credit Note Comment picker (searchCreditNoteComments)', () => {
	test('pages through more than 1,000 comments of the chosen credit note, 100 a page', async () => {
		const bulk = addComments(api.server, 1150, 32, 'credit-notes');
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchCreditNoteComments', credentials(api.url), {
				paginationToken: token,
				parameters: { resource: 'creditNoteComment', operation: 'get', creditNoteId: { __rl: true, mode: 'id', value: '32' } },
			});
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		expect(seen).toHaveLength(1151);
		expect(seen[0]).toBe('4');
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual(
			Array.from({ length: 12 }, (_, n) => ['/api/credit-note-comments', { credit_note_id: '32', page: String(n + 1), per_page: '100' }]),
		);
	});

	test('names each comment by day, action key and text; asks for the credit note first', async () => {
		const page = await listSearch('billomat', 'searchCreditNoteComments', credentials(api.url), {
			filter: 'phone',
			parameters: { resource: 'creditNoteComment', operation: 'delete', creditNoteId: { __rl: true, mode: 'list', value: '31' } },
		});
		expect(page.results).toEqual([{ name: '2024-03-16 · COMMENT · Refund agreed on the phone. (3)', value: '3' }]);
		api.server.reset();
		await expect(
			listSearch('billomat', 'searchCreditNoteComments', credentials(api.url), { parameters: { resource: 'creditNoteComment', operation: 'get' } }),
		).rejects.toThrow('Choose the credit note first');
		expect(api.server.received()).toHaveLength(0);
	});
});
