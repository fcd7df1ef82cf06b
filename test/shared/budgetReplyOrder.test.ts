// The budget gate (nodes/shared/budget.ts) with replies that arrive out of order: requests in
// flight together can be answered in any order, and the budget each reply states was counted by
// the provider in the order it received them. Within one window the provider's count only goes
// down, so a later-arriving reply stating more left must not reopen spent budget; a reply about a
// window already replaced says nothing. On a virtual clock: what is asserted is where each start
// falls, never how long the test took.
import type { GateClock } from '../../nodes/shared/budget';
import { BudgetGate } from '../../nodes/shared/budget';

function virtualClock(): GateClock & { t: number } {
	const clock = {
		t: 5_000_000,
		now: () => clock.t,
		sleep: async (ms: number) => {
			await Promise.resolve();
			clock.t = Math.max(clock.t, clock.t + ms);
		},
	};
	return clock;
}

const stated = (remaining: number, resetAtMs: number) => ({ statusCode: 200, headers: { remaining: String(remaining), reset: String(resetAtMs) } });
const fromReply = (h: Record<string, string>) => (h.remaining ? { remaining: Number(h.remaining), resetAtMs: Number(h.reset) } : undefined);

describe('BudgetGate with replies out of order', () => {
	test('a later-arriving reply that states more left does not reopen the budget of that window', async () => {
		const clock = virtualClock();
		const reset = clock.t + 1000;
		const gate = new BudgetGate({ fromReply }, clock, 4);
		// Four in flight; the provider counted them 1..4 of a budget of 5 (left after each: 4, 3, 2, 1).
		for (let i = 0; i < 4; i++) await gate.take();
		gate.observe(stated(1, reset)); // the 4th counted arrives first
		gate.observe(stated(3, reset)); // then the 2nd counted: it must not make 3 look left
		// 1 left at most, and the two still in flight may take it: the next start waits for the reset.
		await gate.take();
		expect(gate.log[4]).toBe(reset);
	});

	test('a reply about a window already replaced is ignored; a new window is taken as stated', async () => {
		const clock = virtualClock();
		const t0 = clock.t;
		const first = t0 + 100;
		const second = first + 1000;
		const gate = new BudgetGate({ fromReply }, clock, 4);
		await gate.take();
		gate.observe(stated(2, first));
		await gate.take();
		await gate.take();
		gate.observe(stated(9, second)); // the provider's new window
		gate.observe(stated(0, first)); // late, from the old one: says nothing new
		await gate.take();
		await gate.take();
		expect(gate.log).toEqual([t0, t0, t0, t0, t0]);
	});
});
