// InvoiceXpress items, from https://developers.invoicexpress.com/docs/versions/2.0.0/resources/items
// and the pages under https://invoicexpress.com/api-v2/items/ (list-all, get, create, update,
// delete), with the parameters and errors of https://invoicexpress.com/api/items/create and the XML
// items pages: GET /items.json?page=&per_page= (paged: `pagination`), GET /items/:item-id.json, POST
// /items.json, PUT /items/:item-id.json (200, empty body), DELETE /items/:item-id.json, bodies
// `{"item": {name, description, unit_price, unit, tax: {name}}}`. Name is required and unique,
// unit_price required and a number, unit one of ACCEPTED_UNITS. Documented errors: "Name has
// already been taken", "Unit price can't be blank", "Unit price is not a number", "Unit kg is not
// included in the list of accepted units". The demo items are the products of the demo documents.
//
// Readings (switches in catalogue.ts): description optional or required, a unit price of 0 allowed
// or refused, and an item without a known tax getting the default tax or none.
import type { InvoiceXpressSandbox } from './index';
import { ACCEPTED_UNITS } from './index';
import { afterReset, catalogueReadings, numeric, recordRoutes, Store } from './catalogue';
import { taxesOf, taxNamed } from './taxes';

export interface IxCatalogueItem {
	id: number;
	name: string;
	description: string | null;
	unit_price: number;
	unit: string;
	/** The tax by name; its value is read from the taxes when the item is shown. */
	tax: string | null;
}

/** The products and services of the demo documents, with their price, unit and tax. */
const DEMO: Array<[string, number, string | null, string]> = [
	['Product 1', 10, 'IVA23', 'unit'],
	['Espresso beans', 12.5, 'IVA23', 'unit'],
	['Grinder service', 40, 'IVA23', 'service'],
	['Consulting', 80, 'IVA23', 'hour'],
	['Pastel de nata', 1.2, 'IVA13', 'unit'],
	['Coffee', 0.8, 'IVA13', 'unit'],
	['Late fee', 15, null, 'other'],
	['Workshop', 300, 'IVA23', 'day'],
];

const FIRST_ID = 2201;

function demoItems(): IxCatalogueItem[] {
	return DEMO.map(([name, unit_price, tax, unit], n) => ({ id: FIRST_ID + n, name, description: `${name} description`, unit_price, unit, tax }));
}

const stores = new WeakMap<InvoiceXpressSandbox, Store<IxCatalogueItem>>();

/** The sandbox's items (tests read and prepare them here). */
export function itemsOf(sandbox: InvoiceXpressSandbox): Store<IxCatalogueItem> {
	return stores.get(sandbox)!;
}

const generated = (id: number): IxCatalogueItem => ({ id, name: `Item ${id}`, description: null, unit_price: 1, unit: 'unit', tax: null });

export function registerItems(sandbox: InvoiceXpressSandbox): void {
	const store = new Store<IxCatalogueItem>(demoItems, FIRST_ID, generated);
	stores.set(sandbox, store);
	afterReset(sandbox, () => store.seed());
	const readings = catalogueReadings(sandbox);

	/** The item as the API shows it: its tax with the tax's current value. */
	const present = (item: IxCatalogueItem) => {
		const tax = item.tax === null ? undefined : taxNamed(sandbox, item.tax);
		return { ...item, tax: tax ? { name: tax.name, value: tax.value } : null };
	};

	function check(fields: Record<string, unknown>, current?: IxCatalogueItem): string[] {
		const out: string[] = [];
		const create = current === undefined;
		if (create || fields.name !== undefined) {
			const name = typeof fields.name === 'string' ? fields.name.trim() : '';
			if (!name) out.push("Name can't be blank");
			else if (store.all().some((i) => i.name === name && i.id !== current?.id)) out.push('Name has already been taken');
		}
		if (create && readings.itemDescription === 'required' && (typeof fields.description !== 'string' || !fields.description.trim())) {
			out.push("Description can't be blank");
		}
		if (create || fields.unit_price !== undefined) {
			const price = numeric(fields.unit_price);
			if (fields.unit_price === undefined || fields.unit_price === '' || fields.unit_price === null) out.push("Unit price can't be blank");
			else if (price === undefined) out.push('Unit price is not a number');
			else if (price < 0 || (price === 0 && readings.itemZeroPrice === 'refused')) out.push(`Unit price must be greater than ${readings.itemZeroPrice === 'refused' ? '' : 'or equal to '}0.0`);
		}
		if (fields.unit !== undefined && !ACCEPTED_UNITS.includes(String(fields.unit))) {
			out.push(`Unit ${String(fields.unit)} is not included in the list of accepted units`);
		}
		return out;
	}

	/** The tax an item gets: the one named, else (unknown or absent) the default tax or none. */
	function taxFor(given: unknown): string | null {
		const name = (given as { name?: unknown } | undefined)?.name;
		if (typeof name === 'string' && taxNamed(sandbox, name)) return name;
		if (readings.unknownItemTax === 'no-tax') return null;
		return taxesOf(sandbox).all().find((t) => t.default_tax === 1)?.name ?? null;
	}

	function apply(item: IxCatalogueItem, fields: Record<string, unknown>, create: boolean): IxCatalogueItem {
		if (fields.name !== undefined) item.name = String(fields.name).trim();
		if (fields.description !== undefined) item.description = String(fields.description);
		if (fields.unit_price !== undefined) item.unit_price = numeric(fields.unit_price)!;
		if (fields.unit !== undefined) item.unit = String(fields.unit);
		if (create || fields.tax !== undefined) item.tax = taxFor(fields.tax);
		return item;
	}

	recordRoutes(sandbox, {
		path: '/items',
		list: 'items',
		element: 'item',
		store,
		paged: () => true,
		check,
		apply,
		blank: (id) => ({ id, name: '', description: null, unit_price: 0, unit: 'unit', tax: null }),
		present,
	});
}
