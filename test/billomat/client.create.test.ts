import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Client › Create', () => {
	test('POSTs {"client": {...}} with the fields typed as Billomat takes them, and outputs the new client', async () => {
		const result = await run(api.url, {
			resource: 'client',
			operation: 'create',
			clientFields: {
				name: 'Neukunde AG',
				first_name: 'Lena',
				last_name: 'Berg',
				street: 'Ringstraße 5',
				zip: '80331',
				city: 'München',
				country_code: 'de',
				email: ' lena.berg@neukunde.example ',
				archived: false,
				dunning_run: true,
				due_days: '14',
				due_days_type: 'ABSOLUTE',
				reduction: '2,5',
				default_payment_types: ['BANK_TRANSFER', 'PAYPAL'],
				sepa_mandate_date: '01.03.2024',
				tax_rule: 'TAX',
			},
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.headers['content-type']]).toEqual(['POST', '/api/clients', 'application/json']);
		expect(jsonBody(request)).toEqual({
			client: {
				name: 'Neukunde AG',
				first_name: 'Lena',
				last_name: 'Berg',
				street: 'Ringstraße 5',
				zip: '80331',
				city: 'München',
				country_code: 'DE',
				email: 'lena.berg@neukunde.example',
				archived: 0,
				dunning_run: 1,
				due_days: 14,
				due_days_type: 'ABSOLUTE',
				reduction: 2.5,
				default_payment_types: 'BANK_TRANSFER,PAYPAL',
				sepa_mandate_date: '2024-03-01',
				tax_rule: 'TAX',
			},
		});
		const [item] = result.items();
		expect(item.json).toMatchObject({
			id: 2000,
			client_number: 'KD127',
			number: 127,
			name: 'Neukunde AG',
			address: 'Neukunde AG\nLena Berg\nRingstraße 5\n80331 München\nDeutschland',
			dunning_run: 1,
			due_days: 14,
			reduction: 2.5,
			sepa_mandate_date: '2024-03-01',
		});
		expect(api.server.clients.get(2000)?.email).toBe('lena.berg@neukunde.example');
	});

	test('Simplify (default): the main fields of the new client', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'create', clientFields: { name: 'Kurz GmbH' } });
		expect(result.items()[0].json).toEqual({
			id: 2000,
			client_number: 'KD127',
			name: 'Kurz GmbH',
			first_name: null,
			last_name: null,
			email: null,
			phone: null,
			address: 'Kurz GmbH\nDeutschland',
			country_code: 'DE',
			archived: 0,
		});
	});

	test.each([
		[{ email: 'lena at neukunde' }, 'Item 0: "Email" ("lena at neukunde") is not an email address'],
		[{ country_code: 'Germany' }, 'Item 0: "Country Code" ("Germany") is not a two-letter country code'],
		[{ due_days: 1.5 }, 'Item 0: "Due Days" (1.5) is not a whole number'],
		[{ sepa_mandate_date: 'soon' }, 'Item 0: "SEPA Mandate Date" ("soon") is not a date'],
		[{ name: '   ' }, 'Item 0: "Name" is blank'],
	])('bad input %j is refused before any request', async (clientFields, message) => {
		const result = await run(api.url, { resource: 'client', operation: 'create', clientFields });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toEqual([]);
	});

	test('a Tax Rule outside the list (from an expression) is an error item, before any request', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'create', clientFields: { tax_rule: 'SOMETIMES' } }, { continueOnFail: true });
		expect(result.items()[0].json.error).toBe('Item 0: "Tax Rule" ("SOMETIMES") is not one of TAX, NO_TAX, COUNTRY');
		expect(api.server.received()).toEqual([]);
	});
});
