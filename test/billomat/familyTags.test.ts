// Letter Tag, Reminder Tag, Recurring Invoice Tag and Incoming Invoice Tag: the shared tag builder
// over each family's `/{stem}-tags` (no page of these was readable: they follow the invoice tags),
// kept in step with the parent's own tags (which the parent list's Tags filter searches).
import { incomingsOf } from '../../sandbox/billomat/incomings';
import { addTags, tagsOf } from '../../sandbox/billomat/tags';
import type { ChildCase } from './familyChild.fixtures';
import { pickAll } from './familyChild.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

interface Family extends ChildCase {
	search: string;
	/** The parent's own tag list, as the sandbox keeps it. */
	tagsOfParent: (id: number) => string[];
	/** The tags the demo data gives the family, in ID order. */
	demo: Array<Record<string, unknown>>;
}

const document = (family: string) => (id: number) => api.server.documentBooks[family].records.get(id)!.tags;

const FAMILIES: Family[] = [
	{ label: 'Letter', resource: 'letterTag', family: 'letters', path: '/api/letter-tags', root: 'letter-tag', field: 'letter_id', locator: 'letterId', parentId: 52, search: 'searchLetterTags', tagsOfParent: document('letters'), demo: [] },
	{ label: 'Reminder', resource: 'reminderTag', family: 'reminders', path: '/api/reminder-tags', root: 'reminder-tag', field: 'reminder_id', locator: 'reminderId', parentId: 41, search: 'searchReminderTags', tagsOfParent: document('reminders'), demo: [] },
	{ label: 'Recurring Invoice', resource: 'recurringTag', family: 'recurrings', path: '/api/recurring-tags', root: 'recurring-tag', field: 'recurring_id', locator: 'recurringId', parentId: 71, search: 'searchRecurringInvoiceTags', tagsOfParent: document('recurrings'), demo: [] },
	{
		label: 'Incoming Invoice',
		resource: 'incomingTag',
		family: 'incomings',
		path: '/api/incoming-tags',
		root: 'incoming-tag',
		field: 'incoming_id',
		locator: 'incomingId',
		parentId: 3,
		search: 'searchIncomingInvoiceTags',
		tagsOfParent: (id) => incomingsOf(api.server).incoming(id)!.tags,
		// The demo incomings' own tags: 1 design, 2 hosting, 3 hardware, 5 service.
		demo: [
			{ id: 1, incoming_id: 1, name: 'design' },
			{ id: 2, incoming_id: 2, name: 'hosting' },
			{ id: 3, incoming_id: 3, name: 'hardware' },
			{ id: 4, incoming_id: 5, name: 'service' },
		],
	},
];

describe.each(FAMILIES)('Billomat › $label Tag', (f) => {
	const next = f.demo.length + 1;

	test('Create POSTs the parent and the name; the parent has the tag', async () => {
		const result = await run(api.url, { resource: f.resource, operation: 'create', [f.locator]: { __rl: true, mode: 'list', value: String(f.parentId) }, name: ' Priority ' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', f.path, {}]);
		expect(jsonBody(request)).toEqual({ [f.root]: { [f.field]: f.parentId, name: 'Priority' } });
		expect(result.items()).toEqual([{ json: { id: next, [f.field]: f.parentId, name: 'Priority' }, pairedItem: { item: 0 } }]);
		expect(f.tagsOfParent(f.parentId)).toContain('Priority');
	});

	test('Get GETs /{stem}-tags/{id}; Delete DELETEs it, outputs a summary and the parent loses the tag', async () => {
		await run(api.url, { resource: f.resource, operation: 'create', [f.locator]: String(f.parentId), name: 'Priority' });
		const got = await run(api.url, { resource: f.resource, operation: 'get', tagId: { __rl: true, mode: 'id', value: String(next) } });
		expect(api.server.received().slice(1).map((r) => [r.method, r.path, r.query])).toEqual([['GET', `${f.path}/${next}`, {}]]);
		expect(got.items()).toEqual([{ json: { id: next, [f.field]: f.parentId, name: 'Priority' }, pairedItem: { item: 0 } }]);

		const deleted = await run(api.url, { resource: f.resource, operation: 'delete', tagId: String(next) });
		expect(api.server.received().at(-1)!).toMatchObject({ method: 'DELETE', path: `${f.path}/${next}` });
		expect(deleted.items()).toEqual([{ json: { id: next, deleted: true }, pairedItem: { item: 0 } }]);
		expect(tagsOf(api.server, f.family).has(next)).toBe(false);
		expect(f.tagsOfParent(f.parentId)).not.toContain('Priority');
	});

	test('Get Many GETs /{stem}-tags?{parent}_id=…; Return All pages through more than 1,000', async () => {
		addTags(api.server, 1100, f.parentId, f.family);
		const result = await run(api.url, { resource: f.resource, operation: 'getAll', [f.locator]: String(f.parentId), returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', f.path, { [f.field]: String(f.parentId), page: '1', per_page: '1000' }],
			['GET', f.path, { [f.field]: String(f.parentId), page: '2', per_page: '1000' }],
		]);
		const own = f.demo.filter((t) => t[f.field] === f.parentId);
		expect(result.items()).toHaveLength(1100 + own.length);
		expect(result.items().at(-1)!.json).toEqual({ id: next + 1099, [f.field]: f.parentId, name: 'bulk-1100' });
	});

	test('Get Tag Cloud GETs /{stem}-tags without a parent: each name with its count', async () => {
		await run(api.url, { resource: f.resource, operation: 'create', [f.locator]: String(f.parentId), name: 'Priority' });
		const result = await run(api.url, { resource: f.resource, operation: 'getCloud' });
		const request = api.server.received().at(-1)!;
		expect([request.method, request.path, request.query]).toEqual(['GET', f.path, {}]);
		const expected = [...f.demo.map((t) => ({ name: t.name as string, count: 1 })), { name: 'Priority', count: 1 }].sort((a, b) => a.name.localeCompare(b.name));
		expect(result.items().map((i) => i.json)).toEqual(expected);
	});

	test('the Tag picker lists the tags of the chosen parent, page by page through more than 1,000', async () => {
		addTags(api.server, 1050, f.parentId, f.family);
		const seen = await pickAll(api.url, f.search, { resource: f.resource, operation: 'get', [f.locator]: { __rl: true, mode: 'id', value: String(f.parentId) } });
		const own = f.demo.filter((t) => t[f.field] === f.parentId).length;
		expect(seen).toHaveLength(1050 + own);
		expect(seen.at(-1)).toBe(String(next + 1049));
		expect(new Set(api.server.received().map((r) => r.query[f.field]))).toEqual(new Set([String(f.parentId)]));
		expect(api.server.received()).toHaveLength(11);
	});
});
