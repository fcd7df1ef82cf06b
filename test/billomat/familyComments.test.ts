// Letter Comment and Incoming Invoice Comment: the shared comment builder over `/letter-comments`
// (no page readable: it follows the credit notes' comments page) and `/incoming-comments`
// (https://www.billomat.com/en/api/incomings/comments/): listed per parent with an actionkey filter,
// read, written (no `public` on either), deleted.
import { addComments, commentsOf } from '../../sandbox/billomat/comments';
import type { ChildCase } from './familyChild.fixtures';
import { pickAll } from './familyChild.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

interface Family extends ChildCase {
	search: string;
	/** The parent's demo history, as output. */
	history: Array<Record<string, unknown>>;
	/** The action keys the Action Keys filter offers. */
	keys: string[];
}

const entry = (field: string, id: number, parentId: number, created: string, comment: string, actionkey: string) => ({
	id,
	created,
	[field]: parentId,
	user_id: 1,
	comment,
	actionkey,
	public: false,
});

const FAMILIES: Family[] = [
	{
		label: 'Letter',
		resource: 'letterComment',
		family: 'letters',
		path: '/api/letter-comments',
		root: 'letter-comment',
		field: 'letter_id',
		locator: 'letterId',
		parentId: 52,
		search: 'searchLetterComments',
		history: [
			entry('letter_id', 3, 52, '2024-02-02T15:00:00+01:00', 'Letter created.', 'CREATE'),
			entry('letter_id', 4, 52, '2024-02-02T15:05:00+01:00', 'Waiting for the order number before sending.', 'COMMENT'),
		],
		keys: ['CANCEL', 'COMMENT', 'COPY', 'CREATE', 'ERROR_MAIL', 'FAX', 'LETTER', 'MAIL', 'SIGN', 'SIGN_MAIL', 'STATUS'],
	},
	{
		label: 'Incoming Invoice',
		resource: 'incomingComment',
		family: 'incomings',
		path: '/api/incoming-comments',
		root: 'incoming-comment',
		field: 'incoming_id',
		locator: 'incomingId',
		parentId: 3,
		search: 'searchIncomingInvoiceComments',
		history: [
			entry('incoming_id', 4, 3, '2025-06-02T09:00:00+01:00', 'Incoming invoice created.', 'CREATE'),
			entry('incoming_id', 5, 3, '2025-06-20T14:00:00+01:00', 'Second delivery still outstanding: pay after it arrives.', 'COMMENT'),
		],
		keys: ['COMMENT', 'COPY', 'CREATE', 'DELETE_PAYMENT', 'PAYMENT', 'STATUS'],
	},
];

describe.each(FAMILIES)('Billomat › $label Comment', (f) => {
	test('Create POSTs the parent and the text (no Public on this family)', async () => {
		const result = await run(api.url, { resource: f.resource, operation: 'create', [f.locator]: { __rl: true, mode: 'list', value: String(f.parentId) }, comment: 'Checked.' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', f.path, {}]);
		expect(jsonBody(request)).toEqual({ [f.root]: { [f.field]: f.parentId, comment: 'Checked.' } });
		const id = commentsOf(api.server, f.family).size;
		expect(result.items()).toEqual([
			{ json: { id, created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), [f.field]: f.parentId, user_id: 1, comment: 'Checked.', actionkey: 'COMMENT', public: false }, pairedItem: { item: 0 } },
		]);
	});

	test('Get GETs /{stem}-comments/{id}; Delete DELETEs it and outputs a summary', async () => {
		const got = await run(api.url, { resource: f.resource, operation: 'get', commentId: { __rl: true, mode: 'id', value: String(f.history[1].id) } });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', `${f.path}/${String(f.history[1].id)}`, {}]]);
		expect(got.items()).toEqual([{ json: f.history[1], pairedItem: { item: 0 } }]);

		const deleted = await run(api.url, { resource: f.resource, operation: 'delete', commentId: String(f.history[1].id) });
		expect(api.server.received().at(-1)!).toMatchObject({ method: 'DELETE', path: `${f.path}/${String(f.history[1].id)}` });
		expect(deleted.items()).toEqual([{ json: { id: f.history[1].id, deleted: true }, pairedItem: { item: 0 } }]);
		expect(commentsOf(api.server, f.family).has(f.history[1].id as number)).toBe(false);
	});

	test('Get Many GETs /{stem}-comments?{parent}_id=… with the action keys comma-separated', async () => {
		const all = await run(api.url, { resource: f.resource, operation: 'getAll', [f.locator]: String(f.parentId), returnAll: true });
		expect(all.items().map((i) => i.json)).toEqual(f.history);
		const result = await run(api.url, { resource: f.resource, operation: 'getAll', [f.locator]: String(f.parentId), returnAll: false, limit: 5, filters: { actionkey: ['COMMENT', 'CREATE'] } });
		const request = api.server.received().at(-1)!;
		expect([request.method, request.path, request.query]).toEqual(['GET', f.path, { [f.field]: String(f.parentId), actionkey: 'COMMENT,CREATE', page: '1', per_page: '5' }]);
		expect(result.items().map((i) => i.json)).toEqual(f.history);
	});

	test('the Action Keys filter offers the keys of the family’s comments page', async () => {
		const { packageModule } = await import('../harness/registry');
		const { Billomat } = packageModule<typeof import('../../nodes/Billomat/Billomat.node')>('nodes/Billomat/Billomat.node');
		const filters = new Billomat().description.properties.find(
			(p) => p.name === 'filters' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(f.resource),
		);
		const keys = (filters?.options as Array<{ name: string; options?: Array<{ value: string }> }>).find((o) => o.name === 'actionkey')!.options!.map((o) => o.value);
		expect([...keys].sort()).toEqual(f.keys);
	});

	test('the Comment picker lists the comments of the chosen parent, page by page through more than 1,000', async () => {
		const bulk = addComments(api.server, 1100, f.parentId, f.family);
		const seen = await pickAll(api.url, f.search, { resource: f.resource, operation: 'get', [f.locator]: { __rl: true, mode: 'id', value: String(f.parentId) } });
		expect(seen).toHaveLength(1102);
		expect(seen.slice(0, 2)).toEqual(f.history.map((h) => String(h.id)));
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual(
			Array.from({ length: 12 }, (_, n) => [f.path, { [f.field]: String(f.parentId), page: String(n + 1), per_page: '100' }]),
		);
	});
});
