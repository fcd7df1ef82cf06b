// The Client Property resource (https://www.billomat.com/en/api/settings/client-properties/):
// every operation against the sandbox, asserting what Billomat receives and what n8n outputs.
import { addClientProperties, clientPropertiesOf } from '../../sandbox/billomat/clientProperties';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const PREMIUM = { id: 1, account_id: 1, name: 'Premium-Kunde', type: 'CHECKBOX', default_value: '0', is_nvl: 1 };
const DEPARTMENT = { id: 2, account_id: 1, name: 'Abteilung', type: 'TEXTFIELD', default_value: null, is_nvl: 0 };

describe('Billomat › Client Property', () => {
	test('Get Many: GET /api/client-properties, each record under its "client-property" element', async () => {
		const result = await run(api.url, { resource: 'clientProperty', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/client-properties', { page: '1', per_page: '1000' }]]);
		expect(result.items().map((i) => i.json)).toEqual([PREMIUM, DEPARTMENT, { id: 3, account_id: 1, name: 'Lieferadresse', type: 'TEXTAREA', default_value: null, is_nvl: 0 }]);
	});

	test('Get Many with a limit asks for that many', async () => {
		const limited = await run(api.url, { resource: 'clientProperty', operation: 'getAll', returnAll: false, limit: 2 });
		expect(limited.items().map((i) => i.json.id)).toEqual([1, 2]);
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
	});

	test('Get Many with Return All pages through more than 1,000 properties', async () => {
		addClientProperties(api.server, 1100);
		const all = await run(api.url, { resource: 'clientProperty', operation: 'getAll', returnAll: true });
		expect(all.items()).toHaveLength(1103);
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('Get: GET /api/client-properties/{id}', async () => {
		const result = await run(api.url, { resource: 'clientProperty', operation: 'get', clientPropertyId: byList('1') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/client-properties/1']]);
		expect(result.items()).toEqual([{ json: PREMIUM, pairedItem: { item: 0 } }]);
	});

	test('Create: POSTs {"client-property": {name, type, default_value, is_nvl}}', async () => {
		const result = await run(api.url, { resource: 'clientProperty', operation: 'create', name: 'Geburtstag', type: 'TEXTFIELD', additionalFields: { default_value: '-', is_nvl: true } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/client-properties']);
		expect(jsonBody(request)).toEqual({ 'client-property': { name: 'Geburtstag', type: 'TEXTFIELD', default_value: '-', is_nvl: 1 } });
		expect(result.items()[0].json).toEqual({ id: 4, account_id: 1, name: 'Geburtstag', type: 'TEXTFIELD', default_value: '-', is_nvl: 1 });
	});

	test('Update: PUTs the changed fields', async () => {
		const result = await run(api.url, { resource: 'clientProperty', operation: 'update', clientPropertyId: '2', updateFields: { name: 'private Anschrift', type: 'TEXTAREA' } });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['PUT', '/api/client-properties/2']);
		expect(jsonBody(request)).toEqual({ 'client-property': { name: 'private Anschrift', type: 'TEXTAREA' } });
		expect(result.items()[0].json).toEqual({ ...DEPARTMENT, name: 'private Anschrift', type: 'TEXTAREA' });
	});

	test('Delete: DELETE /api/client-properties/{id}, one summary item', async () => {
		const result = await run(api.url, { resource: 'clientProperty', operation: 'delete', clientPropertyId: byList('3') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/client-properties/3']]);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(clientPropertiesOf(api.server).properties.records.has(3)).toBe(false);
	});

	test.each([
		['a blank name', { operation: 'create', name: ' ', type: 'CHECKBOX' }, 'Item 0: "Name" is blank'],
		['an unknown type', { operation: 'create', name: 'X', type: '={{ "DROPDOWN" }}' }, 'Item 0: "Type" ("DROPDOWN") is not one of Billomat\'s values'],
		['an update without fields', { operation: 'update', clientPropertyId: '1', updateFields: {} }, 'Item 0: no field to update'],
		['a limit of 0', { operation: 'getAll', returnAll: false, limit: 0 }, 'Item 0: "Limit" (0) is outside the range this node accepts, 1 to 1,000,000,000,000'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'clientProperty', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
