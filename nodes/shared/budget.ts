import { sleep } from 'n8n-workflow';

/**
 * A provider's request budget, as its transport knows it. `shared/` knows no provider: each
 * transport passes its numbers (a documented or reported requests-per-window limit) and, where the
 * provider states its budget in every reply, a reader of those headers.
 */
export interface RateBudget {
	/** Requests that may start within any `windowMs` (e.g. 780 per minute). */
	limit?: number;
	windowMs?: number;
	/**
	 * Whether a 429 that shows the provider's window makes the gate pace the rest of the run to what
	 * was accepted in it (only while the run keeps several requests in flight: one at a time, the
	 * retry's own wait already follows the provider).
	 */
	learn?: boolean;
	/**
	 * The provider counts requests in fixed windows (aligned to a clock the client cannot see) and a
	 * 429's Retry-After runs to the end of the current window, in whole seconds. One request at a
	 * time, the gate then paces the rest of the run to the window a 429 showed (see `FixedWindows`), instead of running into a 429 and its rounded-up wait in every
	 * window.
	 */
	fixedWindows?: boolean;
	/**
	 * The budget a reply states (e.g. Billomat's X-Rate-Limit-Remaining and X-Rate-Limit-Reset):
	 * requests left, and the epoch ms at which the budget refills. Undefined when the reply says none.
	 */
	fromReply?: (headers: Record<string, string>) => { remaining: number; resetAtMs: number } | undefined;
}

/** What the gate needs of time; the tests give it a clock of their own. */
export interface GateClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const realClock: GateClock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

/**
 * One node run's gate in front of one provider: every request (every attempt, retries included)
 * passes `take()` before it starts, and `observe()` after its reply. It holds a request back while:
 * - `limit` requests already started within the last `windowMs` (a sliding window, so any
 *   fixed window the provider counts in also sees at most `limit`);
 * - the provider's stated budget (`fromReply`), less the requests started since that reply, is
 *   spent and its reset has not come;
 * - a 429 asked the run to wait (`Retry-After`): every request of the run waits, not only the one
 *   that was refused;
 * - after a 429, the window it showed: the requests the provider accepted since the previous pause
 *   (or the first request), over the time until its `Retry-After` ends. The gate then paces to at
 *   most that many per that time, so the next window is not overrun again;
 * - one request at a time against a provider with fixed windows (`fixedWindows`): see `FixedWindows`.
 */
/**
 * What one-at-a-time pacing knows of a provider that counts in fixed windows, learned from 429s:
 * - `limit`: the requests accepted between the end of one 429's pause and the next 429. The retry
 *   after a pause is the first request of a new window, so that is one window's budget; the run's
 *   first stretch is not used, since it may have begun in a window another client had partly spent;
 * - `windowMs`: the longest Retry-After seen;
 * - `turn`: the latest moment the window may turn, the end of the last 429's Retry-After (which is
 *   rounded up to whole seconds, so the window has turned by then), and then every `windowMs`.
 *
 * The gate sends `limit` requests from the latest turn, then holds the next until the next turn: no
 * 429 and no whole-second wait in every window. A 429 while pacing (another client spends part of
 * the budget, or the provider's window changed) stops the pacing until the next 429 teaches it again.
 */
interface FixedWindows {
	limit: number;
	windowMs: number;
	turn: number;
}

export class BudgetGate {
	private readonly starts: number[] = [];
	private pausedUntil = 0;
	private stated?: { remaining: number; resetAtMs: number; startedSince: number };
	private learned?: { limit: number; windowMs: number };
	/** When the current stretch of accepted requests began (the first request, or the end of the last pause). */
	private stretchStart?: number;
	private acceptedInStretch = 0;
	private fixed?: FixedWindows;
	/** Whether the current stretch began at the end of a 429's pause. */
	private stretchAfterPause = false;
	/** The longest Retry-After seen. */
	private longestPauseMs = 0;
	/** Requests started and not yet answered: what the tests observe as "in flight". */
	inFlight = 0;
	/** Starts, in the gate's clock: what the tests check the limits against. */
	readonly log: number[] = [];

	constructor(
		private readonly budget: RateBudget,
		private readonly clock: GateClock = realClock,
		/** Requests the run may keep in flight (the node's Concurrent Requests). */
		readonly concurrency = 1,
	) {}

	private windowLimits(): Array<{ limit: number; windowMs: number }> {
		const limits: Array<{ limit: number; windowMs: number }> = [];
		const { limit, windowMs } = this.budget;
		if (limit && limit > 0 && windowMs && windowMs > 0) limits.push({ limit, windowMs });
		if (this.learned && this.budget.learn && this.concurrency > 1) limits.push(this.learned);
		return limits;
	}

	/** Ms to wait before one more request may start now, 0 when it may start at once. */
	private waitMs(now: number, pauseServedUntil: number): number {
		let wait = pauseServedUntil >= this.pausedUntil ? 0 : Math.max(0, this.pausedUntil - now);
		for (const { limit, windowMs } of this.windowLimits()) {
			const inWindow = this.starts.filter((t) => t > now - windowMs);
			if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit] + windowMs - now);
		}
		// Only the requests started since the reply count here; a reply that itself says 0 is the
		// transport's own wait (one request at a time never waits twice).
		const stated = this.stated;
		if (stated && stated.startedSince > 0 && now < stated.resetAtMs && stated.remaining - stated.startedSince <= 0) {
			wait = Math.max(wait, stated.resetAtMs - now);
		}
		return wait;
	}

	/** Whether one-at-a-time pacing to fixed windows applies to this run. */
	private get pacesFixedWindows(): boolean {
		return !!this.budget.fixedWindows && this.concurrency === 1;
	}

	/** The latest turn at or before `now`. */
	private turnAt(now: number, fixed: FixedWindows): number {
		return fixed.turn + Math.floor((now - fixed.turn) / fixed.windowMs) * fixed.windowMs;
	}

	/** Requests started since `since` (at one request at a time, the log holds every start, in order). */
	private startedSince(since: number): number {
		let sent = 0;
		for (let i = this.log.length - 1; i >= 0 && this.log[i] >= since; i--) sent++;
		return sent;
	}

	/** One request at a time against fixed windows: ms to wait before the next request, 0 when it may start now. */
	private pacedMs(now: number): number {
		const fixed = this.fixed;
		if (!this.pacesFixedWindows || !fixed || now < fixed.turn) return 0;
		const turn = this.turnAt(now, fixed);
		return this.startedSince(turn) < fixed.limit ? 0 : turn + fixed.windowMs - now;
	}

	/** What a 429 says of the fixed windows, one request at a time (`now`: its reply). */
	private learnFixedWindows(now: number, retryAfterMs: number): void {
		this.longestPauseMs = Math.max(this.longestPauseMs, retryAfterMs);
		const windowMs = this.longestPauseMs;
		const turn = now + retryAfterMs;
		if (this.fixed) {
			// Refused while pacing (another client spends part of the budget, the provider's window
			// changed, or the stretch that taught the limit ran into the next window): pacing stops,
			// and the stretch that starts at this pause's end, the first request of a window, teaches
			// the limit again.
			this.fixed = undefined;
		} else if (this.stretchAfterPause && this.acceptedInStretch > 0) {
			this.fixed = { limit: this.acceptedInStretch, windowMs, turn };
		}
	}

	/**
	 * Wait until one more request may start, and count it as started. `maxWaitMs`: a longer wait
	 * than this is not started; the caller gets the wait asked for and fails the item instead.
	 * `pauseServedUntil`: the caller already waited out a 429's pause until then (its own retry).
	 */
	async take(maxWaitMs = Infinity, pauseServedUntil = 0): Promise<number | undefined> {
		for (;;) {
			const before = this.clock.now();
			const wait = Math.max(this.waitMs(before, pauseServedUntil), this.pacedMs(before));
			if (wait <= 0) break;
			if (wait > maxWaitMs) return wait;
			await this.clock.sleep(wait);
			// A sleep that came back long before its time (a test's recorded sleep) is taken as served.
			if (this.clock.now() - before < wait / 2) break;
		}
		const now = this.clock.now();
		this.starts.push(now);
		this.log.push(now);
		const longest = Math.max(0, ...this.windowLimits().map((l) => l.windowMs));
		while (this.starts.length && this.starts[0] <= now - longest) this.starts.shift();
		if (this.stated) this.stated.startedSince++;
		this.stretchStart ??= now;
		this.inFlight++;
		return undefined;
	}

	/** After a reply (or a failure without one): the budget it states, and the pause a 429 asks for. */
	observe(reply: { statusCode: number; headers: Record<string, string> } | undefined, retryAfterMs?: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (!reply) return;
		const now = this.clock.now();
		const stated = this.budget.fromReply?.(reply.headers);
		// The requests still in flight may not be counted in what this reply states: count them as spent.
		// Replies of requests in flight together can arrive out of order: within one budget window
		// the provider's count only goes down, so the lowest stated is the nearest to the truth, and
		// a reply about a window that has already been replaced says nothing new.
		const previous = this.stated;
		if (stated && !(previous && stated.resetAtMs < previous.resetAtMs)) {
			const remaining = previous && previous.resetAtMs === stated.resetAtMs ? Math.min(previous.remaining, stated.remaining) : stated.remaining;
			this.stated = { ...stated, remaining, startedSince: this.inFlight };
		}
		if (reply.statusCode !== 429) {
			this.acceptedInStretch++;
			return;
		}
		if (retryAfterMs === undefined) return;
		if (this.pacesFixedWindows && retryAfterMs > 0) this.learnFixedWindows(now, retryAfterMs);
		const until = now + retryAfterMs;
		if (until > this.pausedUntil) {
			// The window this 429 showed: what was accepted since the stretch began, until it ends.
			// Not when the reply states the budget spent: then the stated budget paces the run, and
			// what was accepted in the stretch is what other clients of the account (another n8n
			// worker) left over, which would hold this run back after they stop.
			const statedSpent = stated !== undefined && stated.remaining <= 0;
			if (!statedSpent && this.acceptedInStretch > 0 && this.stretchStart !== undefined) {
				this.learned = { limit: this.acceptedInStretch, windowMs: Math.max(1, until - this.stretchStart) };
			}
			this.pausedUntil = until;
			this.stretchStart = until;
			this.stretchAfterPause = true;
			this.acceptedInStretch = 0;
		}
	}
}

const gates = new WeakMap<object, Map<string, BudgetGate>>();

/** The gate of this node run (the execution context) for one provider, made on first use. */
const concurrencies = new WeakMap<object, number>();

/** The router says how many requests this node run keeps in flight (its Concurrent Requests). */
export function setRunConcurrency(context: object, concurrency: number): void {
	concurrencies.set(context, concurrency);
}

export function gateOf(context: object, key: string, budget: RateBudget): BudgetGate {
	let perRun = gates.get(context);
	if (!perRun) {
		perRun = new Map();
		gates.set(context, perRun);
	}
	let gate = perRun.get(key);
	if (!gate) {
		gate = new BudgetGate(budget, realClock, concurrencies.get(context) ?? 1);
		perRun.set(key, gate);
	}
	return gate;
}
