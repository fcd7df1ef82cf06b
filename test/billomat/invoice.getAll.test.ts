import { jsonReply, notDocumented } from '../campaign/operations';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const getMany = (parameters: Record<string, unknown> = {}) => ({ operation: 'getAll', returnAll: true, ...parameters });
const ids = (result: Awaited<ReturnType<typeof run>>) => result.items().map((i) => i.json.id);

describe('Billomat › Invoice › Get Many', () => {
	test('Return All asks for pages of 1000 and outputs one item per invoice, normalised', async () => {
		const result = await run(api.url, getMany());
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoices');
		expect(request.query).toEqual({ page: '1', per_page: '1000' });
		expect(ids(result)).toEqual([1, 2, 3, 4, 5]);
		const fourth = result.items()[3].json;
		expect(fourth).toMatchObject({ id: 4, contact_id: 12, currency_code: 'GBP', total_gross: 270, taxes: [{ name: 'VAT', rate: 20, amount: 45 }] });
		expect(result.items().map((i) => i.pairedItem)).toEqual(Array(5).fill({ item: 0 }));
	});

	test.each([
		['client_id', { client_id: '476' }, { client_id: '476' }, [1, 3]],
		['contact_id', { contact_id: 12 }, { contact_id: '12' }, [4]],
		['invoice_number (contains, any case)', { invoice_number: 're12' }, { invoice_number: 're12' }, [1, 3, 4, 5]],
		['status (OR-ed, comma-joined)', { status: ['OPEN', 'OVERDUE'] }, { status: 'OPEN,OVERDUE' }, [1, 4]],
		['payment_type (OR-ed, comma-joined)', { payment_type: ['PAYPAL', 'CASH'] }, { payment_type: 'PAYPAL,CASH' }, [1, 4, 5]],
		['from / to as YYYY-MM-DD', { from: '2024-01-01T00:00:00', to: '2024-02-28' }, { from: '2024-01-01', to: '2024-02-28' }, [3, 4]],
		['label', { label: 'relaunch' }, { label: 'relaunch' }, [2]],
		['intro', { intro: 'pleased' }, { intro: 'pleased' }, [1]],
		['note', { note: 'thanks' }, { note: 'thanks' }, [3]],
		['tags', { tags: 'web, design' }, { tags: 'web,design' }, [2]],
		['article_id', { article_id: '12' }, { article_id: '12' }, [2]],
	])('filter %s is sent as documented', async (_name, filters, query, expected) => {
		const result = await run(api.url, getMany({ filters }));
		expect(api.server.received()[0].query).toEqual({ ...query, page: '1', per_page: '1000' });
		expect(ids(result)).toEqual(expected);
	});

	test('filters combine', async () => {
		const result = await run(api.url, getMany({ filters: { client_id: '477', status: ['DRAFT', 'CANCELED'], tags: 'web' } }));
		expect(api.server.received()[0].query).toEqual({ client_id: '477', status: 'DRAFT,CANCELED', tags: 'web', page: '1', per_page: '1000' });
		expect(ids(result)).toEqual([2]);
	});

	test('Order By sends order_by "field DIRECTION"', async () => {
		const result = await run(api.url, getMany({ options: { orderBy: 'total_gross', orderDirection: 'DESC' } }));
		expect(api.server.received()[0].query).toEqual({ order_by: 'total_gross DESC', page: '1', per_page: '1000' });
		expect(ids(result)).toEqual([2, 3, 4, 1, 5]);
	});

	test('one hit arrives as an object, not an array: still one item', async () => {
		const raw = await fetch(`${api.url}/api/invoices?contact_id=12`, {
			headers: { 'X-BillomatApiKey': 'bm-demo-3f9c2a71d8e54b06a1c7', Accept: 'application/json' },
		});
		const body = (await raw.json()) as { invoices: { invoice: unknown } };
		expect(Array.isArray(body.invoices.invoice)).toBe(false);

		const result = await run(api.url, getMany({ filters: { contact_id: '12' } }));
		expect(result.items()).toHaveLength(1);
		expect(result.items()[0].json.invoice_number).toBe('RE125');
	});

	test('no hit arrives without the invoice key: no items, no error', async () => {
		const raw = await fetch(`${api.url}/api/invoices?client_id=999`, {
			headers: { 'X-BillomatApiKey': 'bm-demo-3f9c2a71d8e54b06a1c7', Accept: 'application/json' },
		});
		expect(await raw.json()).toEqual({ invoices: { '@page': '1', '@per_page': '100', '@total': '0' } });

		const result = await run(api.url, getMany({ filters: { client_id: '999' } }));
		expect(result.error()).toBeUndefined();
		expect(result.items()).toEqual([]);
		// The fetch above, then the node's single request.
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ client_id: '999' },
			{ client_id: '999', page: '1', per_page: '1000' },
		]);
	});

	test('Return All pages through several pages and stops on @total (3 requests for 2350 invoices)', async () => {
		api.server.addInvoices(2345);
		const result = await run(api.url, getMany());
		const requests = api.server.received();
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '1', per_page: '1000' },
			{ page: '2', per_page: '1000' },
			{ page: '3', per_page: '1000' },
		]);
		const items = result.items();
		expect(items).toHaveLength(2350);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(2350);
		expect(items[2349].json.invoice_number).toBe('BULK3344');
	});

	test('a total that fills the last page exactly needs no extra, empty request', async () => {
		api.server.addInvoices(1995);
		const result = await run(api.url, getMany());
		expect(api.server.received()).toHaveLength(2);
		expect(result.items()).toHaveLength(2000);
	});

	test('filters are kept on every page', async () => {
		api.server.addInvoices(1200, { label: 'bulk run' });
		const result = await run(api.url, getMany({ filters: { label: 'BULK' } }));
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ label: 'BULK', page: '1', per_page: '1000' },
			{ label: 'BULK', page: '2', per_page: '1000' },
		]);
		expect(result.items()).toHaveLength(1200);
	});

	test('Limit asks for one page of that size', async () => {
		const result = await run(api.url, getMany({ returnAll: false, limit: 3 }));
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '3' }]);
		expect(ids(result)).toEqual([1, 2, 3]);
	});

	test('a Limit above 1000 pages until it is reached', async () => {
		api.server.addInvoices(2345);
		const result = await run(api.url, getMany({ returnAll: false, limit: 1500 }));
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ page: '1', per_page: '1000' },
			{ page: '2', per_page: '1000' },
		]);
		expect(result.items()).toHaveLength(1500);
	});

	test('Simplify keeps the main fields of every invoice', async () => {
		const result = await run(api.url, getMany({ filters: { status: ['PAID'] }, options: { simplify: true } }));
		expect(result.items().map((i) => i.json)).toEqual([
			{
				id: 3,
				client_id: 476,
				invoice_number: 'RE124',
				status: 'PAID',
				date: '2024-02-10',
				due_date: '2024-02-24',
				label: 'Hosting 2024',
				total_net: 240,
				total_gross: 285.6,
				open_amount: 0,
				currency_code: 'EUR',
			},
		]);
	});

	test('a From that is not a date is refused before any request', async () => {
		const result = await run(api.url, getMany({ filters: { from: 'soon' } }));
		expect(result.error()?.message).toBe('Item 0: "From" ("soon") is not a date');
		expect(api.server.received()).toHaveLength(0);
	});

	test('From after To is refused before any request', async () => {
		const result = await run(api.url, getMany({ filters: { from: '2024-03-01', to: '2024-01-01' } }));
		expect(result.error()?.message).toBe('Item 0: "From" (2024-03-01) is after "To" (2024-01-01)');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a client ID that is not a number is refused before any request', async () => {
		const result = await run(api.url, getMany({ filters: { client_id: 'Musterfirma' } }));
		expect(result.error()?.message).toBe('Item 0: "Client ID" ("Musterfirma") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('several Billomat errors become one message, each also on its own line', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: { status: 400, body: { errors: { error: ['Unknown status: LATE', 'from must be a date in the format YYYY-MM-DD'] } } },
		});
		const result = await run(api.url, getMany());
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 400: Unknown status: LATE; from must be a date in the format YYYY-MM-DD');
		expect(error.description).toBe('• Unknown status: LATE\n• from must be a date in the format YYYY-MM-DD');
		expect(error.httpCode).toBe('400');
	});

	test('an XML error reply is read too', async () => {
		api.server.injectFault({
			kind: 'reply',
			reply: {
				status: 400,
				headers: { 'Content-Type': 'application/xml' },
				body: '<?xml version="1.0" encoding="UTF-8"?><errors><error>Invalid parameter</error></errors>',
			},
		});
		const result = await run(api.url, getMany());
		expect(result.error()?.message).toBe('Billomat error 400: Invalid parameter');
	});

	test('garbage instead of JSON is reported as such', async () => {
		api.server.injectFault({ kind: 'garbage' });
		const result = await run(api.url, getMany());
		expect(result.error()?.message).toMatch(/^Billomat error 200: Expected JSON but got a reply that could not be read/);
	});

	test('a 200 holding something else than the "invoices" list is a Billomat error naming both', async () => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, { status: 'ok' }) });
		const result = await run(api.url, getMany());
		const error = result.error()!;
		expect(error.message).toBe('Billomat error 200: Expected an "invoices" list ({"invoices": {"invoice": […]}}) but got an object with the key "status"');
		expect(error.description).toBe(notDocumented('Billomat'));
		expect(error.httpCode).toBe('200');
	});
});

