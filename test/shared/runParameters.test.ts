// Parameters read once per node run (nodes/shared/input.ts `runParameter`): a parameter that holds
// no expression has one value for every item, so it is read from n8n once; one that holds an
// expression, anywhere inside it, is read for each item as before. Through the real engine against
// the Billomat sandbox: what each item sends and what the node outputs must be what reading every
// parameter for every item gives.
import { billomatSandbox, run } from '../billomat/setup';

const api = billomatSandbox();

const three = [{ json: { n: 1, id: 1 } }, { json: { n: 2, id: 3 } }, { json: { n: 3, id: 4 } }];

describe('Parameters read once per node run', () => {
	test('a fixed Limit: every item sends the same page size and gets as many records', async () => {
		const result = await run(api.url, { operation: 'getAll', returnAll: false, limit: 2 }, { input: three });
		const requests = api.server.received('GET', '/invoices');
		expect(requests.map((r) => r.query.per_page)).toEqual(['2', '2', '2']);
		expect(result.items().map((item) => item.pairedItem)).toEqual([0, 0, 1, 1, 2, 2].map((item) => ({ item })));
	});

	test('a Limit given by an expression is read for each item', async () => {
		const result = await run(api.url, { operation: 'getAll', returnAll: false, limit: '={{ $json.n }}' }, { input: three });
		const requests = api.server.received('GET', '/invoices');
		expect(requests.map((r) => r.query.per_page)).toEqual(['1', '2', '3']);
		expect(result.items().map((item) => item.pairedItem)).toEqual([0, 1, 1, 2, 2, 2].map((item) => ({ item })));
	});

	test('an expression inside a collection (Filters › Client ID) is read for each item', async () => {
		await run(api.url, { operation: 'getAll', returnAll: false, limit: 5, filters: { client_id: '={{ $json.n }}' } }, { input: three });
		expect(api.server.received('GET', '/invoices').map((r) => r.query.client_id)).toEqual(['1', '2', '3']);
	});

	test('a fixed picker (By ID) gives every item the same record; one by expression each its own', async () => {
		// The Invoice ID is a picker from version 1.2 on.
		const fixed = await run(api.url, { operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '3' } }, { input: three, typeVersion: 1.2 });
		expect(api.server.received('GET', '/invoices/').map((r) => r.path)).toEqual(['/api/invoices/3', '/api/invoices/3', '/api/invoices/3']);
		expect(fixed.items().map((item) => item.json.id)).toEqual([3, 3, 3]);
		api.server.reset();
		const picked = await run(api.url, { operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, { input: three, typeVersion: 1.2 });
		expect(api.server.received('GET', '/invoices/').map((r) => r.path)).toEqual(['/api/invoices/1', '/api/invoices/3', '/api/invoices/4']);
		expect(picked.items().map((item) => item.json.id)).toEqual([1, 3, 4]);
	});

	test('a fixed value that is refused is refused for each item, with its own index', async () => {
		const result = await run(api.url, { operation: 'get', invoiceId: 'abc' }, { input: three, continueOnFail: true });
		expect(api.server.received('GET', '/invoices/')).toHaveLength(0);
		expect(result.items().map((item) => item.json.error)).toEqual([0, 1, 2].map((i) => `Item ${i}: "Invoice ID" ("abc") is not a Billomat ID`));
		expect(result.items().map((item) => item.pairedItem)).toEqual([0, 1, 2].map((item) => ({ item })));
	});
});
