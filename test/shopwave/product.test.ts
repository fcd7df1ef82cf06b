// Shopwave › Product: Get, Find by Barcode and Get Many against the sandbox's GET /product
// (http://developer.merchantstack.com/shopwave/api/documentation/product/GET: filters as the
// productIds, storeId and categoryIds headers; reply `products[{productId}]`, taken keyed by id or
// as an array).
import { SHOPWAVE_DEMO_TOKEN } from '../../sandbox/shopwave';
import { productsOf } from '../../sandbox/shopwave/products';
import { catalogueOf } from '../../sandbox/shopwave/stores';
import { jsonReply, notDocumented } from '../campaign/operations';
import { runWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const api = shopwaveSandbox();
const credentials = () => ({ credentials: tokenCredentials(api.url) });
const product = (operation: string, parameters: Record<string, unknown>, input?: FixtureItem[], options: { continueOnFail?: boolean } = {}) =>
	shopwave(operation, { resource: 'product', ...parameters }, input, { typeVersion: 1.2, ...options });

const COFFEE = {
	id: 701,
	barcode: '5012345678900',
	name: 'Coffee beans 1kg',
	details: 'Single origin, whole bean',
	tags: 'coffee,beans',
	activeDate: '2023-03-28T13:58:00.000Z',
	deleteDate: null,
	categories: [11],
	price: '1250.0',
	taxPercentage: '0.200',
};
const COFFEE_RAW = {
	id: 701,
	barcode: '5012345678900',
	name: 'Coffee beans 1kg',
	details: 'Single origin, whole bean',
	tags: 'coffee,beans',
	timestamp: '2023-03-28T13:58:00.000Z',
	activeDate: '2023-03-28T13:58:00.000Z',
	deleteDate: null,
	images: [],
	categories: [11],
	instances: { '7010': { id: 7010, price: '1250.0', taxPercentage: '0.200', activeDate: '2023-03-28T13:58:00.000Z' } },
};

function expectListRequest(headers: Record<string, string | undefined>) {
	const [request, ...more] = api.server.received();
	expect(more).toHaveLength(0);
	expect(request.method).toBe('GET');
	expect(request.path).toBe('/product');
	expect(request.query).toEqual({});
	expect(request.body.length).toBe(0);
	expect(request.headers.authorization).toBe(`Bearer ${SHOPWAVE_DEMO_TOKEN}`);
	expect(request.headers['x-accept-version']).toBe('2');
	for (const [name, value] of Object.entries(headers)) expect(request.headers[name.toLowerCase()]).toBe(value);
}

describe('Shopwave › Product › Get', () => {
	test.each(['keyed', 'array'] as const)('GET /product with the productIds header; reply %s; Simplify gives the fields a workflow needs', async (shape) => {
		catalogueOf(api.server).replyShape = shape;
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'list', value: '701' } }), credentials());
		expectListRequest({ productIds: '701', storeId: undefined, categoryIds: undefined });
		expect(result.items()).toEqual([{ json: COFFEE, pairedItem: { item: 0 } }]);
	});

	test('Simplify off: the product as Shopwave sent it; By ID mode from an expression', async () => {
		const result = await runWorkflow(
			product('get', { productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, simplify: false }, [{ json: { id: 701 } }]),
			credentials(),
		);
		expect(result.items()).toEqual([{ json: COFFEE_RAW, pairedItem: { item: 0 } }]);
	});

	test('an unknown product is an error naming the item', async () => {
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'id', value: '7777' } }), credentials());
		expect(result.error()?.message).toBe('Item 0: Shopwave has no product 7777 that the connected user can see');
	});

	test('another merchant’s product: Shopwave’s 912, its code and title kept', async () => {
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'id', value: '801' } }), credentials());
		expect(result.error()?.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
	});

	test('bad input is refused before any request, naming the item', async () => {
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, [{ json: { id: 'coffee' } }]), credentials());
		expect(result.error()?.message).toBe('Item 0: "Product ID" ("coffee") is not a Shopwave ID');
		expect(result.error()?.context?.itemIndex).toBe(0);
		expect(api.server.received()).toEqual([]);
	});

	test.each([
		['an object with the key "status"', { status: 'ok' }],
		['an object with the keys "products", "api"', { products: 'none', api: {} }],
	])('a 200 holding %s instead of the products is a Shopwave error naming both, not "no product"', async (got, body) => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, body) });
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'id', value: '701' } }), credentials());
		expect(result.error()?.message).toBe(`Shopwave error 200: Expected products keyed by ID ({"products": {"1": {…}}}) or as a list but got ${got}`);
		expect(result.error()?.description).toBe(notDocumented('Shopwave'));
	});

	test('a reply with the api envelope and no products key is no product (an error naming the item), not a failure of the reply', async () => {
		api.server.injectFault({ kind: 'reply', reply: jsonReply(200, { api: { message: { success: {} } } }) });
		const result = await runWorkflow(product('get', { productId: { __rl: true, mode: 'id', value: '701' } }), credentials());
		expect(result.error()?.message).toBe('Item 0: Shopwave has no product 701 that the connected user can see');
	});
});

describe('Shopwave › Product › Find by Barcode', () => {
	test.each(['keyed', 'array'] as const)('GET /product without filter headers (reply %s), each item its product by barcode', async (shape) => {
		catalogueOf(api.server).replyShape = shape;
		const result = await runWorkflow(
			product('findByBarcode', { barcode: '={{ $json.code }}' }, [{ json: { code: '5012345678900' } }, { json: { code: ' 4006381333931 ' } }]),
			credentials(),
		);
		const requests = api.server.received();
		expect(requests.map((r) => [r.method, r.path, r.headers.productids, r.headers.categoryids, r.headers.storeid])).toEqual([
			['GET', '/product', undefined, undefined, undefined],
			['GET', '/product', undefined, undefined, undefined],
		]);
		expect(result.items().map((i) => [i.json.id, i.json.name, i.pairedItem])).toEqual([
			[701, 'Coffee beans 1kg', { item: 0 }],
			[711, 'Oat milk 1l', { item: 1 }],
		]);
		expect(result.items()[0].json).toEqual(COFFEE);
	});

	test('a barcode no product has (or only a deleted one) is an error naming the item and the barcode; under continueOnFail an error item', async () => {
		const result = await runWorkflow(
			product('findByBarcode', { barcode: '={{ $json.code }}' }, [{ json: { code: '0000000000712' } }, { json: { code: '5098765432109' } }], { continueOnFail: true }),
			credentials(),
		);
		expect(api.server.received()).toHaveLength(2);
		const [first, second] = result.items();
		expect(first.json.error).toBe('Item 0: Barcode: no Shopwave product has the barcode "0000000000712"');
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(second.json.id).toBe(702);
	});

	test('an empty barcode is refused before any request', async () => {
		const result = await runWorkflow(product('findByBarcode', { barcode: '  ' }), credentials());
		expect(result.error()?.message).toBe('Item 0: Barcode is empty');
		expect(api.server.received()).toEqual([]);
	});
});

describe('Shopwave › Product › Get Many', () => {
	test('without filters: every product of the merchant (deleted ones too, as Shopwave lists them), one item each', async () => {
		const result = await runWorkflow(product('getAll', { returnAll: true }), credentials());
		expectListRequest({ productIds: undefined, storeId: undefined, categoryIds: undefined });
		expect(result.items().map((i) => i.json.id)).toEqual([701, 702, 710, 711, 712]);
		expect(result.items()[0]).toEqual({ json: COFFEE, pairedItem: { item: 0 } });
	});

	test('the filters travel as the productIds, categoryIds and storeId headers; storeId gives totalStock', async () => {
		const result = await runWorkflow(
			product('getAll', {
				returnAll: true,
				filters: { productIds: '701, 702,711', categoryIds: ' 12', storeId: { __rl: true, mode: 'list', value: '1001' } },
			}),
			credentials(),
		);
		expectListRequest({ productIds: '701,702,711', categoryIds: '12', storeId: '1001' });
		expect(result.items().map((i) => [i.json.id, i.json.totalStock])).toEqual([
			[702, 24],
			[711, 12],
		]);
	});

	test('Limit cuts the list (the API has no paging: one request)', async () => {
		const result = await runWorkflow(product('getAll', { returnAll: false, limit: 2 }), credentials());
		expect(api.server.received()).toHaveLength(1);
		expect(result.items().map((i) => i.json.id)).toEqual([701, 702]);
	});

	test('Return All gives all of a large catalogue from the one reply', async () => {
		productsOf(api.server).generated = 1500;
		const result = await runWorkflow(product('getAll', { returnAll: true, simplify: false }), credentials());
		expect(api.server.received()).toHaveLength(1);
		expect(result.items()).toHaveLength(1505);
	});

	test('another merchant’s store for stock levels: Shopwave’s 912', async () => {
		const result = await runWorkflow(product('getAll', { returnAll: true, filters: { storeId: { __rl: true, mode: 'id', value: '2001' } } }), credentials());
		expect(result.error()?.message).toBe('Shopwave error 403 (code 912): Resource Not Allowed For Specified User');
	});

	test('a category ID that is not a number is refused before any request', async () => {
		const result = await runWorkflow(product('getAll', { returnAll: true, filters: { categoryIds: '11, bread' } }), credentials());
		expect(result.error()?.message).toBe('Item 0: "Category IDs" ("bread") is not a Shopwave ID');
		expect(api.server.received()).toEqual([]);
	});
});
