import { commentsOf } from '../../sandbox/billomat/comments';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment › Create', () => {
	test('POSTs {"invoice-comment": {invoice_id, comment}} and outputs the new comment', async () => {
		const result = await run(api.url, {
			resource: 'invoiceComment',
			operation: 'create',
			invoiceId: { __rl: true, mode: 'list', value: '1' },
			comment: 'Client will pay next week.',
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/invoice-comments');
		expect(request.query).toEqual({});
		expect(JSON.parse(request.body.toString())).toEqual({ 'invoice-comment': { invoice_id: 1, comment: 'Client will pay next week.' } });
		const [item, ...others] = result.items();
		expect(others).toHaveLength(0);
		expect(item.json).toEqual({
			id: 7,
			created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			invoice_id: 1,
			user_id: 1,
			comment: 'Client will pay next week.',
			actionkey: 'COMMENT',
			public: false,
		});
		expect(commentsOf(api.server).get(7)).toMatchObject({ invoice_id: 1, comment: 'Client will pay next week.' });
	});

	test('an unknown invoice is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'create', invoiceId: '999', comment: 'Hello' });
		expect(result.error()?.message).toBe('Billomat error 404: Invoice not found');
		expect(api.server.received()).toHaveLength(1);
	});
});
