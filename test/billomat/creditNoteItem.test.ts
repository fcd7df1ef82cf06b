// Credit Note Item (https://www.billomat.com/en/api/credit-notes/items/): the items of a credit
// note, added, changed and deleted on drafts only, each change recalculating the draft's totals.
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** The goodwill draft's item (credit note 32: 1 hour support at 75, VAT 20 %). */
const GOODWILL = {
	id: 32001,
	article_id: null,
	credit_note_id: 32,
	position: 1,
	unit: 'hour',
	quantity: 1,
	unit_price: 75,
	tax_name: 'VAT',
	tax_rate: 20,
	title: 'Support (goodwill)',
	description: null,
	total_gross: 90,
	total_net: 75,
	reduction: null,
	total_gross_unreduced: 90,
	total_net_unreduced: 75,
};

const creditNote = (id: number) => api.server.documentBooks['credit-notes'].records.get(id)!;

describe('Billomat › Credit Note Item › Create', () => {
	test('POSTs the item with its credit note to /api/credit-note-items; it is appended and the draft’s totals change', async () => {
		expect(creditNote(32)).toMatchObject({ total_net: 75, total_gross: 90 });
		const result = await run(api.url, {
			resource: 'creditNoteItem',
			operation: 'create',
			creditNoteId: { __rl: true, mode: 'list', value: '32' },
			title: 'Shipping refund',
			quantity: 1,
			unit_price: 10,
			additionalFields: { unit: 'Piece', tax_name: 'VAT', tax_rate: 20, description: 'Returned parcel' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/credit-note-items', {}]);
		expect(jsonBody(request)).toEqual({
			'credit-note-item': { credit_note_id: 32, title: 'Shipping refund', quantity: 1, unit_price: 10, unit: 'Piece', tax_name: 'VAT', tax_rate: 20, description: 'Returned parcel' },
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 32002,
					article_id: null,
					credit_note_id: 32,
					position: 2,
					unit: 'Piece',
					quantity: 1,
					unit_price: 10,
					tax_name: 'VAT',
					tax_rate: 20,
					title: 'Shipping refund',
					description: 'Returned parcel',
					total_gross: 12,
					total_net: 10,
					reduction: null,
					total_gross_unreduced: 12,
					total_net_unreduced: 10,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(creditNote(32)).toMatchObject({ total_net: 85, total_gross: 102 });
	});

	test('a completed credit note’s items are refused by Billomat, with the advice', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'create', creditNoteId: '31', title: 'More' });
		expect(result.error()?.message).toBe('Billomat error 400: Credit note 31 is not a draft (status OPEN): its items cannot be changed');
		expect(result.error()?.description).toContain('Billomat changes the items of draft credit notes only.');
	});

	test('the item fields offered are the ones the credit note items page documents (no type, no tax changed manually)', async () => {
		const { description } = await import('../../nodes/Billomat/actions/creditNoteItem/create.operation');
		const additional = description.find((p) => p.name === 'additionalFields')!;
		expect((additional.options as Array<{ name: string }>).map((o) => o.name).sort()).toEqual(['article_id', 'description', 'reduction', 'tax_name', 'tax_rate', 'unit']);
	});
});

describe('Billomat › Credit Note Item › Get', () => {
	test('GETs /api/credit-note-items/{id}, simplified by default', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'get', itemId: '31001' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-items/31001', {}]);
		expect(result.items()).toEqual([
			{
				json: { id: 31001, credit_note_id: 31, position: 1, title: 'Hosting (refund)', quantity: 3, unit: 'month', unit_price: 20, tax_rate: 19, total_net: 60, total_gross: 71.4 },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the whole item', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'get', itemId: '32001', simplify: false });
		expect(result.items()[0].json).toEqual(GOODWILL);
	});
});

describe('Billomat › Credit Note Item › Get Many', () => {
	test('GETs /api/credit-note-items?credit_note_id=… (mandatory) and outputs the items', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'getAll', creditNoteId: { __rl: true, mode: 'id', value: '32' }, returnAll: true, simplify: false });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/credit-note-items', { credit_note_id: '32', page: '1', per_page: '1000' }]);
		expect(result.items()).toEqual([{ json: GOODWILL, pairedItem: { item: 0 } }]);
	});

	test('an unknown credit note is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'getAll', creditNoteId: '999', returnAll: true });
		expect(result.error()?.message).toBe('Billomat error 404: Credit note not found');
	});
});

describe('Billomat › Credit Note Item › Update', () => {
	test('PUTs the changed fields to /api/credit-note-items/{id}; the draft’s totals follow', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'update', itemId: '32001', updateFields: { quantity: '1,5', reduction: '10%' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['PUT', '/api/credit-note-items/32001', {}]);
		expect(jsonBody(request)).toEqual({ 'credit-note-item': { quantity: 1.5, reduction: '10%' } });
		expect(result.items()).toEqual([
			{
				json: { id: 32001, credit_note_id: 32, position: 1, title: 'Support (goodwill)', quantity: 1.5, unit: 'hour', unit_price: 75, tax_rate: 20, total_net: 101.25, total_gross: 121.5 },
				pairedItem: { item: 0 },
			},
		]);
		expect(creditNote(32)).toMatchObject({ total_net_unreduced: 112.5 });
	});

	test('an item of a paid credit note is refused by Billomat', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'update', itemId: '33001', updateFields: { quantity: 1 } });
		expect(result.error()?.message).toBe('Billomat error 400: Credit note 33 is not a draft (status PAID): its items cannot be changed');
	});
});

describe('Billomat › Credit Note Item › Delete', () => {
	test('DELETEs /api/credit-note-items/{id} and outputs a summary; the draft has no items left', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'delete', itemId: '32001' });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query, request.body.length]).toEqual(['DELETE', '/api/credit-note-items/32001', {}, 0]);
		expect(result.items()).toEqual([{ json: { id: 32001, deleted: true }, pairedItem: { item: 0 } }]);
		expect(creditNote(32)).toMatchObject({ items: [], total_net: 0, total_gross: 0 });
	});
});

describe('Billomat › Credit Note Item › bad input', () => {
	test('a credit note ID that is not a number is refused before any request', async () => {
		const result = await run(api.url, { resource: 'creditNoteItem', operation: 'getAll', creditNoteId: 'GS1', returnAll: true });
		expect(result.error()?.message).toBe('Item 0: "Credit Note" ("GS1") is not a Billomat ID');
		expect(api.server.received()).toEqual([]);
	});

	test('an Update without fields and a tax rate above 100 % are refused before any request', async () => {
		const empty = await run(api.url, { resource: 'creditNoteItem', operation: 'update', itemId: '32001' });
		expect(empty.error()?.message).toBe('Item 0: no field to update');
		const rate = await run(api.url, { resource: 'creditNoteItem', operation: 'update', itemId: '32001', updateFields: { tax_rate: 190 } });
		expect(rate.error()?.message).toBe('Item 0: "Tax Rate" (190) is outside the range this node accepts, 0 to 100');
		expect(api.server.received()).toEqual([]);
	});
});
