// The estimate, confirmation and delivery note pickers ("From List"), as n8n's editor calls them:
// the family's list, page by page as the user scrolls, searched by the document number.
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe.each([
	{
		method: 'searchEstimates',
		path: '/api/offers',
		filter: 'offer_number',
		results: [
			{ name: 'AN1 · project 123 (21)', value: '21' },
			{ name: 'Website relaunch (22)', value: '22' },
			{ name: 'AN2 · Support package 2024 (23)', value: '23' },
			{ name: 'AN3 · Print run booklets (24)', value: '24' },
		],
		search: 'an3',
		found: [{ name: 'AN3 · Print run booklets (24)', value: '24' }],
	},
	{
		method: 'searchConfirmations',
		path: '/api/confirmations',
		filter: 'confirmation_number',
		results: [
			{ name: 'AB1 · project 123 (7)', value: '7' },
			{ name: 'Support package 2024 (42)', value: '42' },
			{ name: 'AB2 · Hosting 2024 (43)', value: '43' },
		],
		search: 'ab2',
		found: [{ name: 'AB2 · Hosting 2024 (43)', value: '43' }],
	},
	{
		method: 'searchDeliveryNotes',
		path: '/api/delivery-notes',
		filter: 'delivery_note_number',
		results: [
			{ name: 'LS1 · project 123 (51)', value: '51' },
			{ name: 'Support package 2024 (52)', value: '52' },
		],
		search: 'ls1',
		found: [{ name: 'LS1 · project 123 (51)', value: '51' }],
	},
])('Billomat › $method', ({ method, path, filter, results, search, found }) => {
	test('lists the documents by number and label, with their IDs', async () => {
		const page = await listSearch('billomat', method, credentials(api.url));
		expect(page.results).toEqual(results);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([[path, { page: '1', per_page: '100' }]]);
	});

	test('the search box text is the number filter', async () => {
		const page = await listSearch('billomat', method, credentials(api.url), { filter: search });
		expect(page.results).toEqual(found);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', [filter]: search });
	});
});

describe('Billomat › Estimate picker paging', () => {
	test('pages through more than 1,000 estimates to the last one, as the user scrolls', async () => {
		const added = api.server.documentBooks.offers.addMany(1200);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchEstimates', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(13);
		expect(seen).toHaveLength(1204);
		expect(new Set(seen).size).toBe(1204);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => [r.path, r.query.page])).toEqual(Array.from({ length: 13 }, (_, n) => ['/api/offers', String(n + 1)]));
	});
});
