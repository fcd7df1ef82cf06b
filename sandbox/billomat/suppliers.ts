// Billomat suppliers, from the "Suppliers" API page (https://www.billomat.com/en/api/suppliers/):
//   GET    /api/suppliers        list, filtered by name, email, first_name, last_name, country_code,
//                                creditor_identifier, note, client_number, incoming_id (IDs,
//                                comma-separated), tags; paging and order_by as every list
//   GET    /api/suppliers/{id}
//   POST   /api/suppliers        201 Created with the whole record
//   PUT    /api/suppliers/{id}   200 OK with the whole record
//   DELETE /api/suppliers/{id}   200 OK, empty body
// Its property values (the sub-page "Properties") are at the end of this file.
// Records are the page's example: address, contact person, bank and tax data, the currency, a note,
// your client number at the supplier, and the read-only costs_gross / costs_net (the totals of the
// supplier's incoming invoices, sandbox/billomat/incomings.ts).
//
// Readings of the page (it leaves them open):
// - The page's filter table lists `note` in one version and not in another: the sandbox accepts it.
// - No field is marked mandatory: a supplier without a name is accepted (the node lets it be).
// - Text filters match parts, case ignored ("all suppliers with the term “gmbh” in their name");
//   country_code matches exactly; incoming_id takes IDs; tags must all be there.
// - DELETE answers 200 with an empty body, as Billomat's other deletes do; the page says nothing of
//   suppliers with incoming invoices, so the sandbox deletes them too (their incomings stay).
import type { SandboxReply, SandboxRequest } from '../framework';
import { bodyElement, listReply, unknownParameters } from './articles';
import { ADDRESS_FIELDS, BANK_FIELDS } from './clients';
import type { BillomatSandbox, Value } from './index';
import { errors, toApi } from './index';
import { contains, incomingsOf, now, RecordBook, tagList } from './incomings';

const TEXTS = [...ADDRESS_FIELDS, 'creditor_identifier', ...BANK_FIELDS, 'currency_code', 'note', 'client_number'] as const;

export type Supplier = { id: number; created: string; tags: string[] } & Record<(typeof TEXTS)[number], string | null>;

const FILTERS = ['name', 'email', 'first_name', 'last_name', 'country_code', 'creditor_identifier', 'note', 'client_number', 'incoming_id', 'tags'];
const TEXT_FILTERS = ['name', 'email', 'first_name', 'last_name', 'creditor_identifier', 'note', 'client_number'] as const;

function blank(id: number, created: string): Supplier {
	const supplier = { id, created, tags: [] } as unknown as Supplier;
	for (const field of TEXTS) supplier[field] = null;
	supplier.country_code = 'DE';
	supplier.currency_code = 'EUR';
	return supplier;
}

function demo(): Supplier[] {
	const make = (fields: Partial<Supplier> & Pick<Supplier, 'id' | 'name'>): Supplier => ({ ...blank(fields.id, '2023-01-09T09:30:00+01:00'), ...fields });
	return [
		// The demo articles name suppliers 1 (Webdesign) and 2 (Hosting, Model): sandbox/billomat/articles.ts.
		make({ id: 1, name: 'Pixelwerk Design GmbH', salutation: 'Frau', first_name: 'Julia', last_name: 'Becker', street: 'Ehrenstraße 42', zip: '50672', city: 'Köln', phone: '+49 221 987650', email: 'rechnung@pixelwerk.example', www: 'www.pixelwerk.example', tax_number: '214/5678/9012', vat_number: 'DE811223344', bank_account_owner: 'Pixelwerk Design GmbH', bank_name: 'Sparkasse KölnBonn', bank_swift: 'COLSDE33XXX', bank_iban: 'DE12370501980001234567', client_number: 'K-10482', tags: ['design', 'agentur'] }),
		make({ id: 2, name: 'Rheinhost & 3D-Druck GmbH', salutation: 'Herr', first_name: 'Tobias', last_name: 'Wagner', street: 'Poppelsdorfer Allee 7', zip: '53115', city: 'Bonn', phone: '+49 228 445500', email: 'buchhaltung@rheinhost.example', www: 'www.rheinhost.example', vat_number: 'DE299887766', creditor_identifier: 'DE98ZZZ09999999999', bank_name: 'Volksbank Köln Bonn', bank_iban: 'DE45380601860123456789', client_number: 'RH-2291', note: 'Hosting contract renews every January', tags: ['hosting', 'hardware'] }),
		make({ id: 3, name: 'Bürobedarf Schneider KG', street: 'Koblenzer Straße 88', zip: '57072', city: 'Siegen', phone: '+49 271 33221', email: 'info@buero-schneider.example', vat_number: 'DE155443322', client_number: '47110', tags: ['office'] }),
		make({ id: 4, name: 'Steuerkanzlei Hoffmann & Partner', salutation: 'Herr', first_name: 'Michael', last_name: 'Hoffmann', street: 'Zeil 12', zip: '60313', city: 'Frankfurt am Main', email: 'kanzlei@hoffmann-partner.example', tax_number: '045/222/33344', tags: ['service'] }),
	];
}

const books = new WeakMap<BillomatSandbox, RecordBook<Supplier>>();

/** The sandbox's suppliers (tests read and prepare them here). */
export function suppliersOf(sandbox: BillomatSandbox): RecordBook<Supplier> {
	return books.get(sandbox)!;
}

/** Add `count` generated suppliers ("Lieferant 0005 GmbH" …); returns their IDs. */
export function addSuppliers(sandbox: BillomatSandbox, count: number): number[] {
	return suppliersOf(sandbox).add(count, (id) => ({ ...blank(id, '2025-05-01T08:00:00+02:00'), name: `Lieferant ${String(id).padStart(4, '0')} GmbH`, email: `lieferant${id}@suppliers.example` }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function validate(fields: Record<string, unknown>): string[] {
	const problems = Object.keys(fields).filter((k) => !(TEXTS as readonly string[]).includes(k)).map((k) => `Unknown field: ${k}`);
	if (fields.email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(fields.email))) problems.push(`Invalid email: ${String(fields.email)}`);
	if (fields.country_code !== undefined && !/^[A-Z]{2}$/.test(String(fields.country_code))) problems.push(`Invalid country_code: ${String(fields.country_code)}`);
	if (fields.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(fields.currency_code))) problems.push(`Invalid currency_code: ${String(fields.currency_code)}`);
	return problems;
}

export function registerSuppliers(sandbox: BillomatSandbox): void {
	const book = new RecordBook<Supplier>('Supplier not found', demo);
	books.set(sandbox, book);
	sandbox.onSeed(() => book.seed());

	/** The supplier as GET /suppliers/{id} sends it: costs are the totals of its incoming invoices. */
	const record = (supplier: Supplier) => {
		const { tags: _tags, ...fields } = supplier;
		const own = [...incomingsOf(sandbox).records.values()].filter((i) => i.supplier_id === supplier.id);
		const costs = { costs_gross: round2(own.reduce((sum, i) => sum + i.total_gross, 0)), costs_net: round2(own.reduce((sum, i) => sum + i.total_net, 0)) };
		return toApi({ ...fields, ...costs } as unknown as Value);
	};
	const write = (req: SandboxRequest, existing?: Supplier): SandboxReply => {
		const body = bodyElement(sandbox, req, 'supplier');
		if ('reply' in body) return body.reply;
		const problems = validate(body.fields);
		if (problems.length) return errors(400, ...problems);
		const supplier = existing ?? blank(book.nextId++, now());
		for (const [key, value] of Object.entries(body.fields)) (supplier as Record<string, unknown>)[key] = value === null ? null : String(value);
		book.records.set(supplier.id, supplier);
		return { status: existing ? 200 : 201, body: { supplier: record(supplier) } };
	};

	sandbox.apiRoute('GET', '/suppliers', (req) => {
		const unknown = unknownParameters(req, FILTERS);
		if (unknown) return unknown;
		const q = req.query;
		const incomingIds = q.get('incoming_id')?.split(',').map((v) => v.trim()) ?? [];
		if (incomingIds.some((v) => !/^\d+$/.test(v))) return errors(400, 'incoming_id must be a comma-separated list of integers');
		const supplierOf = new Set(incomingIds.map((id) => incomingsOf(sandbox).incoming(Number(id))?.supplier_id));
		const tags = tagList(req);
		const hits = [...book.records.values()].filter(
			(s) =>
				TEXT_FILTERS.every((name) => contains(s[name], q.get(name))) &&
				(!q.has('country_code') || (s.country_code ?? '').toUpperCase() === q.get('country_code')!.toUpperCase()) &&
				(!q.has('incoming_id') || supplierOf.has(s.id)) &&
				tags.every((t) => s.tags.includes(t)),
		);
		return listReply(req, { root: 'suppliers', element: 'supplier' }, hits, ['id', 'name', 'created', 'client_number'], record);
	});
	book.recordRoutes(sandbox, '/suppliers', 'supplier', record, write);
	registerPropertyValues(sandbox, book);
}

// ---------------------------------------------------------------------------------------------
// Supplier property values (https://www.billomat.com/en/api/suppliers/properties/):
//   GET  /api/supplier-property-values        filtered by supplier_id, supplier_property_id, value
//   GET  /api/supplier-property-values/{id}
//   POST /api/supplier-property-values        supplier_id, supplier_property_id, value (all mandatory)
// Records are `{id, supplier_id, supplier_property_id, type, name, value}`, type and name being the
// property's. The properties themselves are settings (https://www.billomat.com/en/api/settings/supplier-properties/):
// the sandbox lists and reads them (GET /supplier-properties, /{id}) for the picker; their create,
// edit and delete belong with the other settings routes.
// Readings of the page (it leaves them open):
// - POST "sets" a property: a supplier has one value per property, so setting it again replaces the
//   value (200 with the record) instead of adding a second (201 for a new one).
// - `value` filters parts of the value, case ignored, as the text filters of the other lists;
//   the two IDs match exactly.

export interface SupplierProperty {
	id: number;
	account_id: number;
	name: string;
	type: 'TEXTFIELD' | 'TEXTAREA' | 'CHECKBOX';
}

export interface SupplierPropertyValue {
	id: number;
	supplier_id: number;
	supplier_property_id: number;
	value: string;
}

const demoProperties = (): SupplierProperty[] => [
	{ id: 1, account_id: 1, name: 'Payment terms', type: 'TEXTFIELD' },
	{ id: 2, account_id: 1, name: 'Preferred supplier', type: 'CHECKBOX' },
];

const demoValues = (): SupplierPropertyValue[] => [
	{ id: 1, supplier_id: 2, supplier_property_id: 1, value: '14 days net' },
	{ id: 2, supplier_id: 2, supplier_property_id: 2, value: '1' },
	{ id: 3, supplier_id: 1, supplier_property_id: 1, value: '30 days net' },
];

function registerPropertyValues(sandbox: BillomatSandbox, suppliers: RecordBook<Supplier>): void {
	const properties = new RecordBook<SupplierProperty>('Supplier property not found', demoProperties);
	const values = new RecordBook<SupplierPropertyValue>('Supplier property value not found', demoValues);
	sandbox.onSeed(() => {
		properties.seed();
		values.seed();
	});
	const valueRecord = (v: SupplierPropertyValue) => {
		const property = properties.records.get(v.supplier_property_id);
		return toApi({ ...v, type: property?.type, name: property?.name, value: v.value } as unknown as Value);
	};

	sandbox.apiRoute('GET', '/supplier-properties', (req) => {
		const unknown = unknownParameters(req, []);
		return unknown ?? listReply(req, { root: 'supplier-properties', element: 'supplier-property' }, [...properties.records.values()], ['id', 'name'], (p) => toApi({ ...p } as unknown as Value));
	});
	sandbox.apiRoute('GET', '/supplier-properties/:id', (req) => properties.with(req, (p) => ({ body: { 'supplier-property': toApi({ ...p } as unknown as Value) } })));

	sandbox.apiRoute('GET', '/supplier-property-values', (req) => {
		const unknown = unknownParameters(req, ['supplier_id', 'supplier_property_id', 'value']);
		if (unknown) return unknown;
		const q = req.query;
		const problems = ['supplier_id', 'supplier_property_id'].filter((k) => q.has(k) && !/^\d+$/.test(q.get(k)!)).map((k) => `${k} must be an integer`);
		if (problems.length) return errors(400, ...problems);
		const hits = [...values.records.values()].filter(
			(v) =>
				(!q.has('supplier_id') || v.supplier_id === Number(q.get('supplier_id'))) &&
				(!q.has('supplier_property_id') || v.supplier_property_id === Number(q.get('supplier_property_id'))) &&
				contains(v.value, q.get('value')),
		);
		return listReply(req, { root: 'supplier-property-values', element: 'supplier-property-value' }, hits, ['id'], valueRecord);
	});
	sandbox.apiRoute('GET', '/supplier-property-values/:id', (req) => values.with(req, (v) => ({ body: { 'supplier-property-value': valueRecord(v) } })));
	sandbox.apiRoute('POST', '/supplier-property-values', (req) => {
		const body = bodyElement(sandbox, req, 'supplier-property-value');
		if ('reply' in body) return body.reply;
		const f = body.fields;
		const problems = Object.keys(f).filter((k) => !['supplier_id', 'supplier_property_id', 'value'].includes(k)).map((k) => `Unknown field: ${k}`);
		for (const key of ['supplier_id', 'supplier_property_id']) {
			if (f[key] === undefined) problems.push(`${key} is required`);
			else if (!/^\d+$/.test(String(f[key]))) problems.push(`${key} must be an integer`);
		}
		if (f.value === undefined || f.value === null || String(f.value) === '') problems.push('value is required');
		if (problems.length) return errors(400, ...problems);
		if (!suppliers.records.has(Number(f.supplier_id))) return errors(400, 'Supplier not found');
		if (!properties.records.has(Number(f.supplier_property_id))) return errors(400, 'Supplier property not found');
		const existing = [...values.records.values()].find((v) => v.supplier_id === Number(f.supplier_id) && v.supplier_property_id === Number(f.supplier_property_id));
		const stored = existing ?? { id: values.nextId++, supplier_id: Number(f.supplier_id), supplier_property_id: Number(f.supplier_property_id), value: '' };
		stored.value = String(f.value);
		values.records.set(stored.id, stored);
		return { status: existing ? 200 : 201, body: { 'supplier-property-value': valueRecord(stored) } };
	});
}
