// Reminder Item and Recurring Invoice Item: the shared item builder over `/reminder-items` (no
// page readable: it follows the credit note items page) and `/recurring-items`
// (https://www.billomat.com/en/api/recurrings/items/: recurring_id mandatory for the list; the
// create table article_id, unit, quantity, unit_price, tax_name, tax_rate, title, description,
// reduction). Each change recalculates the parent's totals.
import type { ChildCase } from './familyChild.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** `parentId`: a parent whose items can change; `item`: its one demo item as output. */
interface Family extends ChildCase {
	item: Record<string, unknown>;
	/** A parent whose items Billomat refuses to change, and the refusal; none for recurring invoices. */
	fixed?: { id: number; error: string; hint: string };
}

const FAMILIES: Family[] = [
	{
		label: 'Reminder',
		resource: 'reminderItem',
		family: 'reminders',
		path: '/api/reminder-items',
		root: 'reminder-item',
		field: 'reminder_id',
		locator: 'reminderId',
		parentId: 42,
		item: {
			id: 42001,
			article_id: null,
			reminder_id: 42,
			position: 1,
			unit: null,
			quantity: 1,
			unit_price: 270,
			tax_name: null,
			tax_rate: null,
			title: 'Open amount of invoice RE125',
			description: null,
			total_gross: 270,
			total_net: 270,
			reduction: null,
			total_gross_unreduced: 270,
			total_net_unreduced: 270,
		},
		fixed: { id: 41, error: 'Billomat error 400: Reminder 41 is not a draft (status OPEN): its items cannot be changed', hint: 'Billomat changes the items of draft reminders only.' },
	},
	{
		label: 'Recurring Invoice',
		resource: 'recurringItem',
		family: 'recurrings',
		path: '/api/recurring-items',
		root: 'recurring-item',
		field: 'recurring_id',
		locator: 'recurringId',
		parentId: 71,
		item: {
			id: 71001,
			article_id: null,
			recurring_id: 71,
			position: 1,
			unit: 'month',
			quantity: 1,
			unit_price: 20,
			tax_name: 'MwSt',
			tax_rate: 19,
			title: 'Hosting',
			description: null,
			total_gross: 23.8,
			total_net: 20,
			reduction: null,
			total_gross_unreduced: 23.8,
			total_net_unreduced: 20,
		},
	},
];

describe.each(FAMILIES)('Billomat › $label Item', (f) => {
	const parent = () => api.server.documentBooks[f.family].records.get(f.parentId)!;

	test('Create POSTs the item with its parent; it is appended and the parent’s totals change', async () => {
		const before = parent().total_net;
		const result = await run(api.url, {
			resource: f.resource,
			operation: 'create',
			[f.locator]: { __rl: true, mode: 'list', value: String(f.parentId) },
			title: 'Setup',
			quantity: 2,
			unit_price: 15,
			additionalFields: { unit: 'Piece', tax_name: 'MwSt', tax_rate: 19, description: 'One-off' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', f.path, {}]);
		expect(jsonBody(request)).toEqual({
			[f.root]: { [f.field]: f.parentId, title: 'Setup', quantity: 2, unit_price: 15, unit: 'Piece', tax_name: 'MwSt', tax_rate: 19, description: 'One-off' },
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: f.parentId * 1000 + 2,
					article_id: null,
					[f.field]: f.parentId,
					position: 2,
					unit: 'Piece',
					quantity: 2,
					unit_price: 15,
					tax_name: 'MwSt',
					tax_rate: 19,
					title: 'Setup',
					description: 'One-off',
					total_gross: 35.7,
					total_net: 30,
					reduction: null,
					total_gross_unreduced: 35.7,
					total_net_unreduced: 30,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(parent().total_net).toBe(before + 30);
	});

	test('Get GETs /{stem}-items/{id}, simplified by default', async () => {
		const result = await run(api.url, { resource: f.resource, operation: 'get', itemId: String(f.item.id) });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', `${f.path}/${String(f.item.id)}`, {}]]);
		const { id, position, title, quantity, unit, unit_price, tax_rate, total_net, total_gross } = f.item;
		expect(result.items()).toEqual([{ json: { id, [f.field]: f.parentId, position, title, quantity, unit, unit_price, tax_rate, total_net, total_gross }, pairedItem: { item: 0 } }]);
	});

	test('Get Many GETs /{stem}-items?{parent}_id=… (mandatory) and outputs the whole items with Simplify off', async () => {
		const result = await run(api.url, { resource: f.resource, operation: 'getAll', [f.locator]: String(f.parentId), returnAll: true, simplify: false });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', f.path, { [f.field]: String(f.parentId), page: '1', per_page: '1000' }]]);
		expect(result.items().map((i) => i.json)).toEqual([f.item]);
	});

	test('Update PUTs the changed fields to /{stem}-items/{id}; Delete DELETEs it and outputs a summary', async () => {
		const updated = await run(api.url, { resource: f.resource, operation: 'update', itemId: String(f.item.id), updateFields: { quantity: 3 }, simplify: false });
		const [put] = api.server.received();
		expect([put.method, put.path, put.query]).toEqual(['PUT', `${f.path}/${String(f.item.id)}`, {}]);
		expect(jsonBody(put)).toEqual({ [f.root]: { quantity: 3 } });
		expect(updated.items()[0].json).toMatchObject({ id: f.item.id, quantity: 3, total_net: 3 * (f.item.unit_price as number) });

		const deleted = await run(api.url, { resource: f.resource, operation: 'delete', itemId: String(f.item.id) });
		expect(api.server.received().at(-1)!).toMatchObject({ method: 'DELETE', path: `${f.path}/${String(f.item.id)}` });
		expect(deleted.items()).toEqual([{ json: { id: f.item.id, deleted: true }, pairedItem: { item: 0 } }]);
		expect(parent().items).toHaveLength(0);
	});

	if (f.fixed) {
		const fixed = f.fixed;
		test('a parent that is no draft: Billomat refuses the item, with the advice', async () => {
			const result = await run(api.url, { resource: f.resource, operation: 'create', [f.locator]: String(fixed.id), title: 'More' });
			expect(result.error()?.message).toBe(fixed.error);
			expect(result.error()?.description).toContain(fixed.hint);
		});
	}
});
