// The Contact picker of the document fields (searchDocumentContacts), as n8n's editor calls it:
// the contacts of the client chosen in the node, or of the client of the document being updated
// (Billomat lists contacts per client only: https://www.billomat.com/en/api/clients/contacts/).
import { listSearch } from '../harness/listSearch';
import { billomatSandbox, credentials } from './setup';

const api = billomatSandbox();
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const search = (parameters: Record<string, unknown>, more: { filter?: string; paginationToken?: string } = {}) =>
	listSearch('billomat', 'searchDocumentContacts', credentials(api.url), { typeVersion: 1.2, parameters: parameters as never, ...more });

const CONTACTS_476 = [
	{ name: 'Buchhaltung · Erika Mustermann · Musterfirma GmbH (11)', value: '11' },
	{ name: 'Lager · Max Muster · Musterfirma GmbH (13)', value: '13' },
];

describe('Billomat › document Contact picker (searchDocumentContacts)', () => {
	test('Create: the contacts of the client picked in Client', async () => {
		const page = await search({ resource: 'invoice', operation: 'create', clientId: picked('476') });
		expect(page).toEqual({ results: CONTACTS_476, paginationToken: undefined });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/contacts', { client_id: '476', page: '1', per_page: '100' }]]);
	});

	test('Update with a Client in Update Fields: that client’s contacts', async () => {
		await search({ resource: 'invoice', operation: 'update', invoiceId: picked('1'), updateFields: { client_id: picked('477') } });
		expect(api.server.received().map((r) => [r.path, r.query])).toEqual([['/api/contacts', { client_id: '477', page: '1', per_page: '100' }]]);
	});

	test('Update without a client: the contacts of the edited document’s client, read from Billomat', async () => {
		const page = await search({ resource: 'creditNote', operation: 'update', creditNoteId: picked('31') }, { filter: 'lager' });
		expect(page.results).toEqual([CONTACTS_476[1]]);
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/credit-notes/31', {}],
			['GET', '/api/contacts', { client_id: '476', page: '1', per_page: '100' }],
		]);
	});

	test('pages through more than 1,000 contacts of the client as the user scrolls', async () => {
		api.server.contacts.add(477, 1100);
		const values: string[] = [];
		let token: string | undefined;
		do {
			const page = await search({ resource: 'invoice', operation: 'create', clientId: '477' }, { paginationToken: token });
			values.push(...page.results.map((r) => r.value as string));
			token = page.paginationToken as string | undefined;
		} while (token !== undefined);
		expect(values).toHaveLength(1101);
		expect(new Set(values).size).toBe(1101);
		expect(api.server.received().map((r) => r.query.page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
	});

	test('without a client or a document it asks for the client first, and sends nothing', async () => {
		await expect(search({ resource: 'invoice', operation: 'create' })).rejects.toThrow('Choose the client first');
		expect(api.server.received()).toHaveLength(0);
	});
});
