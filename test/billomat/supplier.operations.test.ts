// The Supplier operations against the sandbox (https://www.billomat.com/en/api/suppliers/): the
// exact request Billomat receives and the exact items n8n outputs.
import { suppliersOf } from '../../sandbox/billomat/suppliers';
import { billomatSandbox, jsonBody, run } from './setup';

const api = billomatSandbox();

/** Demo supplier 1 as Billomat's record holds it, normalised; its costs are its incoming invoice 1. */
const SUPPLIER_1 = {
	id: 1,
	created: '2023-01-09T09:30:00+01:00',
	name: 'Pixelwerk Design GmbH',
	salutation: 'Frau',
	first_name: 'Julia',
	last_name: 'Becker',
	street: 'Ehrenstraße 42',
	zip: '50672',
	city: 'Köln',
	state: null,
	country_code: 'DE',
	phone: '+49 221 987650',
	fax: null,
	mobile: null,
	email: 'rechnung@pixelwerk.example',
	www: 'www.pixelwerk.example',
	tax_number: '214/5678/9012',
	vat_number: 'DE811223344',
	creditor_identifier: null,
	bank_account_owner: 'Pixelwerk Design GmbH',
	bank_number: null,
	bank_name: 'Sparkasse KölnBonn',
	bank_account_number: null,
	bank_swift: 'COLSDE33XXX',
	bank_iban: 'DE12370501980001234567',
	currency_code: 'EUR',
	note: null,
	client_number: 'K-10482',
	costs_gross: 2201.5,
	costs_net: 1850,
};

const SIMPLE_1 = {
	id: 1,
	name: 'Pixelwerk Design GmbH',
	first_name: 'Julia',
	last_name: 'Becker',
	email: 'rechnung@pixelwerk.example',
	phone: '+49 221 987650',
	country_code: 'DE',
	vat_number: 'DE811223344',
	client_number: 'K-10482',
	costs_gross: 2201.5,
};

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Billomat › Supplier › Get', () => {
	test('GETs /api/suppliers/{id} and outputs the main fields by default', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'get', supplierId: byId('1') });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/suppliers/1', {}]);
		expect(result.items()).toEqual([{ json: SIMPLE_1, pairedItem: { item: 0 } }]);
	});

	test('with Simplify off, the whole supplier, costs as numbers', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'get', supplierId: '1', simplify: false });
		expect(result.items()[0].json).toEqual(SUPPLIER_1);
	});

	test('an unknown supplier is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'get', supplierId: '99' });
		expect(result.error()?.message).toBe('Billomat error 404: Supplier not found');
	});
});

describe('Billomat › Supplier › Create', () => {
	test('POSTs {"supplier": {…}} with the checked fields and outputs the new supplier', async () => {
		const result = await run(api.url, {
			resource: 'supplier',
			operation: 'create',
			supplierFields: { name: 'Kaffeerösterei Braun GmbH', email: 'einkauf@roesterei-braun.example', country_code: 'at', currency_code: 'eur', city: 'Wien', client_number: 'KB-77' },
			simplify: false,
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['POST', '/api/suppliers', {}]);
		expect(jsonBody(request)).toEqual({
			supplier: { name: 'Kaffeerösterei Braun GmbH', email: 'einkauf@roesterei-braun.example', country_code: 'AT', currency_code: 'EUR', city: 'Wien', client_number: 'KB-77' },
		});
		const [item, ...others] = result.items();
		expect(others).toHaveLength(0);
		expect(item.json).toMatchObject({ id: 5, name: 'Kaffeerösterei Braun GmbH', country_code: 'AT', city: 'Wien', costs_gross: 0, costs_net: 0, street: null });
		expect(item.json.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(suppliersOf(api.server).records.get(5)?.email).toBe('einkauf@roesterei-braun.example');
	});
});

describe('Billomat › Supplier › Update', () => {
	test('PUTs the changed fields only and outputs the supplier', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'update', supplierId: byId('3'), updateFields: { note: 'Delivers on Tuesdays', phone: '+49 271 33222' } });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path]).toEqual(['PUT', '/api/suppliers/3']);
		expect(jsonBody(request)).toEqual({ supplier: { note: 'Delivers on Tuesdays', phone: '+49 271 33222' } });
		expect(result.items()).toEqual([
			{
				json: { id: 3, name: 'Bürobedarf Schneider KG', first_name: null, last_name: null, email: 'info@buero-schneider.example', phone: '+49 271 33222', country_code: 'DE', vat_number: 'DE155443322', client_number: '47110', costs_gross: 114.84 },
				pairedItem: { item: 0 },
			},
		]);
	});
});

describe('Billomat › Supplier › Delete', () => {
	test('DELETEs the supplier and says so (Billomat answers an empty 200)', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'delete', supplierId: byId('4') });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['DELETE', '/api/suppliers/4', 0]);
		expect(result.items()).toEqual([{ json: { id: 4, deleted: true }, pairedItem: { item: 0 } }]);
		expect(suppliersOf(api.server).records.has(4)).toBe(false);
	});
});

describe('Billomat › Supplier › Get Many', () => {
	test('GETs /api/suppliers page by page, simplified by default', async () => {
		const result = await run(api.url, { resource: 'supplier', operation: 'getAll', returnAll: true });
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.query]).toEqual(['GET', '/api/suppliers', { page: '1', per_page: '1000' }]);
		expect(result.items().map((i) => i.json.name)).toEqual(['Pixelwerk Design GmbH', 'Rheinhost & 3D-Druck GmbH', 'Bürobedarf Schneider KG', 'Steuerkanzlei Hoffmann & Partner']);
		expect(result.items()[0].json).toEqual(SIMPLE_1);
	});

	test('every documented filter goes into the query, checked and trimmed', async () => {
		const result = await run(api.url, {
			resource: 'supplier',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {
				name: ' gmbh ',
				email: 'rheinhost',
				first_name: 'Tob',
				last_name: 'wag',
				country_code: 'de',
				creditor_identifier: 'DE98ZZZ',
				note: 'January',
				client_number: 'RH-',
				incoming_id: '2, 3',
				tags: 'hosting, hardware,',
			},
			options: { orderBy: 'name', orderDirection: 'DESC' },
			simplify: false,
		});
		expect(api.server.received()[0].query).toEqual({
			name: 'gmbh',
			email: 'rheinhost',
			first_name: 'Tob',
			last_name: 'wag',
			creditor_identifier: 'DE98ZZZ',
			note: 'January',
			client_number: 'RH-',
			country_code: 'DE',
			incoming_id: '2,3',
			tags: 'hosting,hardware',
			order_by: 'name DESC',
			page: '1',
			per_page: '5',
		});
		expect(result.items().map((i) => [i.json.id, i.json.costs_gross])).toEqual([[2, 809.2]]);
	});

	test('the limit pages through a long list and stops there', async () => {
		const added = suppliersOfAdd(1500);
		const result = await run(api.url, { resource: 'supplier', operation: 'getAll', returnAll: false, limit: 1200 });
		expect(api.server.received().map((r) => [r.query.page, r.query.per_page])).toEqual([
			['1', '1000'],
			['2', '1000'],
		]);
		expect(result.items()).toHaveLength(1200);
		expect(result.items().at(-1)?.json.id).toBe(added[1195]);
	});
});

function suppliersOfAdd(count: number): number[] {
	return suppliersOf(api.server).add(count, (id) => ({ ...suppliersOf(api.server).records.get(3)!, id, tags: [] }));
}
