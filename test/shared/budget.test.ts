// The per-run budget gate (nodes/shared/budget.ts) every request of a node run passes when its
// provider's transport gives a budget: never more than `limit` starts in any window, the budget a
// reply states never overdrawn by requests in flight, after a 429 a pause for the whole run and
// pacing to the window it showed, and one request at a time against a provider that counts in
// fixed windows, pacing to those windows. Checked on a virtual clock: what is asserted is where each start
// falls in time, never how long the test took.
import type { GateClock } from '../../nodes/shared/budget';
import { BudgetGate } from '../../nodes/shared/budget';

/** A clock that moves only when a request sleeps: each sleep jumps to its end. */
function virtualClock(): GateClock & { t: number } {
	const clock = {
		t: 1_000_000,
		now: () => clock.t,
		sleep: async (ms: number) => {
			const target = clock.t + ms;
			await Promise.resolve();
			clock.t = Math.max(clock.t, target);
		},
	};
	return clock;
}

/** The most starts that fall within any window of `windowMs` (a start at exactly +windowMs is the next window). */
function mostInAnyWindow(log: number[], windowMs: number): number {
	let most = 0;
	for (let i = 0; i < log.length; i++) most = Math.max(most, log.filter((t) => t >= log[i] && t < log[i] + windowMs).length);
	return most;
}

describe('BudgetGate', () => {
	test('never lets more than N requests start in a window, with 10 requests asking at once', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({ limit: 3, windowMs: 100 }, clock, 4);
		await Promise.all(
			Array.from({ length: 10 }, async () => {
				await gate.take();
				gate.observe({ statusCode: 200, headers: {} });
			}),
		);
		expect(gate.log).toHaveLength(10);
		expect(mostInAnyWindow(gate.log, 100)).toBe(3);
		// The gate does not wait more than it must: the first three at once, then one window later.
		expect(gate.log.slice(0, 4).map((t) => t - gate.log[0])).toEqual([0, 0, 0, 100]);
	});

	test('the budget a reply states is not overdrawn by the requests started after it', async () => {
		const clock = virtualClock();
		const resetAtMs = clock.t + 500;
		const gate = new BudgetGate({ fromReply: (h) => (h.remaining ? { remaining: Number(h.remaining), resetAtMs } : undefined) }, clock, 4);
		await gate.take();
		gate.observe({ statusCode: 200, headers: { remaining: '2' } });
		// Two may go on the stated budget; the third waits for the reset.
		await gate.take();
		await gate.take();
		expect(gate.log.every((t) => t < resetAtMs)).toBe(true);
		await gate.take();
		expect(gate.log[3]).toBe(resetAtMs);
	});

	test('a 429 pauses every request of the run until its Retry-After ends, not only the refused one', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({}, clock, 4);
		await gate.take();
		gate.observe({ statusCode: 429, headers: {} }, 1000);
		const pausedUntil = clock.t + 1000;
		await gate.take();
		expect(gate.log[1]).toBe(pausedUntil);
	});

	test('the retry that already waited out the pause is not held again', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({}, clock, 4);
		await gate.take();
		gate.observe({ statusCode: 429, headers: {} }, 1000);
		const served = clock.t + 1000;
		const before = clock.t;
		await gate.take(Infinity, served);
		expect(gate.log[1]).toBe(before);
	});

	test('after a 429, with several in flight, the run is paced to what the window accepted', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({ learn: true }, clock, 4);
		const first = clock.t;
		// Five accepted, the sixth refused with Retry-After 1 s: 5 per (1 s from the first start).
		for (let i = 0; i < 5; i++) {
			await gate.take();
			gate.observe({ statusCode: 200, headers: {} });
		}
		await gate.take();
		gate.observe({ statusCode: 429, headers: {} }, 1000);
		await Promise.all(
			Array.from({ length: 12 }, async () => {
				await gate.take();
				gate.observe({ statusCode: 200, headers: {} });
			}),
		);
		const after = gate.log.slice(6);
		expect(after[0]).toBe(first + 1000);
		expect(mostInAnyWindow(after, 1000)).toBe(5);
	});

	describe('a 429 from a provider that states its budget (another client, e.g. a second n8n worker, spent most of it)', () => {
		/** Replies state `remaining` and a reset 2 s after the window began (Billomat's headers, as the transport reads them). */
		const stating = (windowStart: () => number) => ({
			learn: true,
			fromReply: (h: Record<string, string>) => (h.remaining === undefined ? undefined : { remaining: Number(h.remaining), resetAtMs: windowStart() + 2000 }),
		});

		test('with the stated budget spent, the run is not paced to what the other client left over', async () => {
			const clock = virtualClock();
			let windowStart = clock.t;
			const gate = new BudgetGate(stating(() => windowStart), clock, 3);
			// Two accepted, then refused: the other client took the rest of this window's budget.
			await gate.take();
			gate.observe({ statusCode: 200, headers: { remaining: '1' } });
			await gate.take();
			gate.observe({ statusCode: 200, headers: { remaining: '0' } });
			await gate.take();
			gate.observe({ statusCode: 429, headers: { remaining: '0' } }, 2000);
			// The other client has stopped: the next window's 25 are this run's, and it uses them.
			windowStart += 2000;
			let left = 25;
			await Promise.all(
				Array.from({ length: 24 }, async () => {
					await gate.take();
					gate.observe({ statusCode: 200, headers: { remaining: String(--left) } });
				}),
			);
			const after = gate.log.slice(3);
			expect(after[0]).toBe(windowStart);
			expect(after.every((t) => t === windowStart)).toBe(true);
		});

		test('with budget still stated (a burst limit), the run is paced to what the window accepted', async () => {
			const clock = virtualClock();
			const windowStart = clock.t;
			const gate = new BudgetGate(stating(() => windowStart), clock, 3);
			for (let i = 0; i < 4; i++) {
				await gate.take();
				gate.observe({ statusCode: 200, headers: { remaining: String(200 - i) } });
			}
			await gate.take();
			gate.observe({ statusCode: 429, headers: { remaining: '196' } }, 1000);
			await Promise.all(
				Array.from({ length: 12 }, async () => {
					await gate.take();
					gate.observe({ statusCode: 200, headers: { remaining: '150' } });
				}),
			);
			expect(mostInAnyWindow(gate.log.slice(5), 1000)).toBe(4);
		});
	});

	test('one request at a time: a learned window does not add waits (the retry follows the provider)', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({ learn: true }, clock, 1);
		await gate.take();
		gate.observe({ statusCode: 200, headers: {} });
		await gate.take();
		gate.observe({ statusCode: 429, headers: {} }, 1000);
		const served = clock.t + 1000;
		clock.t = served;
		for (let i = 0; i < 3; i++) {
			await gate.take(Infinity, served);
			gate.observe({ statusCode: 200, headers: {} });
		}
		expect(gate.log.slice(2)).toEqual([served, served, served]);
	});

	test('a wait longer than the maximum is not started: the caller gets its length', async () => {
		const clock = virtualClock();
		const gate = new BudgetGate({ limit: 1, windowMs: 60_000 }, clock, 2);
		expect(await gate.take(1000)).toBeUndefined();
		expect(await gate.take(1000)).toBe(60_000);
		expect(gate.log).toHaveLength(1);
	});

	describe('one request at a time, against a provider that counts in fixed windows (fixedWindows)', () => {
		/** One attempt as the limiter saw it. */
		interface Attempt {
			item: number;
			at: number;
			window: number;
			status: 200 | 429;
		}

		/**
		 * A run of `items` requests through the gate at Concurrent Requests 1, as the http core sends
		 * them: each attempt passes `take`, takes `requestMs`, and a 429 is retried after its
		 * Retry-After (the retry's own wait, then `take` with the pause served). In front: a limiter
		 * that accepts `limit(window)` requests per window of `windowMs(window)` aligned to the clock,
		 * less what `others(window)` spend first, and answers 429 with Retry-After in whole seconds
		 * (rounded up) until the window ends.
		 */
		async function run(options: {
			items: number;
			startPhase: number;
			requestMs: number;
			limit: (window: number) => number;
			windowMs?: (window: number) => number;
			others?: (window: number) => number;
		}) {
			const clock = virtualClock();
			clock.t = 1_700_000_000_000 + options.startPhase;
			const windowMsOf = options.windowMs ?? (() => 1000);
			const gate = new BudgetGate({ learn: true, fixedWindows: true }, clock, 1);
			const attempts: Attempt[] = [];
			/** Windows of the limiter: the clock divided into windows of windowMs (the length can change). */
			const windowAt = (t: number) => {
				let window = 0;
				let start = 1_700_000_000_000;
				while (start + windowMsOf(window) <= t) start += windowMsOf(window++);
				return { window, end: start + windowMsOf(window) };
			};
			const used = new Map<number, number>();
			for (let item = 0; item < options.items; item++) {
				let served = 0;
				for (;;) {
					await gate.take(Infinity, served);
					const at = clock.t;
					const { window, end } = windowAt(at);
					const spent = used.get(window) ?? options.others?.(window) ?? 0;
					clock.t += options.requestMs;
					if (spent >= options.limit(window)) {
						attempts.push({ item, at, window, status: 429 });
						const retryAfterMs = Math.max(1, Math.ceil((end - at) / 1000)) * 1000;
						gate.observe({ statusCode: 429, headers: {} }, retryAfterMs);
						clock.t += retryAfterMs;
						served = clock.t;
						continue;
					}
					used.set(window, spent + 1);
					attempts.push({ item, at, window, status: 200 });
					gate.observe({ statusCode: 200, headers: {} });
					break;
				}
			}
			const accepted = attempts.filter((a) => a.status === 200);
			const refused = attempts.filter((a) => a.status === 429);
			const perWindow = (list: Attempt[]) => {
				const counts = new Map<number, number>();
				for (const a of list) counts.set(a.window, (counts.get(a.window) ?? 0) + 1);
				return counts;
			};
			return { attempts, accepted, refused, acceptedPerWindow: perWindow(accepted), refusedPerWindow: perWindow(refused), end: clock.t };
		}

		/** Every item accepted exactly once (a 429 is a refusal: its retry is not a second write). */
		function eachItemAcceptedOnce(accepted: Attempt[], items: number) {
			expect(accepted.map((a) => a.item)).toEqual(Array.from({ length: items }, (_, i) => i));
		}

		test('the limit learned after the first pause is sent in every window, with no 429 after it', async () => {
			const { accepted, refused, acceptedPerWindow, refusedPerWindow } = await run({ items: 200, startPhase: 437, requestMs: 7, limit: () => 20 });
			eachItemAcceptedOnce(accepted, 200);
			// The run's first window, then the first window after the pause: each ends in one 429.
			expect(refused.map((a) => a.window)).toEqual([0, 1]);
			expect(Math.max(...refusedPerWindow.values())).toBe(1);
			// Every window gets its whole budget, the last one what is left.
			expect([...acceptedPerWindow.values()]).toEqual([20, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
			// Paced from the end of the second 429's Retry-After: one window later each time, not later.
			const turn = refused[1].at + 7 + 1000;
			const firstOfWindows = [...acceptedPerWindow.keys()].slice(2).map((w) => accepted.find((a) => a.window === w)!.at);
			expect(firstOfWindows).toEqual(firstOfWindows.map((_, k) => turn + k * 1000));
		});

		test('1,000 items: at least 0.95 of the rate of a client that used every allowed request, wherever the run starts in a window', async () => {
			for (const startPhase of [0, 250, 500, 750, 990]) {
				const { accepted, refused, end } = await run({ items: 1000, startPhase, requestMs: 7, limit: () => 20 });
				eachItemAcceptedOnce(accepted, 1000);
				// The 429s that teach the limit (one more when the stretch that taught it ran into the next
				// window), then none.
				expect(refused.length).toBeLessThanOrEqual(5);
				expect(Math.max(...refused.map((a) => a.window))).toBeLessThan(6);
				// The ideal: the run's first window's budget, then 20 a window; the last 20 start at the
				// beginning of the 50th window.
				const ideal = 49 * 1000 - startPhase;
				expect(ideal / (end - accepted[0].at)).toBeGreaterThanOrEqual(0.95);
			}
		});

		test('the run\'s first window, partly spent by another client, does not set the limit', async () => {
			const { accepted, refused, acceptedPerWindow } = await run({
				items: 100,
				startPhase: 300,
				requestMs: 7,
				limit: () => 20,
				others: (w) => (w === 0 ? 8 : 0),
			});
			eachItemAcceptedOnce(accepted, 100);
			expect(refused.map((a) => a.window)).toEqual([0, 1]);
			expect([...acceptedPerWindow.values()]).toEqual([12, 20, 20, 20, 20, 8]);
		});

		test('another client starts spending part of every window: at most one 429 a window, then paced to what is left', async () => {
			const { accepted, refused, acceptedPerWindow, refusedPerWindow } = await run({
				items: 200,
				startPhase: 600,
				requestMs: 7,
				limit: () => 20,
				others: (w) => (w >= 4 ? 5 : 0),
			});
			eachItemAcceptedOnce(accepted, 200);
			expect(Math.max(...refusedPerWindow.values())).toBe(1);
			// Refused in window 4, the pacing stops and is learned again; the stretches that learn it run
			// into the next window a few times (each one 429), then no 429.
			expect(refused.map((a) => a.window)).toEqual([0, 1, 4, 6, 7, 8]);
			// Every full window after that gets what the other client leaves.
			expect([...acceptedPerWindow.entries()].filter(([w]) => w >= 6).map(([, n]) => n).slice(0, -1)).toEqual(Array(6).fill(15));
		});

		test('the provider\'s window changes (20 a second, then 30 in 2 s): at most one 429 a window, then paced to the new one', async () => {
			const { accepted, refused, refusedPerWindow, acceptedPerWindow } = await run({
				items: 300,
				startPhase: 200,
				requestMs: 7,
				limit: (w) => (w < 5 ? 20 : 30),
				windowMs: (w) => (w < 5 ? 1000 : 2000),
			});
			eachItemAcceptedOnce(accepted, 300);
			expect(Math.max(...refusedPerWindow.values())).toBe(1);
			// Learned again from the first 2-second windows; no 429 after that.
			const lastRefused = Math.max(...refused.map((a) => a.window));
			expect(lastRefused).toBeLessThanOrEqual(7);
			expect([...acceptedPerWindow.entries()].filter(([w]) => w > lastRefused && w < Math.max(...acceptedPerWindow.keys())).map(([, n]) => n)).toEqual(
				expect.arrayContaining([30]),
			);
		});

		test('a Retry-After of 0 shows no window: nothing is paced', async () => {
			const clock = virtualClock();
			const gate = new BudgetGate({ learn: true, fixedWindows: true }, clock, 1);
			for (let round = 0; round < 2; round++) {
				await gate.take();
				gate.observe({ statusCode: 200, headers: {} });
				await gate.take();
				gate.observe({ statusCode: 429, headers: {} }, 0);
			}
			const before = clock.t;
			for (let i = 0; i < 5; i++) {
				await gate.take();
				gate.observe({ statusCode: 200, headers: {} });
			}
			expect(gate.log.slice(-5)).toEqual(Array(5).fill(before));
		});
	});
});
