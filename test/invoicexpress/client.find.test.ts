import { clientReadings } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { BRUCE, client, credentials, ixClientSandbox, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client › Find by Code', () => {
	test('GET /clients/find-by-code.json?client_code=…: the client with that code', async () => {
		const result = await runWorkflow(client('findByCode', { code: 'BN01' }), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([['GET', '/clients/find-by-code.json', { client_code: 'BN01' }]]);
		expect(result.items()).toEqual([{ json: BRUCE, pairedItem: { item: 0 } }]);
	});

	test('no client has the code: InvoiceXpress’s 404 in words', async () => {
		const result = await runWorkflow(client('findByCode', { code: 'bn01' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: No client has the code "bn01"');
		expect(result.error()?.description).toBe('Check the code (letter case counts), or use Find or Create to create the client when it is missing.');
	});

	test('an empty code (from an expression) is refused before any request', async () => {
		const result = await runWorkflow(client('findByCode', { code: '={{ $json.code }}' }, [{ json: { code: '' } }]), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Code" is empty', 'Give the code of the client to find.');
	});
});

describe('InvoiceXpress › Client › Find by Name', () => {
	test('GET /clients/find-by-name.json?client_name=…: one client (the "client" reply)', async () => {
		const result = await runWorkflow(client('findByName', { name: 'Bruce Norris' }), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([['GET', '/clients/find-by-name.json', { client_name: 'Bruce Norris' }]]);
		expect(result.items()).toEqual([{ json: BRUCE, pairedItem: { item: 0 } }]);
	});

	test('the list reading ({"clients": […]}) with partial names: one item per client', async () => {
		Object.assign(clientReadings(api.server), { nameMatch: 'partial', nameReply: 'clients' });
		const result = await runWorkflow(client('findByName', { name: 'r', simplify: false }), { credentials: credentials(api.url) });
		expect(result.items().map((i) => [i.json.id, i.json.name])).toEqual([
			[501, 'Bruce Norris'],
		]);
		const lisboa = await runWorkflow(client('findByName', { name: 'lisboa' }), { credentials: credentials(api.url) });
		expect(lisboa.items().map((i) => i.json.name)).toEqual(['Café Lisboa, Lda']);
		const both = await runWorkflow(client('findByName', { name: 'C' }), { credentials: credentials(api.url) });
		expect(both.items().map((i) => i.json.id)).toEqual([501, 502]);
	});

	test('no client of that name: InvoiceXpress’s 404 in words', async () => {
		const result = await runWorkflow(client('findByName', { name: 'Nobody' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: No client is named "Nobody"');
		expect(result.error()?.description).toBe('Check the name, or use Find or Create to create the client when it is missing.');
	});
});
