import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { ReplyShape } from '../../shared/provider';
import { isJsonObject } from '../../shared/provider';
import { apiRequest } from '../transport';

/**
 * The dropdowns of a consignment's fixed values, from the V6 master data API
 * (https://www.omnix.com.au/v6-restful-apis-master-data): GET /types/itemCodes, /types/serviceTypes,
 * /types/vehicleTypes. The page has no job type list and no freight code list of its own: a job
 * type is the `jobType` of a service type ("job type code used for consignment API"), a freight
 * code the `freightCode` of an item code ("freightCode used for booking consignment"), so those two
 * dropdowns list the distinct values found there.
 */

type MasterList = 'itemCodes' | 'serviceTypes' | 'vehicleTypes';

/**
 * A list reply. The newest copies of the page wrap it, `{"itemCodes": [...]}`; an older copy shows
 * the entries without the wrapper: both a wrapped list and a bare one are read.
 */
function listShape(list: MasterList): ReplyShape {
	return {
		expected: `a list of ${list} ({"${list}": [{"code": …}, …]})`,
		matches: (body) => Array.isArray(body) || (isJsonObject(body) && (body[list] === undefined || Array.isArray(body[list]))),
	};
}

/** The entries of a master data reply: those with a code, as sent. */
export function masterEntries(body: unknown, list: MasterList): IDataObject[] {
	const entries = Array.isArray(body) ? body : isJsonObject(body) && Array.isArray(body[list]) ? body[list] : [];
	return (entries as unknown[]).filter(
		(entry): entry is IDataObject => isJsonObject(entry) && typeof entry.code === 'string' && entry.code !== '',
	);
}

async function load(this: ILoadOptionsFunctions, list: MasterList): Promise<IDataObject[]> {
	return masterEntries(await apiRequest.call(this, { method: 'GET', path: `/types/${list}`, shape: listShape(list) }), list);
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** `CODE - description` (the code alone when there is none). */
function option(entry: IDataObject, description?: string): INodePropertyOptions {
	const code = text(entry.code);
	const label = text(entry.description);
	return { name: label ? `${code} - ${label}` : code, value: code, ...(description ? { description } : {}) };
}

/** Each distinct value once, sorted. */
function distinct(values: string[]): INodePropertyOptions[] {
	return [...new Set(values.filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b)).map((value) => ({ name: value, value }));
}

/** The customer account code typed in the node, when it is plain text (not an expression still to resolve). */
function customerOf(context: ILoadOptionsFunctions): string | undefined {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter('customer');
	} catch {
		return undefined;
	}
	const code = text(value);
	return code && !code.startsWith('=') ? code : undefined;
}

/**
 * Item codes: those of any customer account and, when the node's Customer is filled in, those of
 * that account ("this product can be only used by customerAccount 001"); every one otherwise.
 */
export async function getItemCodes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const customer = customerOf(this);
	return (await load.call(this, 'itemCodes'))
		.filter((entry) => !customer || !text(entry.customer) || text(entry.customer) === customer)
		.map((entry) => {
			const parts = [text(entry.freightCode) && `Freight code ${text(entry.freightCode)}`, text(entry.customer) ? `customer ${text(entry.customer)} only` : 'any customer'];
			return option(entry, parts.filter(Boolean).join(', '));
		});
}

/** Freight codes: the distinct `freightCode` of the item codes. */
export async function getFreightCodes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return distinct((await load.call(this, 'itemCodes')).map((entry) => text(entry.freightCode)));
}

/** Service types, each with its job type. */
export async function getServiceTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await load.call(this, 'serviceTypes')).map((entry) => option(entry, text(entry.jobType) ? `Job type ${text(entry.jobType)}` : undefined));
}

/** Job types: the distinct `jobType` of the service types. */
export async function getJobTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return distinct((await load.call(this, 'serviceTypes')).map((entry) => text(entry.jobType)));
}

/** Vehicle types. */
export async function getVehicleTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await load.call(this, 'vehicleTypes')).map((entry) => option(entry));
}

export const loadOptions = { getFreightCodes, getItemCodes, getJobTypes, getServiceTypes, getVehicleTypes };
