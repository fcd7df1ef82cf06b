// The pickers ("From List") of the settings resources, as n8n's editor calls them: the Template
// ID picker pages through more than 1,000 templates; the E-Mail Template, Free Text, User, Client
// Property and Client Property Value pickers list their records by name with their IDs.
import { addTemplates } from '../../sandbox/billomat/templates';
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Template ID picker (searchTemplates)', () => {
	test('lists the templates as name · document type, with their IDs', async () => {
		const page = await listSearch('billomat', 'searchTemplates', credentials(api.url));
		expect(page.results.slice(0, 3)).toEqual([
			{ name: 'Rechnung Standard · INVOICE (1)', value: '1' },
			{ name: 'Invoice English · INVOICE (2)', value: '2' },
			{ name: 'Angebot Standard · OFFER (3)', value: '3' },
		]);
		expect(page.results).toHaveLength(8);
		expect(page.paginationToken).toBeUndefined();
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/templates', { page: '1', per_page: '100' }]]);
	});

	test('the search box text is not sent: templates have no name filter', async () => {
		await listSearch('billomat', 'searchTemplates', credentials(api.url), { filter: 'Rechnung' });
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100' });
	});

	test('pages through more than 1,000 templates to the last one', async () => {
		const added = addTemplates(api.server, 1200);
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await listSearch('billomat', 'searchTemplates', credentials(api.url), { paginationToken: token });
			seen.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
			calls += 1;
		} while (token !== undefined && calls < 50);
		expect(calls).toBe(13);
		expect(seen).toHaveLength(1208);
		expect(new Set(seen).size).toBe(1208);
		expect(seen.at(-1)).toBe(String(added.at(-1)));
		expect(api.server.received().map((r) => r.query.page)).toEqual(Array.from({ length: 13 }, (_, n) => String(n + 1)));
	});
});

describe('Billomat › the other settings pickers', () => {
	test.each([
		['searchEmailTemplates', '/api/email-templates', { name: 'Rechnung · INVOICES (1)', value: '1' }, 5],
		['searchFreeTexts', '/api/free-texts', { name: 'Standard · INVOICE (1)', value: '1' }, 5],
		['searchClientProperties', '/api/client-properties', { name: 'Premium-Kunde · CHECKBOX (1)', value: '1' }, 3],
		['searchClientPropertyValues', '/api/client-property-values', { name: 'Premium-Kunde · 1 · client 476 (1)', value: '1' }, 3],
		['searchUsers', '/api/users', { name: 'Anna Schmidt · office@demo-software.example (1)', value: '1' }, 3],
	])('%s lists GET %s page 1 by name', async (method, path, first, count) => {
		const page = await listSearch('billomat', method, credentials(api.url));
		expect(page.results[0]).toEqual(first);
		expect(page.results).toHaveLength(count);
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([[path, { page: '1', per_page: '100' }]]);
	});

	test('the Users search box text is Billomat’s last_name filter', async () => {
		const page = await listSearch('billomat', 'searchUsers', credentials(api.url), { filter: 'krü' });
		expect(page.results).toEqual([{ name: 'Lea Krüger · lea.krueger@demo-software.example (3)', value: '3' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', last_name: 'krü' });
	});

	test('the Client Property Value search box text is Billomat’s value filter', async () => {
		const page = await listSearch('billomat', 'searchClientPropertyValues', credentials(api.url), { filter: 'Marketing' });
		expect(page.results).toEqual([{ name: 'Abteilung · Marketing · client 477 (3)', value: '3' }]);
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', value: 'Marketing' });
	});
});
