import { ARTICLE_9 } from './article.fixtures';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Update', () => {
	test('PUTs the changed fields only and outputs the whole article', async () => {
		const result = await run(api.url, {
			resource: 'article',
			operation: 'update',
			articleId: { __rl: true, mode: 'list', value: '9' },
			updateFields: { sales_price: 95, title: 'Consulting (senior)', supplier_id: '3' },
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/api/articles/9');
		expect(jsonBody(request)).toEqual({ article: { sales_price: 95, title: 'Consulting (senior)', supplier_id: 3 } });
		expect(result.items()).toEqual([
			{ json: { ...ARTICLE_9, sales_price: 95, title: 'Consulting (senior)', supplier_id: 3 }, pairedItem: { item: 0 } },
		]);
	});

	test('nothing to update is refused before any request', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'update', articleId: '9', updateFields: {} });
		expect(result.error()?.message).toBe('Item 0: no field to update');
		expect(api.server.received()).toHaveLength(0);
	});

	test('an unknown article is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'update', articleId: '404', updateFields: { title: 'X' } });
		expect(result.error()?.message).toBe('Billomat error 404: Article not found');
	});
});
