import { jsonReply } from '../campaign/operations';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice › Get Grouped Totals', () => {
	test('group_by in the picked order, combined with filters: one item per group', async () => {
		const result = await run(api.url, {
			operation: 'getGroupedTotals',
			groupBy: ['client', 'year'],
			filters: { status: ['OPEN', 'PAID', 'OVERDUE', 'CANCELED'] },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.path).toBe('/api/invoices');
		expect(request.query).toEqual({ group_by: 'client,year', status: 'OPEN,PAID,OVERDUE,CANCELED' });
		expect(result.items().map((i) => i.json)).toEqual([
			{ total_gross: 107.1, total_net: 90, client_id: 476, year: '2009', 'invoice-params': { client_id: 476, year: '2009' }, currency_code: 'EUR' },
			{ total_gross: 285.6, total_net: 240, client_id: 476, year: '2024', 'invoice-params': { client_id: 476, year: '2024' }, currency_code: 'EUR' },
			{ total_gross: 21.4, total_net: 20, client_id: 477, year: '2023', 'invoice-params': { client_id: 477, year: '2023' }, currency_code: 'EUR' },
			{ total_gross: 270, total_net: 225, client_id: 477, year: '2024', 'invoice-params': { client_id: 477, year: '2024' }, currency_code: 'EUR' },
		]);
		expect(result.items().map((i) => i.pairedItem)).toEqual(Array(4).fill({ item: 0 }));
	});

	test('the order of the criteria is the order of aggregation', async () => {
		const result = await run(api.url, { operation: 'getGroupedTotals', groupBy: ['status', 'client'] });
		expect(api.server.received()[0].query).toEqual({ group_by: 'status,client' });
		expect(result.items().map((i) => [i.json.status, i.json.client_id])).toEqual([
			['CANCELED', 477],
			['DRAFT', 477],
			['OPEN', 476],
			['OVERDUE', 477],
			['PAID', 476],
		]);
	});

	test('one group arrives as an object: still one item', async () => {
		const result = await run(api.url, { operation: 'getGroupedTotals', groupBy: ['client'], filters: { client_id: '476' } });
		expect(api.server.received()[0].query).toEqual({ group_by: 'client', client_id: '476' });
		expect(result.items().map((i) => i.json)).toEqual([
			{ total_gross: 392.7, total_net: 330, client_id: 476, 'invoice-params': { client_id: 476 }, currency_code: 'EUR' },
		]);
	});

	test('no group at all: no items', async () => {
		const result = await run(api.url, { operation: 'getGroupedTotals', groupBy: ['month'], filters: { from: '2030-01-01' } });
		expect(result.error()).toBeUndefined();
		expect(result.items()).toEqual([]);
	});

	test('by day, week and month', async () => {
		const result = await run(api.url, {
			operation: 'getGroupedTotals',
			groupBy: ['month', 'week', 'day'],
			filters: { from: '2024-01-01', to: '2024-12-31' },
		});
		expect(api.server.received()[0].query).toEqual({ group_by: 'month,week,day', from: '2024-01-01', to: '2024-12-31' });
		expect(result.items().map((i) => i.json['invoice-params'])).toEqual([
			{ month: '2024-01', week: '2024-W03', day: '2024-01-15' },
			{ month: '2024-02', week: '2024-W06', day: '2024-02-10' },
			{ month: '2024-03', week: '2024-W09', day: '2024-03-01' },
		]);
	});

	test('an unknown criterion from an expression is refused before any request', async () => {
		const result = await run(api.url, { operation: 'getGroupedTotals', groupBy: '={{ ["client", "quarter"] }}' });
		expect(result.error()?.message).toBe('Item 0: "Group By" has unknown criteria: quarter');
		expect(result.error()?.description).toBe('Pick one or more of: client, status, day, week, month, year.');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a 200 holding something else than the "invoice-groups" list is a Billomat error naming both', async () => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, ['client', 'status']) });
		const result = await run(api.url, { operation: 'getGroupedTotals', groupBy: ['status'] });
		const error = result.error()!;
		expect(error.message).toBe(
			'Billomat error 200: Expected an "invoice-groups" list ({"invoice-groups": {"invoice-group": […]}}) but got a list of 2 entries',
		);
		expect(error.httpCode).toBe('200');
	});
});

