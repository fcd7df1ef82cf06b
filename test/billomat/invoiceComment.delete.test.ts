import { commentsOf } from '../../sandbox/billomat/comments';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Invoice Comment › Delete', () => {
	test('DELETEs the comment and outputs a summary', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'delete', commentId: { __rl: true, mode: 'id', value: '3' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/invoice-comments/3');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 3, deleted: true }, pairedItem: { item: 0 } }]);
		expect(commentsOf(api.server).has(3)).toBe(false);
	});

	test('an unknown comment is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'invoiceComment', operation: 'delete', commentId: '77' });
		expect(result.error()?.message).toBe('Billomat error 404: Comment not found');
	});
});
