import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact › Delete', () => {
	test('DELETEs the contact and says so (Billomat answers an empty 200)', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'delete', contactId: { __rl: true, mode: 'id', value: '13' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/contacts/13');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 13, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.contacts.records.has(13)).toBe(false);
	});

	test('when the first reply is lost and the contact is still there, the error says so', async () => {
		api.server.injectFault({ kind: 'reset', method: 'DELETE', path: '/api/contacts/13', times: 1 });
		api.server.injectFault({ kind: 'reply', method: 'DELETE', path: '/api/contacts/13', reply: { status: 404, body: { errors: { error: 'Contact not found' } } } });
		const result = await run(api.url, { resource: 'contact', operation: 'delete', contactId: '13' });
		expect(result.error()?.message).toBe('Billomat error 404: Contact not found');
		expect(result.error()?.description).toContain('Reading contact 13 afterwards showed the contact still exists, not deleted');
		expect(api.server.contacts.records.has(13)).toBe(true);
	});

	test('an unknown contact is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'contact', operation: 'delete', contactId: '404' });
		expect(result.error()?.message).toBe('Billomat error 404: Contact not found');
	});
});
