// InvoiceXpress's request budget (nodes/InvoiceXpress/transport.ts RATE_BUDGET): at most 13
// requests start in any second, the stricter reading of the 780 a minute integrators report, so
// several requests in flight never run above it. Through the real engine; the shared sleep is
// recorded instead of waited, so the gate's waits show as numbers, not as time.
jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

import { RATE_BUDGET } from '../../nodes/InvoiceXpress/transport';
import { runWorkflow } from '../harness/engine';
import { waits } from '../harness/recordedSleep';
import { client, credentials, ixClientSandbox } from './client.setup';

const api = ixClientSandbox();

describe('InvoiceXpress request budget', () => {
	test('is 13 requests a second (780 a minute), and learns from a 429', () => {
		expect(RATE_BUDGET).toEqual({ limit: 13, windowMs: 1000, learn: true });
	});

	test('30 Gets with 10 in flight: the first 13 start at once, the gate holds the 14th back for what is left of the second', async () => {
		const ids = Array.from({ length: 30 }, (_, i) => (i % 2 ? 501 : 502));
		const workflow = client(
			'get',
			{ clientId: '={{ $json.id }}', simplify: false, options: { concurrentRequests: 10 } },
			ids.map((id) => ({ json: { id } })),
		);
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });
		expect(result.items().map((item) => [item.pairedItem, item.json.id])).toEqual(ids.map((id, item) => [{ item }, id]));
		expect(api.server.received('GET', '/clients/')).toHaveLength(ids.length);
		// The sleep is recorded, not waited: each request past the 13th of its second asked to wait
		// for the rest of that second (and was then let through, as a served wait is).
		expect(waits.length).toBeGreaterThanOrEqual(1);
		expect(waits.length).toBeLessThanOrEqual(ids.length - RATE_BUDGET.limit!);
		for (const wait of waits) {
			expect(wait).toBeGreaterThan(0);
			expect(wait).toBeLessThanOrEqual(RATE_BUDGET.windowMs!);
		}
	});

	test('one at a time, a short run never waits', async () => {
		const ids = [501, 502, 501];
		const workflow = client('get', { clientId: '={{ $json.id }}', simplify: false, options: { concurrentRequests: 1 } }, ids.map((id) => ({ json: { id } })));
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });
		expect(result.items()).toHaveLength(3);
		expect(waits).toEqual([]);
	});
});
