// Shopwave › Invoice › Create or Update, node version 1.2: Store ID, Supplier Store ID and a line's
// Product ID are pickers, and a line item given by barcode gets the product ID of that barcode
// (one GET /product per run, before the write; an unknown barcode stops its item before anything
// is sent). Versions 1 and 1.1 send what they always sent.
import { catalogueOf } from '../../sandbox/shopwave/stores';
import { runWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { jsonBody, shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const credentials = () => ({ credentials: tokenCredentials(api.url) });
const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });
const upsert = (parameters: Record<string, unknown>, input?: FixtureItem[], options: { continueOnFail?: boolean; typeVersion?: number } = {}) =>
	shopwave('upsert', parameters, input, { typeVersion: 1.2, ...options });

const byBarcode = (barcode: string, name = 'Line') => ({ name, price: '1.00', quantity: 1, additionalFields: { barcode } });

describe('Shopwave › Invoice › Create or Update › version 1.2', () => {
	test.each(['keyed', 'array'] as const)(
		'pickers give their IDs; barcodes become product IDs from one GET /product (reply %s) for the whole run, before the POST',
		async (shape) => {
			catalogueOf(api.server).replyShape = shape;
			const result = await runWorkflow(
				upsert(
					{
						storeId: rl('1001'),
						additionalFields: { supplierId: '301', supplierStoreId: rl('31') },
						lineItems: {
							item: [
								byBarcode('={{ $json.code }}', 'Scanned'),
								{ name: 'Picked', price: '2.00', quantity: 3, additionalFields: { productId: rl('702') } },
								{ name: 'Both', price: '3.00', quantity: 1, additionalFields: { barcode: '5012345678900', productId: rl('710', 'id') } },
							],
						},
					},
					[{ json: { code: '5012345678900' } }, { json: { code: ' 4006381333931' } }],
				),
				credentials(),
			);
			const [list, post, ...more] = api.server.received();
			expect(more).toHaveLength(0);
			expect([list.method, list.path, list.headers.productids]).toEqual(['GET', '/product', undefined]);
			expect([post.method, post.path]).toEqual(['POST', '/invoice']);
			const line = (barcode: string, productId: number) => ({ name: 'Scanned', price: '1.00', quantity: 1, barcode, productId });
			const rest = {
				line1: { name: 'Picked', price: '2.00', quantity: 3, productId: 702 },
				line2: { name: 'Both', price: '3.00', quantity: 1, barcode: '5012345678900', productId: 710 },
			};
			expect(jsonBody(post)).toEqual({
				invoices: {
					item0: { storeId: 1001, supplierId: 301, supplierStoreId: 31, invoiceItems: { line0: line('5012345678900', 701), ...rest } },
					// The barcode is matched trimmed and sent as given.
					item1: { storeId: 1001, supplierId: 301, supplierStoreId: 31, invoiceItems: { line0: line(' 4006381333931', 711), ...rest } },
				},
			});
			expect(result.items().map((i) => [i.json.id, i.pairedItem])).toEqual([
				[5004, { item: 0 }],
				[5005, { item: 1 }],
			]);
		},
	);

	test('an unknown barcode stops the run before anything is written, naming the item, the line and the barcode', async () => {
		const result = await runWorkflow(
			upsert({ storeId: rl('1001'), lineItems: { item: [byBarcode('5012345678900'), byBarcode('={{ $json.code }}')] } }, [
				{ json: { code: '5012345678900' } },
				{ json: { code: '9999999999999' } },
			]),
			credentials(),
		);
		const error = result.error()!;
		expect(error.message).toBe('Item 1: Line item 2: no Shopwave product has the barcode "9999999999999"');
		expect(error.context?.itemIndex).toBe(1);
		expect(api.server.received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /product']);
	});

	test('under continueOnFail the item with the unknown barcode is an error item; the others are saved', async () => {
		const result = await runWorkflow(
			upsert({ storeId: rl('1001'), lineItems: { item: [byBarcode('={{ $json.code }}')] } }, [{ json: { code: '0000000000712' } }, { json: { code: '5098765432109' } }], {
				continueOnFail: true,
			}),
			credentials(),
		);
		const [failed, saved] = result.items();
		expect(failed).toEqual({
			json: {
				error: 'Item 0: Line item 1: no Shopwave product has the barcode "0000000000712"',
				description: 'Check the barcode, or give the line item a Product ID (Product › Get Many lists the products and their barcodes).',
			},
			pairedItem: { item: 0 },
		});
		expect(saved.json.id).toBe(5004);
		const posts = api.server.received('POST', '/invoice');
		expect(posts).toHaveLength(1);
		expect(Object.keys((jsonBody(posts[0]) as { invoices: object }).invoices)).toEqual(['item1']);
	});

	test('no line given by barcode alone: no GET /product', async () => {
		await runWorkflow(upsert({ storeId: rl('1001', 'id'), lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 1 }] } }), credentials());
		expect(api.server.received().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /invoice']);
	});

	test('Resolve Barcodes off: the barcode is sent as given, no product looked up', async () => {
		await runWorkflow(upsert({ storeId: rl('1001'), resolveBarcodes: false, lineItems: { item: [byBarcode('9999999999999')] } }), credentials());
		const [post, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(jsonBody(post)).toEqual({ invoices: { item0: { storeId: 1001, invoiceItems: { line0: { name: 'Line', price: '1.00', quantity: 1, barcode: '9999999999999' } } } } });
	});

	test('the JSON line items resolve the same way', async () => {
		await runWorkflow(upsert({ storeId: rl('1002'), itemsInput: 'json', lineItemsJson: '[{"name":"Milk","price":"0.95","quantity":2,"barcode":"5098765432109"}]' }), credentials());
		const [, post] = api.server.received();
		expect(jsonBody(post)).toEqual({
			invoices: { item0: { storeId: 1002, invoiceItems: { line0: { name: 'Milk', price: '0.95', quantity: 2, barcode: '5098765432109', productId: 702 } } } },
		});
	});

	test('a Store ID that is not a number is refused before any request', async () => {
		const result = await runWorkflow(upsert({ storeId: rl('={{ $json.s }}', 'id'), lineItems: { item: [byBarcode('5012345678900')] } }, [{ json: { s: 'main' } }]), credentials());
		expect(result.error()?.message).toBe('Item 0: "Store ID" ("main") is not a Shopwave ID');
		expect(api.server.received()).toEqual([]);
	});

	test.each([1, 1.1])('version %s: plain ID fields, the barcode sent as given without a product lookup', async (typeVersion) => {
		const line = typeVersion === 1 ? { name: 'Line', price: '1.00', quantity: 1, barcode: '9999999999999' } : byBarcode('9999999999999');
		await runWorkflow(upsert({ storeId: '1001', additionalFields: { supplierStoreId: '31' }, lineItems: { item: [line] } }, undefined, { typeVersion }), credentials());
		const [post, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(jsonBody(post)).toEqual({
			invoices: { item0: { storeId: 1001, supplierStoreId: 31, invoiceItems: { line0: { name: 'Line', price: '1.00', quantity: 1, barcode: '9999999999999' } } } },
		});
	});
});
