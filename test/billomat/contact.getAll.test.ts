import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › Get Many', () => {
	test('GETs /api/contacts?client_id= (Billomat lists contacts per client), simplified by default', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: { __rl: true, mode: 'list', value: '476' }, returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/contacts');
		expect(request.query).toEqual({ client_id: '476', page: '1', per_page: '1000' });
		expect(result.items().map((i) => [i.json.id, i.json.label, i.json.last_name])).toEqual([
			[11, 'Buchhaltung', 'Mustermann'],
			[13, 'Lager', 'Muster'],
		]);
		expect(Object.keys(result.items()[0].json)).toHaveLength(10);
	});

	test('one contact arrives as an object, not a list: still one item; Simplify off gives it whole', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: '477', returnAll: true, simplify: false });
		expect(result.items()).toHaveLength(1);
		expect(Object.keys(result.items()[0].json)).toHaveLength(18);
	});

	test('a limit asks for that many; Return All pages through 1,500 contacts by @total', async () => {
		api.server.contacts.add(476, 1498);
		const limited = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: '476', returnAll: false, limit: 3 });
		expect(limited.items()).toHaveLength(3);
		expect(api.server.received().map((r) => r.query)).toEqual([{ client_id: '476', page: '1', per_page: '3' }]);
		api.server.requests.length = 0;
		const all = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: '476', returnAll: true });
		expect(all.items()).toHaveLength(1500);
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('a client without contacts gives no item', async () => {
		api.server.contacts.records.clear();
		const result = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: '477', returnAll: true });
		expect(result.items()).toEqual([]);
	});

	test('a Client ID that is not an ID is refused before any request', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'getAll', clientId: '={{ $json.client }}', returnAll: true }, { input: [{ json: { client: 'Musterfirma' } }] });
		expect(result.error()?.message).toBe('Item 0: "Client ID" ("Musterfirma") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('the sandbox refuses a list without the client, as the page marks it mandatory', async () => {
		const reply = await fetch(`${api.url}/api/contacts`, { headers: { 'X-BillomatApiKey': 'bm-demo-3f9c2a71d8e54b06a1c7', Accept: 'application/json' } });
		expect(reply.status).toBe(400);
		expect(await reply.json()).toEqual({ errors: { error: 'client_id is required' } });
	});
});
