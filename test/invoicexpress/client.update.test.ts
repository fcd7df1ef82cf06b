import { clientReadings } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { BRUCE, client, credentials, ixClientSandbox, jsonBody, picked, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client › Update', () => {
	test('PUT /clients/{id}.json with only the fields given; the empty 200 becomes { id, updated: true }', async () => {
		const result = await runWorkflow(
			client('update', { clientId: picked(501), updateFields: { city: 'Porto', language: 'en', contactName: 'Norris' } }),
			{ credentials: credentials(api.url) },
		);
		expect(requests(api.server.received())).toEqual([['PUT', '/clients/501.json', {}]]);
		expect(jsonBody(api.server.received()[0])).toEqual({ client: { city: 'Porto', language: 'en', preferred_contact: { name: 'Norris' } } });
		expect(result.items()).toEqual([{ json: { id: 501, updated: true }, pairedItem: { item: 0 } }]);
		expect(api.server.clients[0]).toMatchObject({ name: 'Bruce Norris', city: 'Porto', language: 'en', preferred_contact: { name: 'Norris' } });
	});

	test('a reply holding the client (the other reading): the client, simplified', async () => {
		clientReadings(api.server).updateReply = 'client';
		const result = await runWorkflow(client('update', { clientId: picked(501), updateFields: { phone: '4433551242' } }), {
			credentials: credentials(api.url),
		});
		expect(result.items()[0].json).toEqual({ ...BRUCE, phone: '4433551242' });
	});

	test('the name and code change too; a name another client has is InvoiceXpress’s 422', async () => {
		await runWorkflow(client('update', { clientId: picked(501), updateFields: { name: 'Bruce N. Norris', code: 'BN1' } }), { credentials: credentials(api.url) });
		expect(api.server.clients[0]).toMatchObject({ name: 'Bruce N. Norris', code: 'BN1' });
		const taken = await runWorkflow(client('update', { clientId: picked(501), updateFields: { name: 'Café Lisboa, Lda' } }), { credentials: credentials(api.url) });
		expect(taken.error()?.message).toBe('InvoiceXpress error 422: Name has already been taken');
	});

	test('an unknown client: the 404, said of a client', async () => {
		const result = await runWorkflow(client('update', { clientId: picked(777), updateFields: { city: 'Porto' } }), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Client 777 is unknown');
		expect(result.error()?.description).toBe('The ID does not match any client of the account: pick the client from the list, or check the ID.');
	});

	test('no field to update is refused before any request', async () => {
		const result = await runWorkflow(client('update', { clientId: picked(501), updateFields: {} }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: no field to update was given', 'Add at least one field under "Update Fields".');
	});
});
