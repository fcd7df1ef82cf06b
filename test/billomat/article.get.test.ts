import { jsonReply, notDocumented } from '../campaign/operations';
import { ARTICLE_9 } from './article.fixtures';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();

describe('Billomat › Article › Get', () => {
	test('GETs /api/articles/{id} (picked from the list) and gives the main fields by default', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: { __rl: true, mode: 'list', value: '9' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/articles/9');
		expect(request.query).toEqual({});
		expect(request.headers['x-billomatapikey']).toBe(BILLOMAT_DEMO_API_KEY);
		expect(result.items()).toEqual([
			{
				json: {
					id: 9,
					article_number: 'ART9',
					title: 'Consulting',
					description: 'Consulting by the hour',
					sales_price: 90,
					purchase_price: 45,
					currency_code: 'EUR',
					unit_id: 1,
					tax_id: 1,
					supplier_id: null,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Simplify off: the whole article, numbers as numbers and empty prices as null', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: { __rl: true, mode: 'id', value: '9' }, simplify: false });
		expect(result.items()[0].json).toEqual(ARTICLE_9);
	});

	test('an ID mapped from the input as plain text works as well', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: '={{ $json.id }}' }, { input: [{ json: { id: 12 } }, { json: { id: 11 } }] });
		expect(result.items().map((i) => i.json.title)).toEqual(['Model', 'Hosting']);
		expect(api.server.received().map((r) => r.path)).toEqual(['/api/articles/12', '/api/articles/11']);
	});

	test('an unknown article is Billomat’s 404 with its text', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: { __rl: true, mode: 'id', value: '999' } });
		expect(result.error()?.message).toBe('Billomat error 404: Article not found');
		expect(result.error()?.description).toBe('No such record in this Billomat account. Check the ID.');
	});

	test('an article number typed By ID is refused by the field’s own check, before the run', async () => {
		await expect(run(api.url, { resource: 'article', operation: 'get', articleId: { __rl: true, mode: 'id', value: 'ART9' } })).rejects.toThrow(
			'A Billomat article ID is a number, e.g. 12',
		);
		expect(api.server.received()).toHaveLength(0);
	});

	test('an article number mapped from the input is refused before any request', async () => {
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: '={{ $json.id }}' }, { input: [{ json: { id: 'ART9' } }] });
		expect(result.error()?.message).toBe('Item 0: "Article ID" ("ART9") is not a Billomat ID');
		expect(api.server.received()).toHaveLength(0);
	});

	test('a 200 without the "article" record is a Billomat error naming both', async () => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, { invoice: { id: '9' } }) });
		const result = await run(api.url, { resource: 'article', operation: 'get', articleId: '9' });
		expect(result.error()?.message).toBe('Billomat error 200: Expected an "article" record ({"article": {…}}) but got an object with the key "invoice"');
		expect(result.error()?.description).toBe(notDocumented('Billomat'));
	});
});
