// The sandboxes' per-request latency (issue 19): a fixed or jittered delay before every API
// request is answered, seeded so runs are comparable, settable in code, on the command line and
// through the control API; control routes are never delayed. Asserted on the delays the sandbox
// records and on the order replies arrive in, not on tight wall-clock bounds.

import { Sandbox, formatLatency, parseLatency } from '../../sandbox/framework';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { startSandboxCli } from '../harness/sandboxCli';
import { useSandbox } from '../harness/sandbox';

class Echo extends Sandbox {
	constructor() {
		super('Echo');
		this.route('GET', '/thing/:id', (req) => ({ body: { id: req.params.id } }));
	}
}

const echo = useSandbox(() => new Echo());
afterEach(() => echo.server.setLatency(undefined));

async function get(path: string): Promise<unknown> {
	const reply = await fetch(`${echo.url}${path}`);
	return reply.json();
}

async function delaysOf(count: number): Promise<number[]> {
	for (let i = 0; i < count; i++) await get(`/thing/${i}`);
	return echo.server.received().map((r) => r.delayMs!);
}

describe('parseLatency', () => {
	test('reads a fixed latency and the jittered forms the CLI takes', () => {
		expect(parseLatency('150')).toEqual({ latencyMs: 150, jitterMs: 0, seed: 1 });
		expect(parseLatency('150±50')).toEqual({ latencyMs: 150, jitterMs: 50, seed: 1 });
		expect(parseLatency('150+-50')).toEqual({ latencyMs: 150, jitterMs: 50, seed: 1 });
		expect(parseLatency('150ms')).toEqual({ latencyMs: 150, jitterMs: 0, seed: 1 });
		expect(parseLatency('150', '50', '7')).toEqual({ latencyMs: 150, jitterMs: 50, seed: 7 });
		expect(parseLatency('150±20', '50')).toEqual({ latencyMs: 150, jitterMs: 50, seed: 1 });
		expect(formatLatency(parseLatency('150±50'))).toBe('150±50 ms');
		expect(formatLatency(parseLatency('80'))).toBe('80 ms');
	});

	test('refuses what is not a number of milliseconds', () => {
		expect(() => parseLatency('fast')).toThrow('is not of the form 150, 150±50 or 150+-50');
		expect(() => parseLatency('-5')).toThrow('is not of the form');
		expect(() => parseLatency('150', 'x')).toThrow('Jitter "x" is not a number');
		expect(() => parseLatency('150', '5', '-1')).toThrow('Latency seed "-1" is not a whole number');
	});
});

describe('Sandbox latency', () => {
	test('without a latency nothing is delayed and no delay is recorded', async () => {
		await get('/thing/1');
		expect(echo.server.received()[0].delayMs).toBeUndefined();
	});

	test('a fixed latency delays every API request by exactly that much', async () => {
		echo.server.setLatency({ latencyMs: 20 });
		expect(await delaysOf(5)).toEqual([20, 20, 20, 20, 20]);
	});

	test('jitter stays within latency ± jitter, varies, and repeats for the same seed (also after a reset)', async () => {
		echo.server.setLatency({ latencyMs: 30, jitterMs: 20, seed: 42 });
		const first = await delaysOf(12);
		for (const d of first) {
			expect(d).toBeGreaterThanOrEqual(10);
			expect(d).toBeLessThanOrEqual(50);
		}
		expect(new Set(first).size).toBeGreaterThan(3);

		echo.server.reset();
		expect(echo.server.getLatency()).toEqual({ latencyMs: 30, jitterMs: 20, seed: 42 });
		expect(await delaysOf(12)).toEqual(first);

		echo.server.reset();
		echo.server.setLatency({ latencyMs: 30, jitterMs: 20, seed: 43 });
		expect(await delaysOf(12)).not.toEqual(first);
	});

	test('a jitter larger than the latency never gives a negative delay', async () => {
		echo.server.setLatency({ latencyMs: 5, jitterMs: 50, seed: 3 });
		const delays = await delaysOf(20);
		expect(Math.min(...delays)).toBe(0);
		expect(Math.max(...delays)).toBeLessThanOrEqual(55);
	});

	test('150±50 holds one request back at least 100 ms', async () => {
		echo.server.setLatency(parseLatency('150±50'));
		const started = performance.now();
		await get('/thing/1');
		expect(performance.now() - started).toBeGreaterThanOrEqual(100);
		expect(echo.server.received()[0].delayMs).toBeGreaterThanOrEqual(100);
	});

	test('requests in flight wait side by side: all five have arrived before the first is answered', async () => {
		echo.server.setLatency({ latencyMs: 300 });
		const arrivedWhenAnswered: number[] = [];
		await Promise.all(
			[1, 2, 3, 4, 5].map(async (id) => {
				await get(`/thing/${id}`);
				arrivedWhenAnswered.push(echo.server.received().length);
			}),
		);
		expect(arrivedWhenAnswered).toEqual([5, 5, 5, 5, 5]);
	});

	test('the control API sets, reads and clears the latency, and is itself never delayed', async () => {
		const set = await fetch(`${echo.url}/__sandbox/latency`, {
			method: 'POST',
			body: JSON.stringify({ latencyMs: 400, jitterMs: 0, seed: 9 }),
		});
		expect(set.status).toBe(200);
		expect(await set.json()).toEqual({ ok: true, latency: { latencyMs: 400, jitterMs: 0, seed: 9 } });

		// An API request sent first is still waiting when the control request sent after it is answered.
		let apiAnswered = false;
		const pending = get('/thing/1').then(() => (apiAnswered = true));
		while (echo.server.received().length === 0) await new Promise((resolve) => setImmediate(resolve));
		const log = (await (await fetch(`${echo.url}/__sandbox/requests`)).json()) as Array<{ path: string; delayMs: number }>;
		expect(apiAnswered).toBe(false);
		expect(log).toEqual([expect.objectContaining({ path: '/thing/1', delayMs: 400 })]);
		const read = (await (await fetch(`${echo.url}/__sandbox/latency`)).json()) as unknown;
		expect(apiAnswered).toBe(false);
		expect(read).toEqual({ latency: { latencyMs: 400, jitterMs: 0, seed: 9 } });
		await pending;

		const cleared = await fetch(`${echo.url}/__sandbox/latency`, { method: 'DELETE' });
		expect(await cleared.json()).toEqual({ ok: true, latency: null });
		expect(echo.server.getLatency()).toBeUndefined();
		// Control calls are not in the request log: only the one API request is.
		expect(echo.server.received()).toHaveLength(1);
	});

	test('the control API refuses a negative or non-numeric latency and keeps the one set', async () => {
		echo.server.setLatency({ latencyMs: 10 });
		for (const body of [{ latencyMs: -1 }, { latencyMs: 'slow' }, { latencyMs: 10, jitterMs: -2 }]) {
			const reply = await fetch(`${echo.url}/__sandbox/latency`, { method: 'POST', body: JSON.stringify(body) });
			expect(reply.status).toBe(400);
			expect(((await reply.json()) as { error: string }).error).toMatch(/must be a number ≥ 0/);
		}
		expect(echo.server.getLatency()).toEqual({ latencyMs: 10, jitterMs: 0, seed: 1 });
	});
});

describe('Sandbox latency under a real node run', () => {
	const omnix = useSandbox(() => new OmnixSandbox());
	afterEach(() => omnix.server.setLatency(undefined));

	test('Omnix V6 Get Many through the engine: the same request and items, the request held back by the seeded delay', async () => {
		omnix.server.setLatency({ latencyMs: 120, jitterMs: 40, seed: 5 });
		// The first delay of seed 5, as a second sandbox with the same setting draws it.
		const probe = new Echo();
		probe.setLatency({ latencyMs: 120, jitterMs: 40, seed: 5 });
		const url = await probe.listen(0, '127.0.0.1');
		await fetch(`${url}/thing/1`);
		const expected = probe.received()[0].delayMs!;
		await probe.close();

		const result = await runWorkflow(
			subjectWorkflow({
				type: 'omnix',
				parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, fromDate: '2018-01-01T00:00:00', toDate: '2018-01-31T00:00:00' } as never,
				credentials: ['omnixV6Api'],
			}),
			{ credentials: { omnixV6Api: { domain: omnix.url, apiKey: OMNIX_DEMO_API_KEY } } },
		);
		const requests = omnix.server.received();
		expect(requests).toHaveLength(1);
		expect(requests[0].path).toBe('/v6-api/rest/invoices');
		expect(requests[0].delayMs).toBe(expected);
		expect(expected).toBeGreaterThanOrEqual(80);
		expect(expected).toBeLessThanOrEqual(160);
		expect(result.items().map((i) => i.json.invoiceNo)).toEqual(['LT001', 'LT002', 'LT003']);
	});
});

test('npm run sandbox -- --latency 150±50 delays every sandbox and says so', async () => {
	const cli = await startSandboxCli(['--port-base', '0', '--only', 'omnixV6', '--latency', '150±50', '--latency-seed', '4']);
	try {
		const { output } = cli;
		expect(output).toContain('Latency: 150±50 ms before every API request (seed 4)');
		const omnix = /Omnix V6\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1];
		expect(await (await fetch(`${omnix}/__sandbox/latency`)).json()).toEqual({ latency: { latencyMs: 150, jitterMs: 50, seed: 4 } });
		const reply = await fetch(`${omnix}/v6-api/rest/invoices?fromDate=01012018&toDate=31012018`, {
			headers: { Authorization: `ApiKey ${OMNIX_DEMO_API_KEY}` },
		});
		expect(reply.status).toBe(200);
		const [logged] = (await (await fetch(`${omnix}/__sandbox/requests`)).json()) as Array<{ delayMs: number }>;
		expect(logged.delayMs).toBeGreaterThanOrEqual(100);
		expect(logged.delayMs).toBeLessThanOrEqual(200);
	} finally {
		cli.stop();
	}
}, 30000);
