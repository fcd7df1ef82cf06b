import { clientReadings } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { client, credentials, ixClientSandbox, jsonBody, requests } from './client.setup';

const api = ixClientSandbox();

const EVERY_FIELD = {
	email: 'geral@padaria.pt',
	language: 'en',
	address: 'Rua Augusta 10',
	city: 'Lisboa',
	postalCode: '1100-048',
	country: 'Portugal',
	fiscalId: '508025338',
	website: 'www.padaria.pt',
	phone: '213456789',
	fax: '213456788',
	observations: 'Pays by transfer',
	sendOptions: '2',
	paymentDays: 30,
	taxExemptionCode: 'M16',
	contactName: 'Ana Sousa',
	contactEmail: 'ana@padaria.pt',
	contactPhone: '912345678',
};

describe('InvoiceXpress › Client › Create', () => {
	test('POST /clients.json with every documented field in {"client": {…}}; the 201 reply, simplified', async () => {
		const result = await runWorkflow(client('create', { name: 'Padaria Central', code: 'PC01', additionalFields: EVERY_FIELD }), {
			credentials: credentials(api.url),
		});
		expect(requests(api.server.received())).toEqual([['POST', '/clients.json', {}]]);
		expect(api.server.received()[0].headers['content-type']).toMatch(/^application\/json/);
		expect(jsonBody(api.server.received()[0])).toEqual({
			client: {
				name: 'Padaria Central',
				code: 'PC01',
				address: 'Rua Augusta 10',
				city: 'Lisboa',
				postal_code: '1100-048',
				fiscal_id: '508025338',
				website: 'www.padaria.pt',
				phone: '213456789',
				fax: '213456788',
				observations: 'Pays by transfer',
				email: 'geral@padaria.pt',
				language: 'en',
				country: 'Portugal',
				send_options: '2',
				tax_exemption_code: 'M16',
				payment_days: '30',
				preferred_contact: { name: 'Ana Sousa', email: 'ana@padaria.pt', phone: '912345678' },
			},
		});
		expect(result.items()).toEqual([
			{
				json: {
					id: 503,
					name: 'Padaria Central',
					code: 'PC01',
					email: 'geral@padaria.pt',
					phone: '213456789',
					fiscal_id: '508025338',
					address: 'Rua Augusta 10',
					postal_code: '1100-048',
					city: 'Lisboa',
					country: 'Portugal',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.clients.find((c) => c.id === 503)).toMatchObject({ name: 'Padaria Central', payment_days: '30', language: 'en' });
	});

	test('Simplify off: the client as InvoiceXpress answered, preferred contact and all', async () => {
		const result = await runWorkflow(client('create', { name: 'Padaria Central', code: 'PC01', additionalFields: EVERY_FIELD, simplify: false }), {
			credentials: credentials(api.url),
		});
		expect(result.items()[0].json).toMatchObject({
			id: 503,
			language: 'en',
			send_options: '2',
			payment_days: '30',
			tax_exemption_code: 'M16',
			preferred_contact: { name: 'Ana Sousa', email: 'ana@padaria.pt', phone: '912345678' },
		});
		expect(result.items()[0].json.open_account_link).toMatch(/^https:\/\/www\.app\.invoicexpress\.com\/suppliers\/[0-9a-f]{40}$/);
	});

	test('a name another client has: InvoiceXpress’s 422 "Name has already been taken", sent once', async () => {
		const result = await runWorkflow(client('create', { name: 'Bruce Norris', code: 'NEW1' }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Name has already been taken');
		expect(api.server.received()).toHaveLength(1);
		expect(api.server.clients).toHaveLength(2);
	});

	test('a code left empty by an expression: sent without one; refused where the account requires one (docs.invoicexpress.com), created where not (the older page)', async () => {
		const noCode = client('create', { name: 'Sem Código', code: '={{ $json.code }}' }, [{ json: { code: '' } }]);
		const refused = await runWorkflow(noCode, { credentials: credentials(api.url) });
		expect(refused.error()?.message).toBe("InvoiceXpress error 422: Code can't be blank");
		expect(jsonBody(api.server.received()[0])).toEqual({ client: { name: 'Sem Código' } });
		clientReadings(api.server).codeRequired = false;
		const created = await runWorkflow(noCode, { credentials: credentials(api.url) });
		expect(created.items()[0].json).toMatchObject({ id: 503, name: 'Sem Código', code: null });
	});

	test.each([
		['an email address that is not one', { email: 'geral at padaria' }, 'Item 0: "Email" ("geral at padaria") is not an email address', 'Give a valid email address, e.g. foo@bar.com.'],
		['a contact email that is not one', { contactEmail: 'ana@' }, 'Item 0: "Contact Email" ("ana@") is not an email address', 'Give a valid email address, e.g. foo@bar.com.'],
		['a language InvoiceXpress does not have (from an expression)', { language: 'fr' }, 'Item 0: "Language" (fr) is not one InvoiceXpress accepts', 'Pick it from the list: en, pt, es.'],
		['a country InvoiceXpress does not know', { country: 'Germani' }, 'Item 0: "Country" (Germani) is not one InvoiceXpress accepts', 'Pick it from the list.'],
		['a send option other than 1, 2, 3', { sendOptions: '4' }, 'Item 0: "Send Options" (4) is not one InvoiceXpress accepts', 'Pick it from the list: 1, 2, 3.'],
		['negative payment days', { paymentDays: -1 }, 'Item 0: "Payment Days" (-1) is outside the range this node accepts, 0 to 3,650', 'Give a number from 0 to 3,650.'],
		['payment days with decimals', { paymentDays: 1.5 }, 'Item 0: "Payment Days" (1.5) is not a whole number', 'Give a whole number, without decimals.'],
		['an object as the city', { city: { name: 'Lisboa' } }, 'Item 0: "City" is an object ({"name":"Lisboa"}), not text', 'Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(\', \').'],
	])('%s is refused before any request', async (_case, fields, message, description) => {
		const result = await runWorkflow(client('create', { name: 'Padaria Central', code: 'PC01', additionalFields: fields }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(result, api.server, message, description);
	});

	test('an empty name (from an expression) is refused before any request', async () => {
		const result = await runWorkflow(client('create', { name: '={{ $json.name }}', code: 'PC01' }, [{ json: { name: '  ' } }]), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Name" is empty', 'Give the client’s name.');
	});
});
