// Estimate Comment, Confirmation Comment and Delivery Note Comment: a document's history and notes,
// listed per document only, with the actionkey filter and `public` on create
// (https://www.billomat.com/en/api/estimates/comments/, https://www.billomat.com/en/api/confirmations/comments/;
// delivery notes follow the confirmation page). One describe per resource and operation.
import { addComments, commentsOf } from '../../sandbox/billomat/comments';
import { pickAll, pickWithoutDocument, withFamilies } from './orderDocumentChildren.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** Per family: a demo document and its history (the demo comments, in order), and how many action keys its page lists. */
const SPECIFIC: Record<string, { doc: number; history: Array<[number, string, string, string]>; keys: number }> = {
	offers: {
		doc: 21,
		history: [
			[1, '2009-09-20T10:00:00+02:00', 'Estimate created.', 'CREATE'],
			[2, '2009-09-20T10:15:00+02:00', 'Estimate sent by e-mail.', 'MAIL'],
			[3, '2009-09-28T14:30:00+02:00', 'Status changed to won.', 'STATUS'],
		],
		keys: 10,
	},
	confirmations: {
		doc: 7,
		history: [
			[1, '2009-10-01T09:00:00+02:00', 'Confirmation created.', 'CREATE'],
			[2, '2009-10-01T09:05:00+02:00', 'Confirmation sent by e-mail.', 'MAIL'],
		],
		keys: 9,
	},
	'delivery-notes': {
		doc: 51,
		history: [
			[1, '2009-10-13T08:00:00+02:00', 'Delivery note created.', 'CREATE'],
			[2, '2009-10-13T08:30:00+02:00', 'Delivery note sent by letter.', 'LETTER'],
			[3, '2009-10-14T16:00:00+02:00', 'Delivered to the reception desk.', 'COMMENT'],
		],
		keys: 9,
	},
};

const FAMILIES = withFamilies((f) => ({ ...SPECIFIC[f.family], comment: `${f.resource}Comment` }));
type Family = (typeof FAMILIES)[number];

const historyOf = (f: Family) =>
	f.history.map(([id, created, comment, actionkey]) => ({ id, created, [f.parentField]: f.doc, user_id: 1, comment, actionkey, public: false }));

describe.each(FAMILIES)('Billomat › $label Comment › Create', (f) => {
	test('POSTs the document, the text and Public to /api/…-comments', async () => {
		const next = commentsOf(api.server, f.family).size + 1;
		const result = await run(api.url, { resource: f.comment, operation: 'create', [f.idName]: { __rl: true, mode: 'list', value: String(f.doc) }, comment: 'Called the client.', options: { public: true } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', `/api/${f.stem}-comments`, {}]);
		expect(jsonBody(request)).toEqual({ [`${f.stem}-comment`]: { [f.parentField]: f.doc, comment: 'Called the client.', public: 1 } });
		expect(result.items()).toEqual([
			{
				json: { id: next, created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), [f.parentField]: f.doc, user_id: 1, comment: 'Called the client.', actionkey: 'COMMENT', public: true },
				pairedItem: { item: 0 },
			},
		]);
		expect(commentsOf(api.server, f.family).get(next)).toMatchObject({ [f.parentField]: f.doc, public: 1 });
		expect([...commentsOf(api.server).values()].map((c) => c.comment)).not.toContain('Called the client.');
	});

	test('without Public only the two mandatory fields are sent; a blank comment is refused before any request', async () => {
		await run(api.url, { resource: f.comment, operation: 'create', [f.idName]: String(f.doc), comment: 'Noted.' });
		expect(jsonBody(api.server.received()[0])).toEqual({ [`${f.stem}-comment`]: { [f.parentField]: f.doc, comment: 'Noted.' } });
		api.server.reset();
		const blank = await run(api.url, { resource: f.comment, operation: 'create', [f.idName]: String(f.doc), comment: '  ' });
		expect(blank.error()?.message).toBe('Item 0: "Comment" is blank');
		expect(api.server.received()).toEqual([]);
	});
});

describe.each(FAMILIES)('Billomat › $label Comment › Get', (f) => {
	test('GETs /api/…-comments/{id} and outputs the comment', async () => {
		const result = await run(api.url, { resource: f.comment, operation: 'get', commentId: { __rl: true, mode: 'id', value: '2' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-comments/2`, {}]);
		expect(result.items()).toEqual([{ json: historyOf(f)[1], pairedItem: { item: 0 } }]);
	});
});

describe.each(FAMILIES)('Billomat › $label Comment › Get Many', (f) => {
	test('GETs /api/…-comments with the document ID and outputs its history in order', async () => {
		const result = await run(api.url, { resource: f.comment, operation: 'getAll', [f.idName]: String(f.doc), returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-comments`, { [f.parentField]: String(f.doc), page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json)).toEqual(historyOf(f));
	});

	test('the Action Keys filter sends the keys comma-separated; the page’s table is offered', async () => {
		const result = await run(api.url, { resource: f.comment, operation: 'getAll', [f.idName]: String(f.doc), returnAll: false, limit: 5, filters: { actionkey: ['CREATE', 'MAIL'] } });
		expect(api.server.received()[0].query).toEqual({ [f.parentField]: String(f.doc), actionkey: 'CREATE,MAIL', page: '1', per_page: '5' });
		expect(result.items().map((i) => i.json)).toEqual(historyOf(f).filter((c) => ['CREATE', 'MAIL'].includes(c.actionkey as string)));
		const { description } = await import(`../../nodes/Billomat/actions/${f.comment}/getAll.operation`);
		const filters = (description as Array<{ name: string; options?: Array<{ options: Array<{ value: string }> }> }>).find((p) => p.name === 'filters')!;
		const keys = filters.options![0].options.map((o) => o.value);
		expect(keys).toHaveLength(f.keys);
		expect(keys.includes('VALIDITY')).toBe(f.family === 'offers');
		expect(keys).not.toContain('PAYMENT');
	});
});

describe.each(FAMILIES)('Billomat › $label Comment › Delete', (f) => {
	test('DELETEs /api/…-comments/{id} and outputs a summary', async () => {
		const result = await run(api.url, { resource: f.comment, operation: 'delete', commentId: '1' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', `/api/${f.stem}-comments/1`, 0]);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(commentsOf(api.server, f.family).has(1)).toBe(false);
		expect(commentsOf(api.server).has(1)).toBe(true);
	});
});

describe.each(FAMILIES)('Billomat › $label Comment picker', (f) => {
	test('pages through more than 1,000 comments of the chosen document, 100 a page', async () => {
		const bulk = addComments(api.server, 1020, f.doc, f.family);
		const seen = await pickAll(api.url, f, 'Comment', f.doc);
		expect(seen).toHaveLength(f.history.length + 1020);
		expect(seen[0]).toBe('1');
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		const pages = Math.ceil((f.history.length + 1020) / 100);
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual(
			Array.from({ length: pages }, (_, n) => [`/api/${f.stem}-comments`, { [f.parentField]: String(f.doc), page: String(n + 1), per_page: '100' }]),
		);
	});

	test('asks for the document first, before any request', async () => {
		await expect(pickWithoutDocument(api.url, f, 'Comment')).rejects.toThrow(
			`Choose the ${f.label.toLowerCase()} first`,
		);
		expect(api.server.received()).toHaveLength(0);
	});
});
