// InvoiceXpress taxes, from https://developers.invoicexpress.com/docs/versions/2.0.0/resources/taxes,
// https://docs.invoicexpress.com/taxes and the pages under https://invoicexpress.com/api-v2/ (taxes
// create, get, update): GET /taxes.json ("returns all your taxes"), GET /taxes/:tax-id.json, POST
// /taxes.json, PUT /taxes/:tax-id.json and DELETE /taxes/:tax-id.json, bodies `{"tax": {name,
// value, region, code, default_tax}}`. Name and value are required; region is one of PT, PT-AC,
// PT-MA, Desconhecido or a country code; code one of NOR, INT, RED, OUT, ISE; default_tax 1 makes
// the tax the account's default (so no other is). The demo taxes are KNOWN_TAXES, the taxes the
// demo documents use.
//
// Error texts the pages do not give are written the way the item pages write theirs ("Name has
// already been taken", "… can't be blank", "… is not a number").
import type { InvoiceXpressSandbox } from './index';
import { KNOWN_TAXES } from './index';
import { afterReset, catalogueReadings, flag, numeric, recordRoutes, Store } from './catalogue';

export interface IxTax {
	id: number;
	name: string;
	value: number;
	region: string;
	code: string;
	default_tax: 0 | 1;
}

export const TAX_REGIONS = ['PT', 'PT-AC', 'PT-MA', 'Desconhecido'];
export const TAX_CODES = ['NOR', 'INT', 'RED', 'OUT', 'ISE'];

const CODE_OF: Record<number, string> = { 23: 'NOR', 13: 'INT', 6: 'RED', 0: 'ISE' };

/** KNOWN_TAXES as tax records: IVA23 (the default) is 1, IVA13 2, IVA6 3, IVA0 4, IVA20 5. */
function demoTaxes(): IxTax[] {
	return Object.entries(KNOWN_TAXES).map(([name, value], n) => ({
		id: n + 1,
		name,
		value,
		region: value === 20 ? 'Desconhecido' : 'PT',
		code: CODE_OF[value] ?? 'OUT',
		default_tax: name === 'IVA23' ? 1 : 0,
	}));
}

const stores = new WeakMap<InvoiceXpressSandbox, Store<IxTax>>();

/** The sandbox's taxes (tests read and prepare them here). */
export function taxesOf(sandbox: InvoiceXpressSandbox): Store<IxTax> {
	return stores.get(sandbox)!;
}

/** A tax by name (items and document lines name their tax). */
export function taxNamed(sandbox: InvoiceXpressSandbox, name: string): IxTax | undefined {
	return taxesOf(sandbox).all().find((t) => t.name === name);
}

const generated = (id: number): IxTax => ({ id, name: `TAX${id}`, value: id % 24, region: 'PT', code: 'OUT', default_tax: 0 });

function check(store: Store<IxTax>, fields: Record<string, unknown>, current?: IxTax): string[] {
	const out: string[] = [];
	const create = current === undefined;
	if (create || fields.name !== undefined) {
		const name = typeof fields.name === 'string' ? fields.name.trim() : '';
		if (!name) out.push("Name can't be blank");
		else if (store.all().some((t) => t.name === name && t.id !== current?.id)) out.push('Name has already been taken');
	}
	if (create || fields.value !== undefined) {
		if (fields.value === undefined || fields.value === '' || fields.value === null) out.push("Value can't be blank");
		else if (numeric(fields.value) === undefined) out.push('Value is not a number');
	}
	if (fields.region !== undefined && !TAX_REGIONS.includes(String(fields.region)) && !/^[A-Z]{2}$/.test(String(fields.region))) {
		out.push(`Region ${String(fields.region)} is not included in the list`);
	}
	if (fields.code !== undefined && !TAX_CODES.includes(String(fields.code))) out.push(`Code ${String(fields.code)} is not included in the list`);
	return out;
}

function apply(store: Store<IxTax>, tax: IxTax, fields: Record<string, unknown>): IxTax {
	if (fields.name !== undefined) tax.name = String(fields.name).trim();
	if (fields.value !== undefined) tax.value = numeric(fields.value)!;
	if (fields.region !== undefined) tax.region = String(fields.region);
	if (fields.code !== undefined) tax.code = String(fields.code);
	if (fields.default_tax !== undefined) tax.default_tax = flag(fields.default_tax);
	if (tax.default_tax === 1) for (const other of store.all()) if (other.id !== tax.id) other.default_tax = 0;
	return tax;
}

const present = (tax: IxTax) => ({ ...tax });

export function registerTaxes(sandbox: InvoiceXpressSandbox): void {
	const store = new Store<IxTax>(demoTaxes, 1, generated);
	stores.set(sandbox, store);
	afterReset(sandbox, () => store.seed());
	const readings = catalogueReadings(sandbox);
	recordRoutes(sandbox, {
		path: '/taxes',
		list: 'taxes',
		element: 'tax',
		store,
		paged: () => readings.listPaging === 'paged',
		check: (fields, current) => check(store, fields, current),
		apply: (tax, fields) => apply(store, tax, fields),
		blank: (id): IxTax => ({ id, name: '', value: 0, region: 'PT', code: 'NOR', default_tax: 0 }),
		present,
	});
}
