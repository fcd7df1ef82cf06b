// Bad input that used to reach Shopwave (issue 13): refused before any request, with the item and
// the fix, through the real engine against the sandbox. Nothing reaches the sandbox for it.
import type { IDataObject } from 'n8n-workflow';

import type { RunResult } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { jsonBody, shopwave, shopwaveSandbox, tokenCredentials } from './helpers';
import { expectRefusedBeforeAnyRequest } from '../harness/sandbox';

const api = shopwaveSandbox();
const credentials = () => ({ credentials: tokenCredentials(api.url) });

const NOT_TEXT =
	"Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(', ').";
const NOT_A_NUMBER = 'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.';
const ID_HINT = 'Give the numeric ID Shopwave shows for the record, e.g. 1001.';
const QUANTITY_HINT = 'Give the quantity as a whole number of units written in digits, e.g. 2 (no sign, decimals, exponent or hex).';

/** Create or Update of one invoice in store 1001 with one line item; parameters may map the input item. */
async function upsert(parameters: IDataObject, input?: FixtureItem[]): Promise<RunResult> {
	return await runWorkflow(
		shopwave('upsert', { storeId: '1001', lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 1 }] }, ...parameters }, input),
		credentials(),
	);
}

/** One line item built by `item` (may hold expressions over the input item). */
async function withItem(item: IDataObject, input?: FixtureItem[]): Promise<RunResult> {
	return await upsert({ lineItems: { item: [item] } }, input);
}

const expectRefused = (result: RunResult, message: string, description: string) =>
	expectRefusedBeforeAnyRequest(result, api.server, message, description);

describe('Shopwave › bad input › an object or a list where text is expected', () => {
	test('a line item name that is an object is refused, not saved as "[object Object]"', async () => {
		const result = await withItem({ name: '={{ $json.product }}', price: '3.20', quantity: 1 }, [{ json: { product: { en: 'Tea', fr: 'Thé' } } }]);
		expectRefused(result, 'Item 0: line item 1 "name" is an object ({"en":"Tea","fr":"Thé"}), not text', NOT_TEXT);
	});

	test('a line item note that is a list is refused', async () => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: 1, additionalFields: { note: '={{ $json.notes }}' } }, [{ json: { notes: ['a', 'b'] } }]);
		expectRefused(result, 'Item 0: line item 1 "note" is an array (["a","b"]), not text', NOT_TEXT);
	});

	test('an invoice note that is an object is refused', async () => {
		const result = await upsert({ additionalFields: { note: '={{ $json.note }}' } }, [{ json: { note: { text: 'March' } } }]);
		expectRefused(result, 'Item 0: "Note" is an object ({"text":"March"}), not text', NOT_TEXT);
	});

	test('a reference that is a list is refused', async () => {
		const result = await upsert({ additionalFields: { reference: '={{ $json.refs }}' } }, [{ json: { refs: ['A-1', 'A-2'] } }]);
		expectRefused(result, 'Item 0: "Reference" is an array (["A-1","A-2"]), not text', NOT_TEXT);
	});

	test('a name in the JSON line items that is an object is refused', async () => {
		const result = await upsert({ itemsInput: 'json', lineItemsJson: '[{"name":{"en":"Tea"},"price":"3.20","quantity":1}]' });
		expectRefused(result, 'Item 0: line item 1 "name" is an object ({"en":"Tea"}), not text', NOT_TEXT);
	});

	test('a number where text is expected is written as text', async () => {
		await upsert({ additionalFields: { reference: '={{ $json.ref }}' } }, [{ json: { ref: 42 } }]);
		const body = jsonBody(api.server.received()[0]) as { invoices: Record<string, IDataObject> };
		expect(body.invoices.item0.reference).toBe('42');
	});
});

describe('Shopwave › bad input › blank numbers are not 0', () => {
	test('a Store ID of only spaces is refused, not sent as store 0', async () => {
		const result = await upsert({ storeId: '   ' });
		expectRefused(result, 'Item 0: "Store ID" ("   ") is not a Shopwave ID', ID_HINT);
	});

	test('a quantity of only spaces is refused, not sent as 0', async () => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: ' ' });
		expectRefused(result, 'Item 0: line item 1 "quantity" (" ") is not a number', NOT_A_NUMBER);
	});

	test('a VAT percentage of only spaces is refused, not sent as 0', async () => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: 1, additionalFields: { vatPercentage: '  ' } });
		expectRefused(result, 'Item 0: line item 1 "vatPercentage" ("  ") is not a number', NOT_A_NUMBER);
	});
});

describe('Shopwave › bad input › IDs and whole numbers', () => {
	test.each(['-1', '0x1', '1e0', '1.0', '0'])('%j is not a Store ID', async (storeId) => {
		const result = await upsert({ storeId });
		expectRefused(result, `Item 0: "Store ID" (${JSON.stringify(storeId)}) is not a Shopwave ID`, ID_HINT);
	});

	test.each([
		['Supplier ID', { additionalFields: { supplierId: '0x1' } }],
		['Invoice ID', { invoiceId: '-1' }],
	])('%s is checked the same way', async (label, parameters) => {
		const result = await upsert(parameters);
		const given = Object.values(parameters)[0];
		const value = typeof given === 'string' ? given : Object.values(given)[0];
		expectRefused(result, `Item 0: "${label}" (${JSON.stringify(value)}) is not a Shopwave ID`, ID_HINT);
	});

	test.each([
		['productId', '1e0'],
		['accountId', '-1'],
		['id', '0x1'],
	])('a line item %s of %j is refused', async (key, value) => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: 1, additionalFields: { [key]: value } });
		expectRefused(result, `Item 0: line item 1 "${key}" (${JSON.stringify(value)}) is not a Shopwave ID`, ID_HINT);
	});

	test.each(['1e0', '1.0'])('a quantity of %j is refused: only digits', async (quantity) => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity });
		expectRefused(result, `Item 0: line item 1 "quantity" (${JSON.stringify(quantity)}) is not written as a whole number`, QUANTITY_HINT);
	});

	test('a quantity of 0x1 is not a number', async () => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: '0x1' });
		expectRefused(result, 'Item 0: line item 1 "quantity" ("0x1") is not a number', NOT_A_NUMBER);
	});

	test('a negative quantity is refused', async () => {
		const result = await withItem({ name: 'Tea', price: '3.20', quantity: '-1' });
		expectRefused(result, 'Item 0: line item 1 "quantity" ("-1") is outside the range this node accepts, 0 to 1,000,000,000,000', 'Give a number from 0 to 1,000,000,000,000.');
	});

	test('an ID above 2^53 − 1 is refused rather than sent as another invoice (9007199254740993 → …992)', async () => {
		const result = await upsert({ invoiceId: '9007199254740993' });
		expectRefused(
			result,
			'Item 0: "Invoice ID" ("9007199254740993") is not a Shopwave ID: it is larger than 9007199254740991, and would not arrive exactly',
			`${ID_HINT} Check that the ID was copied whole and from the right field.`,
		);
	});

	test('the same on Get', async () => {
		const result = await runWorkflow(shopwave('get', { invoiceId: '9007199254740993' }), credentials());
		expect(result.error()?.message).toBe(
			'Item 0: "Invoice ID" ("9007199254740993") is not a Shopwave ID: it is larger than 9007199254740991, and would not arrive exactly',
		);
		expect(api.server.received()).toEqual([]);
	});

	test.each(['1001, 9007199254740993', '1001, 0', '1001, -1'])('and in a Get Many filter (%j)', async (storeIds) => {
		const result = await runWorkflow(shopwave('getAll', { returnAll: true, filters: { storeIds } }), credentials());
		expect(result.error()?.message).toMatch(/^Item 0: "Store IDs" \(".*"\) is not a Shopwave ID/);
		expect(api.server.received()).toEqual([]);
	});

	test('the largest exact ID is sent with all its digits', async () => {
		await runWorkflow(shopwave('get', { invoiceId: '9007199254740991' }), credentials());
		expect(api.server.received()[0].headers.invoiceid).toBe('9007199254740991');
	});

	test('a price above a trillion is refused', async () => {
		const result = await withItem({ name: 'Tea', price: '1000000000000.01', quantity: 1 });
		expect(result.error()?.message).toBe(
			'Item 0: line item 1 "price" ("1000000000000.01") is outside the range this node accepts, -1,000,000,000,000 to 1,000,000,000,000',
		);
		expect(api.server.received()).toEqual([]);
	});
});

describe('Shopwave › bad input › Complete Date', () => {
	test('a year outside 1900–2100 is refused, not sent', async () => {
		const result = await upsert({ additionalFields: { completeDate: '0001-03-01' } });
		expectRefused(
			result,
			'Item 0: "Complete Date" ("0001-03-01") is in the year 1, outside 1900–2100',
			'Check the year: dates from 1900 to 2100 are accepted. Pick a date, or give an ISO date such as 2024-01-31 (or 31/01/2024).',
		);
	});

	test('eight digits are read as yyyyMMdd', async () => {
		await upsert({ additionalFields: { completeDate: '20240301' } });
		const body = jsonBody(api.server.received()[0]) as { invoices: Record<string, IDataObject> };
		expect(body.invoices.item0.completeDate).toBe('2024-03-01');
	});

	test('text that is not a date is refused with the formats to use', async () => {
		const result = await upsert({ additionalFields: { completeDate: 'next monday' } });
		expectRefused(result, 'Item 0: "Complete Date" ("next monday") is not a date', 'Pick a date, or give an ISO date such as 2024-01-31 (or 31/01/2024).');
	});
});
