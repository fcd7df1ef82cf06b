import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Delete', () => {
	test('DELETEs the article and says so (Billomat answers an empty 200)', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'delete', articleId: { __rl: true, mode: 'id', value: '11' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/api/articles/11');
		expect(request.body.length).toBe(0);
		expect(result.items()).toEqual([{ json: { id: 11, deleted: true }, pairedItem: { item: 0 } }]);
		expect(api.server.articles.records.has(11)).toBe(false);
	});

	test('when the first reply is lost and the retry finds no article, a read confirms the delete', async () => {
		api.server.injectFault({ kind: 'reset', method: 'DELETE', path: '/api/articles/11', afterHandler: true });
		const result = await run(api.url, { resource: 'article', operation: 'delete', articleId: '11' });
		expect(api.server.received().map((r) => `${r.method} ${r.path} ${r.status ?? ''}`.trim())).toEqual([
			'DELETE /api/articles/11',
			'DELETE /api/articles/11 404',
			'GET /api/articles/11 404',
		]);
		expect(result.items()).toEqual([{ json: { id: 11, deleted: true, confirmedAfterRetry: true }, pairedItem: { item: 0 } }]);
	});

	test('an unknown article is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'delete', articleId: '404' });
		expect(result.error()?.message).toBe('Billomat error 404: Article not found');
		expect(api.server.received()).toHaveLength(1);
	});
});
