// The Incoming ID picker ("From List"), as n8n's editor calls it: Billomat's incoming invoice list,
// page by page as the user scrolls, searched by the supplier's invoice number.
import { addIncomings } from '../../sandbox/billomat/incomings';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Incoming ID picker (searchIncomings)', () => {
	test('lists the incoming invoices by number and label, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchIncomings', credentials(api.url));
		expect(page.results).toEqual([
			{ name: 'PW-2025-0311 · Logo and web layout, March (1)', value: '1' },
			{ name: 'RH-25-00117 · Hosting 2025 (2)', value: '2' },
			{ name: 'RH-25-00342 · 3D-printed models, 500 pieces (3)', value: '3' },
			{ name: '20250910 · Paper and toner (4)', value: '4' },
			{ name: 'HP-2025-118 · Annual accounts 2024 (5)', value: '5' },
		]);
		expect(page.paginationToken).toBeUndefined();
	});

	test('the search box text is Billomat’s incoming_number filter', async () => {
		const page = await listSearch('billomat', 'searchIncomings', credentials(api.url), { filter: 'rh-25' });
		expect(page.results.map((r) => r.value)).toEqual(['2', '3']);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', incoming_number: 'rh-25' });
	});

	test('pages through more than 1,000 incoming invoices to the last one', async () => {
		const added = addIncomings(api.server, 1000);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchIncomings', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(11);
		expect(new Set(seen).size).toBe(1005);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
	});
});
