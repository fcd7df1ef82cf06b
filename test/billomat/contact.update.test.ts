import { CONTACT_12 } from './contact.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › Update', () => {
	test('PUTs the changed fields only and outputs the whole contact', async () => {
		const result = await run(api.url, {
			resource: 'contact',
			operation: 'update',
			contactId: { __rl: true, mode: 'id', value: '12' },
			updateFields: { email: 'ap@example.co.uk', phone: '+44 20 7946 0001' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/contacts/12');
		expect(jsonBody(request)).toEqual({ contact: { email: 'ap@example.co.uk', phone: '+44 20 7946 0001' } });
		expect(result.items()).toEqual([{ json: { ...CONTACT_12, email: 'ap@example.co.uk', phone: '+44 20 7946 0001' }, pairedItem: { item: 0 } }]);
	});

	test('moves the contact to another client', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'update', contactId: '12', updateFields: { client_id: '476' } });
		expect(jsonBody(api.server.received()[0])).toEqual({ contact: { client_id: 476 } });
		expect(result.items()[0].json.client_id).toBe(476);
	});

	test('nothing to update is refused before any request', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'update', contactId: '12', updateFields: {} });
		expect(result.error()?.message).toBe('Item 0: no field to update');
		expect(api.server.received()).toHaveLength(0);
	});
});
