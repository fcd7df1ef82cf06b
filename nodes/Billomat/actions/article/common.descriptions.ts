import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, simplifySwitch } from '../../../shared/descriptions';
import { filtersOf, labelsOf, moneyField } from '../describe';

/**
 * Fields the article operations share (https://www.billomat.com/en/api/articles/). Each operation
 * spreads them into its own properties, and `updateDisplayOptions` shows them for that operation only.
 */

/** The article's record ID, as Get, Update and Delete take it: picked from the list or typed. */
export const articleIdField: INodeProperties = recordLocator({
	displayName: 'Article ID',
	name: 'articleId',
	searchListMethod: 'searchArticles',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat article ID is a number, e.g. 12',
	placeholder: '12',
	description: 'The article: pick it from the list (search by title) or give its numeric ID (not its article number)',
});

export const simplifyField: INodeProperties = simplifySwitch(
	'Whether to return only the main fields (ID, article number, title, description, prices, currency, unit, tax, supplier) instead of the whole article',
);


/** The documented writable article fields (POST/PUT /articles), except Title (its own field at creation). */
export const articleFieldOptions: INodeProperties[] = [
	{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'ISO code of the currency of the prices. Default: the account’s currency.' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Description of the article, used on invoice items' },
	{ displayName: 'Number', name: 'number', type: 'number', default: 0, description: 'Sequential number of the article number. Default: the next free number.' },
	{ displayName: 'Number Length', name: 'number_length', type: 'number', default: 0, description: 'Minimum length of the number, filled with leading zeros. Default: from the settings.' },
	{ displayName: 'Number Prefix', name: 'number_pre', type: 'string', default: '', placeholder: 'ART', description: 'Prefix of the article number. Default: from the settings.' },
	moneyField('Purchase Price', 'purchase_price', 'What the article costs you'),
	{
		displayName: 'Purchase Price Basis',
		name: 'purchase_price_net_gross',
		type: 'options',
		default: 'NET',
		options: [
			{ name: 'Net', value: 'NET' },
			{ name: 'Gross', value: 'GROSS' },
		],
		description: 'Whether the purchase price is net or gross',
	},
	moneyField('Sales Price', 'sales_price', 'The article’s price'),
	moneyField('Sales Price (Price Group 2)', 'sales_price2', 'Price for clients in price group 2. Default: the sales price.'),
	moneyField('Sales Price (Price Group 3)', 'sales_price3', 'Price for clients in price group 3. Default: the sales price.'),
	moneyField('Sales Price (Price Group 4)', 'sales_price4', 'Price for clients in price group 4. Default: the sales price.'),
	moneyField('Sales Price (Price Group 5)', 'sales_price5', 'Price for clients in price group 5. Default: the sales price.'),
	{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', placeholder: '3', description: 'ID of the article’s supplier' },
	recordLocator({
		displayName: 'Tax ID',
		name: 'tax_id',
		searchListMethod: 'searchTaxes',
		idPattern: '^[1-9][0-9]*$',
		idError: 'A Billomat tax ID is a number, e.g. 1',
		placeholder: '1',
		description: 'The tax rate (Billomat’s settings > taxes): pick it from the list or give its numeric ID',
		required: false,
	}),
	recordLocator({
		displayName: 'Unit ID',
		name: 'unit_id',
		searchListMethod: 'searchUnits',
		idPattern: '^[1-9][0-9]*$',
		idError: 'A Billomat unit ID is a number, e.g. 4',
		placeholder: '4',
		description: 'The unit (Billomat’s settings > units): pick it from the list (search by name) or give its numeric ID',
		required: false,
	}),
];

/** The article fields that are record locators (Unit ID, Tax ID): read with locatorValue. */
export const LOCATOR_FIELDS = ['unit_id', 'tax_id'];

/** The display name of each writable article field, as input errors name it. */
export const ARTICLE_FIELD_LABELS: Record<string, string> = {
	title: 'Title',
	...labelsOf(articleFieldOptions),
};

/** The documented filters of GET /articles. */
export const filtersCollection: INodeProperties = filtersOf([
		{ displayName: 'Article Number', name: 'article_number', type: 'string', default: '', description: 'Articles whose number contains this text (case is ignored)' },
		{ displayName: 'Currency Code', name: 'currency_code', type: 'string', default: '', placeholder: 'EUR', description: 'Only articles priced in this currency (ISO code)' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Articles whose description contains this text' },
		{ displayName: 'Supplier ID', name: 'supplier_id', type: 'string', default: '', description: 'Only articles of this supplier' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'hardware, web', description: 'Comma-separated tags' },
		{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Articles whose title contains this text (case is ignored)' },
		{ displayName: 'Unit ID', name: 'unit_id', type: 'string', default: '', description: 'Only articles with this unit' },
	],);
