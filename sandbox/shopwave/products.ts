// Shopwave products: what an invoice line's productId names, found by id, category or barcode.
// GET /product, from http://developer.merchantstack.com/shopwave/api/documentation/product/GET:
// optional headers `productIds` (comma-separated), `storeId` ("pulls stock levels for this
// storeId") and `categoryIds` ("pulls only products for the provided category IDs"); reply
// `products[{productId}]` with id, barcode ("The unique barcode for the product"), name, details,
// tags, timestamp, activeDate, deleteDate, images and totalStock ("No. of all stock for the given
// storeId, if this product is inventory managed for this storeId"). The categories array is from
// the product/POST page; `instances` (id, price, taxPercentage, activeDate) from the example reply of
// https://developer.staging.merchantstack.com/guide. No barcode filter is documented: a client finds
// a barcode in the list. No paging (guide/pagination.html): the reply holds every match.
// The emulation's choices: totalStock only when a storeId header names one of the merchant's stores
// (912 for another merchant's store), and only for stock-managed products; 913 for ids that are not
// numbers. The reply shape (keyed by id, or an array) follows the switch of stores.ts.
//
// Many products for picker tests: `productsOf(sandbox).generated = 1500` adds products 100001…
// (barcode 2000000100001…, name "Bulk product 1"…) made on each request, not stored.
import type { ShopwaveSandbox } from './index';
import { errorReply } from './index';
import { afterReset, headerIds, isReply, listReply } from './stores';

export interface ShopwaveProduct {
	id: number;
	barcode: string;
	name: string;
	details: string;
	tags: string;
	timestamp: string;
	activeDate: string | null;
	deleteDate: string | null;
	images: string[];
	categories: number[];
	instances: Record<string, { id: number; price: string; taxPercentage: string; activeDate: string }>;
	totalStock?: number;
}

interface StoredProduct {
	merchant: string;
	product: ShopwaveProduct;
	/** Stock per store id, for a stock-managed product. */
	stock?: Record<number, number>;
}

interface ProductState {
	products: StoredProduct[];
	/** How many generated products the demo merchant also has (see the header of this file). */
	generated: number;
}

const states = new WeakMap<ShopwaveSandbox, ProductState>();

export function productsOf(sandbox: ShopwaveSandbox): ProductState {
	return states.get(sandbox)!;
}

function product(id: number, barcode: string, name: string, price: string, categories: number[], extra: Partial<ShopwaveProduct> = {}): ShopwaveProduct {
	return {
		id,
		barcode,
		name,
		details: '',
		tags: '',
		timestamp: '2023-03-28T13:58:00.000Z',
		activeDate: '2023-03-28T13:58:00.000Z',
		deleteDate: null,
		images: [],
		categories,
		instances: { [String(id * 10)]: { id: id * 10, price, taxPercentage: '0.200', activeDate: '2023-03-28T13:58:00.000Z' } },
		...extra,
	};
}

export function productSeed(): StoredProduct[] {
	return [
		{ merchant: 'demo', product: product(701, '5012345678900', 'Coffee beans 1kg', '1250.0', [11], { details: 'Single origin, whole bean', tags: 'coffee,beans' }), stock: { 1001: 40, 1002: 5 } },
		{ merchant: 'demo', product: product(702, '5098765432109', 'Whole milk 1l', '95.0', [12], { tags: 'dairy' }), stock: { 1001: 24 } },
		{ merchant: 'demo', product: product(710, '3760000000010', 'Croissants (box of 12)', '840.0', [13], { images: ['http://static.merchantstack.com/images/croissants.jpg'] }) },
		{ merchant: 'demo', product: product(711, '4006381333931', 'Oat milk 1l', '110.0', [12], { tags: 'dairy-free' }), stock: { 1001: 12, 1002: 0 } },
		{ merchant: 'demo', product: product(712, '0000000000712', 'Paper bags (old)', '5.0', [14], { activeDate: null, deleteDate: '2024-01-01T00:00:00.000Z' }) },
		{ merchant: 'other', product: product(801, '9780201379624', 'Paper cups', '1999.0', [21]) },
	];
}

function generatedProducts(count: number): StoredProduct[] {
	return Array.from({ length: count }, (_, i) => ({
		merchant: 'demo',
		product: product(100001 + i, String(2000000100001 + i), `Bulk product ${i + 1}`, '100.0', [99]),
	}));
}

export function registerProducts(sandbox: ShopwaveSandbox): void {
	afterReset(sandbox, () => states.set(sandbox, { products: productSeed(), generated: 0 }));

	// http://developer.merchantstack.com/shopwave/api/documentation/product/GET
	sandbox.route('GET', '/product', (req) =>
		sandbox.withAuth(req, 'read', (merchant) => {
			const productIds = headerIds(sandbox, req, 'productIds');
			if (isReply(productIds)) return productIds;
			const categoryIds = headerIds(sandbox, req, 'categoryIds');
			if (isReply(categoryIds)) return categoryIds;
			const storeIds = headerIds(sandbox, req, 'storeId');
			if (isReply(storeIds)) return storeIds;
			if (storeIds && storeIds.length > 1) return errorReply(913, 'storeId takes one store id');
			const storeId = storeIds?.[0];
			if (storeId !== undefined && !sandbox.owns(merchant, storeId)) return errorReply(912, `Store ${storeId} is not yours`);
			const state = productsOf(sandbox);
			const all = [...state.products, ...generatedProducts(state.generated)];
			const mine = all.filter((p) => p.merchant === merchant);
			const foreign = (productIds ?? []).filter((id) => all.some((p) => p.product.id === id) && !mine.some((p) => p.product.id === id));
			if (foreign.length) return errorReply(912, `Product ${foreign.join(', ')} is not yours`);
			const products = mine
				.filter((p) => !productIds || productIds.includes(p.product.id))
				.filter((p) => !categoryIds || p.product.categories.some((c) => categoryIds.includes(c)))
				.map((p) => {
					const out = structuredClone(p.product);
					if (storeId !== undefined && p.stock && p.stock[storeId] !== undefined) out.totalStock = p.stock[storeId];
					return out;
				});
			return listReply(sandbox, req, 'products', products);
		}),
	);
}
