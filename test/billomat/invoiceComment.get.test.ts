import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment › Get', () => {
	test('GETs /api/invoice-comments/{id} and outputs the whole comment', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'get', commentId: { __rl: true, mode: 'id', value: '3' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/invoice-comments/3');
		expect(request.query).toEqual({});
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([
			{
				json: {
					id: 3,
					created: '2009-10-20T09:05:00+02:00',
					invoice_id: 1,
					user_id: 1,
					comment: 'Client will pay next week.',
					actionkey: 'COMMENT',
					public: false,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an unknown comment is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'get', commentId: '999' });
		expect(result.error()?.message).toBe('Billomat error 404: Comment not found');
	});
});
