// InvoiceXpress › Sequence: list, get, create, register (AT) and set as current, from the sequences
// pages (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/sequences,
// https://docs.invoicexpress.com/sequences/createsequence) against the sandbox.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { catalogueReadings } from '../../sandbox/invoicexpress/catalogue';
import { presentSequence, sequencesOf } from '../../sandbox/invoicexpress/sequences';
import { runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const sequence = (operation: string, parameters: Record<string, unknown>) => ix(operation, { resource: 'sequence', ...parameters });
const run = async (workflow: ReturnType<typeof sequence>) => await runWorkflow(workflow, { credentials: credentials(api.url) });
const byList = (value: string) => ({ __rl: true, mode: 'list', value });

const TYPES = ['invoice', 'invoice_receipt', 'simplified_invoice', 'credit_note', 'debit_note', 'receipt', 'quote', 'proforma', 'fees_note', 'shipping', 'transport', 'devolution'];
const perType = (value: (type: string, n: number) => unknown) => Object.fromEntries(TYPES.map((type, n) => [type, value(type, n + 1)]));

/** Serie B (702) simplified: not registered (N/D), nothing numbered yet. */
const SERIE_B = {
	id: 702,
	serie: 'B',
	default_sequence: false,
	sequence_ids: perType((_t, n) => 70200 + n),
	current_numbers: perType(() => 0),
	validation_codes: perType(() => 'N/D'),
};

describe('InvoiceXpress › Sequence › Get Many', () => {
	test('GET /sequences.json without paging parameters; Simplify groups the per-type fields', async () => {
		const result = await run(sequence('getAll', { returnAll: true }));
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/sequences.json', { api_key: KEY }]]);
		const items = result.items().map((i) => i.json);
		expect(items).toHaveLength(3);
		expect(items[0]).toMatchObject({ id: 701, serie: 'A', default_sequence: true, current_numbers: { invoice: 3, invoice_receipt: 1, credit_note: 1, quote: 0 } });
		expect((items[0].validation_codes as Record<string, string>).invoice).toBe('AT070101');
		expect(items[1]).toEqual(SERIE_B);
		expect((items[2].validation_codes as Record<string, string>).invoice).toBe('N/A');
	});

	test('Simplify off: the sequences exactly as InvoiceXpress sent them', async () => {
		const result = await run(sequence('getAll', { returnAll: false, limit: 1, simplify: false }));
		expect(result.items().map((i) => i.json)).toEqual([presentSequence(sequencesOf(api.server).records.get(701)!)]);
	});
});

describe('InvoiceXpress › Sequence › Get', () => {
	test('GET /sequences/{id}.json, outputs the sequence', async () => {
		const result = await run(sequence('get', { sequenceId: byList('702') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/sequences/702.json', { api_key: KEY }]);
		expect(result.items()).toEqual([{ json: SERIE_B, pairedItem: { item: 0 } }]);
	});

	test('an unknown sequence is InvoiceXpress’s 404', async () => {
		const result = await run(sequence('get', { sequenceId: byList('9') }));
		expect(result.error()?.message).toBe('InvoiceXpress error 404: Not Found');
	});
});

describe('InvoiceXpress › Sequence › Create', () => {
	test('POST /sequences.json with {"sequence": {serie, default_sequence}}; the newer page registers it as it creates it', async () => {
		const result = await run(sequence('create', { serie: ' 2025 ', defaultSequence: true }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query, request.status]).toEqual(['POST', '/sequences.json', { api_key: KEY }, 201]);
		expect(JSON.parse(bodyText(request))).toEqual({ sequence: { serie: '2025', default_sequence: 1 } });
		expect(result.items()[0].json).toMatchObject({ id: 704, serie: '2025', default_sequence: true, sequence_ids: { invoice: 70401 } });
		expect((result.items()[0].json.validation_codes as Record<string, string>).invoice).toBe('AT070401');
		expect(sequencesOf(api.server).records.get(701)!.default_sequence).toBe(0);
	});

	test('the older page only creates it: its validation codes say N/D', async () => {
		catalogueReadings(api.server).sequenceCreate = 'create';
		const result = await run(sequence('create', { serie: '2026' }));
		expect(JSON.parse(bodyText(api.server.received()[0]))).toEqual({ sequence: { serie: '2026', default_sequence: 0 } });
		expect(result.items()[0].json).toMatchObject({ serie: '2026', default_sequence: false, validation_codes: { invoice: 'N/D' } });
	});

	test('a serie already taken is InvoiceXpress’s 422', async () => {
		const result = await run(sequence('create', { serie: 'B' }));
		expect(result.error()?.message).toBe('InvoiceXpress error 422: Serie has already been taken');
	});
});

describe('InvoiceXpress › Sequence › Register', () => {
	test('PUT /sequences/{id}/register.json without a body; the empty 200 becomes {id, registered}', async () => {
		const result = await run(sequence('register', { sequenceId: byList('702') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query, bodyText(request)]).toEqual(['PUT', '/sequences/702/register.json', { api_key: KEY }, '']);
		expect(result.items()).toEqual([{ json: { id: 702, registered: true }, pairedItem: { item: 0 } }]);
		expect(sequencesOf(api.server).records.get(702)!.registered).toBe(true);
	});

	test('a reply holding the sequence (the other reading) is output as the sequence', async () => {
		catalogueReadings(api.server).writeReply = 'record';
		const result = await run(sequence('register', { sequenceId: byList('702') }));
		expect(result.items()[0].json).toMatchObject({ id: 702, validation_codes: { invoice: 'AT070201' } });
	});

	test('never repeated after a reply that may have been lost: the request reaches the Tax Authority', async () => {
		api.server.injectFault({ kind: 'reset', path: '/register.json', afterHandler: true });
		const result = await run(sequence('register', { sequenceId: byList('702') }));
		expect(api.server.received('PUT', '/register.json')).toHaveLength(1);
		expect(result.error()).toBeDefined();
	});
});

describe('InvoiceXpress › Sequence › Set as Current', () => {
	test('PUT /sequences/{id}/set_current.json without a body; the sequence becomes the only default', async () => {
		const result = await run(sequence('setCurrent', { sequenceId: byList('703') }));
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, bodyText(request)]).toEqual(['PUT', '/sequences/703/set_current.json', '']);
		expect(result.items()).toEqual([{ json: { id: 703, current: true }, pairedItem: { item: 0 } }]);
		expect(sequencesOf(api.server).all().map((s) => [s.id, s.default_sequence])).toEqual([
			[701, 0],
			[702, 0],
			[703, 1],
		]);
	});
});
