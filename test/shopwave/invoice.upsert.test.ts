import { SHOPWAVE_DEMO_TOKEN, SHOPWAVE_READONLY_TOKEN, errorReply } from '../../sandbox/shopwave';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { jsonBody, shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const credentials = (token?: string) => ({ credentials: tokenCredentials(api.url, token) });

/** Three input items, each naming its own store, reference and one invoice item. */
const threeInvoices = [
	{ json: { store: 1001, ref: 'A-1', product: 'Tea', price: '3.20' } },
	{ json: { store: 1002, ref: 'A-2', product: 'Sugar', price: '1.05' } },
	{ json: { store: 1001, ref: 'A-3', product: 'Cocoa', price: '6.00' } },
];
const fromInput = {
	storeId: '={{ $json.store }}',
	additionalFields: { reference: '={{ $json.ref }}' },
	invoiceItems: { item: [{ name: '={{ $json.product }}', price: '={{ $json.price }}', quantity: 1 }] },
};

describe('Shopwave › Invoice › Create or Update', () => {
	test('creates one invoice: POST /invoice with the keyed invoices map, Bearer token and x-accept-version 2', async () => {
		const result = await runWorkflow(
			shopwave('upsert', {
				storeId: '1001',
				additionalFields: {
					supplierId: '301',
					supplierStoreId: '31',
					reference: 'SUP-2024-0301',
					completeDate: '2024-03-01T00:00:00',
					note: 'March delivery',
				},
				invoiceItems: {
					item: [
						{ name: 'Coffee beans 1kg', barcode: '5012345678900', price: '12.50', vatPercentage: '20', quantity: 10, productId: '701', accountId: '41', note: 'dark roast' },
						{ name: 'Oat milk 1l', price: '1.10', vatPercentage: '5.5', quantity: 12 },
					],
				},
			}),
			credentials(),
		);

		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/invoice');
		expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
		expect(request.headers['x-accept-version']).toBe('2');
		expect(request.headers['content-type']).toBe('application/json');
		expect(jsonBody(request)).toEqual({
			invoices: {
				item0: {
					supplierId: 301,
					storeId: 1001,
					supplierStoreId: 31,
					reference: 'SUP-2024-0301',
					completeDate: '2024-03-01',
					note: 'March delivery',
					invoiceItems: {
						line0: { barcode: '5012345678900', note: 'dark roast', name: 'Coffee beans 1kg', price: '12.50', vatPercentage: 20, quantity: 10, productId: 701, accountId: 41 },
						line1: { name: 'Oat milk 1l', price: '1.10', vatPercentage: 5.5, quantity: 12 },
					},
				},
			},
		});

		expect(result.items()).toEqual([
			{
				json: {
					id: 5004,
					supplierId: 301,
					storeId: 1001,
					supplierStoreId: 31,
					reference: 'SUP-2024-0301',
					completeDate: '2024-03-01',
					note: 'March delivery',
					invoiceItems: [
						{ id: 9005, barcode: '5012345678900', note: 'dark roast', name: 'Coffee beans 1kg', price: '12.50', vatPercentage: 20, quantity: 10, productId: 701, accountId: 41 },
						{ id: 9006, name: 'Oat milk 1l', price: '1.10', vatPercentage: 5.5, quantity: 12 },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.server.invoices.get(5004)?.reference).toBe('SUP-2024-0301');
	});

	test('updates an invoice when its ID is given: changed fields, an existing item by its ID, a new item', async () => {
		const result = await runWorkflow(
			shopwave('upsert', {
				invoiceId: '5001',
				additionalFields: { note: 'Corrected quantities' },
				invoiceItems: { item: [{ id: '9002', quantity: 20 }, { name: 'Sugar 1kg', price: '1.05', quantity: 5 }] },
			}),
			credentials(),
		);
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoices: {
				item0: {
					id: 5001,
					note: 'Corrected quantities',
					invoiceItems: { line0: { id: 9002, quantity: 20 }, line1: { name: 'Sugar 1kg', price: '1.05', quantity: 5 } },
				},
			},
		});
		const [item] = result.items();
		expect(item.json).toEqual({
			id: 5001,
			supplierId: 301,
			storeId: 1001,
			supplierStoreId: 31,
			reference: 'SUP-2024-0117',
			completeDate: '2024-01-17',
			note: 'Corrected quantities',
			invoiceItems: [
				{ id: 9001, barcode: '5012345678900', name: 'Coffee beans 1kg', price: '12.50', vatPercentage: 20, quantity: 10, productId: 701, accountId: 41 },
				{ id: 9002, barcode: '5098765432109', name: 'Whole milk 1l', price: '0.95', vatPercentage: 0, quantity: 20, productId: 702, accountId: 41 },
				{ id: 9005, name: 'Sugar 1kg', price: '1.05', quantity: 5 },
			],
		});
		expect(api.server.invoices.size).toBe(3);
	});

	test('takes invoice items as JSON; numeric prices are sent as decimal strings', async () => {
		const result = await runWorkflow(
			shopwave(
				'upsert',
				{ storeId: '1002', itemsInput: 'json', invoiceItemsJson: '={{ JSON.stringify($json.lines) }}' },
				[{ json: { lines: [{ name: 'Flour 25kg', price: 18.4, quantity: 2, vatPercentage: 0 }, { productId: 710, price: '8.40', quantity: 1 }] } }],
			),
			credentials(),
		);
		expect(jsonBody(api.server.received()[0])).toEqual({
			invoices: {
				item0: {
					storeId: 1002,
					invoiceItems: {
						line0: { name: 'Flour 25kg', price: '18.4', vatPercentage: 0, quantity: 2 },
						line1: { price: '8.40', quantity: 1, productId: 710 },
					},
				},
			},
		});
		expect(result.items()[0].json.invoiceItems).toEqual([
			{ id: 9005, name: 'Flour 25kg', price: '18.4', vatPercentage: 0, quantity: 2 },
			{ id: 9006, price: '8.40', quantity: 1, productId: 710 },
		]);
	});

	test('sends many input items as ONE request, keyed per item, and pairs each saved invoice with its item', async () => {
		const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices), credentials());
		const requests = api.server.received();
		expect(requests).toHaveLength(1);
		expect(jsonBody(requests[0])).toEqual({
			invoices: {
				item0: { storeId: 1001, reference: 'A-1', invoiceItems: { line0: { name: 'Tea', price: '3.20', quantity: 1 } } },
				item1: { storeId: 1002, reference: 'A-2', invoiceItems: { line0: { name: 'Sugar', price: '1.05', quantity: 1 } } },
				item2: { storeId: 1001, reference: 'A-3', invoiceItems: { line0: { name: 'Cocoa', price: '6.00', quantity: 1 } } },
			},
		});
		const items = result.items();
		expect(items.map((i) => [i.json.reference, i.json.id, i.pairedItem])).toEqual([
			['A-1', 5004, { item: 0 }],
			['A-2', 5005, { item: 1 }],
			['A-3', 5006, { item: 2 }],
		]);
	});

	test('Batch Size splits the items into several requests, in order', async () => {
		const result = await runWorkflow(shopwave('upsert', { ...fromInput, options: { batchSize: 2 } }, threeInvoices), credentials());
		const requests = api.server.received();
		expect(requests.map((r) => Object.keys((jsonBody(r) as { invoices: object }).invoices))).toEqual([['item0', 'item1'], ['item2']]);
		expect(result.items().map((i) => [i.json.reference, i.pairedItem])).toEqual([
			['A-1', { item: 0 }],
			['A-2', { item: 1 }],
			['A-3', { item: 2 }],
		]);
	});

	test('the API Version option sets x-accept-version', async () => {
		await runWorkflow(shopwave('upsert', { ...fromInput, options: { apiVersion: '1' } }, threeInvoices.slice(0, 1)), credentials());
		expect(api.server.received()[0].headers['x-accept-version']).toBe('1');
	});

	describe('partial failure in a batch', () => {
		const mixed = [
			threeInvoices[0],
			{ json: { store: 2001, ref: 'NOT-MINE', product: 'Cups', price: '2.00' } },
			threeInvoices[2],
		];

		test('under continueOnFail the refused invoice becomes an error item on its own input item; the others are saved', async () => {
			const result = await runWorkflow(shopwave('upsert', fromInput, mixed, { continueOnFail: true }), credentials());
			expect(api.server.received()).toHaveLength(1);
			const items = result.items();
			expect(items).toHaveLength(3);
			expect(items[0]).toMatchObject({ json: { id: 5004, reference: 'A-1' }, pairedItem: { item: 0 } });
			expect(items[1]).toEqual({
				json: {
					error: 'Shopwave error 403 (code 912): Resource Not Allowed For Specified User',
					description:
						'• Input item 1: Store 2001 is not yours\nThe connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
					httpCode: '403',
					code: '912',
				},
				pairedItem: { item: 1 },
			});
			expect(items[2]).toMatchObject({ json: { id: 5005, reference: 'A-3' }, pairedItem: { item: 2 } });
			expect([...api.server.invoices.keys()]).toEqual([5001, 5002, 5003, 5004, 5005]);
		});

		test('without continueOnFail the node fails naming the item, and says which invoices were saved', async () => {
			const result = await runWorkflow(shopwave('upsert', fromInput, mixed), credentials());
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
			expect(error.description).toContain('• Input item 1: Store 2001 is not yours');
			expect(error.description).toContain('The other invoices were saved (ID 5004, 5005): run only the failed item again');
			expect(error.context?.itemIndex).toBe(1);
			expect(api.server.received()).toHaveLength(1);
		});

		test('a per-invoice 913 (item without a price) is reported on its item', async () => {
			const result = await runWorkflow(
				shopwave('upsert', fromInput, [threeInvoices[0], { json: { store: 1001, ref: 'NO-PRICE', product: 'Mystery', price: '' } }], {
					continueOnFail: true,
				}),
				credentials(),
			);
			const items = result.items();
			expect(items[0].json.id).toBe(5004);
			expect(items[1].json).toEqual({
				error: 'Shopwave error 400 (code 913): Required parameter or object missing in request',
				description: '• Input item 1: invoiceItems[line0].price is required\nA required field is missing or malformed. Check the fields named above.',
				httpCode: '400',
				code: '913',
			});
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});
	});

	describe('input checked before any request', () => {
		test('a price with a comma is refused, naming the item and the invoice item', async () => {
			const result = await runWorkflow(
				shopwave('upsert', fromInput, [threeInvoices[0], { json: { store: 1001, ref: 'X', product: 'Tea', price: '3,20' } }]),
				credentials(),
			);
			expect(result.error()?.message).toBe('Item 1: Invoice item 1 price ("3,20") is not a decimal price');
			expect(result.error()?.description).toBe('Give the price as a decimal number with a dot and no currency sign, e.g. 12.50.');
			expect(api.server.received()).toHaveLength(0);
		});

		test('creating without a Store ID is refused', async () => {
			const result = await runWorkflow(shopwave('upsert', { invoiceItems: { item: [{ name: 'Tea', price: '1', quantity: 1 }] } }), credentials());
			expect(result.error()?.message).toBe('Item 0: Store ID is required to create an invoice');
			expect(api.server.received()).toHaveLength(0);
		});

		test('an ID that is not a whole number is refused', async () => {
			const result = await runWorkflow(shopwave('upsert', { storeId: 'store-1' }), credentials());
			expect(result.error()?.message).toBe('Item 0: Store ID ("store-1") is not a whole number');
		});

		test('JSON items with an unknown field are refused', async () => {
			const result = await runWorkflow(
				shopwave('upsert', { storeId: '1001', itemsInput: 'json', invoiceItemsJson: '[{"name":"Tea","cost":"1.00","quantity":1}]' }),
				credentials(),
			);
			expect(result.error()?.message).toBe('Item 0: Invoice item 1 has unknown field(s) cost');
			expect(api.server.received()).toHaveLength(0);
		});

		test('under continueOnFail a bad item becomes an error item and the rest still go in one request', async () => {
			const result = await runWorkflow(
				shopwave('upsert', fromInput, [threeInvoices[0], { json: { store: 'x', ref: 'BAD' } }, threeInvoices[2]], { continueOnFail: true }),
				credentials(),
			);
			const requests = api.server.received();
			expect(requests).toHaveLength(1);
			expect(Object.keys((jsonBody(requests[0]) as { invoices: object }).invoices)).toEqual(['item0', 'item2']);
			expect(result.items().map((i) => [i.json.reference ?? i.json.error, i.pairedItem])).toEqual([
				['A-1', { item: 0 }],
				['Item 1: Store ID ("x") is not a whole number', { item: 1 }],
				['A-3', { item: 2 }],
			]);
		});
	});

	describe('mapped errors', () => {
		test('908 expired token: says to reconnect the credential', async () => {
			const { access_token } = api.server.issueTokens();
			api.server.expireToken(access_token);
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials(access_token));
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 401 (code 908): Expired Token');
			expect(error.description).toBe(
				'• Token expired or invalid. Please renew your token\nThe access token has expired or was revoked. Reconnect the Shopwave credential (OAuth2: open the credential and click "Reconnect"; Access Token: paste a new token).',
			);
			expect(error.httpCode).toBe('401');
			expect(everything(result.run)).not.toContain(access_token);
		});

		test('911 invalid Authorization header (a token pasted with "Bearer "), the token never shown', async () => {
			const pasted = 'Bearer c3499c2729730a7f807efb8676a92dcb6f8a3f8f';
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials(pasted));
			expect(api.server.received()[0].headers.authorization).toBe(`Bearer ${pasted}`);
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 401 (code 911): Authorization Header Invalid');
			expect(error.description).toContain('without a "Bearer" prefix');
			expect(everything(result.run)).not.toContain(SHOPWAVE_DEMO_TOKEN);
		});

		test('904 access denied (a read-only token cannot create)', async () => {
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials(SHOPWAVE_READONLY_TOKEN));
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 401 (code 904): Access Denied');
			expect(error.description).toBe('• This token has no "write" scope\nThe token is not allowed to do this. Connect with a user that has the "read write" scope for this merchant.');
		});

		test('913 for the whole request (an unsupported API version)', async () => {
			const result = await runWorkflow(shopwave('upsert', { ...fromInput, options: { apiVersion: '7' } }, threeInvoices.slice(0, 1)), credentials());
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 400 (code 913): Required parameter or object missing in request');
			expect(error.description).toContain('• Unsupported x-accept-version "7"');
			expect(error.httpCode).toBe('400');
		});

		test('899 unknown error', async () => {
			api.server.injectFault({ kind: 'reply', reply: errorReply(899) });
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 500 (code 899): Unknown Error');
			expect(error.description).toContain('Try again later');
			expect(api.server.received()).toHaveLength(1);
		});

		test('919 too many objects: retried with backoff, then reported with the Batch Size advice', async () => {
			api.server.objectLimit = 2;
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 2)), credentials());
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 429 (code 919): Cannot handle too many request');
			expect(error.description).toContain('Lower the "Batch Size" option');
			expect(api.server.received()).toHaveLength(4);
			expect(api.server.invoices.size).toBe(3);
		}, 20_000);

		test('a whole-request failure under continueOnFail gives every item of the batch its error item', async () => {
			const result = await runWorkflow(
				shopwave('upsert', fromInput, threeInvoices.slice(0, 2), { continueOnFail: true }),
				credentials(SHOPWAVE_READONLY_TOKEN),
			);
			expect(result.items().map((i) => [i.json.error, i.json.code, i.pairedItem])).toEqual([
				['Shopwave error 401 (code 904): Access Denied', '904', { item: 0 }],
				['Shopwave error 401 (code 904): Access Denied', '904', { item: 1 }],
			]);
		});
	});

	describe('retries never duplicate an invoice', () => {
		test('429 recovery: the refused POST is sent again and the invoices are created once', async () => {
			api.server.injectFault({ kind: 'rate-limit', retryAfter: 0, method: 'POST' });
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices), credentials());
			const requests = api.server.received();
			expect(requests.map((r) => [r.method, r.status, r.fault])).toEqual([
				['POST', 429, 'rate-limit'],
				['POST', 201, undefined],
			]);
			expect(requests[1].body.equals(requests[0].body)).toBe(true);
			expect(result.items().map((i) => i.json.id)).toEqual([5004, 5005, 5006]);
			expect([...api.server.invoices.keys()]).toEqual([5001, 5002, 5003, 5004, 5005, 5006]);
		});

		test('a 919 that clears (object quota) is retried and succeeds, creating each invoice once', async () => {
			api.server.injectFault({ kind: 'reply', reply: { ...errorReply(919), headers: { 'Retry-After': '0' } }, method: 'POST' });
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
			expect(api.server.received().map((r) => r.status)).toEqual([429, 201]);
			expect(result.items()).toHaveLength(1);
			expect(api.server.invoices.size).toBe(4);
		});

		test('a connection reset is NOT retried: the POST may have reached Shopwave', async () => {
			api.server.injectFault({ kind: 'reset', method: 'POST' });
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
			expect(api.server.received()).toHaveLength(1);
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived');
			expect(error.description).toContain('Not retried automatically');
		});

		test('a 503 on the POST is not retried either', async () => {
			api.server.injectFault({ kind: 'server-error', method: 'POST' });
			const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
			expect(api.server.received()).toHaveLength(1);
			expect(result.error()?.httpCode).toBe('503');
		});
	});
});
