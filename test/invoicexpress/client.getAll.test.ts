import { addClients } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { BRUCE, client, credentials, ixClientSandbox, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client › Get Many', () => {
	test('Limit: GET /clients.json with per_page the limit, one page, the clients simplified', async () => {
		const result = await runWorkflow(client('getAll', { returnAll: false, limit: 1 }), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([['GET', '/clients.json', { per_page: '1', page: '1' }]]);
		expect(result.items()).toEqual([{ json: BRUCE, pairedItem: { item: 0 } }]);
	});

	test('Return All pages through every page as pagination says, each client once', async () => {
		addClients(api.server, 73);
		const result = await runWorkflow(client('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual(['1', '2', '3'].map((page) => ['GET', '/clients.json', { per_page: '30', page }]));
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(75);
		expect(new Set(ids).size).toBe(75);
		expect(ids.slice(0, 3)).toEqual([501, 502, 503]);
		expect(result.items()[74].json).toMatchObject({ id: 575, name: 'Bulk Client 0073', code: 'BULK0073' });
	});

	test('Page Size and a Limit across pages: stops at the limit', async () => {
		addClients(api.server, 20);
		const result = await runWorkflow(client('getAll', { returnAll: false, limit: 12, options: { perPage: 5 } }), { credentials: credentials(api.url) });
		expect(requests(api.server.received()).map(([, , q]) => q)).toEqual(['1', '2', '3'].map((page) => ({ per_page: '5', page })));
		expect(result.items().map((i) => i.json.id)).toEqual(Array.from({ length: 12 }, (_, n) => 501 + n));
	});

	test('Simplify off: the clients as sent', async () => {
		const result = await runWorkflow(client('getAll', { returnAll: true, simplify: false }), { credentials: credentials(api.url) });
		expect(result.items().map((i) => Object.keys(i.json).length)).toEqual([19, 19]);
	});
});
