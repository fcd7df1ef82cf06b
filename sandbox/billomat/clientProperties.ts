// Billomat's client properties (user-defined client fields), from
// https://www.billomat.com/en/api/settings/client-properties/ (German
// https://www.billomat.com/api/einstellungen/kunden-attribute/): GET /client-properties (no filter
// documented), GET, POST (name and type mandatory; default_value, is_nvl), PUT and DELETE
// /client-properties/{id}; and their values per client, from
// https://www.billomat.com/en/api/clients/properties/: GET /client-property-values (filters
// client_id, client_property_id, value), GET /client-property-values/{id}, POST
// /client-property-values (client_id, client_property_id and value mandatory).
//
// Readings of the pages (they leave them open):
// - The property record's example shows `{id, account_id, name, type}`; the written default_value
//   and is_nvl are shown too (else a write could not be read back).
// - Values: "Set client property" is POST only (no PUT, no DELETE documented): a second POST for
//   the same client and property replaces the value (200) instead of adding a second one (201 for
//   a new one). The `value` filter matches parts, case ignored, like Billomat's other text filters.
// - Deleting a property deletes its values; its values are shown with the property's current
//   name and type.
import type { SandboxReply, SandboxRequest } from '../framework';
import { bodyElement, listReply, unknownParameters } from './articles';
import type { BillomatSandbox, Value } from './index';
import { errors, toApi } from './index';
import { applyFields, commonProblems } from './templates';
import type { SettingsRecord, SettingsStore } from './units';
import { addSettings, registerSettings } from './units';

export const PROPERTY_TYPES = ['TEXTFIELD', 'TEXTAREA', 'CHECKBOX'];
const FIELDS = ['name', 'type', 'default_value', 'is_nvl'];
const ACCOUNT_ID = 1;

export interface ClientProperty extends SettingsRecord {
	account_id: number;
	name: string;
	type: string;
	default_value: string | null;
	is_nvl: number;
}

export interface ClientPropertyValue {
	id: number;
	client_id: number;
	client_property_id: number;
	value: string;
}

interface Stores {
	properties: SettingsStore<ClientProperty>;
	values: Map<number, ClientPropertyValue>;
	nextValueId: number;
}

const stores = new WeakMap<BillomatSandbox, Stores>();

export function clientPropertiesOf(sandbox: BillomatSandbox): Stores {
	return stores.get(sandbox)!;
}

export function addClientProperties(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(clientPropertiesOf(sandbox).properties, (id) => ({ id, account_id: ACCOUNT_ID, name: `Attribut ${id}`, type: 'TEXTFIELD', default_value: null, is_nvl: 0 }), count);
}

const contains = (value: string, needle: string) => value.toLowerCase().includes(needle.toLowerCase());

export function registerClientProperties(sandbox: BillomatSandbox): void {
	const own: Stores = { properties: { records: new Map(), nextId: 1 }, values: new Map(), nextValueId: 1 };
	stores.set(sandbox, own);
	own.properties = registerSettings<ClientProperty>(sandbox, {
		path: '/client-properties',
		root: 'client-properties',
		element: 'client-property',
		notFound: 'Client property not found',
		filters: {},
		validate: (fields, create) => commonProblems(fields, create, FIELDS, { type: PROPERTY_TYPES }, ['name']),
		build: (id, fields) => {
			const property: ClientProperty = { id, account_id: ACCOUNT_ID, name: '', type: '', default_value: null, is_nvl: 0 };
			applyFields(property, fields, FIELDS, ['type']);
			return property;
		},
		apply: (property, fields) => applyFields(property, fields, FIELDS, ['type']),
		seed: () => [
			{ id: 1, account_id: ACCOUNT_ID, name: 'Premium-Kunde', type: 'CHECKBOX', default_value: '0', is_nvl: 1 },
			{ id: 2, account_id: ACCOUNT_ID, name: 'Abteilung', type: 'TEXTFIELD', default_value: null, is_nvl: 0 },
			{ id: 3, account_id: ACCOUNT_ID, name: 'Lieferadresse', type: 'TEXTAREA', default_value: null, is_nvl: 0 },
		],
	});
	sandbox.onSeed(() => {
		own.values = new Map(
			[
				{ id: 1, client_id: 476, client_property_id: 1, value: '1' },
				{ id: 2, client_id: 476, client_property_id: 2, value: 'Einkauf' },
				{ id: 3, client_id: 477, client_property_id: 2, value: 'Marketing' },
			].map((v) => [v.id, v]),
		);
		own.nextValueId = 4;
	});
	// Values of deleted properties go with them (read at each request).
	const live = () => [...own.values.values()].filter((v) => own.properties.records.has(v.client_property_id));
	const record = (v: ClientPropertyValue) => {
		const property = own.properties.records.get(v.client_property_id)!;
		return toApi({ id: v.id, client_id: v.client_id, client_property_id: v.client_property_id, type: property.type, name: property.name, value: v.value } as Value);
	};
	const FILTERS: Record<string, (v: ClientPropertyValue, q: string) => boolean> = {
		client_id: (v, q) => String(v.client_id) === q,
		client_property_id: (v, q) => String(v.client_property_id) === q,
		value: (v, q) => contains(v.value, q),
	};
	sandbox.apiRoute('GET', '/client-property-values', (req) => {
		const unknown = unknownParameters(req, Object.keys(FILTERS));
		if (unknown) return unknown;
		const hits = live().filter((v) => Object.entries(FILTERS).every(([name, test]) => !req.query.has(name) || test(v, req.query.get(name)!)));
		return listReply(req, { root: 'client-property-values', element: 'client-property-value' }, hits, ['id', 'client_id'], record);
	});
	sandbox.apiRoute('GET', '/client-property-values/:id', (req: SandboxRequest): SandboxReply => {
		const found = /^\d+$/.test(req.params.id) ? live().find((v) => v.id === Number(req.params.id)) : undefined;
		return found ? { body: { 'client-property-value': record(found) } } : errors(404, 'Client property value not found');
	});
	sandbox.apiRoute('POST', '/client-property-values', (req) => {
		const body = bodyElement(sandbox, req, 'client-property-value');
		if ('reply' in body) return body.reply;
		const { fields } = body;
		const problems = Object.keys(fields).filter((k) => !['client_id', 'client_property_id', 'value'].includes(k)).map((k) => `Unknown field: ${k}`);
		const clientId = Number(fields.client_id);
		const propertyId = Number(fields.client_property_id);
		if (fields.client_id === undefined) problems.push('client_id is mandatory');
		else if (!sandbox.clients.has(clientId)) problems.push('Client not found');
		if (fields.client_property_id === undefined) problems.push('client_property_id is mandatory');
		else if (!own.properties.records.has(propertyId)) problems.push('Client property not found');
		if (fields.value === undefined || fields.value === null || typeof fields.value === 'object') problems.push('value is mandatory');
		if (problems.length) return errors(400, ...problems);
		const existing = live().find((v) => v.client_id === clientId && v.client_property_id === propertyId);
		const value = existing ?? { id: own.nextValueId++, client_id: clientId, client_property_id: propertyId, value: '' };
		value.value = String(fields.value);
		own.values.set(value.id, value);
		return { status: existing ? 200 : 201, body: { 'client-property-value': record(value) } };
	});
}
