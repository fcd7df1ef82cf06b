import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

/** Client 476 as the node outputs it with Simplify off: every field, typed, empty ones null. */
export const CLIENT_476 = {
	id: 476,
	created: '2009-10-01T10:00:00+02:00',
	archived: 0,
	client_number: 'KD123',
	number: 123,
	number_pre: 'KD',
	number_length: 0,
	name: 'Musterfirma GmbH',
	salutation: 'Herr',
	first_name: 'Max',
	last_name: 'Muster',
	street: 'Hauptstraße 1',
	zip: '57562',
	city: 'Herdorf',
	state: null,
	country_code: 'DE',
	address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
	phone: '+49 2744 123456',
	fax: null,
	mobile: null,
	email: 'info@musterfirma.example',
	www: 'www.musterfirma.example',
	tax_number: '12/3456/789',
	vat_number: 'DE123456789',
	bank_account_owner: 'Musterfirma GmbH',
	bank_number: null,
	bank_name: 'Sparkasse Siegen',
	bank_account_number: null,
	bank_swift: 'WELADED1SIE',
	bank_iban: 'DE02460500010000123456',
	sepa_mandate: 'MUSTER-2009-01',
	sepa_mandate_date: '2009-10-01',
	locale: 'de_DE',
	tax_rule: 'COUNTRY',
	net_gross: 'SETTINGS',
	currency_code: 'EUR',
	default_payment_types: 'BANK_TRANSFER,DEBIT',
	reduction: null,
	discount_rate_type: 'SETTINGS',
	discount_rate: null,
	discount_days_type: 'SETTINGS',
	discount_days: null,
	due_days_type: 'ABSOLUTE',
	due_days: 10,
	reminder_due_days_type: 'SETTINGS',
	reminder_due_days: null,
	offer_validity_days_type: 'SETTINGS',
	offer_validity_days: null,
	price_group: null,
	debitor_account_number: null,
	dunning_run: 0,
	note: 'Key account since 2009',
	revenue_gross: 347.1,
	revenue_net: 330,
};

describe('Billomat › Client › Get', () => {
	test('GETs /api/clients/{id} (picked from the list) and outputs the main fields by default', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'list', value: '476' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/clients/476', {}]);
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
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('By ID with Simplify off: the whole client, typed (numbers as numbers, empty fields null)', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'id', value: '476' }, simplify: false });
		expect(result.items()[0].json).toEqual(CLIENT_476);
	});

	test('"My Own Account" GETs /api/clients/myself', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'get', target: 'myself', simplify: false });
		const [request] = api.server.received();
		expect([request.method, request.path]).toEqual(['GET', '/api/clients/myself']);
		expect(result.items()[0].json).toMatchObject({ id: 1, name: 'Demo Software GmbH', client_number: 'KD1', vat_number: 'DE987654321' });
	});

	test('an unknown client: Billomat’s 404 with its message, under continueOnFail an error item', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'get', clientId: '999999' }, { continueOnFail: true });
		expect(result.items()[0].json).toMatchObject({ error: 'Billomat error 404: Client not found', httpCode: '404' });
	});

	test('a client ID that is not a number (from an expression, which the editor does not check) is refused before any request', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'id', value: '={{ "KD123" }}' } });
		expect(result.error()?.message).toBe('Item 0: "Client ID" ("KD123") is not a Billomat ID');
		expect(api.server.received()).toEqual([]);
	});
});
