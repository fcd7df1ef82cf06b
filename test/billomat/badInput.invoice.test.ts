// Bad input that used to reach Billomat (issue 13): refused before any request, with the item and
// the fix, through the real engine against the sandbox. Nothing reaches the sandbox for it.
import type { IDataObject } from 'n8n-workflow';

import type { RunResult } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { billomatSandbox, jsonBody, run } from './setup';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';

const api = billomatSandbox();

const NOT_TEXT = 'Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(\', \').';
const NOT_A_NUMBER = 'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.';
const TOO_LARGE =
	'Amounts, prices and quantities must be finite and at most 1,000,000,000,000 either way: a larger value is almost always a slip (a missing decimal point, the wrong field). Check the value.';
const ID_HINT = 'Give the numeric ID Billomat shows for the record, e.g. 12345.';

/** Create with one line item built by `item` (may hold expressions over the input item). */
async function create(item: IDataObject, input: FixtureItem[], extra: IDataObject = {}): Promise<RunResult> {
	return await run(
		api.url,
		{ operation: 'create', clientId: '476', itemsInput: 'fields', lineItems: { item: [item] }, ...extra },
		{ input },
	);
}

const expectRefused = (result: RunResult, message: string, description: string) =>
	expectRefusedBeforeAnyRequest(result, api.server, message, description);

describe('Billomat › bad input › an object or a list where text is expected', () => {
	test('a line item title that is an object is refused, not saved as "[object Object]"', async () => {
		const result = await create({ title: '={{ $json.title }}', quantity: 1, unit_price: 10 }, [{ json: { title: { en: 'Work', de: 'Arbeit' } } }]);
		expectRefused(result, 'Item 0: line item 1 "title" is an object ({"en":"Work","de":"Arbeit"}), not text', NOT_TEXT);
	});

	test('a note that is an object is refused, not sent raw', async () => {
		const result = await create({ title: 'Work', quantity: 1, unit_price: 10 }, [{ json: { note: { text: 'Thanks' } } }], {
			additionalFields: { note: '={{ $json.note }}' },
		});
		expectRefused(result, 'Item 0: "Note" is an object ({"text":"Thanks"}), not text', NOT_TEXT);
	});

	test('a note that is a list is refused on Update too', async () => {
		const result = await run(api.url, { operation: 'update', invoiceId: '1', updateFields: { note: '={{ $json.note }}' } }, { input: [{ json: { note: ['a', 'b'] } }] });
		expectRefused(result, 'Item 0: "Note" is an array (["a","b"]), not text', NOT_TEXT);
	});

	test('a number where text is expected is written as text', async () => {
		await create({ title: '={{ $json.title }}', quantity: 1, unit_price: 10 }, [{ json: { title: 42 } }], { additionalFields: { label: '={{ $json.title }}' } });
		const body = jsonBody(api.server.received()[0]) as { invoice: IDataObject };
		expect(body.invoice.label).toBe('42');
		expect(body.invoice['invoice-items']).toEqual({ 'invoice-item': [{ title: '42', quantity: 1, unit_price: 10 }] });
	});
});

describe('Billomat › bad input › IDs', () => {
	test.each([
		['Client ID', { operation: 'create', clientId: '99999999999999999999', itemsInput: 'fields', lineItems: { item: [{ title: 'Work' }] } }],
		['Invoice ID', { operation: 'get', invoiceId: '99999999999999999999' }],
	])('an ID above 2^53 − 1 (%s) is refused rather than sent as 1e20', async (label, parameters) => {
		const result = await run(api.url, parameters);
		expectRefused(
			result,
			`Item 0: "${label}" ("99999999999999999999") is not a Billomat ID: it is larger than 9007199254740991, and would not arrive exactly`,
			`${ID_HINT} Check that the ID was copied whole and from the right field.`,
		);
	});

	test('the largest exact ID is sent with all its digits', async () => {
		await run(api.url, { operation: 'get', invoiceId: '9007199254740991' });
		expect(api.server.received()[0].path).toBe('/api/invoices/9007199254740991');
	});

	test.each(['-1', '0x1', '1e0', '1.0', '0', ' '])('%j is not an ID', async (invoiceId) => {
		const result = await run(api.url, { operation: 'get', invoiceId });
		expectRefused(result, `Item 0: "Invoice ID" (${JSON.stringify(invoiceId)}) is not a Billomat ID`, ID_HINT);
	});
});

describe('Billomat › bad input › amounts', () => {
	test.each([
		['1e308', 1e308, '1e+308'],
		['-1e13', -1e13, '-10000000000000'],
	])('a unit price of %s is refused with the bound', async (_name, price, shown) => {
		const result = await create({ title: 'Work', quantity: 1, unit_price: '={{ $json.price }}' }, [{ json: { price } }]);
		expectRefused(result, `Item 0: line item 1 "unit_price" (${shown}) is outside the range this node accepts, -1,000,000,000,000 to 1,000,000,000,000`, TOO_LARGE);
	});

	test('a quantity of Infinity (as text) is refused', async () => {
		const result = await run(api.url, { operation: 'create', clientId: '476', itemsInput: 'json', lineItemsJson: '[{"title":"x","quantity":"Infinity"}]' });
		expectRefused(result, 'Item 0: line item 1 "quantity" ("Infinity") is not a number', NOT_A_NUMBER);
	});

	test('the bound itself is accepted', async () => {
		await create({ title: 'Work', quantity: 1, unit_price: 1e12 }, [{ json: {} }]);
		const body = jsonBody(api.server.received()[0]) as { invoice: { 'invoice-items': { 'invoice-item': IDataObject[] } } };
		expect(body.invoice['invoice-items']['invoice-item'][0].unit_price).toBe(1e12);
	});
});

describe('Billomat › numbers with a decimal comma, as spreadsheets of most of Europe give them', () => {
	test.each([
		['12,50', 12.5],
		['1,5', 1.5],
		['0,125', 0.125],
		['-2,75', -2.75],
	])('%s is read as %d', async (written, sent) => {
		await create({ title: 'Work', quantity: written, unit_price: written }, [{ json: {} }]);
		const body = jsonBody(api.server.received()[0]) as { invoice: { 'invoice-items': { 'invoice-item': IDataObject[] } } };
		expect(body.invoice['invoice-items']['invoice-item'][0]).toMatchObject({ quantity: sent, unit_price: sent });
	});
});

describe('Billomat › bad input › quantities say how to fix them', () => {
	test.each([
		['"abc"', '[{"title":"x","quantity":"abc"}]', 'Item 0: line item 1 "quantity" ("abc") is not a number', NOT_A_NUMBER],
		['"1,500" (a thousands separator, or a decimal comma?)', '[{"title":"x","quantity":"1,500"}]', 'Item 0: line item 1 "quantity" ("1,500") is not a number', 'A comma before three digits may separate thousands: write 1.500 for the decimal number, or 1500 for the whole number.'],
		['"1.234,56" (thousands separators)', '[{"title":"x","quantity":"1.234,56"}]', 'Item 0: line item 1 "quantity" ("1.234,56") is not a number', NOT_A_NUMBER],
	])('%s', async (_name, lineItemsJson, message, description) => {
		const result = await run(api.url, { operation: 'create', clientId: '476', itemsInput: 'json', lineItemsJson });
		expectRefused(result, message, description);
	});

	test('NaN from an expression', async () => {
		const result = await create({ title: 'Work', quantity: '={{ Number("many") }}', unit_price: 10 }, [{ json: {} }]);
		expectRefused(result, 'Item 0: line item 1 "quantity" (NaN) is not a number', NOT_A_NUMBER);
	});
});

describe('Billomat › bad input › title and dates', () => {
	test('a blank line item title is refused', async () => {
		const result = await create({ title: '   ', quantity: 1, unit_price: 10 }, [{ json: {} }]);
		expectRefused(
			result,
			'Item 0: line item 1 "title" is blank',
			'Give the line item a title, or leave the title out and give an Article ID whose title Billomat uses.',
		);
	});

	test('a blank invoice title is refused', async () => {
		const result = await create({ title: 'Work' }, [{ json: {} }], { additionalFields: { title: ' \t ' } });
		expectRefused(result, 'Item 0: "Title" is blank', 'Give the invoice a title, or remove the Title field to keep Billomat’s own.');
	});

	test('a due date before the date is refused', async () => {
		const result = await create({ title: 'Work' }, [{ json: {} }], { additionalFields: { date: '2024-05-02', due_date: '2024-04-30' } });
		expectRefused(
			result,
			'Item 0: "Due Date" (2024-04-30) is before "Date" (2024-05-02)',
			'Give a due date on or after the invoice date, or leave Due Date out: Billomat then adds the due days of its settings to the date.',
		);
	});

	test('a due date on the date is fine', async () => {
		await create({ title: 'Work' }, [{ json: {} }], { additionalFields: { date: '2024-05-02', due_date: '02.05.2024' } });
		expect(jsonBody(api.server.received()[0])).toMatchObject({ invoice: { date: '2024-05-02', due_date: '2024-05-02' } });
	});

	test.each([
		['0001-01-01', 'Item 0: "Date" ("0001-01-01") is in the year 1, outside 1900–2100'],
		['12/12/1212', 'Item 0: "Date" ("12/12/1212") is in the year 1212, outside 1900–2100'],
	])('a date in an implausible year (%s) is refused', async (date, message) => {
		const result = await create({ title: 'Work' }, [{ json: {} }], { additionalFields: { date } });
		expectRefused(
			result,
			message,
			'Check the year: dates from 1900 to 2100 are accepted. Pick a date, or give an ISO date such as 2024-01-31 (or 31.01.2024).',
		);
	});
});

describe('Billomat › bad input › email addresses (the one shared check)', () => {
	test.each([
		['"Boss" <boss@example.com>', 'Item 0: "To" has an invalid email address: "Boss" <boss@example.com>'],
		['info@example', 'Item 0: "To" has an invalid email address: info@example'],
	])('%j', async (to, message) => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '1', to });
		expectRefused(result, message, 'Give plain addresses separated by commas, e.g. a@example.com, b@example.com.');
	});

	test('an object as the subject is refused', async () => {
		const result = await run(api.url, { operation: 'sendEmail', invoiceId: '1', to: 'a@example.com', additionalFields: { subject: '={{ $json.s }}' } }, { input: [{ json: { s: { de: 'Rechnung' } } }] });
		expectRefused(result, 'Item 0: "Subject" is an object ({"de":"Rechnung"}), not text', NOT_TEXT);
	});
});
