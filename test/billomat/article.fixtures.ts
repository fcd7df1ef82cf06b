// What the article tests expect of the sandbox's demo catalogue (sandbox/billomat/articles.ts).

/** Demo article 9, as Billomat's article record holds it (https://www.billomat.com/en/api/articles/), normalised. */
export const ARTICLE_9 = {
	id: 9,
	created: '2023-01-09T10:15:00+01:00',
	article_number: 'ART9',
	number: 9,
	number_pre: 'ART',
	number_length: 0,
	title: 'Consulting',
	description: 'Consulting by the hour',
	sales_price: 90,
	sales_price2: 80,
	sales_price3: null,
	sales_price4: null,
	sales_price5: null,
	currency_code: 'EUR',
	unit_id: 1,
	tax_id: 1,
	purchase_price: 45,
	purchase_price_net_gross: 'NET',
	supplier_id: null,
};
