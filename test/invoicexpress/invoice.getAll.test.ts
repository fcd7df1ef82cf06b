import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { jsonReply, notDocumented } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials, FLAVOURS, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());

describe('InvoiceXpress › Invoice › Get Many', () => {
	test('sends every filter under its documented name, dates as dd/mm/yyyy', async () => {
		const result = await runWorkflow(
			ix('getAll', {
				returnAll: true,
				filters: {
					text: 'lisboa',
					type: ['Invoice', 'InvoiceReceipt'],
					status: ['final', 'sent'],
					dateFrom: '2024-01-01',
					dateTo: '31/01/2024',
					dueDateFrom: '2024-01-15T10:00:00',
					dueDateTo: '2024-12-31',
					totalFrom: 10,
					totalTo: 1000,
					nonArchived: true,
					archived: false,
				},
			}),
			{ credentials: credentials(api.url) },
		);
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoices.json');
		expect(request.query).toEqual({
			api_key: KEY,
			text: 'lisboa',
			'type[]': ['Invoice', 'InvoiceReceipt'],
			'status[]': ['final', 'sent'],
			'date[from]': '01/01/2024',
			'date[to]': '31/01/2024',
			'due_date[from]': '15/01/2024',
			'due_date[to]': '31/12/2024',
			'total_before_taxes[from]': '10',
			'total_before_taxes[to]': '1000',
			non_archived: 'true',
			archived: 'false',
			page: '1',
			per_page: '30',
		});
		expect(result.items().map((i) => i.json.id)).toEqual([1002, 1004]);
		expect(result.items().map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test.each(FLAVOURS)('%s flavour: Return All follows pagination to the last page (one request a page)', async (flavour, extension) => {
		const result = await runWorkflow(ix('getAll', { returnAll: true, options: { perPage: 3 } }), {
			credentials: credentials(api.url, flavour),
		});
		const requests = api.server.received();
		// 7 non-archived documents, 3 a page: pages 1, 2 and 3, then stop.
		expect(requests).toHaveLength(3);
		expect(requests.map((r) => r.path)).toEqual([`/invoices.${extension}`, `/invoices.${extension}`, `/invoices.${extension}`]);
		expect(requests.map((r) => [r.query.page, r.query.per_page])).toEqual([
			['1', '3'],
			['2', '3'],
			['3', '3'],
		]);
		expect(result.items().map((i) => String(i.json.id))).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007']);
	});

	test('Limit stops paging as soon as enough documents came', async () => {
		const result = await runWorkflow(ix('getAll', { returnAll: false, limit: 4, options: { perPage: 3 } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()).toHaveLength(2);
		expect(result.items().map((i) => i.json.id)).toEqual([1001, 1002, 1003, 1004]);
	});

	test('Limit alone asks for a page of that size', async () => {
		const result = await runWorkflow(ix('getAll', { returnAll: false, limit: 2 }), { credentials: credentials(api.url) });
		const requests = api.server.received();
		expect(requests).toHaveLength(1);
		expect(requests[0].query.per_page).toBe('2');
		expect(result.items().map((i) => i.json.id)).toEqual([1001, 1002]);
	});

	test('archived documents come only when asked for', async () => {
		const result = await runWorkflow(
			ix('getAll', { returnAll: true, filters: { archived: true, nonArchived: false } }),
			{ credentials: credentials(api.url) },
		);
		expect(result.items().map((i) => i.json.id)).toEqual([1008]);
	});

	test('an empty result is no items and one request', async () => {
		const result = await runWorkflow(ix('getAll', { returnAll: true, filters: { text: 'nobody at all' } }), {
			credentials: credentials(api.url),
		});
		expect(api.server.received()).toHaveLength(1);
		expect(result.items()).toEqual([]);
	});

	test('a page lost to a connection reset is asked for again', async () => {
		api.server.injectFault({ kind: 'reset', path: '/invoices', times: 1 });
		const result = await runWorkflow(ix('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(api.server.received()).toHaveLength(2);
		expect(result.items()).toHaveLength(7);
	});

	test('a date filter that is not a date is refused before any request', async () => {
		const result = await runWorkflow(ix('getAll', { returnAll: true, filters: { dueDateTo: '32/13/2024' } }), {
			credentials: credentials(api.url),
		});
		expect(result.error()?.message).toBe('Item 0: "Due Date To" ("32/13/2024") is not a date');
		expect(api.server.received()).toHaveLength(0);
	});

	test('garbage instead of JSON is reported, not output', async () => {
		api.server.injectFault({ kind: 'garbage' });
		const result = await runWorkflow(ix('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toMatch(/^InvoiceXpress error 200: Expected JSON but got a reply that could not be read \(application\/json/);
	});

	test('legacy flavour: the legacy API documents no list, so GET /invoices.json on the current API (not /invoices.xml)', async () => {
		const result = await runWorkflow(ix('getAll', { returnAll: false, limit: 2 }), { credentials: credentials(api.url, 'legacy') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/invoices.json']]);
		expect(result.items().map((i) => i.json.id)).toEqual([1001, 1002]);
	});

	test.each([
		['the text "ok"', 'ok'],
		['the number 42', 42],
		['a list of 2 entries', [{ id: 1002 }, { id: 1003 }]],
		['an object with the key "status"', { status: 'ok' }],
	])('a 200 holding %s instead of the documented list is an InvoiceXpress error, not 0 items', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await runWorkflow(ix('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		const error = result.error()!;
		expect(error.message).toBe(`InvoiceXpress error 200: Expected a list of documents ({"invoices": […]}) but got ${got}`);
		expect(error.description).toBe(notDocumented('InvoiceXpress'));
		expect(error.httpCode).toBe('200');
		expect(result.run.data.resultData.runData.Subject[0].data).toBeUndefined();
	});

	test('an XML reply that is not the list is an InvoiceXpress error too', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 200, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0"?><status>ok</status>' },
		});
		const result = await runWorkflow(ix('getAll', { returnAll: true }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 200: Expected a list of documents ({"invoices": […]}) but got an object with the key "status"');
	});
});

