// Billomat with Options › Concurrent Requests: the budget Billomat states in every reply
// (X-Rate-Limit-Remaining, X-Rate-Limit-Reset) is shared by the items in flight, through the
// shared core's per-run gate, so several items at once never run into Billomat's 429. The sandbox
// counts the budget per window as Billomat does; a small window keeps the test short.
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

const ids = [1, 3, 4, 1, 3, 4, 1, 3, 4, 1, 3, 4];
const input = ids.map((id) => ({ json: { id } }));

describe('Billomat › Concurrent Requests within X-Rate-Limit-Remaining', () => {
	test('4 in flight, a budget of 5 a window: no 429, every item once, output in input order', async () => {
		api.server.rateLimit = { budget: 5, appBudget: 5, windowMs: 1000 };
		const result = await run(api.url, { operation: 'get', invoiceId: '={{ $json.id }}', options: { concurrentRequests: 4 } }, { input });
		const requests = api.server.received('GET', '/invoices/');
		// Nothing refused: the gate held the items back instead of overdrawing the stated budget.
		expect(requests.map((r) => r.status)).toEqual(ids.map(() => 200));
		expect(result.items().map((item) => item.pairedItem)).toEqual(ids.map((_, item) => ({ item })));
		expect(result.items().map((item) => item.json.id)).toEqual(ids);
	});
});
