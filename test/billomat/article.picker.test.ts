// The Article ID picker ("From List"), as n8n's editor calls it: Billomat's article list, page by
// page as the user scrolls, searched by title.
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Article ID picker (searchArticles)', () => {
	test('lists the articles by number and title, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchArticles', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'ART9 · Consulting (9)', value: '9' },
			{ name: 'ART10 · Webdesign (10)', value: '10' },
			{ name: 'ART11 · Hosting (11)', value: '11' },
			{ name: 'ART12 · Model (12)', value: '12' },
			{ name: 'ART13 · Support (UK) (13)', value: '13' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/articles', { page: '1', per_page: '100' }]]);
	});

	test('the search box text is Billomat’s title filter', async () => {
		const page = await listSearch('billomat', 'searchArticles', credentials(api.url), { filter: ' host ' });
		expect(page.results).toEqual([{ name: 'ART11 · Hosting (11)', value: '11' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', title: 'host' });
	});

	test('pages through more than 1,000 articles to the last one, as the user scrolls', async () => {
		const added = api.server.articles.add(1200);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchArticles', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(13);
		expect(seen).toHaveLength(1205);
		expect(new Set(seen).size).toBe(1205);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 13 }, (_, n) => String(n + 1)));
	});

	test('a wrong key is Billomat’s 401, as the editor shows it', async () => {
		await expect(listSearch('billomat', 'searchArticles', credentials(api.url, { apiKey: 'wrong-key-1a2b3c4d5e' }))).rejects.toThrow(/401/);
	});
});
