// The Tax resource (https://www.billomat.com/en/api/settings/taxes/): every operation against the
// sandbox, asserting what Billomat receives and what n8n outputs.
import { taxesOf } from '../../sandbox/billomat/taxes';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const VAT = { id: 1, account_id: 1, name: 'VAT', rate: 19, is_default: 1 };
const REDUCED = { id: 2, account_id: 1, name: 'VAT reduced', rate: 7, is_default: 0 };

describe('Billomat › Tax', () => {
	test('Get Many: GET /api/taxes, every rate, numbers as numbers', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'getAll', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/taxes', { page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json)).toEqual([VAT, REDUCED, { id: 3, account_id: 1, name: 'Tax-free', rate: 0, is_default: 0 }]);
	});

	test('Get Many with a limit asks for that many', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'getAll', returnAll: false, limit: 2 });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
		expect(result.items().map((i) => i.json)).toEqual([VAT, REDUCED]);
	});

	test('Get: GET /api/taxes/{id} (picked from the list)', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'get', taxId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/taxes/2']]);
		expect(result.items()).toEqual([{ json: REDUCED, pairedItem: { item: 0 } }]);
	});

	test('Create: POSTs {"tax": {name, rate, is_default}}, and the new default replaces the old one', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'create', name: 'MwSt', rate: 16, additionalFields: { is_default: true } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/taxes']);
		expect(jsonBody(request)).toEqual({ tax: { name: 'MwSt', rate: 16, is_default: 1 } });
		expect(result.items()[0].json).toEqual({ id: 4, account_id: 1, name: 'MwSt', rate: 16, is_default: 1 });
		expect(taxesOf(api.server).records.get(1)?.is_default).toBe(0);
	});

	test('Create without Is Default sends name and rate only', async () => {
		await run(api.url, { resource: 'tax', operation: 'create', name: 'Zero', rate: 0 });
		expect(jsonBody(api.server.received()[0])).toEqual({ tax: { name: 'Zero', rate: 0 } });
	});

	test('Update: PUTs the changed fields to /api/taxes/{id}', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'update', taxId: { __rl: true, mode: 'id', value: '2' }, updateFields: { rate: 5, is_default: false } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/taxes/2']);
		expect(jsonBody(request)).toEqual({ tax: { rate: 5, is_default: 0 } });
		expect(result.items()[0].json).toEqual({ ...REDUCED, rate: 5 });
	});

	test('Delete: DELETE /api/taxes/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'delete', taxId: byList('3') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/taxes/3']]);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(taxesOf(api.server).records.has(3)).toBe(false);
	});

	test('an unknown rate is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'tax', operation: 'get', taxId: '42' });
		expect(result.error()?.message).toBe('Billomat error 404: Tax not found');
	});

	test.each([
		['a blank name', { operation: 'create', name: ' ', rate: 19 }, 'Item 0: "Name" is blank'],
		['a rate over 100 %', { operation: 'create', name: 'VAT', rate: 190 }, 'Item 0: "Rate" (190) is outside the range this node accepts, 0 to 100'],
		['a rate that is not a number', { operation: 'update', taxId: '1', updateFields: { rate: '={{ "nineteen" }}' } }, 'Item 0: "Rate" ("nineteen") is not a number'],
		['an update without fields', { operation: 'update', taxId: '1', updateFields: {} }, 'Item 0: no field to update'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'tax', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
