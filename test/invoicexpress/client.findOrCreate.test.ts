// Find or Create: by code, else by name, else create. The searches are reads: their lost replies
// are sent again, and a search that never gets a reply fails the item, so nothing is created on
// it. The create is sent once; when its reply is lost, the client is looked up before the item
// fails, and the one found is reported created.
import { clientReadings } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { LOST_REPLIES } from '../harness/lostReplies';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { BRUCE, client, credentials, ixClientSandbox, jsonBody, requests } from './client.setup';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

const api = ixClientSandbox();

const findOrCreate = (code: string, name: string, extra: Record<string, unknown> = {}) => client('findOrCreate', { code, name, ...extra });

describe('InvoiceXpress › Client › Find or Create', () => {
	test('found by code: one search, nothing created; found: true, foundBy: code', async () => {
		const result = await runWorkflow(findOrCreate('BN01', 'Someone Else'), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([['GET', '/clients/find-by-code.json', { client_code: 'BN01' }]]);
		expect(result.items()).toEqual([{ json: { ...BRUCE, found: true, created: false, foundBy: 'code' }, pairedItem: { item: 0 } }]);
	});

	test('no client has the code, one has the name (case ignored): found by name', async () => {
		const result = await runWorkflow(findOrCreate('NEW9', 'bruce norris'), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([
			['GET', '/clients/find-by-code.json', { client_code: 'NEW9' }],
			['GET', '/clients/find-by-name.json', { client_name: 'bruce norris' }],
		]);
		expect(result.items()[0].json).toEqual({ ...BRUCE, found: true, created: false, foundBy: 'name' });
	});

	test('neither: POST /clients.json with the code, the name and the new client’s fields; created: true', async () => {
		const result = await runWorkflow(
			findOrCreate('PD01', 'Padaria Central', { clientFields: { email: 'geral@padaria.pt', country: 'Portugal', fiscalId: '508025338' } }),
			{ credentials: credentials(api.url) },
		);
		expect(requests(api.server.received())).toEqual([
			['GET', '/clients/find-by-code.json', { client_code: 'PD01' }],
			['GET', '/clients/find-by-name.json', { client_name: 'Padaria Central' }],
			['POST', '/clients.json', {}],
		]);
		expect(jsonBody(api.server.received('POST')[0])).toEqual({
			client: { name: 'Padaria Central', code: 'PD01', fiscal_id: '508025338', email: 'geral@padaria.pt', country: 'Portugal' },
		});
		expect(result.items()[0].json).toEqual({
			id: 503,
			name: 'Padaria Central',
			code: 'PD01',
			email: 'geral@padaria.pt',
			phone: null,
			fiscal_id: '508025338',
			address: null,
			postal_code: null,
			city: null,
			country: 'Portugal',
			found: false,
			created: true,
			foundBy: null,
		});
		// Run again: now found by its code.
		const again = await runWorkflow(findOrCreate('PD01', 'Padaria Central'), { credentials: credentials(api.url) });
		expect(again.items()[0].json).toMatchObject({ id: 503, found: true, created: false, foundBy: 'code' });
		expect(api.server.clients).toHaveLength(3);
	});

	test('without a code: by name only, and a new client gets none', async () => {
		clientReadings(api.server).codeRequired = false;
		const result = await runWorkflow(findOrCreate('', 'Padaria Central'), { credentials: credentials(api.url) });
		expect(requests(api.server.received()).map(([m, p]) => [m, p])).toEqual([
			['GET', '/clients/find-by-name.json'],
			['POST', '/clients.json'],
		]);
		expect(jsonBody(api.server.received('POST')[0])).toEqual({ client: { name: 'Padaria Central' } });
		expect(result.items()[0].json).toMatchObject({ id: 503, created: true });
	});

	test.each([
		['one client, partial names', 'partial', 'client'],
		['a list, partial names', 'partial', 'clients'],
		['a list, whole names', 'exact', 'clients'],
	] as const)('find by name read as %s: only a client of exactly that name counts', async (_reading, nameMatch, nameReply) => {
		Object.assign(clientReadings(api.server), { nameMatch, nameReply });
		// "Bruce" is part of "Bruce Norris" but not his name: a new client.
		const created = await runWorkflow(findOrCreate('BR01', 'Bruce'), { credentials: credentials(api.url) });
		expect(created.items()[0].json).toMatchObject({ name: 'Bruce', code: 'BR01', created: true });
		const found = await runWorkflow(findOrCreate('XX', 'Café Lisboa, Lda'), { credentials: credentials(api.url) });
		expect(found.items()[0].json).toMatchObject({ id: 502, foundBy: 'name', created: false });
		expect(api.server.received('POST')).toHaveLength(1);
	});

	test('one item per input row, each paired with its row', async () => {
		const input = [{ json: { code: 'BN01', name: 'Bruce Norris' } }, { json: { code: 'NEW1', name: 'Nova Loja' } }, { json: { code: 'CL02', name: 'x' } }];
		const result = await runWorkflow(client('findOrCreate', { code: '={{ $json.code }}', name: '={{ $json.name }}' }, input), { credentials: credentials(api.url) });
		expect(result.items().map((i) => [i.json.id, i.json.created, i.json.foundBy, i.pairedItem])).toEqual([
			[501, false, 'code', { item: 0 }],
			[503, true, null, { item: 1 }],
			[502, false, 'code', { item: 2 }],
		]);
	});

	test('a lost find reply (a reset) is sent again: found, and nothing created', async () => {
		api.server.injectFault({ kind: 'reset', afterHandler: true, method: 'GET', path: '/find-by-code' });
		const result = await runWorkflow(findOrCreate('BN01', 'Bruce Norris'), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.method, r.path, r.fault])).toEqual([
			['GET', '/clients/find-by-code.json', 'reset'],
			['GET', '/clients/find-by-code.json', undefined],
		]);
		expect(result.items()[0].json).toMatchObject({ id: 501, found: true, created: false });
	});

	test('a find that never gets a reply fails the item: no create is sent', async () => {
		api.server.injectFault({ kind: 'server-error', status: 503, method: 'GET', path: '/find-by-name', times: 0 });
		const result = await runWorkflow(findOrCreate('NEW9', 'Padaria Central'), { credentials: credentials(api.url) });
		expect(result.error()?.message).toMatch(/^InvoiceXpress error 503/);
		expect(api.server.received('POST')).toEqual([]);
		expect(api.server.clients).toHaveLength(2);
	});

	test.each(LOST_REPLIES)('the create’s reply lost to %s: sent once, the client looked up and reported created', async (_fault, fault) => {
		api.server.injectFault({ ...fault, method: 'POST', path: '/clients.json' });
		const result = await runWorkflow(findOrCreate('PD01', 'Padaria Central'), { credentials: credentials(api.url) });
		expect(api.server.received().map((r) => [r.method, r.path, r.fault])).toEqual([
			['GET', '/clients/find-by-code.json', undefined],
			['GET', '/clients/find-by-name.json', undefined],
			['POST', '/clients.json', fault.kind],
			['GET', '/clients/find-by-code.json', undefined],
		]);
		expect(result.items()[0].json).toMatchObject({ id: 503, code: 'PD01', found: false, created: true, confirmedAfterLostReply: true });
		expect(api.server.clients).toHaveLength(3);
	});

	test('a create that never arrived (reset before InvoiceXpress handled it): looked up, not found, the error stays; one POST', async () => {
		api.server.injectFault({ kind: 'reset', method: 'POST', path: '/clients.json' });
		const result = await runWorkflow(findOrCreate('PD01', 'Padaria Central'), { credentials: credentials(api.url) });
		expect(result.error()?.message).toBe('InvoiceXpress error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived');
		expect(result.error()?.description).toBe(
			'Not retried automatically: the request creates or changes data and may already have reached the server. Check before running it again.\n' +
				'Looking the client up afterwards found no such client: the create did not reach InvoiceXpress.',
		);
		expect(api.server.received('POST')).toHaveLength(1);
		expect(api.server.received().map((r) => r.path).slice(-3)).toEqual(['/clients.json', '/clients/find-by-code.json', '/clients/find-by-name.json']);
		expect(api.server.clients).toHaveLength(2);
	});

	test('a refused create (422) is InvoiceXpress’s answer: no look-up after it', async () => {
		const result = await runWorkflow(findOrCreate('PD01', 'Padaria Central', { clientFields: { city: 'Lisboa' } }), {
			credentials: credentials(api.url),
		});
		expect(result.items()[0].json.created).toBe(true);
		api.server.requests.length = 0;
		// Someone else takes the name between our search and our create.
		api.server.injectFault({ kind: 'reply', method: 'POST', reply: { status: 422, body: { errors: [{ error: 'Name has already been taken' }] } } });
		const refused = await runWorkflow(findOrCreate('ZZ01', 'Zeta Lda'), { credentials: credentials(api.url) });
		expect(refused.error()?.message).toBe('InvoiceXpress error 422: Name has already been taken');
		expect(api.server.received().map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
	});

	test('bad input is refused before any search: an empty name, a bad email of the new client', async () => {
		const noName = await runWorkflow(client('findOrCreate', { code: 'X1', name: '={{ $json.name }}' }, [{ json: { name: '' } }]), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(noName, api.server, 'Item 0: "Name" is empty', 'Give the client’s name: it is looked up, and a new client gets it.');
		const badEmail = await runWorkflow(findOrCreate('X1', 'Nova', { clientFields: { email: 'nova@' } }), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(badEmail, api.server, 'Item 0: "Email" ("nova@") is not an email address', 'Give a valid email address, e.g. foo@bar.com.');
	});
});
