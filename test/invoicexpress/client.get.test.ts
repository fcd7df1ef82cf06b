import { clientReadings } from '../../sandbox/invoicexpress/clients';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';
import { BRUCE, BRUCE_RAW, client, credentials, ixClientSandbox, picked, requests } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress › Client › Get', () => {
	test('GET /clients/{id}.json with the picked client; Simplify gives the ten fields', async () => {
		const result = await runWorkflow(client('get', { clientId: picked(501) }), { credentials: credentials(api.url) });
		expect(requests(api.server.received())).toEqual([['GET', '/clients/501.json', {}]]);
		expect(api.server.received()[0].query.api_key).toBeDefined();
		expect(result.items()).toEqual([{ json: BRUCE, pairedItem: { item: 0 } }]);
	});

	test('Simplify off: the client exactly as InvoiceXpress sent it; By ID mode and an expression work alike', async () => {
		const byId = await runWorkflow(client('get', { clientId: picked(501, 'id'), simplify: false }), { credentials: credentials(api.url) });
		expect(byId.items()[0].json).toEqual(BRUCE_RAW);
		const plain = await runWorkflow(client('get', { clientId: '={{ $json.id }}', simplify: false }, [{ json: { id: 502 } }]), {
			credentials: credentials(api.url),
		});
		expect(plain.items()[0].json).toMatchObject({ id: 502, name: 'Café Lisboa, Lda', code: 'CL02' });
		expect(api.server.received().map((r) => r.path)).toEqual(['/clients/501.json', '/clients/502.json']);
	});

	test('an ID sent as text ("501", as the create page shows it): Simplify gives a number, Simplify off keeps the text', async () => {
		clientReadings(api.server).idType = 'string';
		const simple = await runWorkflow(client('get', { clientId: picked(501) }), { credentials: credentials(api.url) });
		expect(simple.items()[0].json).toEqual(BRUCE);
		const raw = await runWorkflow(client('get', { clientId: picked(501), simplify: false }), { credentials: credentials(api.url) });
		expect(raw.items()[0].json).toEqual({ ...BRUCE_RAW, id: '501' });
	});

	test('an unknown client: InvoiceXpress’s 404, said of a client', async () => {
		const result = await runWorkflow(client('get', { clientId: picked(999) }), { credentials: credentials(api.url) });
		const error = result.error()!;
		expect(error.message).toBe('InvoiceXpress error 404: Client 999 is unknown');
		expect(error.description).toBe('The ID does not match any client of the account: pick the client from the list, or check the ID.');
		expect(error.context?.itemIndex).toBe(0);
	});

	test.each([
		['a code instead of an ID', 'BN01'],
		['a negative number', '-5'],
		['zero', '0'],
	])('%s from an expression is refused before any request (the editor refuses it typed By ID)', async (_case, value) => {
		const result = await runWorkflow(client('get', { clientId: '={{ $json.id }}' }, [{ json: { id: value } }]), { credentials: credentials(api.url) });
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			`Item 0: "Client ID" (${JSON.stringify(value)}) is not an InvoiceXpress client ID`,
			'Pick the client from the list, or give its numeric ID, e.g. 1503698 (the "id" of Get or Find by Code), not its code.',
		);
	});
});
