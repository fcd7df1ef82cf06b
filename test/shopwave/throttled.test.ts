// Shopwave behind a rate limiter that counts in fixed 1-second windows aligned to the clock (the
// bench's limiter, bench/throttle.ts): 3 requests a window, then 429 with Retry-After in whole
// seconds. One invoice a request (Batch Size 1), one request at a time (the default). After the
// 429 that follows the first pause, the node sends 3 a window and holds the 4th until the window
// has turned: no 429 in every window, and every invoice created once.
import { runWorkflow } from '../harness/engine';
import type { Limiter } from '../../bench/throttle';
import { startLimiter } from '../../bench/throttle';
import { shopwave, shopwaveSandbox, tokenCredentials } from './helpers';

const ITEMS = 14;
const PER_WINDOW = 3;
const input = Array.from({ length: ITEMS }, (_, i) => ({ json: { ref: `T-${i}` } }));
const parameters = {
	storeId: '1001',
	additionalFields: { reference: '={{ $json.ref }}' },
	lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 1 }] },
	options: { batchSize: 1 },
};

describe('Shopwave › Invoice › Create or Update behind a rate limiter with fixed windows (429 + Retry-After)', () => {
	const api = shopwaveSandbox();
	let limiter: Limiter;
	beforeEach(async () => {
		limiter = await startLimiter(api.url, PER_WINDOW, 1000);
	});
	afterEach(async () => await limiter.close());

	test('paced to the window after the first pause: one 429 in at most two windows, each invoice created once, in order', async () => {
		// Start early in a second: the run's own first window then holds its 3 (a run that starts at
		// the end of a window gets fewer there, and its learning stretch may run into the next one).
		await new Promise((resolve) => setTimeout(resolve, (1000 - (Date.now() % 1000) + 50) % 1000));
		const before = api.server.invoices.size;
		const result = await runWorkflow(shopwave('upsert', parameters, input), { credentials: tokenCredentials(limiter.url) });

		// Every item saved once and output in input order; nothing failed.
		const items = result.items();
		expect(items.map((i) => [i.json.reference, i.pairedItem])).toEqual(input.map((i, n) => [i.json.ref, { item: n }]));
		expect(items.every((i) => i.json.error === undefined)).toBe(true);
		expect(api.server.invoices.size - before).toBe(ITEMS);
		// What reached Shopwave: one POST a new invoice (a 429 never reaches it).
		const posts = api.server.received().filter((r) => r.method === 'POST');
		expect(posts.map((r) => r.status)).toEqual(Array(ITEMS).fill(201));

		// At the limiter: each item passed once; a 429 only ends the run's first window and the one
		// after the first pause (which teaches the window), then none.
		expect(limiter.counts.passed).toBe(ITEMS);
		const refusedWindows = limiter.log.filter((r) => r.status === 429).map((r) => r.window);
		expect(new Set(refusedWindows).size).toBe(refusedWindows.length);
		expect(refusedWindows).toHaveLength(2);
		const windows = [...new Set(limiter.log.map((r) => r.window))];
		expect(refusedWindows).toEqual(windows.slice(0, 2));
		// Paced: never more than the window's budget, and every full window used.
		const passedPer = windows.map((w) => limiter.log.filter((r) => r.window === w && r.status === 'passed').length);
		expect(passedPer.slice(0, -1)).toEqual(Array(passedPer.length - 1).fill(PER_WINDOW));
	});
});
