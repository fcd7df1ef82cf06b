// The pickers of the Contact operations, as n8n's editor calls them: Client ID (searchClients, the
// client list searched by name) and Contact ID (searchContacts, the contacts of the client chosen
// in the node, page by page).
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();

describe('Billomat › Contact ID picker (searchContacts)', () => {
	test('lists the contacts of the chosen client by label, person and company', async () => {
		const page = await listSearch('billomat', 'searchContacts', credentials(api.url), {
			parameters: { resource: 'contact', operation: 'get', clientId: { __rl: true, mode: 'list', value: '476' } },
		});
		expect(page.results).toEqual([
			{ name: 'Buchhaltung · Erika Mustermann · Musterfirma GmbH (11)', value: '11' },
			{ name: 'Lager · Max Muster · Musterfirma GmbH (13)', value: '13' },
		]);
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/contacts', { client_id: '476', page: '1', per_page: '100' }]]);
	});

	test('the search box narrows the names listed (Billomat’s contact list has no text filter)', async () => {
		const page = await listSearch('billomat', 'searchContacts', credentials(api.url), {
			filter: 'lager',
			parameters: { resource: 'contact', operation: 'update', clientId: { __rl: true, mode: 'id', value: '476' } },
		});
		expect(page.results.map((r) => r.value)).toEqual(['13']);
	});

	test('pages through the client’s contacts as the user scrolls', async () => {
		api.server.contacts.add(477, 250);
		const values: string[] = [];
		let token: string | undefined;
		do {
			const page = await listSearch('billomat', 'searchContacts', credentials(api.url), { paginationToken: token, parameters: { resource: 'contact', operation: 'delete', clientId: '477' } });
			values.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
		} while (token !== undefined);
		expect(values).toHaveLength(251);
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2', '3']);
	});

	test('without a client it asks for one first, and sends nothing', async () => {
		await expect(listSearch('billomat', 'searchContacts', credentials(api.url), { parameters: { resource: 'contact', operation: 'get' } })).rejects.toThrow(
			'Choose the client first',
		);
		expect(api.server.received()).toHaveLength(0);
	});
});

describe('Billomat › Client ID picker (searchClients)', () => {
	test('lists the clients with their IDs, the search box as the name filter', async () => {
		const page = await listSearch('billomat', 'searchClients', credentials(api.url), { filter: 'gmbh' });
		expect(page.results.map((r) => r.value)).toContain('476');
		expect(api.server.received()[0].path).toBe('/api/clients');
		expect(api.server.received()[0].query).toEqual({ page: '1', per_page: '100', name: 'gmbh' });
	});
});
