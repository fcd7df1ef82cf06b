// The Unit resource (https://www.billomat.com/en/api/settings/units/): every operation against the
// sandbox, asserting what Billomat receives and what n8n outputs.
import { addUnits, unitsOf } from '../../sandbox/billomat/units';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });

describe('Billomat › Unit', () => {
	test('Get Many: GET /api/units, every unit, numbers as numbers', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'getAll', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/units', { page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json)).toEqual([
			{ id: 1, created: '2023-01-09T10:00:00+01:00', name: 'hour' },
			{ id: 2, created: '2023-01-09T10:00:00+01:00', name: 'piece' },
			{ id: 3, created: '2023-01-09T10:00:00+01:00', name: 'year' },
			{ id: 4, created: '2023-01-09T10:00:00+01:00', name: 'day' },
		]);
	});

	test('Get Many: the Name filter is Billomat’s name filter; the limit is the page size', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'getAll', returnAll: false, limit: 1, filters: { name: ' HOU ' } });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '1', name: 'HOU' }]);
		expect(result.items().map((i) => i.json.name)).toEqual(['hour']);
	});

	test('Get Many with Return All pages through more than 1,000 units', async () => {
		const before = unitsOf(api.server).records.size;
		addUnits(api.server, 1100);
		const result = await run(api.url, { resource: 'unit', operation: 'getAll', returnAll: true });
		expect(result.items()).toHaveLength(before + 1100);
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('Get: GET /api/units/{id} (picked from the list)', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'get', unitId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/units/2']]);
		expect(result.items()).toEqual([{ json: { id: 2, created: '2023-01-09T10:00:00+01:00', name: 'piece' }, pairedItem: { item: 0 } }]);
	});

	test('Get: an unknown unit is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'get', unitId: '99' });
		expect(result.error()?.message).toBe('Billomat error 404: Unit not found');
	});

	test('Create: POSTs {"unit": {"name"}} and outputs the new unit', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'create', name: 'pallet' });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/units']);
		expect(jsonBody(request)).toEqual({ unit: { name: 'pallet' } });
		const json = result.items()[0].json;
		expect(json).toEqual({ id: 5, created: expect.any(String), name: 'pallet' });
		expect(unitsOf(api.server).records.get(5)?.name).toBe('pallet');
	});

	test('Update: PUTs the new name to /api/units/{id} (typed By ID)', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'update', unitId: { __rl: true, mode: 'id', value: '4' }, updateFields: { name: 'days' } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/units/4']);
		expect(jsonBody(request)).toEqual({ unit: { name: 'days' } });
		expect(result.items()[0].json).toEqual({ id: 4, created: '2023-01-09T10:00:00+01:00', name: 'days' });
	});

	test('Delete: DELETE /api/units/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'delete', unitId: byList('4') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/units/4']]);
		expect(result.items()).toEqual([{ json: { id: 4, deleted: true }, pairedItem: { item: 0 } }]);
		expect(unitsOf(api.server).records.has(4)).toBe(false);
	});

	test('Delete: a unit assigned to articles is refused by Billomat, and the unit stays', async () => {
		const result = await run(api.url, { resource: 'unit', operation: 'delete', unitId: byList('1') });
		expect(result.error()?.message).toBe('Billomat error 400: The unit is assigned to articles and cannot be deleted');
		expect(unitsOf(api.server).records.has(1)).toBe(true);
	});

	test.each([
		['a blank name at creation', { operation: 'create', name: '  ' }, 'Item 0: "Name" is blank'],
		['an update without fields', { operation: 'update', unitId: '1', updateFields: {} }, 'Item 0: no field to update'],
		['a unit name as the ID', { operation: 'get', unitId: '={{ "hour" }}' }, 'Item 0: "Unit ID" ("hour") is not a Billomat ID'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'unit', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
