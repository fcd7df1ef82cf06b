// InvoiceXpress › Account: the account data of the API key (get, update), from
// https://invoicexpress.com/api-v2/get-8/ and https://invoicexpress.com/api-v2/update-8/. The
// account's API key, which the reply carries, never reaches the output.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { accountOf, DEMO_ACCOUNT_ID } from '../../sandbox/invoicexpress/accounts';
import { catalogueReadings } from '../../sandbox/invoicexpress/catalogue';
import { runWorkflow } from '../harness/engine';
import { everything, expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const account = (operation: string, parameters: Record<string, unknown>) => ix(operation, { resource: 'account', accountId: String(DEMO_ACCOUNT_ID), ...parameters });
const run = async (workflow: ReturnType<typeof account>) => await runWorkflow(workflow, { credentials: credentials(api.url) });

const DEMO = {
	id: DEMO_ACCOUNT_ID,
	name: 'Demo Company, Lda',
	fiscal_id: '509999990',
	address: 'Avenida da Liberdade 1',
	postal_code: '1250-096',
	city: 'Lisboa',
	email: 'geral@demo-company.pt',
	url: 'https://demo-company.app.invoicexpress.com',
	state: 'active',
};

describe('InvoiceXpress › Account › Get', () => {
	test('GET /api/accounts/{id}/get.json; the account without its API key', async () => {
		const result = await run(account('get', {}));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', `/api/accounts/${DEMO_ACCOUNT_ID}/get.json`, { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: DEMO, pairedItem: { item: 0 } }]);
		expect(everything(result.items())).not.toContain(KEY);
	});

	test('another account’s ID is InvoiceXpress’s 404', async () => {
		const result = await run(account('get', { accountId: '1' }));
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Not Found');
	});
});

describe('InvoiceXpress › Account › Update', () => {
	test('PUT /api/accounts/{id}/update.json with the fields given; the empty 200 becomes {id, updated}', async () => {
		const result = await run(account('update', { updateFields: { organization_name: 'Demo Company II, Lda', city: 'Porto', email: 'conta@demo-company.pt' } }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', `/api/accounts/${DEMO_ACCOUNT_ID}/update.json`]);
		expect(JSON.parse(bodyText(request))).toEqual({ account: { organization_name: 'Demo Company II, Lda', city: 'Porto', email: 'conta@demo-company.pt' } });
		expect(result.items()).toEqual([{ json: { id: DEMO_ACCOUNT_ID, updated: true }, pairedItem: { item: 0 } }]);
		expect(accountOf(api.server)).toMatchObject({ name: 'Demo Company II, Lda', city: 'Porto' });
	});

	test('a reply holding the account (the other reading) is output without its key', async () => {
		catalogueReadings(api.server).writeReply = 'record';
		const result = await run(account('update', { updateFields: { postal_code: '4000-001' } }));
		expect(result.items()[0].json).toEqual({ ...DEMO, postal_code: '4000-001' });
		expect(everything(result.items())).not.toContain(KEY);
	});

	test('an email that is no address is refused before any request', async () => {
		const result = await run(account('update', { updateFields: { email: 'conta at demo' } }));
		expectRefusedBeforeAnyRequest(result, api.server, 'Item 0: "Email" ("conta at demo") is not an email address', 'Give a valid email address, e.g. foo@bar.com.');
	});
});
