// The per-run budget gate (nodes/shared/budget.ts) every request of a node run passes when its
// provider's transport gives a budget: never more than `limit` starts in any window, the budget a
// reply states never overdrawn by requests in flight, and after a 429 a pause for the whole run and
// pacing to the window it showed. Checked on a virtual clock: what is asserted is where each start
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
});
