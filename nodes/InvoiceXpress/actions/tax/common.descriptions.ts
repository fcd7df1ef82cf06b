import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import type { CatalogueSpec } from '../catalogue/record';
import { nameProperty } from '../catalogue/record';

/**
 * Taxes (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/taxes and
 * https://docs.invoicexpress.com/taxes): GET /taxes.json "returns all your taxes" (no paging
 * documented), GET, PUT and DELETE /taxes/:tax-id.json, POST /taxes.json with `{"tax": {name,
 * value, region, code, default_tax}}`. Name and value are required; region is "required to export
 * SAF-T PT": PT, PT-AC, PT-MA, Desconhecido or a country code; code one of NOR, INT, RED, OUT, ISE;
 * default_tax 1 makes the tax the account's default. Code and region are for Portuguese accounts.
 */
export const TAX: CatalogueSpec = {
	resource: 'tax',
	path: '/taxes',
	element: 'tax',
	list: 'taxes',
	noun: 'tax',
	id: { name: 'taxId', displayName: 'Tax ID', searchListMethod: 'searchTaxes', example: '1' },
	paged: false,
};

export const REGIONS = [
	{ name: 'Portugal (PT)', value: 'PT' },
	{ name: 'Azores (PT-AC)', value: 'PT-AC' },
	{ name: 'Madeira (PT-MA)', value: 'PT-MA' },
	{ name: 'Unknown (Desconhecido)', value: 'Desconhecido' },
];

export const CODES = [
	{ name: 'Exempt (ISE)', value: 'ISE' },
	{ name: 'Intermediate (INT)', value: 'INT' },
	{ name: 'Normal (NOR)', value: 'NOR' },
	{ name: 'Other (OUT)', value: 'OUT' },
	{ name: 'Reduced (RED)', value: 'RED' },
];

export const nameField = (required: boolean): INodeProperties => nameProperty(required, 'Name of the tax, as items and document lines name it', 'IVA23');

export const valueField = (required: boolean): INodeProperties => ({
	displayName: 'Value',
	name: 'value',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
	default: 0,
	required,
	description: 'The rate in percent, e.g. 23',
});

/** Region, code and default: optional on create and update alike. */
export const optionalFields: INodeProperties[] = [
	{
		displayName: 'Code',
		name: 'code',
		type: 'options',
		options: CODES,
		default: 'NOR',
		description: 'Kind of rate (Portuguese accounts)',
	},
	{
		displayName: 'Default Tax',
		name: 'defaultTax',
		type: 'boolean',
		default: false,
		description: 'Whether the tax is the account’s default tax',
	},
	{
		displayName: 'Region',
		name: 'region',
		type: 'options',
		options: REGIONS,
		default: 'PT',
		description:
			'Tax region, required to export SAF-T PT. Another country is given as its two-letter code (ISO 3166-1, e.g. ES) in an expression.',
	},
];

export interface TaxFields {
	name?: unknown;
	value?: unknown;
	region?: unknown;
	code?: unknown;
	defaultTax?: unknown;
}

const REGION_VALUES = REGIONS.map((r) => r.value);
const CODE_VALUES = CODES.map((c) => c.value);

/**
 * The `tax` body from the fields given. Value goes as text ("23.0" on the pages: a string in the
 * OpenAPI description), default_tax as 1 or 0 (an integer there).
 */
export function taxBody(node: INode, itemIndex: number, fields: TaxFields, create: boolean): IDataObject {
	const body: IDataObject = {};
	if (create || fields.name !== undefined) {
		const name = textInput(node, itemIndex, 'Name', fields.name, { required: true, xml: true, emptyHint: 'Give the tax a name, e.g. IVA23.' });
		body.name = name!.trim();
	}
	if (create || fields.value !== undefined) {
		const value = numberInput(node, itemIndex, 'Value', fields.value, { min: 0, max: 100 });
		if (value === undefined) throw inputError(node, itemIndex, '"Value" is empty', 'Give the rate in percent, e.g. 23.');
		body.value = String(value);
	}
	const region = textInput(node, itemIndex, 'Region', fields.region, { notBlank: true });
	if (region !== undefined) {
		const trimmed = region.trim();
		const upper = trimmed.toUpperCase();
		if (REGION_VALUES.includes(trimmed)) body.region = trimmed;
		else if (/^[A-Z]{2}$/.test(upper)) body.region = upper;
		else {
			throw inputError(
				node,
				itemIndex,
				`"Region" ("${trimmed}") is not a tax region`,
				'Give PT, PT-AC, PT-MA, Desconhecido or a two-letter country code such as ES.',
			);
		}
	}
	const code = textInput(node, itemIndex, 'Code', fields.code, { notBlank: true });
	if (code !== undefined) {
		if (!CODE_VALUES.includes(code.trim().toUpperCase())) {
			throw inputError(node, itemIndex, `"Code" ("${code}") is not a tax code`, 'Give one of NOR, INT, RED, OUT or ISE.');
		}
		body.code = code.trim().toUpperCase();
	}
	if (fields.defaultTax !== undefined) body.default_tax = fields.defaultTax === true || fields.defaultTax === 'true' || fields.defaultTax === 1 ? 1 : 0;
	return body;
}
