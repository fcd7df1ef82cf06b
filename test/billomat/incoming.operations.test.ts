// The Incoming Invoice operations against the sandbox (https://www.billomat.com/en/api/incomings/):
// the exact request Billomat receives and the exact items n8n outputs.
import { incomingsOf } from '../../sandbox/billomat/incomings';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** Demo incoming invoice 3 (supplier 2, overdue) as Billomat's record holds it, normalised. */
const INCOMING_3 = {
	id: 3,
	created: '2025-06-02T09:00:00+01:00',
	supplier_id: 2,
	number: 'RH-25-00342',
	client_number: 'RH-2291',
	date: '2025-06-02',
	due_date: '2025-06-16',
	due_days: null,
	status: 'OVERDUE',
	label: '3D-printed models, 500 pieces',
	note: 'Second delivery outstanding',
	category: 'goods',
	expense_account_number: 3400,
	total_gross: 238,
	total_net: 200,
	paid_amount: 0,
	open_amount: 238,
	currency_code: 'EUR',
	quote: 1,
};

const SIMPLE_3 = {
	id: 3,
	supplier_id: 2,
	number: 'RH-25-00342',
	date: '2025-06-02',
	due_date: '2025-06-16',
	status: 'OVERDUE',
	label: '3D-printed models, 500 pieces',
	total_gross: 238,
	open_amount: 238,
	currency_code: 'EUR',
};

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Billomat › Incoming Invoice › Get', () => {
	test('GETs /api/incomings/{id} and outputs the main fields by default', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'get', incomingId: byId('3') });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/incomings/3', {}]);
		expect(result.items()).toEqual([{ json: SIMPLE_3, pairedItem: { item: 0 } }]);
	});

	test('with Simplify off, the whole record; a number of digits stays text', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'get', incomingId: '3', simplify: false });
		expect(result.items()[0].json).toEqual(INCOMING_3);
		const supplier3 = await run(api.url, { resource: 'incoming', operation: 'get', incomingId: '4' });
		expect(supplier3.items()[0].json.number).toBe('20250910');
	});
});

describe('Billomat › Incoming Invoice › Create', () => {
	test('POSTs {"incoming": {…}} with the supplier, dates as YYYY-MM-DD and numbers as numbers', async () => {
		const result = await run(api.url, {
			resource: 'incoming',
			operation: 'create',
			supplierId: { __rl: true, mode: 'list', value: '3' },
			additionalFields: {
				number: 'BS-2025-1201',
				date: '2025-12-01T00:00:00',
				due_date: '15.12.2025',
				total_net: 250,
				total_gross: '297,50',
				currency_code: 'eur',
				label: 'Office chairs',
				expense_account_number: 4930,
			},
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/incomings', {}]);
		expect(jsonBody(request)).toEqual({
			incoming: {
				supplier_id: 3,
				number: 'BS-2025-1201',
				date: '2025-12-01',
				due_date: '2025-12-15',
				total_net: 250,
				total_gross: 297.5,
				currency_code: 'EUR',
				label: 'Office chairs',
				expense_account_number: 4930,
			},
		});
		const [item, ...others] = result.items();
		expect(others).toHaveLength(0);
		expect(item.json).toMatchObject({ id: 6, supplier_id: 3, number: 'BS-2025-1201', total_gross: 297.5, open_amount: 297.5, paid_amount: 0, currency_code: 'EUR' });
		expect(incomingsOf(api.server).incoming(6)?.label).toBe('Office chairs');
	});

	test('Billomat’s 400 for an unknown supplier is the item’s error, with its text', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'create', supplierId: '77' });
		expect(jsonBody(api.server.received()[0])).toEqual({ incoming: { supplier_id: 77 } });
		expect(result.error()?.message).toBe('Billomat error 400: Supplier not found');
	});
});

describe('Billomat › Incoming Invoice › Update', () => {
	test('PUTs the changed fields only and outputs the incoming invoice', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'update', incomingId: byId('5'), updateFields: { note: 'Booked', category: 'tax_advice' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/api/incomings/5']);
		expect(jsonBody(request)).toEqual({ incoming: { note: 'Booked', category: 'tax_advice' } });
		expect(result.items()).toEqual([
			{
				json: { id: 5, supplier_id: 4, number: 'HP-2025-118', date: '2025-11-03', due_date: '2099-12-31', status: 'OPEN', label: 'Annual accounts 2024', total_gross: 1428, open_amount: 1428, currency_code: 'EUR' },
				pairedItem: { item: 0 },
			},
		]);
	});
});

describe('Billomat › Incoming Invoice › number', () => {
	test('a document number with leading zeros comes back as given ("0042"), not as the number 42', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'update', incomingId: byId('5'), updateFields: { number: '0042' } });
		expect(jsonBody(api.server.received()[0])).toEqual({ incoming: { number: '0042' } });
		expect(result.items()[0].json.number).toBe('0042');
		const read = await run(api.url, { resource: 'incoming', operation: 'get', incomingId: '5', simplify: false });
		expect(read.items()[0].json).toMatchObject({ id: 5, number: '0042', expense_account_number: expect.any(Number) as number });
	});
});

describe('Billomat › Incoming Invoice › Delete', () => {
	test('DELETEs the incoming invoice and says so (Billomat answers an empty 200)', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'delete', incomingId: byId('2') });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/incomings/2', 0]);
		expect(result.items()).toEqual([{ json: { id: 2, deleted: true }, pairedItem: { item: 0 } }]);
		expect(incomingsOf(api.server).incoming(2)).toBeUndefined();
	});
});

describe('Billomat › Incoming Invoice › Get Many', () => {
	test('GETs /api/incomings page by page, simplified by default', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'getAll', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/incomings', { page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(result.items()[2].json).toEqual(SIMPLE_3);
	});

	test('every documented filter goes into the query, checked; Billomat selects as documented', async () => {
		const result = await run(api.url, {
			resource: 'incoming',
			operation: 'getAll',
			returnAll: true,
			filters: {
				supplier_id: '2',
				incoming_number: ' rh-25 ',
				status: ['OPEN', 'OVERDUE'],
				from: '2025-01-01',
				to: '30.06.2025',
				note: 'delivery',
				tags: 'hardware, ',
			},
			options: { orderBy: 'due_date', orderDirection: 'DESC' },
		});
		expect(api.server.received()[0].query).toEqual({
			supplier_id: '2',
			incoming_number: 'rh-25',
			note: 'delivery',
			status: 'OPEN,OVERDUE',
			from: '2025-01-01',
			to: '2025-06-30',
			tags: 'hardware',
			order_by: 'due_date DESC',
			page: '1',
			per_page: '1000',
		});
		expect(result.items().map((i) => i.json)).toEqual([SIMPLE_3]);
	});
});

describe('Billomat › Incoming Invoice › Get Grouped Totals', () => {
	test('GETs /api/incomings?group_by=… with the filters and outputs one item per group, with the currency', async () => {
		const result = await run(api.url, { resource: 'incoming', operation: 'getGroupedTotals', groupBy: ['supplier', 'year'], filters: { status: ['PAID'] } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/incomings', { status: 'PAID', group_by: 'supplier,year' }]);
		expect(result.items().map((i) => i.json)).toEqual([
			{ total_gross: 2201.5, total_net: 1850, supplier_id: 1, year: '2025', 'incoming-params': { supplier_id: 1, year: '2025' }, currency_code: 'EUR' },
			{ total_gross: 571.2, total_net: 480, supplier_id: 2, year: '2025', 'incoming-params': { supplier_id: 2, year: '2025' }, currency_code: 'EUR' },
			{ total_gross: 114.84, total_net: 96.5, supplier_id: 3, year: '2025', 'incoming-params': { supplier_id: 3, year: '2025' }, currency_code: 'EUR' },
		]);
	});
});
