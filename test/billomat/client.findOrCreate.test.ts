import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

const byEmail = (email: string, extra: Record<string, unknown> = {}) => ({ resource: 'client', operation: 'findOrCreate', findBy: 'email', email, ...extra });

describe('Billomat › Client › Find or Create', () => {
	test('found by email (case ignored): searches with the email filter, creates nothing, outputs the client with found: true', async () => {
		const result = await run(api.url, byEmail('INFO@Musterfirma.example'));
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/clients', { email: 'INFO@Musterfirma.example', page: '1', per_page: '1000' }],
		]);
		expect(result.items()).toEqual([
			{
				json: {
					id: 476,
					client_number: 'KD123',
					name: 'Musterfirma GmbH',
					first_name: 'Max',
					last_name: 'Muster',
					email: 'info@musterfirma.example',
					phone: '+49 2744 123456',
					address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
					country_code: 'DE',
					archived: 0,
					found: true,
					created: false,
					matches: 1,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a partial match is not a match: "musterfirma.example" alone finds a client, but not that address, so it is created', async () => {
		const result = await run(api.url, byEmail('fo@musterfirma.example', { clientFields: { name: 'Fo GmbH', country_code: 'AT' } }));
		const [search, create, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([search.method, search.query.email]).toEqual(['GET', 'fo@musterfirma.example']);
		expect([create.method, create.path]).toEqual(['POST', '/api/clients']);
		expect(jsonBody(create)).toEqual({ client: { name: 'Fo GmbH', country_code: 'AT', email: 'fo@musterfirma.example' } });
		expect(result.items()[0].json).toMatchObject({ id: 2000, name: 'Fo GmbH', email: 'fo@musterfirma.example', found: false, created: true, matches: 0 });
	});

	test('by client number: exact, case and all; the new client gets that number', async () => {
		const found = await run(api.url, { resource: 'client', operation: 'findOrCreate', findBy: 'clientNumber', clientNumber: 'KD124' });
		expect(api.server.received()[0].query).toEqual({ client_number: 'KD124', page: '1', per_page: '1000' });
		expect(found.items()[0].json).toMatchObject({ id: 477, client_number: 'KD124', found: true, matches: 1 });

		// "KD12" matches KD123…KD126 in Billomat's filter, but none exactly.
		api.server.requests.length = 0;
		const created = await run(api.url, { resource: 'client', operation: 'findOrCreate', findBy: 'clientNumber', clientNumber: 'KD12', clientFields: { name: 'Zwölf KG' } });
		expect(api.server.received().map((r) => r.method)).toEqual(['GET', 'POST']);
		expect(jsonBody(api.server.received('POST')[0])).toEqual({ client: { name: 'Zwölf KG', client_number: 'KD12' } });
		expect(created.items()[0].json).toMatchObject({ client_number: 'KD12', created: true });
	});

	test('several exact matches: the one with the lowest ID, and their count in matches', async () => {
		const [second] = api.server.clients.addMany(1, { email: 'Info@Musterfirma.example' });
		const result = await run(api.url, byEmail('info@musterfirma.example', { simplify: false }));
		expect(second).toBeGreaterThan(476);
		expect(result.items()[0].json).toMatchObject({ id: 476, found: true, created: false, matches: 2 });
		expect(api.server.received('POST')).toEqual([]);
	});

	test('the search pages through every hit before deciding (the exact one on page 2)', async () => {
		api.server.clients.addMany(1200, { email: 'sales@bulk.example' });
		const [exact] = api.server.clients.addMany(1, { email: 'sales@bulk.example.org' });
		// Billomat's filter "sales@bulk.example" matches all 1,201; only the last is exact for "…org".
		const result = await run(api.url, byEmail('sales@bulk.example.org'));
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1']);
		expect(result.items()[0].json).toMatchObject({ id: exact, found: true });
		api.server.requests.length = 0;
		const many = await run(api.url, byEmail('SALES@bulk.example'));
		expect(api.server.received().map((r) => [r.method, r.query.page])).toEqual([
			['GET', '1'],
			['GET', '2'],
		]);
		expect(many.items()[0].json).toMatchObject({ found: true, matches: 1200 });
	});

	test('a failed search creates nothing: the item fails with Billomat’s error', async () => {
		api.server.injectFault({ kind: 'server-error', status: 500, times: 0, method: 'GET', path: '/api/clients' });
		const result = await run(api.url, byEmail('new@client.example'), { continueOnFail: true });
		expect(result.items()[0].json.error).toBe('Billomat error 500: HTTP 500');
		expect(api.server.received('POST')).toEqual([]);
		expect([...api.server.clients.values()].some((c) => c.email === 'new@client.example')).toBe(false);
	});

	test('bad input is refused before the search: the email, and a new-client field that contradicts it', async () => {
		const bad = await run(api.url, byEmail('new at client'));
		expect(bad.error()?.message).toBe('Item 0: "Email" ("new at client") is not an email address');
		const contradicting = await run(api.url, byEmail('new@client.example', { clientFields: { email: 'other@client.example' } }));
		expect(contradicting.error()?.message).toBe(
			'Item 0: "Email" of the new client (other@client.example) differs from the Email searched for (new@client.example)',
		);
		expect(api.server.received()).toEqual([]);
	});
});
