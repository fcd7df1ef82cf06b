// A stopped clock for trigger tests. Only Date is replaced (timers, sockets and the sandboxes keep
// running), so the node's "today" is known however late the suite runs. Replacing luxon's
// `Settings.now` is not enough: the compiled package (TEST_FROM_DIST=1) carries its own luxon in
// dist/vendor, which reads Date like every other copy.
import { DateTime } from 'luxon';

const REAL_TIMERS = [
	'hrtime',
	'nextTick',
	'performance',
	'queueMicrotask',
	'requestAnimationFrame',
	'cancelAnimationFrame',
	'requestIdleCallback',
	'cancelIdleCallback',
	'setImmediate',
	'clearImmediate',
	'setInterval',
	'clearInterval',
	'setTimeout',
	'clearTimeout',
] as const;

/** Stop Date at `now` for the rest of the test (undone by `restoreClock`). */
export function stopClockAt(now: DateTime): DateTime {
	jest.useFakeTimers({ now: now.toMillis(), doNotFake: [...REAL_TIMERS] });
	return now;
}

export function restoreClock(): void {
	jest.useRealTimers();
}
