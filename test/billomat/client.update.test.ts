import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Client › Update', () => {
	test('PUTs only the changed fields to /api/clients/{id} and outputs the updated client', async () => {
		const result = await run(api.url, {
			resource: 'client',
			operation: 'update',
			clientId: { __rl: true, mode: 'list', value: '477' },
			updateFields: { phone: '+44 20 7946 0999', price_group: 2, net_gross: 'GROSS' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/api/clients/477']);
		expect(jsonBody(request)).toEqual({ client: { phone: '+44 20 7946 0999', price_group: 2, net_gross: 'GROSS' } });
		expect(result.items()[0].json).toMatchObject({ id: 477, name: 'Example Ltd', phone: '+44 20 7946 0999', price_group: 2, net_gross: 'GROSS' });
	});

	test('an archived client: Billomat’s 400 with the way out (restore it first)', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'update', clientId: '479', updateFields: { note: 'Reopened' } }, { continueOnFail: true });
		expect(result.items()[0].json).toMatchObject({
			error: 'Billomat error 400: Client 479 is archived and cannot be edited; set archived to 0 to restore it',
			description: expect.stringContaining('restore it first by updating it with only "Archived" turned off'),
		});
		const restored = await run(api.url, { resource: 'client', operation: 'update', clientId: '479', updateFields: { archived: false } });
		expect(jsonBody(api.server.received('PUT').pop()!)).toEqual({ client: { archived: 0 } });
		expect(restored.items()[0].json).toMatchObject({ id: 479, archived: 0 });
	});

	test('no field to update is refused before any request', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'update', clientId: '477', updateFields: {} });
		expect(result.error()?.message).toBe('Item 0: no field to update');
		expect(api.server.received()).toEqual([]);
	});
});
