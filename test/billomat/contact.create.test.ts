import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › Create', () => {
	test('POSTs {"contact": {client_id, …}} and outputs the new contact', async () => {
		const result = await run(api.url, {
			resource: 'contact',
			operation: 'create',
			clientId: { __rl: true, mode: 'list', value: '476' },
			additionalFields: {
				label: 'Einkauf',
				salutation: 'Herr',
				first_name: 'Jonas',
				last_name: 'Becker',
				email: ' einkauf@musterfirma.example ',
				country_code: 'de',
				zip: 57562,
			},
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/contacts');
		expect(jsonBody(request)).toEqual({
			contact: {
				client_id: 476,
				label: 'Einkauf',
				salutation: 'Herr',
				first_name: 'Jonas',
				last_name: 'Becker',
				email: 'einkauf@musterfirma.example',
				country_code: 'DE',
				zip: '57562',
			},
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 14,
					created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
					client_id: 476,
					label: 'Einkauf',
					name: null,
					street: null,
					zip: '57562',
					city: null,
					state: null,
					country_code: 'DE',
					first_name: 'Jonas',
					last_name: 'Becker',
					salutation: 'Herr',
					phone: null,
					fax: null,
					mobile: null,
					email: 'einkauf@musterfirma.example',
					www: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.contacts.records.get(14)?.client_id).toBe(476);
	});

	test('a client that does not exist is Billomat’s 400', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'create', clientId: '999', additionalFields: { last_name: 'Nobody' } });
		expect(result.error()?.message).toBe('Billomat error 400: Client not found');
	});

	test('a bad email address is refused before any request', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'create', clientId: '476', additionalFields: { email: 'jonas at musterfirma' } });
		expect(result.error()?.message).toBe('Item 0: "Email" ("jonas at musterfirma") is not an email address');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a country name instead of its code is refused before any request', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'create', clientId: '476', additionalFields: { country_code: 'Germany' } });
		expect(result.error()?.message).toBe('Item 0: "Country Code" ("Germany") is not a country code');
		expect(api.server.received()).toHaveLength(0);
	});
});
