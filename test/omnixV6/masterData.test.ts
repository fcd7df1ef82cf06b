// Omnix V6 master data as the Create Consignment dropdowns, from "V6RESTful APIs - Master Data"
// (https://www.omnix.com.au/v6-restful-apis-master-data): GET /types/itemCodes, /types/serviceTypes,
// /types/vehicleTypes; job types are the service types' `jobType`, freight codes the item codes'
// `freightCode` (the page has no list of either). Both readings of a list reply: wrapped
// (`{"itemCodes": [...]}`, the newest copies) and bare (an older copy).
import { OmnixV6 } from '../../nodes/OmnixV6/OmnixV6.node';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { masterDataOf } from '../../sandbox/omnixV6/masterData';
import { useSandbox } from '../harness/sandbox';
import { loadOptions } from './loadOptions';

const api = useSandbox(() => new OmnixSandbox());
const credentials = (apiKey = OMNIX_DEMO_API_KEY) => ({ omnixV6Api: { domain: api.url, apiKey } });
const load = async (method: string, parameters = {}) => await loadOptions('omnix', method, credentials(), parameters);

describe.each(['wrapped', 'list'] as const)('Omnix V6 › master data dropdowns (%s reply)', (reading) => {
	beforeEach(() => {
		masterDataOf(api.server).masterDataReply = reading;
	});

	test('item codes: GET /v6-api/rest/types/itemCodes with the ApiKey header; code and description, the freight code and customer below', async () => {
		const options = await load('getItemCodes');
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.headers.authorization]).toEqual(['GET', '/v6-api/rest/types/itemCodes', `ApiKey ${OMNIX_DEMO_API_KEY}`]);
		expect(options).toEqual([
			{ name: 'TESTPD - test product', value: 'TESTPD', description: 'Freight code CARTON, customer 001 only' },
			{ name: 'TEST1 - test product', value: 'TEST1', description: 'Freight code PALLET, any customer' },
			{ name: 'MAP001 - Map of vinland', value: 'MAP001', description: 'Freight code ENVELOPE, customer CAPH12 only' },
			{ name: 'DOC8390 - Paperwork', value: 'DOC8390', description: 'Freight code ENVELOPE, any customer' },
			{ name: 'HF-CRATE - Harbour crate', value: 'HF-CRATE', description: 'Freight code CRATE, customer 002 only' },
		]);
	});

	test('item codes with the Customer filled in: those of any customer and of that one ("can be only used by customerAccount 001")', async () => {
		const options = await load('getItemCodes', { customer: 'CAPH12' });
		expect(options.map((o) => o.value)).toEqual(['TEST1', 'MAP001', 'DOC8390']);
	});

	test('an expression in Customer is not a filter (it has no value yet): every item code', async () => {
		const options = await load('getItemCodes', { customer: '={{ $json.customer }}' });
		expect(options).toHaveLength(5);
	});

	test('freight codes: the item codes’ freight codes, each once, sorted', async () => {
		expect(await load('getFreightCodes')).toEqual(['CARTON', 'CRATE', 'ENVELOPE', 'PALLET'].map((code) => ({ name: code, value: code })));
		expect(api.server.received().map((r) => r.path)).toEqual(['/v6-api/rest/types/itemCodes']);
	});

	test('service types: GET /types/serviceTypes, each with its job type', async () => {
		expect(await load('getServiceTypes')).toEqual([
			{ name: 'SITE1 - SITE-TO-SITE', value: 'SITE1', description: 'Job type ROAD' },
			{ name: 'EXP - EXPRESS', value: 'EXP', description: 'Job type ROAD' },
			{ name: 'AIR1 - OVERNIGHT AIR', value: 'AIR1', description: 'Job type AIR' },
		]);
		expect(api.server.received().map((r) => r.path)).toEqual(['/v6-api/rest/types/serviceTypes']);
	});

	test('job types: the service types’ job types, each once, sorted', async () => {
		expect(await load('getJobTypes')).toEqual([
			{ name: 'AIR', value: 'AIR' },
			{ name: 'ROAD', value: 'ROAD' },
		]);
	});

	test('vehicle types: GET /types/vehicleTypes', async () => {
		expect(await load('getVehicleTypes')).toEqual([
			{ name: 'TRUCK3T - 3 tons truck', value: 'TRUCK3T' },
			{ name: 'VAN - Van', value: 'VAN' },
		]);
		expect(api.server.received().map((r) => r.path)).toEqual(['/v6-api/rest/types/vehicleTypes']);
	});
});

describe('Omnix V6 › master data dropdowns: edge cases', () => {
	test('entries without a code are left out; one without a description shows its code alone', async () => {
		masterDataOf(api.server).lists.vehicleTypes = [{ code: 'UTE' } as never, { code: '', description: 'nothing' }, { description: 'no code' } as never];
		expect(await load('getVehicleTypes')).toEqual([{ name: 'UTE', value: 'UTE' }]);
	});

	test('an empty list is an empty dropdown', async () => {
		masterDataOf(api.server).lists.serviceTypes = [];
		expect(await load('getJobTypes')).toEqual([]);
	});

	test('a refused key is the documented 401, without the key', async () => {
		const error = await loadOptions('omnix', 'getItemCodes', credentials('not-the-key-42')).catch((e: Error) => e);
		expect((error as Error).message).toBe('Omnix V6 error 401: Invalid API Key');
		expect(JSON.stringify(error)).not.toContain('not-the-key-42');
	});

	test('a reply that is no list is an error naming what was expected', async () => {
		api.server.injectFault({ kind: 'reply', reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"vehicleTypes": "TRUCK3T"}' } });
		const error = await load('getVehicleTypes').catch((e: Error) => e);
		expect((error as Error).message).toBe('Omnix V6 error 200: Expected a list of vehicleTypes ({"vehicleTypes": [{"code": …}, …]}) but got an object with the key "vehicleTypes"');
	});

	test('the test environment path of the credential is used', async () => {
		await loadOptions('omnix', 'getServiceTypes', { omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY, apiPath: '/v6-api-test/rest' } });
		expect(api.server.received().map((r) => r.path)).toEqual(['/v6-api-test/rest/types/serviceTypes']);
	});
});

describe('Omnix V6 › the Create Consignment fields that are master data dropdowns', () => {
	const node = new OmnixV6();
	const dropdowns: Array<[string, string]> = [];
	const walk = (properties: unknown[], path: string) => {
		for (const p of properties as Array<{ name: string; typeOptions?: { loadOptionsMethod?: string }; options?: unknown[]; values?: unknown[] }>) {
			if (p.typeOptions?.loadOptionsMethod) dropdowns.push([`${path}${p.name}`, p.typeOptions.loadOptionsMethod]);
			if (Array.isArray(p.options)) walk(p.options.filter((o) => o && typeof o === 'object' && 'name' in (o as object)), `${path}${p.name}.`);
			if (Array.isArray(p.values)) walk(p.values, `${path}${p.name}.`);
		}
	};
	walk(node.description.properties, '');

	test('item code, freight code, job type, service type and vehicle type, each from its method', () => {
		expect(dropdowns.sort()).toEqual([
			['additionalFields.jobType', 'getJobTypes'],
			['additionalFields.serviceType', 'getServiceTypes'],
			['additionalFields.vehicleType', 'getVehicleTypes'],
			['freightLines.line.freightCode', 'getFreightCodes'],
			['freightLines.line.itemCode', 'getItemCodes'],
		]);
		for (const [, method] of dropdowns) expect(Object.keys(node.methods.loadOptions)).toContain(method);
	});
});
