// The Credit Note picker ("From List"), as n8n's editor calls it: Billomat's credit note list, page
// by page as the user scrolls, searched by credit note number.
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Credit Note picker (searchCreditNotes)', () => {
	test('lists the credit notes by number and label, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchCreditNotes', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'GS1 · Hosting 2024: three months refunded (31)', value: '31' },
			{ name: 'Support January: goodwill (32)', value: '32' },
			{ name: 'GS2 · Returned booklets (33)', value: '33' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/credit-notes', { page: '1', per_page: '100' }]]);
	});

	test('the search box text is the credit_note_number filter', async () => {
		const page = await listSearch('billomat', 'searchCreditNotes', credentials(api.url), { filter: 'gs2' });
		expect(page.results).toEqual([{ name: 'GS2 · Returned booklets (33)', value: '33' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', credit_note_number: 'gs2' });
	});

	test('pages through more than 1,000 credit notes to the last one, as the user scrolls', async () => {
		const added = api.server.addCreditNotes(1200);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchCreditNotes', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(13);
		expect(seen).toHaveLength(1203);
		expect(new Set(seen).size).toBe(1203);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 13 }, (_, n) => String(n + 1)));
	});
});
