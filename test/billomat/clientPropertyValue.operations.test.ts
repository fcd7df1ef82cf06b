// The Client Property Value resource (https://www.billomat.com/en/api/clients/properties/): every
// operation against the sandbox, asserting what Billomat receives and what n8n outputs.
import { clientPropertiesOf } from '../../sandbox/billomat/clientProperties';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const PREMIUM_476 = { id: 1, client_id: 476, client_property_id: 1, type: 'CHECKBOX', name: 'Premium-Kunde', value: '1' };
const DEPARTMENT_476 = { id: 2, client_id: 476, client_property_id: 2, type: 'TEXTFIELD', name: 'Abteilung', value: 'Einkauf' };
const DEPARTMENT_477 = { id: 3, client_id: 477, client_property_id: 2, type: 'TEXTFIELD', name: 'Abteilung', value: 'Marketing' };

describe('Billomat › Client Property Value', () => {
	test('Get Many: GET /api/client-property-values, each value with its property’s name and type', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/client-property-values', { page: '1', per_page: '1000' }]]);
		expect(result.items().map((i) => i.json)).toEqual([PREMIUM_476, DEPARTMENT_476, DEPARTMENT_477]);
	});

	test('Get Many: the Client ID, Client Property ID and Value filters are Billomat’s', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'getAll', returnAll: false, limit: 5, filters: { client_id: '477', client_property_id: 2, value: 'market' } });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '5', client_id: '477', client_property_id: '2', value: 'market' }]);
		expect(result.items().map((i) => i.json)).toEqual([DEPARTMENT_477]);
	});

	test('Get: GET /api/client-property-values/{id}', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'get', clientPropertyValueId: byList('2') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/client-property-values/2']]);
		expect(result.items()).toEqual([{ json: DEPARTMENT_476, pairedItem: { item: 0 } }]);
	});

	test('Set: POSTs {client_id, client_property_id, value}; a client without a value gets a new one', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'set', clientId: byList('477'), clientPropertyId: byList('1'), value: '1' });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['POST', '/api/client-property-values']);
		expect(jsonBody(request)).toEqual({ 'client-property-value': { client_id: 477, client_property_id: 1, value: '1' } });
		expect(result.items()[0].json).toEqual({ id: 4, client_id: 477, client_property_id: 1, type: 'CHECKBOX', name: 'Premium-Kunde', value: '1' });
	});

	test('Set again replaces the client’s value of that property', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'set', clientId: '476', clientPropertyId: { __rl: true, mode: 'id', value: '2' }, value: 'Vertrieb' });
		expect(result.items()[0].json).toEqual({ ...DEPARTMENT_476, value: 'Vertrieb' });
		expect(clientPropertiesOf(api.server).values.size).toBe(3);
	});

	test('Set for an unknown client is Billomat’s 400', async () => {
		const result = await run(api.url, { resource: 'clientPropertyValue', operation: 'set', clientId: '9999', clientPropertyId: '1', value: '1' });
		expect(result.error()?.message).toBe('Billomat error 400: Client not found');
	});

	test.each([
		['a client name as the client ID', { operation: 'set', clientId: '={{ "Musterfirma" }}', clientPropertyId: '1', value: 'x' }, 'Item 0: "Client ID" ("Musterfirma") is not a Billomat ID'],
		['a bad Client ID filter', { operation: 'getAll', returnAll: true, filters: { client_id: 'KD1' } }, 'Item 0: "Client ID" ("KD1") is not a Billomat ID'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'clientPropertyValue', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
