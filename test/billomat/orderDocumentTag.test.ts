// Estimate Tag, Confirmation Tag and Delivery Note Tag: the tags of a document and the family's tag
// cloud, kept in step with the documents' own tags (which the document lists' Tags filter
// searches). No tags page of these families could be read: they follow the invoice tags.
// One describe per resource and operation.
import { addTags, tagsOf } from '../../sandbox/billomat/tags';
import { documentOf, pickAll, pickWithoutDocument, withFamilies } from './orderDocumentChildren.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** Per family: the demo tag cloud and tag 2 of the demo data (tag 1 is the "project 123" document's 'web'). */
const SPECIFIC: Record<string, { cloud: Array<{ name: string; count: number }>; second: Record<string, unknown> }> = {
	offers: { cloud: [{ name: 'design', count: 1 }, { name: 'support', count: 1 }, { name: 'web', count: 2 }], second: { id: 2, offer_id: 22, name: 'web' } },
	confirmations: { cloud: [{ name: 'hosting', count: 1 }, { name: 'support', count: 1 }, { name: 'web', count: 1 }], second: { id: 2, confirmation_id: 42, name: 'support' } },
	'delivery-notes': { cloud: [{ name: 'support', count: 1 }, { name: 'web', count: 1 }], second: { id: 2, delivery_note_id: 52, name: 'support' } },
};

const FAMILIES = withFamilies((f) => ({ ...SPECIFIC[f.family], doc: f.done, tag: `${f.resource}Tag` }));
type Family = (typeof FAMILIES)[number];

const doc = (f: Family, id: number) => documentOf(api.server, f, id);
const others = (f: Family) => FAMILIES.filter((o) => o !== f);

describe.each(FAMILIES)('Billomat › $label Tag › Create', (f) => {
	test('POSTs the document and the name to /api/…-tags; the document has the tag', async () => {
		const next = tagsOf(api.server, f.family).size + 1;
		const result = await run(api.url, { resource: f.tag, operation: 'create', [f.idName]: { __rl: true, mode: 'list', value: String(f.doc) }, name: ' urgent ' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', `/api/${f.stem}-tags`, {}]);
		expect(jsonBody(request)).toEqual({ [`${f.stem}-tag`]: { [f.parentField]: f.doc, name: 'urgent' } });
		expect(result.items()).toEqual([{ json: { id: next, [f.parentField]: f.doc, name: 'urgent' }, pairedItem: { item: 0 } }]);
		expect(doc(f, f.doc).tags).toEqual(['web', 'urgent']);
		// Only this document: the other families' "project 123" documents keep their own tags.
		expect(others(f).map((o) => doc(o, o.doc).tags)).toEqual([['web'], ['web']]);
	});
});

describe.each(FAMILIES)('Billomat › $label Tag › Get', (f) => {
	test('GETs /api/…-tags/{id}', async () => {
		const result = await run(api.url, { resource: f.tag, operation: 'get', tagId: '2' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-tags/2`, {}]);
		expect(result.items()).toEqual([{ json: f.second, pairedItem: { item: 0 } }]);
	});
});

describe.each(FAMILIES)('Billomat › $label Tag › Get Many', (f) => {
	test('GETs /api/…-tags with the document ID; Return All pages through more than 1,000', async () => {
		addTags(api.server, 1100, f.doc, f.family);
		const result = await run(api.url, { resource: f.tag, operation: 'getAll', [f.idName]: String(f.doc), returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/api/${f.stem}-tags`, { [f.parentField]: String(f.doc), page: '1', per_page: '1000' }],
			['GET', `/api/${f.stem}-tags`, { [f.parentField]: String(f.doc), page: '2', per_page: '1000' }],
		]);
		expect(result.items()).toHaveLength(1101);
		expect(result.items()[0].json).toEqual({ id: 1, [f.parentField]: f.doc, name: 'web' });
	});
});

describe.each(FAMILIES)('Billomat › $label Tag › Get Tag Cloud', (f) => {
	test('GETs /api/…-tags without a document: each tag with its count; the minimum count applied in n8n', async () => {
		const all = await run(api.url, { resource: f.tag, operation: 'getCloud' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-tags`, {}]);
		expect(all.items().map((i) => i.json)).toEqual(f.cloud);
		const result = await run(api.url, { resource: f.tag, operation: 'getCloud', minCount: 2 });
		expect(result.items().map((i) => i.json)).toEqual(f.cloud.filter((t) => t.count >= 2));
	});
});

describe.each(FAMILIES)('Billomat › $label Tag › Delete', (f) => {
	test('DELETEs /api/…-tags/{id}; the document loses the tag', async () => {
		const result = await run(api.url, { resource: f.tag, operation: 'delete', tagId: '1' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', `/api/${f.stem}-tags/1`, 0]);
		expect(result.items()).toEqual([{ json: { id: 1, deleted: true }, pairedItem: { item: 0 } }]);
		expect(doc(f, f.doc).tags).toEqual([]);
		expect(others(f).map((o) => doc(o, o.doc).tags)).toEqual([['web'], ['web']]);
	});
});

describe.each(FAMILIES)('Billomat › $label Tag picker', (f) => {
	test('pages through more than 1,000 tags of the chosen document, 100 a page', async () => {
		const bulk = addTags(api.server, 1050, f.doc, f.family);
		const seen = await pickAll(api.url, f, 'Tag', f.doc);
		expect(seen).toHaveLength(1051);
		expect(seen[0]).toBe('1');
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received()).toHaveLength(11);
		expect(api.server.received().every((r) => r.path === `/api/${f.stem}-tags` && r.query[f.parentField] === String(f.doc))).toBe(true);
	});

	test('asks for the document first, before any request; a tag name is refused as an ID', async () => {
		await expect(pickWithoutDocument(api.url, f, 'Tag')).rejects.toThrow(`Choose the ${f.label.toLowerCase()} first`,
		);
		const byName = await run(api.url, { resource: f.tag, operation: 'get', tagId: 'web' });
		expect(byName.error()?.message).toBe('Item 0: "Tag" ("web") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});
});
