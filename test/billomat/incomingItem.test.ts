// Incoming Invoice Item (https://www.billomat.com/api/eingangsrechnungen/posten/): the posts of an
// incoming invoice (an amount with its tax, category and accounts), listed by incoming and custom
// field, read, added, changed and deleted.
import { addIncomingItems, incomingItemsOf } from '../../sandbox/billomat/incomingItems';
import { pickAll } from './familyChild.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** The demo item of the overdue incoming 3 (RH-25-00342), as output with Simplify off. */
const MODELS = {
	id: 3,
	incoming_id: 3,
	position: 1,
	description: '3D-printed models, 500 pieces',
	total: 238,
	tax_name: 'USt',
	tax_rate: 19,
	tax_rate_reverse_charge: null,
	tax_included: true,
	category: 'goods',
	type: 'PRODUCT',
	cost_center: null,
	expense_account_number: 3400,
	customfield: null,
};

const simple = (item: Record<string, unknown>) => {
	const { id, incoming_id, position, description, total, tax_name, tax_rate, tax_included, category, type } = item;
	return { id, incoming_id, position, description, total, tax_name, tax_rate, tax_included, category, type };
};

describe('Billomat › Incoming Invoice Item › Create', () => {
	test('POSTs the incoming and the documented fields to /api/incoming-items; the item follows the incoming’s items', async () => {
		const result = await run(api.url, {
			resource: 'incomingItem',
			operation: 'create',
			incomingId: { __rl: true, mode: 'list', value: '3' },
			total: 119,
			additionalFields: { description: 'Express shipping', tax_name: 'USt', tax_rate: 19, tax_included: false, category: 'shipping', type: 'SERVICE', cost_center: 12, expense_account_number: 4730, customfield: 'PO-881' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/incoming-items', {}]);
		expect(jsonBody(request)).toEqual({
			'incoming-item': { incoming_id: 3, total: 119, description: 'Express shipping', tax_name: 'USt', tax_rate: 19, tax_included: 0, category: 'shipping', type: 'SERVICE', cost_center: 12, expense_account_number: 4730, customfield: 'PO-881' },
		});
		const made = { id: 6, incoming_id: 3, position: 2, description: 'Express shipping', total: 119, tax_name: 'USt', tax_rate: 19, tax_rate_reverse_charge: null, tax_included: false, category: 'shipping', type: 'SERVICE', cost_center: 12, expense_account_number: 4730, customfield: 'PO-881' };
		expect(result.items()).toEqual([{ json: made, pairedItem: { item: 0 } }]);
		expect(incomingItemsOf(api.server).records.get(6)).toMatchObject({ incoming_id: 3, position: 2, tax_included: 0 });
	});

	test('an unknown incoming is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'incomingItem', operation: 'create', incomingId: '999', total: 1 });
		expect(result.error()?.message).toBe('Billomat error 404: Incoming not found');
	});
});

describe('Billomat › Incoming Invoice Item › Get', () => {
	test('GETs /api/incoming-items/{id}: simplified by default, the whole item with Simplify off', async () => {
		const result = await run(api.url, { resource: 'incomingItem', operation: 'get', itemId: { __rl: true, mode: 'id', value: '3' } });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/incoming-items/3', {}]]);
		expect(result.items()).toEqual([{ json: simple(MODELS), pairedItem: { item: 0 } }]);
		const whole = await run(api.url, { resource: 'incomingItem', operation: 'get', itemId: '3', simplify: false });
		expect(whole.items()[0].json).toEqual(MODELS);
	});
});

describe('Billomat › Incoming Invoice Item › Get Many', () => {
	test('GETs /api/incoming-items with the incoming and custom field filters', async () => {
		const result = await run(api.url, { resource: 'incomingItem', operation: 'getAll', returnAll: true, filters: { incoming_id: '3' }, simplify: false });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/incoming-items', { incoming_id: '3', page: '1', per_page: '1000' }]]);
		expect(result.items().map((i) => i.json)).toEqual([MODELS]);

		await run(api.url, { resource: 'incomingItem', operation: 'update', itemId: '5', updateFields: { customfield: 'PO-42' } });
		const tagged = await run(api.url, { resource: 'incomingItem', operation: 'getAll', returnAll: false, limit: 5, filters: { customfield: 'po-42' } });
		expect(api.server.received().at(-1)!.query).toEqual({ customfield: 'po-42', page: '1', per_page: '5' });
		expect(tagged.items().map((i) => i.json.id)).toEqual([5]);
	});
});

describe('Billomat › Incoming Invoice Item › Update', () => {
	test('PUTs the changed fields to /api/incoming-items/{id}', async () => {
		const result = await run(api.url, { resource: 'incomingItem', operation: 'update', itemId: '3', updateFields: { total: 200, tax_included: false } });
		const [request] = api.server.received();
		expect([request.method, request.path, request.query]).toEqual(['PUT', '/api/incoming-items/3', {}]);
		expect(jsonBody(request)).toEqual({ 'incoming-item': { total: 200, tax_included: 0 } });
		expect(result.items()).toEqual([{ json: simple({ ...MODELS, total: 200, tax_included: false }), pairedItem: { item: 0 } }]);
	});
});

describe('Billomat › Incoming Invoice Item › Delete', () => {
	test('DELETEs /api/incoming-items/{id} and outputs a summary', async () => {
		const result = await run(api.url, { resource: 'incomingItem', operation: 'delete', itemId: '3' });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/incoming-items/3']]);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(incomingItemsOf(api.server).records.has(3)).toBe(false);
	});
});

describe('Billomat › Incoming Invoice Item › picker', () => {
	test('the Item picker pages through more than 1,000 incoming items', async () => {
		const bulk = addIncomingItems(api.server, 1100, 5);
		const seen = await pickAll(api.url, 'searchIncomingInvoiceItems');
		expect(seen).toHaveLength(1105);
		expect(seen.at(-1)).toBe(String(bulk.at(-1)));
		expect(api.server.received().map((r) => r.path)).toEqual(Array.from({ length: 12 }, () => '/api/incoming-items'));
	});
});
