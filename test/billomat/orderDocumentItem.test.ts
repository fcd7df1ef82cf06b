// Estimate Item, Confirmation Item and Delivery Note Item: the items of a document, listed per
// document and added, changed and deleted on drafts only (https://www.billomat.com/en/api/estimates/items/;
// confirmations and delivery notes document no items page of their own here and follow the credit
// note items page). One describe per resource and operation; each asserts the request and the output.
import { documentOf, withFamilies } from './orderDocumentChildren.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const ESTIMATE_ITEM = { id: 22001, article_id: null, offer_id: 22, position: 1, unit: 'hour', quantity: 8, unit_price: 90, tax_name: 'MwSt', tax_rate: 19, title: 'Design', description: null };
const SUPPORT_ITEM = { unit: 'hour', quantity: 10, unit_price: 75, tax_name: 'VAT', tax_rate: 20, title: 'Support', description: null };
const HANDBOOK_ITEM = { unit: 'Piece', quantity: 1, unit_price: 0, tax_name: null, tax_rate: null, title: 'Support handbook', description: null };
const totals = (net: number, gross: number) => ({ total_gross: gross, total_net: net, reduction: null, total_gross_unreduced: gross, total_net_unreduced: net });
const ORDER_ITEM_FIELDS = ['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit'];

/** Per family: the draft's one item as the API records it, the record's extra fields (estimate items show `optional`), the fields offered. */
const SPECIFIC: Record<string, { draftItem: Record<string, unknown>; extra: Record<string, unknown>; offered: string[] }> = {
	offers: { draftItem: { ...ESTIMATE_ITEM, ...totals(720, 856.8), optional: 0 }, extra: { optional: 0 }, offered: ['article_id', 'description', 'optional', 'tax_name', 'tax_rate', 'unit'] },
	confirmations: { draftItem: { id: 42001, article_id: null, confirmation_id: 42, position: 1, ...SUPPORT_ITEM, ...totals(750, 900) }, extra: {}, offered: ORDER_ITEM_FIELDS },
	'delivery-notes': { draftItem: { id: 52001, article_id: null, delivery_note_id: 52, position: 1, ...HANDBOOK_ITEM, ...totals(0, 0) }, extra: {}, offered: ORDER_ITEM_FIELDS },
};

const FAMILIES = withFamilies((f) => ({ ...SPECIFIC[f.family], item: `${f.resource}Item` }));
type Family = (typeof FAMILIES)[number];

const doc = (f: Family, id: number) => documentOf(api.server, f, id);

describe.each(FAMILIES)('Billomat › $label Item › Create', (f) => {
	test(`POSTs the item with its document to /api/…-items; it is appended after the draft’s items`, async () => {
		const result = await run(api.url, {
			resource: f.item,
			operation: 'create',
			[f.idName]: { __rl: true, mode: 'list', value: String(f.draft) },
			title: 'Setup',
			quantity: 2,
			unit_price: 50,
			additionalFields: { unit: 'Piece', tax_name: 'MwSt', tax_rate: 19, description: 'One-off setup' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', `/api/${f.stem}-items`, {}]);
		expect(jsonBody(request)).toEqual({
			[`${f.stem}-item`]: { [f.parentField]: f.draft, title: 'Setup', quantity: 2, unit_price: 50, unit: 'Piece', tax_name: 'MwSt', tax_rate: 19, description: 'One-off setup' },
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: f.draft * 1000 + 2,
					article_id: null,
					[f.parentField]: f.draft,
					position: 2,
					unit: 'Piece',
					quantity: 2,
					unit_price: 50,
					tax_name: 'MwSt',
					tax_rate: 19,
					title: 'Setup',
					description: 'One-off setup',
					total_gross: 119,
					total_net: 100,
					reduction: null,
					total_gross_unreduced: 119,
					total_net_unreduced: 100,
					...f.extra,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(doc(f, f.draft).items.map((item) => item.title)).toEqual([f.draftItem.title, 'Setup']);
	});

	test('a completed document’s items are refused by Billomat, with the advice', async () => {
		const result = await run(api.url, { resource: f.item, operation: 'create', [f.idName]: String(f.done), title: 'More' });
		expect(result.error()?.message).toBe(`Billomat error 400: ${f.noun} ${f.done} is not a draft (status ${f.doneStatus}): its items cannot be changed`);
		expect(result.error()?.description).toContain(`Billomat changes the items of draft ${f.label.toLowerCase()}s only.`);
	});

	test('the item fields offered are the documented ones', async () => {
		const { description } = await import(`../../nodes/Billomat/actions/${f.item}/create.operation`);
		const additional = (description as Array<{ name: string; options?: Array<{ name: string }> }>).find((p) => p.name === 'additionalFields')!;
		expect(additional.options!.map((o) => o.name).sort()).toEqual(f.offered);
	});
});

describe('Billomat › Estimate Item › Create (optional position)', () => {
	test('Optional is sent as 1 and the item reads optional', async () => {
		const result = await run(api.url, { resource: 'estimateItem', operation: 'create', estimateId: '22', title: 'Extra design round', quantity: 4, unit_price: 90, additionalFields: { optional: true } });
		expect(jsonBody(api.server.received()[0])).toEqual({ 'offer-item': { offer_id: 22, title: 'Extra design round', quantity: 4, unit_price: 90, optional: 1 } });
		expect(result.items()).toEqual([
			{
				json: { id: 22002, offer_id: 22, position: 2, title: 'Extra design round', quantity: 4, unit: null, unit_price: 90, tax_rate: 19, total_net: 360, total_gross: 428.4 },
				pairedItem: { item: 0 },
			},
		]);
		const got = await run(api.url, { resource: 'estimateItem', operation: 'get', itemId: '22002', simplify: false });
		expect(got.items()[0].json).toMatchObject({ id: 22002, optional: 1 });
		// Its price is not in the estimate's total; once it is no longer optional, it is.
		expect(documentOf(api.server, FAMILIES[0], 22)).toMatchObject({ total_net: 720, total_gross: 856.8 });
		await run(api.url, { resource: 'estimateItem', operation: 'update', itemId: '22002', updateFields: { optional: false } });
		expect(jsonBody(api.server.received().at(-1)!)).toEqual({ 'offer-item': { optional: 0 } });
		expect(documentOf(api.server, FAMILIES[0], 22)).toMatchObject({ total_net: 1080, total_gross: 1285.2 });
	});
});

describe.each(FAMILIES)('Billomat › $label Item › Get', (f) => {
	test('GETs /api/…-items/{id}, simplified by default', async () => {
		const id = f.done * 1000 + 1;
		const result = await run(api.url, { resource: f.item, operation: 'get', itemId: String(id) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-items/${id}`, {}]);
		expect(result.items()).toEqual([
			{
				json: { id, [f.parentField]: f.done, position: 1, title: 'Consulting', quantity: 1, unit: 'hour', unit_price: 90, tax_rate: 19, total_net: 90, total_gross: 107.1 },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the whole item', async () => {
		const result = await run(api.url, { resource: f.item, operation: 'get', itemId: String(f.draft * 1000 + 1), simplify: false });
		expect(result.items()[0].json).toEqual(f.draftItem);
	});
});

describe.each(FAMILIES)('Billomat › $label Item › Get Many', (f) => {
	test('GETs /api/…-items with the document ID (mandatory) and outputs its items', async () => {
		const result = await run(api.url, { resource: f.item, operation: 'getAll', [f.idName]: { __rl: true, mode: 'id', value: String(f.draft) }, returnAll: true, simplify: false });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/${f.stem}-items`, { [f.parentField]: String(f.draft), page: '1', per_page: '1000' }]);
		expect(result.items()).toEqual([{ json: f.draftItem, pairedItem: { item: 0 } }]);
	});

	test('an unknown document is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: f.item, operation: 'getAll', [f.idName]: '999', returnAll: true });
		expect(result.error()?.message).toBe(`Billomat error 404: ${f.noun} not found`);
	});
});

describe.each(FAMILIES)('Billomat › $label Item › Update', (f) => {
	test('PUTs the changed fields to /api/…-items/{id}', async () => {
		const id = f.draft * 1000 + 1;
		const result = await run(api.url, { resource: f.item, operation: 'update', itemId: String(id), updateFields: { quantity: '3', title: 'Changed' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['PUT', `/api/${f.stem}-items/${id}`, {}]);
		expect(jsonBody(request)).toEqual({ [`${f.stem}-item`]: { quantity: 3, title: 'Changed' } });
		const before = f.draftItem as { unit: string; unit_price: number; tax_rate: number | null };
		const net = 3 * before.unit_price;
		expect(result.items()).toEqual([
			{
				json: {
					id,
					[f.parentField]: f.draft,
					position: 1,
					title: 'Changed',
					quantity: 3,
					unit: before.unit,
					unit_price: before.unit_price,
					tax_rate: before.tax_rate,
					total_net: net,
					total_gross: Math.round(net * (1 + (before.tax_rate ?? 0) / 100) * 100) / 100,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an item of a completed document is refused by Billomat', async () => {
		const result = await run(api.url, { resource: f.item, operation: 'update', itemId: String(f.done * 1000 + 1), updateFields: { quantity: 1 } });
		expect(result.error()?.message).toBe(`Billomat error 400: ${f.noun} ${f.done} is not a draft (status ${f.doneStatus}): its items cannot be changed`);
	});
});

describe.each(FAMILIES)('Billomat › $label Item › Delete', (f) => {
	test('DELETEs /api/…-items/{id} and outputs a summary; the draft has no items left', async () => {
		const id = f.draft * 1000 + 1;
		const result = await run(api.url, { resource: f.item, operation: 'delete', itemId: String(id) });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query, request.body.length]).toEqual(['DELETE', `/api/${f.stem}-items/${id}`, {}, 0]);
		expect(result.items()).toEqual([{ json: { id, deleted: true }, pairedItem: { item: 0 } }]);
		expect(doc(f, f.draft).items).toEqual([]);
	});
});

describe.each(FAMILIES)('Billomat › $label Item › bad input', (f) => {
	test('a document number instead of its ID, and an Update without fields, are refused before any request', async () => {
		const number = await run(api.url, { resource: f.item, operation: 'getAll', [f.idName]: 'NR-1', returnAll: true });
		expect(number.error()?.message).toBe(`Item 0: "${f.label}" ("NR-1") is not a Billomat ID`);
		const empty = await run(api.url, { resource: f.item, operation: 'update', itemId: String(f.draft * 1000 + 1) });
		expect(empty.error()?.message).toBe('Item 0: no field to update');
		expect(api.server.received()).toEqual([]);
	});
});
