// Contact input the node refuses before any request, with the item and what to change.
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › bad input', () => {
	test.each([
		['a client name instead of its ID', { clientId: 'Musterfirma GmbH' }, 'Item 0: "Client ID" ("Musterfirma GmbH") is not a Billomat ID'],
		['two email addresses', { clientId: '476', additionalFields: { email: 'a@example.com, b@example.com' } }, 'Item 0: "Email" ("a@example.com, b@example.com") is not an email address'],
		['a three-letter country code', { clientId: '476', additionalFields: { country_code: 'DEU' } }, 'Item 0: "Country Code" ("DEU") is not a country code'],
		['a list as the last name', { clientId: '476', additionalFields: { last_name: ['Muster'] } }, 'Item 0: "Last Name" is an array (["Muster"]), not text'],
	])('Create with %s', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'contact', operation: 'create', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});

	test('Update moving the contact to a client given by name', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'update', contactId: '12', updateFields: { client_id: 'Example Ltd' } });
		expect(result.error()?.message).toBe('Item 0: "Client ID" ("Example Ltd") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});
});
