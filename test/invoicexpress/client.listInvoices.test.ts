import { present } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { client, credentials, ixClientSandbox, jsonBody, picked, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client › List Invoices', () => {
	test('POST /clients/{id}/invoices.json: the filters in {"filter": {…}}, page and per_page in the query; the documents simplified', async () => {
		const result = await runWorkflow(
			client('listInvoices', {
				clientId: picked(502),
				returnAll: true,
				filters: { status: ['final'], byType: ['Invoice', 'InvoiceReceipt'], archived: ['non_archived'] },
			}),
			{ credentials: credentials(api.url) },
		);
		expect(requests(api.server.received())).toEqual([['POST', '/clients/502/invoices.json', { per_page: '30', page: '1' }]]);
		expect(jsonBody(api.server.received()[0])).toEqual({
			filter: { status: ['final'], by_type: ['Invoice', 'InvoiceReceipt'], archived: ['non_archived'] },
		});
		const items = result.items();
		expect(items.map((i) => [i.json.id, i.json.type, i.json.status])).toEqual([
			[1002, 'Invoice', 'final'],
			[1004, 'InvoiceReceipt', 'final'],
		]);
		// Simplify: the document as InvoiceXpress sent it, its dates as ISO days.
		expect(items[1]).toEqual({
			json: { ...present(api.server.documents.get(1004)!), date: '2024-01-20', due_date: '2024-01-20' },
			pairedItem: { item: 0 },
		});
		expect(present(api.server.documents.get(1004)!)).toMatchObject({ date: '20/01/2024', total: 67.8, client: { id: 502 } });
	});

	test('no filter: an empty filter object, every document of the client, archived ones too; Simplify off keeps dd/mm/yyyy', async () => {
		const result = await runWorkflow(client('listInvoices', { clientId: picked(501), returnAll: true, simplify: false }), { credentials: credentials(api.url) });
		expect(jsonBody(api.server.received()[0])).toEqual({ filter: {} });
		expect(result.items().map((i) => i.json.id)).toEqual([1001, 1003, 1007, 1008]);
		expect(result.items()[0].json.date).toBe('19/10/2009');
	});

	test('paging: Limit across pages of Page Size, each document once', async () => {
		for (let n = 0; n < 7; n++) api.server.addDocument({ client: api.server.clients[0] });
		const result = await runWorkflow(client('listInvoices', { clientId: picked(501), returnAll: false, limit: 9, options: { perPage: 4 } }), {
			credentials: credentials(api.url),
		});
		expect(requests(api.server.received()).map(([, , q]) => q)).toEqual(['1', '2', '3'].map((page) => ({ per_page: '4', page })));
		const ids = result.items().map((i) => i.json.id);
		expect(ids).toHaveLength(9);
		expect(new Set(ids).size).toBe(9);
	});

	test('a read, though a POST: sent again after a lost reply (a reset), and answered once', async () => {
		api.server.injectFault({ kind: 'reset', method: 'POST', path: '/invoices.json' });
		const result = await runWorkflow(client('listInvoices', { clientId: picked(501), returnAll: true }), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.method, r.fault])).toEqual([
			['POST', 'reset'],
			['POST', undefined],
		]);
		expect(result.items()).toHaveLength(4);
	});

	test('an unknown client: the 404, said of a client', async () => {
		const result = await runWorkflow(client('listInvoices', { clientId: picked(999), returnAll: true }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Client 999 is unknown');
		expect(result.error()?.description).toBe('The ID does not match any client of the account: pick the client from the list, or check the ID.');
	});
});
