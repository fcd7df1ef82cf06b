import type { ReplyKeys } from '../../sandbox/shopwave';
import { SHOPWAVE_DEMO_TOKEN, SHOPWAVE_READONLY_TOKEN, errorReply, message } from '../../sandbox/shopwave';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import { jsonBody, shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

/** Three input items, each naming its own store, reference and one invoice item. */
const threeInvoices = [
	{ json: { store: 1001, ref: 'A-1', product: 'Tea', price: '3.20' } },
	{ json: { store: 1002, ref: 'A-2', product: 'Sugar', price: '1.05' } },
	{ json: { store: 1001, ref: 'A-3', product: 'Cocoa', price: '6.00' } },
];
const fromInput = {
	storeId: '={{ $json.store }}',
	additionalFields: { reference: '={{ $json.ref }}' },
	lineItems: { item: [{ name: '={{ $json.product }}', price: '={{ $json.price }}', quantity: 1 }] },
};

/** The keys of each request's `invoices` map, request by request. */
const keysSent = (requests: Array<{ body: Buffer }>) => requests.map((r) => Object.keys((jsonBody(r) as { invoices: object }).invoices));

const NOT_RETRIED =
	'Not retried automatically: the request creates or changes data and may already have reached the server. Check before running it again.';
const SEND_AGAIN = 'Send again only the items not saved: a saved invoice sent again without its ID is created twice.';

/**
 * The page writes the body and the reply as `invoices[{invoiceId}]…`: Shopwave may key its reply by
 * the request's keys or by the (new) invoice IDs. Every case runs against both.
 */
const REPLY_STYLES: Array<[string, ReplyKeys]> = [
	['the request keys', 'request'],
	['invoice ID', 'invoiceId'],
];

describe.each(REPLY_STYLES)('Shopwave › Invoice › Create or Update (reply keyed by %s)', (_style, replyKeys) => {
	const api = shopwaveSandbox({ replyKeys });
	const credentials = (token?: string) => ({ credentials: tokenCredentials(api.url, token) });

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
					lineItems: {
						item: [
							{
								name: 'Coffee beans 1kg',
								price: '12.50',
								quantity: 10,
								additionalFields: { barcode: '5012345678900', productId: '701', accountId: '41', note: 'dark roast', vatPercentage: '20' },
							},
							{ name: 'Oat milk 1l', price: '1.10', quantity: 12, additionalFields: { vatPercentage: '5.5' } },
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

		test.each([
			['version 1.1: Line Item ID under "Add Field"', 1.1, { additionalFields: { id: '9002' }, quantity: 20 }],
			['version 1, saved before 1.1: every field at the top level', 1, { id: '9002', quantity: 20 }],
		])('updates an invoice when its ID is given, keyed by that ID (invoices[5001]); an existing item keyed by its item ID (%s), a new item', async (_case, typeVersion, existing) => {
			const result = await runWorkflow(
				shopwave(
					'upsert',
					{
						invoiceId: '5001',
						additionalFields: { note: 'Corrected quantities' },
						lineItems: { item: [existing, { name: 'Sugar 1kg', price: '1.05', quantity: 5 }] },
					},
					undefined,
					{ typeVersion },
				),
				credentials(),
			);
			expect(jsonBody(api.server.received()[0])).toEqual({
				invoices: {
					'5001': {
						id: 5001,
						note: 'Corrected quantities',
						invoiceItems: { '9002': { id: 9002, quantity: 20 }, line1: { name: 'Sugar 1kg', price: '1.05', quantity: 5 } },
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
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(api.server.invoices.size).toBe(3);
		});

		test('updates and new invoices in one request: each update keyed by its ID, each new one by item<n>, each reply paired with its item', async () => {
			const result = await runWorkflow(
				shopwave('upsert', { ...fromInput, invoiceId: '={{ $json.id ?? "" }}', storeId: '={{ $json.id ? "" : $json.store }}' }, [
					threeInvoices[0],
					{ json: { id: 5002, ref: 'BAKE-889-B', product: 'Baguette', price: '1.20' } },
					threeInvoices[2],
					{ json: { id: 5001, ref: 'SUP-2024-0117-B', product: 'Filters', price: '2.00' } },
				]),
				credentials(),
			);
			const requests = api.server.received();
			// JSON (as JavaScript) writes integer-like keys first, in ascending order.
			expect(keysSent(requests)).toEqual([['5001', '5002', 'item0', 'item2']]);
			expect((jsonBody(requests[0]) as { invoices: Record<string, object> }).invoices['5002']).toEqual({
				id: 5002,
				reference: 'BAKE-889-B',
				invoiceItems: { line0: { name: 'Baguette', price: '1.20', quantity: 1 } },
			});
			expect(result.items().map((i) => [i.json.id, i.json.reference, i.pairedItem])).toEqual([
				[5004, 'A-1', { item: 0 }],
				[5002, 'BAKE-889-B', { item: 1 }],
				[5005, 'A-3', { item: 2 }],
				[5001, 'SUP-2024-0117-B', { item: 3 }],
			]);
		});

		test('the same invoice updated by two items goes in two requests, one key each, in order', async () => {
			const result = await runWorkflow(
				shopwave('upsert', { invoiceId: '5001', additionalFields: { note: '={{ $json.note }}' } }, [
					{ json: { note: 'first' } },
					{ json: { note: 'second' } },
				]),
				credentials(),
			);
			const requests = api.server.received();
			expect(requests.map((r) => jsonBody(r))).toEqual([
				{ invoices: { '5001': { id: 5001, note: 'first' } } },
				{ invoices: { '5001': { id: 5001, note: 'second' } } },
			]);
			expect(result.items().map((i) => [i.json.id, i.json.note, i.pairedItem])).toEqual([
				[5001, 'first', { item: 0 }],
				[5001, 'second', { item: 1 }],
			]);
			expect(api.server.invoices.get(5001)?.note).toBe('second');
		});

		test('takes invoice items as JSON; numeric prices are sent as decimal strings', async () => {
			const result = await runWorkflow(
				shopwave(
					'upsert',
					{ storeId: '1002', itemsInput: 'json', lineItemsJson: '={{ JSON.stringify($json.lines) }}' },
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
			expect(keysSent(requests)).toEqual([['item0', 'item1'], ['item2']]);
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

			test('without continueOnFail the node fails naming the item, and says per item which invoices were saved', async () => {
				const result = await runWorkflow(shopwave('upsert', fromInput, mixed), credentials());
				const error = result.error()!;
				expect(error.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
				expect(error.description).toBe(
					[
						'• Input item 1: Store 2001 is not yours',
						'The connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
						'Saved: input items 0 (invoice 5004), 2 (invoice 5005).',
						'Failed: input item 1 (Shopwave error 403 (code 912): Resource Not Allowed For Specified User: Store 2001 is not yours).',
						SEND_AGAIN,
					].join('\n'),
				);
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

		describe('a batch that fails part-way (Batch Size 2, five items: batches 0–1, 2–3, 4)', () => {
		/** Item 2 names a store of another merchant: Shopwave refuses it (912), the others are saved. */
		const five = [
			threeInvoices[0],
			threeInvoices[1],
			{ json: { store: 2001, ref: 'NOT-MINE', product: 'Cups', price: '2.00' } },
			threeInvoices[2],
			{ json: { store: 1002, ref: 'A-5', product: 'Honey', price: '4.10' } },
		];
		const batchOf2 = { ...fromInput, options: { batchSize: 2 } };

		test('an invoice refused in batch 2, without continueOnFail: the error names every item saved (ID), failed (why) and not sent', async () => {
			const result = await runWorkflow(shopwave('upsert', batchOf2, five), credentials());
			expect(keysSent(api.server.received())).toEqual([['item0', 'item1'], ['item2', 'item3']]);
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
			expect(error.context?.itemIndex).toBe(2);
			expect(error.description).toBe(
				[
					'• Input item 2: Store 2001 is not yours',
					'The connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
					'Saved: input items 0 (invoice 5004), 1 (invoice 5005), 3 (invoice 5006).',
					'Failed: input item 2 (Shopwave error 403 (code 912): Resource Not Allowed For Specified User: Store 2001 is not yours).',
					'Not sent: input item 4.',
					SEND_AGAIN,
				].join('\n'),
			);
			expect([...api.server.invoices.keys()]).toEqual([5001, 5002, 5003, 5004, 5005, 5006]);
		});

		test('the same under continueOnFail: every item gets its own result and batch 3 is still sent', async () => {
			const result = await runWorkflow(shopwave('upsert', batchOf2, five, { continueOnFail: true }), credentials());
			expect(keysSent(api.server.received())).toEqual([['item0', 'item1'], ['item2', 'item3'], ['item4']]);
			expect(result.items().map((i) => [i.json.id ?? i.json.error, i.json.reference, i.pairedItem])).toEqual([
				[5004, 'A-1', { item: 0 }],
				[5005, 'A-2', { item: 1 }],
				['Shopwave error 403 (code 912): Resource Not Allowed For Specified User', undefined, { item: 2 }],
				[5006, 'A-3', { item: 3 }],
				[5007, 'A-5', { item: 4 }],
			]);
		});

		test('the connection reset on the 2nd POST, without continueOnFail: saved items with their IDs, the batch whose outcome is unknown, the items never sent', async () => {
			api.server.injectFaultAfter(1, { kind: 'reset' });
			const result = await runWorkflow(shopwave('upsert', batchOf2, [...threeInvoices.slice(0, 2), threeInvoices[2], five[4], five[4]]), credentials());
			expect(api.server.received().map((r) => r.fault)).toEqual([undefined, 'reset']);
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived');
			expect(error.description).toBe(
				[
					NOT_RETRIED,
					'Saved: input items 0 (invoice 5004), 1 (invoice 5005).',
					'Not known whether saved: input items 2, 3 (Shopwave error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived). Check in Shopwave before sending them again.',
					'Not sent: input item 4.',
					SEND_AGAIN,
				].join('\n'),
			);
		});

		test('the connection reset on the 2nd POST, under continueOnFail: the items of that batch fail, the others are saved', async () => {
			api.server.injectFaultAfter(1, { kind: 'reset' });
			const result = await runWorkflow(shopwave('upsert', batchOf2, [...threeInvoices, five[4], five[4]], { continueOnFail: true }), credentials());
			expect(api.server.received().map((r) => r.fault)).toEqual([undefined, 'reset', undefined]);
			expect(result.items().map((i) => [i.json.id ?? i.json.code, i.pairedItem])).toEqual([
				[5004, { item: 0 }],
				[5005, { item: 1 }],
				['ECONNRESET', { item: 2 }],
				['ECONNRESET', { item: 3 }],
				[5006, { item: 4 }],
			]);
			expect(result.items()[2].json.description).toBe(NOT_RETRIED);
		});

		test('919 on batch 2 (too many invoice items): sent once, the error names the saved, the refused and the unsent items', async () => {
			api.server.objectLimit = 3;
			const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Line ${i}`, price: '1.00', quantity: 1 }));
			const result = await runWorkflow(
				shopwave('upsert', { storeId: '1001', itemsInput: 'json', lineItemsJson: '={{ JSON.stringify($json.lines) }}', options: { batchSize: 1 } }, [
					{ json: { lines: lines(1) } },
					{ json: { lines: lines(3) } },
					{ json: { lines: lines(1) } },
				]),
				credentials(),
			);
			expect(api.server.received().map((r) => r.status)).toEqual([201, 429]);
			const error = result.error()!;
			expect(error.message).toBe('Shopwave error 429 (code 919): Cannot handle too many request');
			expect(error.description).toBe(
				[
					'• This request carries 4 objects; the limit is 3',
					'Shopwave limits how many objects one request may carry. Lower the "Batch Size" option (fewer invoices per request) or send fewer invoice items.',
					'Saved: input item 0 (invoice 5004).',
					'Failed: input item 1 (Shopwave error 429 (code 919): Cannot handle too many request).',
					'Not sent: input item 2.',
					SEND_AGAIN,
				].join('\n'),
			);
		});
	});

	describe('a reply that does not tie every invoice to its item', () => {
		/** Two new invoices Shopwave cannot tell apart by what it answers (the reply leaves out the note). */
		const twins = [
			{ json: { store: 1001, ref: 'TWIN', product: 'Tea', price: '3.20', note: 'first' } },
			{ json: { store: 1001, ref: 'TWIN', product: 'Tea', price: '3.20', note: 'second' } },
		];
		const withNote = { ...fromInput, additionalFields: { reference: '={{ $json.ref }}', note: '={{ $json.note }}' } };
		const twinSaved = (id: number) => ({ id, storeId: 1001, reference: 'TWIN', invoiceItems: { [id + 4001]: { id: id + 4001, name: 'Tea', price: '3.20', quantity: 1 } } });
		const answer = (body: object) => api.server.injectFault({ kind: 'reply', method: 'POST', reply: { status: 201, body } });

		test('two saved invoices the reply does not tell apart: each item says which invoices were saved, with their IDs, and none is called failed', async () => {
			answer({ invoices: { '5004': twinSaved(5004), '5005': twinSaved(5005) }, api: { message: { success: { 206: message(206) } } } });
			const result = await runWorkflow(shopwave('upsert', withNote, twins), credentials());
			const unresolved = {
				message: 'Shopwave saved invoices 5004, 5005 for input items 0, 1, but its reply does not say which is whose',
				savedInvoiceIds: [5004, 5005],
				inputItems: [0, 1],
			};
			expect(result.items()).toEqual([
				{ json: unresolved, pairedItem: { item: 0 } },
				{ json: unresolved, pairedItem: { item: 1 } },
			]);
		});

		test('identical new invoices from the sandbox: tied by key when it echoes the keys, else reported as saved without guessing', async () => {
			const same = { store: 1001, ref: 'SAME', product: 'Tea', price: '3.20' };
			const result = await runWorkflow(shopwave('upsert', fromInput, [{ json: same }, { json: same }]), credentials());
			expect(api.server.invoices.size).toBe(5);
			if (replyKeys === 'request') {
				expect(result.items().map((i) => [i.json.id, i.pairedItem])).toEqual([
					[5004, { item: 0 }],
					[5005, { item: 1 }],
				]);
			} else {
				expect(result.items().map((i) => [i.json.savedInvoiceIds, i.json.error, i.pairedItem])).toEqual([
					[[5004, 5005], undefined, { item: 0 }],
					[[5004, 5005], undefined, { item: 1 }],
				]);
			}
		});

		test('an error keyed by its error ID beside a saved invoice: the saved one is output, the refused one named, not the whole request failed', async () => {
			const saved = { id: 5004, storeId: 1001, reference: 'A-1', invoiceItems: { '9005': { id: 9005, name: 'Tea', price: '3.20', quantity: 1 } } };
			answer({ invoices: { '5004': saved }, api: { message: { success: { 206: message(206) }, error: { 912: message(912, 'Store 2001 is not yours') } } } });
			const mixed = [threeInvoices[0], { json: { store: 2001, ref: 'NOT-MINE', product: 'Cups', price: '2.00' } }];
			const result = await runWorkflow(shopwave('upsert', fromInput, mixed, { continueOnFail: true }), credentials());
			expect(result.items()).toEqual([
				{ json: { ...saved, invoiceItems: [saved.invoiceItems['9005']] }, pairedItem: { item: 0 } },
				{
					json: {
						error: 'Shopwave error 403 (code 912): Resource Not Allowed For Specified User',
						description:
							'• Input item 1: Store 2001 is not yours\nThe connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
						httpCode: '403',
						code: '912',
					},
					pairedItem: { item: 1 },
				},
			]);
		});

		test('one saved and one refused that the reply does not tell apart: under continueOnFail neither is called failed nor saved', async () => {
			answer({ invoices: { '5004': twinSaved(5004) }, api: { message: { error: { 913: message(913, 'note is too long') } } } });
			const result = await runWorkflow(shopwave('upsert', withNote, twins, { continueOnFail: true }), credentials());
			const unresolved = {
				message: 'Shopwave saved invoice 5004 and refused 1 invoice for input items 0, 1, but its reply does not say which is whose',
				savedInvoiceIds: [5004],
				inputItems: [0, 1],
				errors: ['913 Required parameter or object missing in request: note is too long'],
			};
			expect(result.items()).toEqual([
				{ json: unresolved, pairedItem: { item: 0 } },
				{ json: unresolved, pairedItem: { item: 1 } },
			]);
		});

		test('the same without continueOnFail: the run stops and says which invoice was saved and what was refused', async () => {
			answer({ invoices: { '5004': twinSaved(5004) }, api: { message: { error: { 913: message(913, 'note is too long') } } } });
			const result = await runWorkflow(shopwave('upsert', withNote, twins), credentials());
			const error = result.error()!;
			expect(error.message).toBe('Shopwave saved invoice 5004 and refused 1 invoice for input items 0, 1, but its reply does not say which is whose');
			expect(error.context?.itemIndex).toBe(0);
			expect(error.description).toBe(
				[
					'Saved or refused, the reply does not say which: input items 0, 1 (saved: invoice 5004; refused: 913 Required parameter or object missing in request: note is too long).',
					SEND_AGAIN,
				].join('\n'),
			);
		});
	});

	describe('input checked before any request', () => {
			test('a price whose comma may separate thousands is refused, naming the item and the invoice item', async () => {
				const result = await runWorkflow(
					shopwave('upsert', fromInput, [threeInvoices[0], { json: { store: 1001, ref: 'X', product: 'Tea', price: '3,200' } }]),
					credentials(),
				);
				expect(result.error()?.message).toBe('Item 1: line item 1 "price" ("3,200") is not a number');
				expect(result.error()?.description).toBe(
					'A comma before three digits may separate thousands: write 3.200 for the decimal number, or 3200 for the whole number.',
				);
				expect(api.server.received()).toHaveLength(0);
			});

			test('a price with a decimal comma (a spreadsheet of most of Europe) is sent with a dot, as written', async () => {
				await runWorkflow(shopwave('upsert', fromInput, [{ json: { store: 1001, ref: 'X', product: 'Tea', price: '3,20' } }]), credentials());
				const body = jsonBody(api.server.received()[0]) as { invoices: Record<string, { invoiceItems: Record<string, { price: string }> }> };
				expect(Object.values(Object.values(body.invoices)[0].invoiceItems)[0].price).toBe('3.20');
			});

			test('creating without a Store ID is refused', async () => {
				const result = await runWorkflow(shopwave('upsert', { lineItems: { item: [{ name: 'Tea', price: '1', quantity: 1 }] } }), credentials());
				expect(result.error()?.message).toBe('Item 0: Store ID is required to create an invoice');
				expect(api.server.received()).toHaveLength(0);
			});

			test('an ID that is not a whole number is refused', async () => {
				const result = await runWorkflow(shopwave('upsert', { storeId: 'store-1' }), credentials());
				expect(result.error()?.message).toBe('Item 0: "Store ID" ("store-1") is not a Shopwave ID');
			});

			test('the same invoice item ID twice in one invoice is refused (items are keyed by their ID)', async () => {
				const result = await runWorkflow(
					shopwave('upsert', { invoiceId: '5001', lineItems: { item: [{ additionalFields: { id: '9002' }, quantity: 20 }, { additionalFields: { id: '9002', note: 'x' } }] } }),
					credentials(),
				);
				expect(result.error()?.message).toBe('Item 0: Line item ID 9002 is given twice');
				expect(result.error()?.description).toBe('Give each line item to update once, with all its changes.');
				expect(api.server.received()).toHaveLength(0);
			});

			test('JSON items with an unknown field are refused', async () => {
				const result = await runWorkflow(
					shopwave('upsert', { storeId: '1001', itemsInput: 'json', lineItemsJson: '[{"name":"Tea","cost":"1.00","quantity":1}]' }),
					credentials(),
				);
				expect(result.error()?.message).toBe('Item 0: line item 1 has unknown field(s) cost');
				expect(api.server.received()).toHaveLength(0);
			});

			test('under continueOnFail a bad item becomes an error item and the rest still go in one request', async () => {
				const result = await runWorkflow(
					shopwave('upsert', fromInput, [threeInvoices[0], { json: { store: 'x', ref: 'BAD' } }, threeInvoices[2]], { continueOnFail: true }),
					credentials(),
				);
				const requests = api.server.received();
				expect(requests).toHaveLength(1);
				expect(keysSent(requests)).toEqual([['item0', 'item2']]);
				expect(result.items().map((i) => [i.json.reference ?? i.json.error, i.pairedItem])).toEqual([
					['A-1', { item: 0 }],
					['Item 1: "Store ID" ("x") is not a Shopwave ID', { item: 1 }],
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

			test('919 too many objects (HTTP 429): sent once, not retried as a rate limit, reported with the Batch Size advice', async () => {
				api.server.objectLimit = 2;
				const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 2)), credentials());
				const error = result.error()!;
				expect(error.message).toBe('Shopwave error 429 (code 919): Cannot handle too many request');
				expect(error.description).toContain('Lower the "Batch Size" option');
				expect(error.description).toContain('Failed: input items 0, 1 (Shopwave error 429 (code 919): Cannot handle too many request).');
				expect(api.server.received().map((r) => r.status)).toEqual([429]);
				expect(api.server.invoices.size).toBe(3);
			});

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

			test('a 919 is final even with a Retry-After: the same request would carry as many objects again', async () => {
				api.server.injectFault({ kind: 'reply', reply: { ...errorReply(919), headers: { 'Retry-After': '0' } }, method: 'POST' });
				const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
				expect(api.server.received().map((r) => r.status)).toEqual([429]);
				expect(result.error()?.message).toBe('Shopwave error 429 (code 919): Cannot handle too many request');
				expect(api.server.invoices.size).toBe(3);
			});

			test('a 429 without 919 (a rate limiter in front of Shopwave) is retried up to 3 times, then reported', async () => {
				api.server.injectFault({ kind: 'rate-limit', retryAfter: 0, method: 'POST', times: 0 });
				const result = await runWorkflow(shopwave('upsert', fromInput, threeInvoices.slice(0, 1)), credentials());
				expect(api.server.received().map((r) => r.status)).toEqual([429, 429, 429, 429]);
				expect(result.error()?.message).toBe('Shopwave error 429: HTTP 429');
				expect(api.server.invoices.size).toBe(3);
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
