import { CONTACT_12, CONTACT_12_SIMPLE } from './contact.fixtures';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › Get', () => {
	test('GETs /api/contacts/{id} (the client is only for the list) and gives the main fields by default', async () => {
		const result = await run(api.url, {
			resource: 'contact',
			operation: 'get',
			clientId: { __rl: true, mode: 'list', value: '477' },
			contactId: { __rl: true, mode: 'list', value: '12' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/contacts/12');
		expect(request.query).toEqual({});
		expect(result.items()).toEqual([{ json: CONTACT_12_SIMPLE, pairedItem: { item: 0 } }]);
	});

	test('by ID without a client; Simplify off gives the whole contact', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'id', value: '12' }, simplify: false });
		expect(result.items()[0].json).toEqual(CONTACT_12);
	});

	test('an unknown contact is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'get', contactId: '999' });
		expect(result.error()?.message).toBe('Billomat error 404: Contact not found');
	});

	test('a name mapped into Contact ID is refused before any request', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'get', contactId: '={{ $json.contact }}' }, { input: [{ json: { contact: 'Jane Smith' } }] });
		expect(result.error()?.message).toBe('Item 0: "Contact ID" ("Jane Smith") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});
});
