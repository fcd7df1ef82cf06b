import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Client › Delete', () => {
	test('DELETEs /api/clients/{id}; the empty 200 becomes { id, deleted: true }', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'delete', clientId: { __rl: true, mode: 'id', value: '478' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/clients/478', 0]);
		expect(result.items()).toEqual([{ json: { id: 478, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.clients.has(478)).toBe(false);
	});

	test('a client with invoices: Billomat’s 400, with the advice to archive it', async () => {
		const result = await run(api.url, { resource: 'client', operation: 'delete', clientId: '476' }, { continueOnFail: true });
		expect(result.items()[0].json).toMatchObject({
			error: 'Billomat error 400: Client 476 has 2 document(s) and cannot be deleted; archive it instead',
			description: 'Billomat does not delete a client that has documents. Archive it instead: Update with "Archived" on.',
		});
		expect(api.server.clients.has(476)).toBe(true);
	});

	test('a lost reply whose retry meets a 404: a read confirms the delete', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'DELETE', path: '/api/clients/478' });
		const result = await run(api.url, { resource: 'client', operation: 'delete', clientId: '478' });
		expect(result.items()[0].json).toEqual({ id: 478, deleted: true, confirmedAfterRetry: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.status])).toEqual([
			['DELETE', '/api/clients/478', undefined],
			['DELETE', '/api/clients/478', 404],
			['GET', '/api/clients/478', 404],
		]);
	});
});
