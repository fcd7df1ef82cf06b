// Omnix V6 master data: the fixed values a consignment's fields take, from the page "V6RESTful
// APIs - Master Data", https://www.omnix.com.au/v6-restful-apis-master-data (same host, API path
// and `Authorization: ApiKey …` as the invoices). Every list is "Since: 20200928" except Extra
// Services ("Since: 20250923"):
// - GET /v6-api/rest/types/itemCodes     `{"itemCodes": [{code, description, freightCode, customer?}]}`
//   (an item code without `customer` "can be used for any customer account"; with one, only by it)
// - GET /v6-api/rest/types/serviceTypes  `{"serviceTypes": [{code, description, jobType}]}` (the job
//   type code of the consignment API lives here: the page has no job type list of its own)
// - GET /v6-api/rest/types/vehicleTypes  `{"vehicleTypes": [{code, description}]}`
// - GET /v6-api/rest/types/priorityTypes `{"priorityTypes": [{code, description}]}`
// - GET /v6-api/rest/types/extraServices `{"extraServices": [{code, description}]}`
// Readings (the `masterDataReply` switch): the newest stored copies of the page wrap each list in
// an object keyed by its name ('wrapped', the default); an older copy shows the entries without the
// wrapper, read here as a bare JSON list ('list'). The page's POST /products/importcsv ("Import
// Product Setup", a CSV import of products, Product › Import CSV) is emulated in products.ts.
import type { SandboxReply } from '../framework';
import type { OmnixSandbox } from './index';

export interface MasterDataEntry {
	code: string;
	description: string;
	[field: string]: unknown;
}

export type MasterDataList = 'itemCodes' | 'serviceTypes' | 'vehicleTypes' | 'priorityTypes' | 'extraServices';

export const MASTER_DATA_LISTS: readonly MasterDataList[] = ['itemCodes', 'serviceTypes', 'vehicleTypes', 'priorityTypes', 'extraServices'];

export interface MasterDataState {
	/** 'wrapped': `{"itemCodes": [...]}` (newest copies of the page); 'list': the bare list (an older copy). */
	masterDataReply: 'wrapped' | 'list';
	lists: Record<MasterDataList, MasterDataEntry[]>;
}

/** Demo data: the page's samples, plus a few entries so that the customer filter and the job types have something to tell apart. */
export function masterDataSeed(): Record<MasterDataList, MasterDataEntry[]> {
	return {
		itemCodes: [
			{ code: 'TESTPD', description: 'test product', freightCode: 'CARTON', customer: '001' },
			{ code: 'TEST1', description: 'test product', freightCode: 'PALLET' },
			{ code: 'MAP001', description: 'Map of vinland', freightCode: 'ENVELOPE', customer: 'CAPH12' },
			{ code: 'DOC8390', description: 'Paperwork', freightCode: 'ENVELOPE' },
			{ code: 'HF-CRATE', description: 'Harbour crate', freightCode: 'CRATE', customer: '002' },
		],
		serviceTypes: [
			{ code: 'SITE1', description: 'SITE-TO-SITE', jobType: 'ROAD' },
			{ code: 'EXP', description: 'EXPRESS', jobType: 'ROAD' },
			{ code: 'AIR1', description: 'OVERNIGHT AIR', jobType: 'AIR' },
		],
		vehicleTypes: [
			{ code: 'TRUCK3T', description: '3 tons truck' },
			{ code: 'VAN', description: 'Van' },
		],
		priorityTypes: [
			{ code: 'URGENT', description: 'urgent connote' },
			{ code: 'STANDARD', description: 'standard connote' },
		],
		extraServices: [{ code: 'UNPACK', description: 'Unpack goods' }],
	};
}

const states = new WeakMap<OmnixSandbox, MasterDataState>();

/** The sandbox's master data: its reply switch and its lists (tests change them here). */
export function masterDataOf(sandbox: OmnixSandbox): MasterDataState {
	return states.get(sandbox)!;
}

function reply(state: MasterDataState, list: MasterDataList): SandboxReply {
	const entries = state.lists[list].map((entry) => ({ ...entry }));
	return { body: state.masterDataReply === 'list' ? entries : { [list]: entries } };
}

export function registerMasterData(sandbox: OmnixSandbox): void {
	const fresh = (): MasterDataState => ({ masterDataReply: 'wrapped', lists: masterDataSeed() });
	states.set(sandbox, fresh());
	sandbox.onReset(() => states.set(sandbox, fresh()));
	for (const prefix of sandbox.prefixes) {
		for (const list of MASTER_DATA_LISTS) {
			// https://www.omnix.com.au/v6-restful-apis-master-data: GET /v6-api/rest/types/<list>
			sandbox.route('GET', `${prefix}/types/${list}`, (req) => sandbox.authorised(req) ?? reply(masterDataOf(sandbox), list));
		}
	}
}
