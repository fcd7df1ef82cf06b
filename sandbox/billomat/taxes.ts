// Billomat's tax rates (settings), from https://www.billomat.com/en/api/settings/taxes/: GET /taxes
// (no filter documented; paging as every list), GET /taxes/{id}, POST /taxes (`name` and `rate`
// mandatory, `is_default` 0/1, default 0), PUT /taxes/{id} and DELETE /taxes/{id}. Records are
// `{id, account_id, name, rate, is_default}`. The demo rates are those the demo articles use
// (articles.ts: tax_id 1 for most, 2 for article 13).
//
// Readings of the page (it leaves them open):
// - `is_default` is "whether this is the standard tax rate": one rate is the standard, so making a
//   rate the default makes the others non-default (the page does not say; this is the reading that
//   keeps "the" standard rate unique).
// - `is_default` is accepted as 0/1 (the page's examples) and as true/false (JSON clients send those).
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
import type { BillomatSandbox } from './index';
import type { SettingsRecord, SettingsStore } from './units';
import { addSettings, registerSettings } from './units';

export interface Tax extends SettingsRecord {
	account_id: number;
	name: string;
	rate: number;
	is_default: number;
}

const ACCOUNT_ID = 1;
const WRITABLE = ['name', 'rate', 'is_default'];
const BOOLEANS: Record<string, number> = { '0': 0, '1': 1, false: 0, true: 1 };

function validate(fields: Record<string, unknown>, create: boolean): string[] {
	const problems = Object.keys(fields).filter((k) => !WRITABLE.includes(k)).map((k) => `Unknown field: ${k}`);
	if ((create || fields.name !== undefined) && (typeof fields.name !== 'string' || !fields.name.trim())) problems.push('name is mandatory');
	if (create && fields.rate === undefined) problems.push('rate is mandatory');
	else if (fields.rate !== undefined && (fields.rate === '' || !Number.isFinite(Number(fields.rate)) || Number(fields.rate) < 0)) problems.push('rate must be a number');
	if (fields.is_default !== undefined && !(String(fields.is_default) in BOOLEANS)) problems.push('is_default must be 0 or 1');
	return problems;
}

function apply(tax: Tax, fields: Record<string, unknown>): void {
	if (fields.name !== undefined) tax.name = String(fields.name);
	if (fields.rate !== undefined) tax.rate = Number(fields.rate);
	if (fields.is_default !== undefined) tax.is_default = BOOLEANS[String(fields.is_default)];
}

const taxStores = new WeakMap<BillomatSandbox, SettingsStore<Tax>>();

/** The sandbox's tax rates (tests read and prepare them here). */
export function taxesOf(sandbox: BillomatSandbox): SettingsStore<Tax> {
	return taxStores.get(sandbox)!;
}

const generated = (id: number): Tax => ({ id, account_id: ACCOUNT_ID, name: `Tax ${id}`, rate: 19, is_default: 0 });

/** Add `count` generated tax rates; returns their IDs. */
export function addTaxes(sandbox: BillomatSandbox, count: number): number[] {
	return addSettings(taxesOf(sandbox), generated, count);
}

export function registerTaxes(sandbox: BillomatSandbox): void {
	const store = registerSettings<Tax>(sandbox, {
		path: '/taxes',
		root: 'taxes',
		element: 'tax',
		notFound: 'Tax not found',
		filters: {},
		validate,
		build: (id, fields) => {
			const tax: Tax = { id, account_id: ACCOUNT_ID, name: '', rate: 0, is_default: 0 };
			apply(tax, fields);
			return tax;
		},
		apply,
		afterWrite: (own, tax) => {
			if (tax.is_default === 1) for (const other of own.records.values()) if (other.id !== tax.id) other.is_default = 0;
		},
		seed: () => [
			{ id: 1, account_id: ACCOUNT_ID, name: 'VAT', rate: 19, is_default: 1 },
			{ id: 2, account_id: ACCOUNT_ID, name: 'VAT reduced', rate: 7, is_default: 0 },
			{ id: 3, account_id: ACCOUNT_ID, name: 'Tax-free', rate: 0, is_default: 0 },
		],
	});
	taxStores.set(sandbox, store);
}
