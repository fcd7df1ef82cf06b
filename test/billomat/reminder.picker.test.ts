// The Letter, Reminder and Recurring pickers ("From List"), as n8n's editor calls them: Billomat's
// lists, page by page as the user scrolls, searched by subject / invoice number / name.
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Reminder picker (searchReminders)', () => {
	test('lists the reminders by subject, invoice and date; the search box is the invoice number filter', async () => {
		const page = await listSearch('billomat', 'searchReminders', credentials(api.url), { filter: 'RE125' });
		expect(page.results).toEqual([
			{ name: 'Friendly reminder · invoice 4 · 2024-02-12 (41)', value: '41' },
			{ name: 'Second reminder · invoice 4 · 2024-03-01 (42)', value: '42' },
		]);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/reminders', { page: '1', per_page: '100', invoice_number: 'RE125' }]]);
	});

	test('pages through more than 1,000 reminders to the last one, as the user scrolls', async () => {
		const added = api.server.documentBooks.reminders.addMany(1100, { invoice_id: 4 });
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchReminders', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(12);
		expect(seen).toHaveLength(1102);
		expect(new Set(seen).size).toBe(1102);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 12 }, (_, n) => String(n + 1)));
	});
});

describe('Billomat › Letter picker (searchLetters)', () => {
	test('lists the letters by subject, label and date; the search box is the subject filter', async () => {
		const page = await listSearch('billomat', 'searchLetters', credentials(api.url), { filter: 'order' });
		expect(page.results).toEqual([{ name: 'Your order · Support · 2024-04-02 (52)', value: '52' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', subject: 'order' });
	});
});

describe('Billomat › Recurring picker (searchRecurrings)', () => {
	test('lists the recurring invoices by name and cycle; the search box is the name filter', async () => {
		const page = await listSearch('billomat', 'searchRecurrings', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'Hosting monthly · MONTHLY (71)', value: '71' },
			{ name: 'Support quarterly · MONTHLY (72)', value: '72' },
		]);
		const searched = await listSearch('billomat', 'searchRecurrings', credentials(api.url), { filter: 'support' });
		expect(searched.results).toEqual([{ name: 'Support quarterly · MONTHLY (72)', value: '72' }]);
		expect(api.server.received().map((r) => r.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '1', per_page: '100', name: 'support' },
		]);
	});
});
