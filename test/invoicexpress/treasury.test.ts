// InvoiceXpress › Treasury: a client's balance (https://docs.invoicexpress.com/treasury/getclientbalance.md)
// and a client's treasury movement (https://invoicexpress.com/api-v2/create-treasury-movement/),
// API v3 paths on the same host and api_key. The client is the Client resource's picker.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { treasuryOf } from '../../sandbox/invoicexpress/treasury';
import { runWorkflow } from '../harness/engine';
import { expectRefusedBeforeAnyRequest, useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const picked = (id: number | string, mode: 'list' | 'id' = 'list') => ({ __rl: true, mode, value: String(id) });
const treasury = (operation: string, parameters: Record<string, unknown>, input?: Parameters<typeof ix>[2]) =>
	ix(operation, { resource: 'treasury', clientId: picked(501), ...parameters }, input);
const run = async (workflow: ReturnType<typeof treasury>) => await runWorkflow(workflow, { credentials: credentials(api.url) });
const MOVEMENT = { value: 123.45, movementType: 'Reimbursement', paymentMethod: 'MB', date: '2023-04-28', serie: '2023' };

const balanceOf = (total: number, initial: { value: number; created_at: string; observation: string | null } = { value: 100, created_at: '2024-01-01', observation: 'Opening balance' }) => ({
	currency: { symbol: '€', code: 'EUR' },
	initial_balance: initial,
	balance: { with_vat: total, without_vat: total },
	overdue_balance: {},
	remaining_balance: { total },
});

describe('InvoiceXpress › Treasury › Get Client Balance', () => {
	test('GET /api/v3/clients/{id}/balance.json with the picked client; the balance as sent, with the client ID', async () => {
		const result = await run(treasury('getClientBalance', {}));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/v3/clients/501/balance.json', { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: { client_id: 501, ...balanceOf(100) }, pairedItem: { item: 0 } }]);
	});

	test('a client given by ID (502)', async () => {
		const result = await run(treasury('getClientBalance', { clientId: picked(502, 'id') }));
		expect(api.server.received().map((r) => r.path)).toEqual(['/api/v3/clients/502/balance.json']);
		expect(result.items()[0].json).toEqual({ client_id: 502, ...balanceOf(0, { value: 0, created_at: '1970-01-01', observation: null }) });
	});

	test('an unknown client is InvoiceXpress’s 404, with what to check', async () => {
		const result = await run(treasury('getClientBalance', { clientId: picked(999, 'id') }));
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Client not found');
		expect(result.error()?.description).toBe('The ID does not match any client of the account: pick the client from the list, or check the ID.');
	});

	test('a client ID that is no number is refused before any request', async () => {
		const result = await run(treasury('getClientBalance', { clientId: '={{ $json.id }}' }, [{ json: { id: 'BN01' } }]));
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Client ID" ("BN01") is not an InvoiceXpress client ID',
			'Pick the client from the list, or give its numeric ID, e.g. 1503698 (the "id" of Get or Find by Code), not its code.',
		);
	});
});

describe('InvoiceXpress › Treasury › Create Movement', () => {
	test('POST /api/v3/clients/{id}/treasury_movements.json with the page’s body; the movement sent back; the balance reflects it', async () => {
		const result = await run(treasury('createMovement', MOVEMENT));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/v3/clients/501/treasury_movements.json', { api_key: KEY }]);
		expect(JSON.parse(bodyText(request))).toEqual({ treasury_movement: { value: 123.45, movement_type: 'Reimbursement', payment_method: 'MB', date: '2023-04-28', serie: '2023' } });
		expect(result.items()).toEqual([
			{ json: { client_id: 501, id: 9001, value: 123.45, movement_type: 'Reimbursement', payment_method: 'MB', date: '2023-04-28', serie: '2023' }, pairedItem: { item: 0 } },
		]);
		const balance = await run(treasury('getClientBalance', {}));
		expect(balance.items()[0].json).toEqual({ client_id: 501, ...balanceOf(223.45) });
	});

	test.each([
		['ISO date-time', '2023-04-28T00:00:00.000+01:00'],
		['dd/mm/yyyy', '28/04/2023'],
	])('a date as %s is sent as yyyy-mm-dd', async (_form, date) => {
		await run(treasury('createMovement', { ...MOVEMENT, date }));
		expect(JSON.parse(bodyText(api.server.received()[0])).treasury_movement.date).toBe('2023-04-28');
	});

	test('an empty date and serie are not sent; an empty reply (the other reading) gives what was sent with created: true', async () => {
		treasuryOf(api.server).readings.movementReply = 'empty';
		const result = await run(treasury('createMovement', { ...MOVEMENT, date: '', serie: '', paymentMethod: 'NU', value: 20 }));
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ treasury_movement: { value: 20, movement_type: 'Reimbursement', payment_method: 'NU' } });
		expect(result.items()).toEqual([
			{ json: { client_id: 501, value: 20, movement_type: 'Reimbursement', payment_method: 'NU', created: true }, pairedItem: { item: 0 } },
		]);
		expect(treasuryOf(api.server).movements).toHaveLength(1);
	});

	test('an unknown client is InvoiceXpress’s 404; a value it refuses is its 422 message', async () => {
		const unknown = await run(treasury('createMovement', { ...MOVEMENT, clientId: picked(999, 'id') }));
		expect(unknown.error()?.message).toBe('InvoiceXpress error 404: Client not found');
		const zero = await run(treasury('createMovement', { ...MOVEMENT, value: 0 }));
		expect(zero.error()?.message).toContain('Value must be greater than 0');
		expect(treasuryOf(api.server).movements).toEqual([]);
	});

	test('a create whose reply was lost (a 503 after InvoiceXpress carried it out) is not sent again: one movement', async () => {
		api.server.injectFault({ kind: 'server-error', method: 'POST', path: 'treasury_movements', afterHandler: true });
		const result = await run(treasury('createMovement', MOVEMENT));
		expect(result.error()).toBeDefined();
		expect(api.server.received().filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(treasuryOf(api.server).movements).toHaveLength(1);
	});

	test.each([
		['a value that is no number', { value: '={{ "12 EUR" }}' }, 'Item 0: "Value" ("12 EUR") is not a number'],
		['a date that is no date', { date: 'soon' }, 'Item 0: "Date" ("soon") is not a date'],
		['an unknown payment method', { paymentMethod: '={{ "BITCOIN" }}' }, 'Item 0: "Payment Method" ("BITCOIN") is not a payment method InvoiceXpress knows'],
		['an empty movement type', { movementType: '={{ "" }}' }, 'Item 0: "Movement Type" is empty'],
		['a client ID that is no number', { clientId: '={{ "BN01" }}' }, 'Item 0: "Client ID" ("BN01") is not an InvoiceXpress client ID'],
	])('%s is refused before any request', async (_what, parameters, message) => {
		const result = await run(treasury('createMovement', { ...MOVEMENT, ...parameters }));
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toEqual([]);
	});
});

describe('InvoiceXpress › Treasury › Update Initial Balance', () => {
	test('PUT /api/v3/clients/{id}/initial_balance.json with the page’s body; the balance sent back; Get Client Balance starts from it', async () => {
		const result = await run(treasury('updateInitialBalance', { value: 250.5, date: '19/05/2023' }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['PUT', '/api/v3/clients/501/initial_balance.json', { api_key: KEY }]);
		expect(JSON.parse(bodyText(request))).toEqual({ initial_balance: { value: 250.5, date: '2023-05-19' } });
		expect(result.items()).toEqual([
			{ json: { client_id: 501, value: 250.5, created_at: '2023-05-19', observation: 'Opening balance' }, pairedItem: { item: 0 } },
		]);
		const balance = await run(treasury('getClientBalance', {}));
		expect(balance.items()[0].json).toEqual({ client_id: 501, ...balanceOf(250.5, { value: 250.5, created_at: '2023-05-19', observation: 'Opening balance' }) });
	});

	test('the other reading, an empty reply: what was set, with updated: true; no date sent when none is given', async () => {
		treasuryOf(api.server).readings.movementReply = 'empty';
		const result = await run(treasury('updateInitialBalance', { value: 0 }));
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ initial_balance: { value: 0 } });
		expect(result.items()[0].json).toEqual({ client_id: 501, initial_balance: { value: 0 }, updated: true });
	});

	test('a value that is no number is refused before any request', async () => {
		const result = await run(treasury('updateInitialBalance', { value: '={{ $json.value }}' }, [{ json: { value: '10 EUR' } }]));
		expectRefusedBeforeAnyRequest(
			result,
			api.server,
			'Item 0: "Value" ("10 EUR") is not a number',
			'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.',
		);
	});
});
