import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { NumberOptions } from '../../../shared/input';
import { numberInput, textInput } from '../../../shared/input';
import { billomatId, normalise, pickFields, splitList } from '../../helpers';
import type { RecordResource } from '../../transport';
import { LOCATOR_FIELDS } from './common.descriptions';

/** The article fields Billomat types as integers (IDs are checked as IDs), with their bounds. */
const WHOLE_NUMBERS: Record<string, NumberOptions> = {
	number: { min: 0, integer: true },
	number_length: { min: 0, max: 100, integer: true },
};
const PRICES = new Set(['sales_price', 'sales_price2', 'sales_price3', 'sales_price4', 'sales_price5', 'purchase_price']);
const IDS = new Set(['unit_id', 'tax_id', 'supplier_id']);
const CURRENCY = /^[A-Za-z]{3}$/;

/** An ISO 4217 code (three letters), upper-cased; undefined when empty. */
export function currencyInput(node: INode, itemIndex: number, label: string, value: unknown): string | undefined {
	const text = textInput(node, itemIndex, label, value)?.trim();
	if (!text) return undefined;
	if (!CURRENCY.test(text)) {
		throw inputError(node, itemIndex, `"${label}" (${JSON.stringify(text)}) is not a currency code`, 'Give the three-letter ISO code of the currency, e.g. EUR, USD or CHF.');
	}
	return text.toUpperCase();
}

/**
 * The user's article fields as Billomat's `article` object, checked and formatted: IDs as IDs,
 * prices as numbers (from 0), the sequential number and its length as whole numbers, the currency
 * as an ISO code, the rest as text. A blank Title is refused. `labels` name the fields in errors.
 */
export function articleBody(node: INode, itemIndex: number, fields: IDataObject, labels: Record<string, string>): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		const label = labels[name] ?? name;
		if (IDS.has(name)) out[name] = billomatId(node, itemIndex, value, label);
		else if (PRICES.has(name)) out[name] = numberInput(node, itemIndex, label, value, { min: 0 });
		else if (name in WHOLE_NUMBERS) out[name] = numberInput(node, itemIndex, label, value, WHOLE_NUMBERS[name]);
		else if (name === 'currency_code') out[name] = currencyInput(node, itemIndex, label, value);
		else {
			out[name] = textInput(node, itemIndex, label, value, {
				notBlank: name === 'title',
				emptyHint: 'Give the article a title: invoice items take it from the article.',
			});
		}
		if (out[name] === undefined) delete out[name];
	}
	return out;
}

/** The Filters collection of Get Many as the query string GET /articles documents. */
export function articleFilterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
	const qs: IDataObject = {};
	for (const [field, label] of [
		['unit_id', 'Unit ID'],
		['supplier_id', 'Supplier ID'],
	] as const) {
		if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
	}
	for (const [field, label] of [
		['article_number', 'Article Number'],
		['title', 'Title'],
		['description', 'Description'],
	] as const) {
		const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
		if (value) qs[field] = value;
	}
	const currency = currencyInput(node, itemIndex, 'Currency Code', filters.currency_code);
	if (currency) qs.currency_code = currency;
	const tags = splitList(filters.tags);
	if (tags.length) qs.tags = tags.join(',');
	return qs;
}

const SIMPLE_FIELDS = [
	'id',
	'article_number',
	'title',
	'description',
	'sales_price',
	'purchase_price',
	'currency_code',
	'unit_id',
	'tax_id',
	'supplier_id',
];

/** The fields most workflows need, for the Simplify switch. */
export function simplifyArticle(article: IDataObject): IDataObject {
	return pickFields(article, SIMPLE_FIELDS);
}

/** Articles as a plain record resource (`{"article": {…}}`): Get and Get Many simplify when asked. */
export const ARTICLE: RecordResource = {
	path: '/articles',
	root: 'article',
	output(raw, simplify) {
		const article = normalise(raw) as IDataObject;
		return simplify ? simplifyArticle(article) : article;
	},
};

/** Create and Update output the whole article (they have no Simplify). */
export const WHOLE_ARTICLE: RecordResource = { ...ARTICLE, output: (raw) => normalise(raw) as IDataObject };

/**
 * The user's collection of article fields with the record locators (Unit ID, Tax ID) read as
 * their value: picked from the list, typed By ID, or a plain ID (older workflows, expressions).
 */
export function articleFieldsFrom(this: IExecuteFunctions, collection: string, itemIndex: number): IDataObject {
	const fields = { ...(this.getNodeParameter(collection, itemIndex, {}) as IDataObject) };
	for (const name of LOCATOR_FIELDS) {
		if (name in fields) fields[name] = locatorValue(this, `${collection}.${name}`, itemIndex) as IDataObject[string];
	}
	return fields;
}

/** The Article ID of an item (picked, typed or mapped), checked. */
export function articleIdFrom(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'articleId', itemIndex), 'Article ID');
}
