// What a polling trigger remembers between polls of a list it asks for by document date: every
// record key seen, filed under the record's day, so a record that appears late (dated inside the
// look-back window) is emitted once, and one dated before the remembered window is never emitted
// twice. Provider-free: a trigger gives each record's key and day.
import type { IDataObject, INodeProperties, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

/** Most keys remembered; past it the oldest days are forgotten first. */
export const MAX_REMEMBERED = 10_000;

/** The trigger's workflow static data. */
export interface PollState {
	/** ISO day, in the workflow's zone, of the last poll that got a reply. */
	lastDay?: string;
	/**
	 * ISO day: every record dated on or after it that the provider has returned is in `seenByDay`.
	 * A record dated before it may have been emitted and forgotten, so it is never emitted.
	 */
	since?: string;
	/** Record date (ISO; the day first seen when unreadable) → the keys of the records seen. */
	seenByDay?: Record<string, string[]>;
	/** Written before the look-back: the keys of the last window, which started on `lastDay`. Read once. */
	seen?: string[];
}

/** What the trigger remembers between polls. */
export interface Memory {
	since: string;
	/** key → the day it is filed under. */
	days: Map<string, string>;
}

/** The memory in static data, as written now or before the look-back ({ lastDay, seen }); none before the first poll. */
export function readMemory(state: PollState): Memory | undefined {
	if (typeof state.lastDay !== 'string') return undefined;
	const days = new Map<string, string>();
	if (state.seenByDay && typeof state.seenByDay === 'object') {
		for (const [day, keys] of Object.entries(state.seenByDay)) {
			for (const key of Array.isArray(keys) ? keys : []) days.set(String(key), day);
		}
		return { since: typeof state.since === 'string' ? state.since : state.lastDay, days };
	}
	// Before the look-back, only the window that started on lastDay was remembered: what is dated
	// earlier was emitted then, or never will be.
	for (const key of Array.isArray(state.seen) ? state.seen : []) days.set(String(key), state.lastDay);
	return { since: state.lastDay, days };
}

const nextDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;

/** At most MAX_REMEMBERED keys: the oldest days go first (never the newest), and `since` moves past them. */
function capped(memory: Memory): Memory {
	if (memory.days.size <= MAX_REMEMBERED) return memory;
	const perDay = new Map<string, number>();
	for (const day of memory.days.values()) perDay.set(day, (perDay.get(day) ?? 0) + 1);
	const ordered = [...perDay.keys()].sort();
	const dropped = new Set<string>();
	let total = memory.days.size;
	let since = memory.since;
	for (const day of ordered.slice(0, -1)) {
		if (total <= MAX_REMEMBERED) break;
		dropped.add(day);
		total -= perDay.get(day)!;
		if (nextDay(day) > since) since = nextDay(day);
	}
	return { since, days: new Map([...memory.days].filter(([, day]) => !dropped.has(day))) };
}

/** How a trigger names its records: a key (what counts as "the same") and an ISO day, when readable. */
export interface RecordIdentity {
	key(record: IDataObject): string;
	day(record: IDataObject): string | undefined;
}

/**
 * One reply against what was remembered: the records to emit (new keys, not dated before `since`;
 * none on the first poll) and what to remember next: every key of this reply, and those
 * remembered that are still dated inside the window.
 */
export function reconcile(
	memory: Memory | undefined,
	records: IDataObject[],
	window: { from: string; today: string },
	identity: RecordIdentity,
): { fresh: IDataObject[]; next: Memory } {
	const fresh: IDataObject[] = [];
	const replied = new Map<string, string>();
	for (const record of records) {
		const key = identity.key(record);
		if (replied.has(key)) continue;
		const day = identity.day(record);
		const known = memory?.days.get(key);
		replied.set(key, day ?? known ?? window.today);
		if (memory && known === undefined && (day === undefined || day >= memory.since)) fresh.push(record);
	}
	const days = new Map<string, string>();
	for (const [key, day] of memory?.days ?? []) {
		const filed = replied.get(key) ?? (day >= window.from ? day : undefined);
		if (filed !== undefined) days.set(key, filed);
	}
	for (const [key, day] of replied) if (!days.has(key)) days.set(key, day);
	return { fresh, next: capped({ since: window.from, days }) };
}

/** Writes only what changed (n8n saves the workflow's static data when anything was set). */
export function saveMemory(state: PollState, lastDay: string, memory: Memory): void {
	const seenByDay: Record<string, string[]> = {};
	const ordered = [...memory.days].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
	for (const [key, day] of ordered) (seenByDay[day] ??= []).push(key);
	if (state.seen !== undefined) delete state.seen;
	if (state.lastDay !== lastDay) state.lastDay = lastDay;
	if (state.since !== memory.since) state.since = memory.since;
	if (JSON.stringify(state.seenByDay) !== JSON.stringify(seenByDay)) state.seenByDay = seenByDay;
}

/**
 * The first day a poll asks for: `lookBack` calendar days before today, or the last good poll's
 * day if that is earlier (polls failed or stopped for a while), so nothing dated since is skipped.
 */
export function windowStart(state: PollState, memory: Memory | undefined, today: DateTime, lookBack: number): DateTime {
	const last = memory ? DateTime.fromISO(state.lastDay!, { zone: today.zone }) : undefined;
	const lookBackStart = today.minus({ days: lookBack });
	return last?.isValid && last < lookBackStart ? last : lookBackStart;
}

/** The longest Look-Back (Days) a trigger takes: a year and a day. */
export const MAX_LOOK_BACK_DAYS = 366;

/** The Look-Back (Days) field (`lookBackDays`), with the trigger's default and description. */
export function lookBackProperty(defaultDays: number, description: string): INodeProperties {
	return {
		displayName: 'Look-Back (Days)',
		name: 'lookBackDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_LOOK_BACK_DAYS },
		default: defaultDays,
		description,
	};
}

/**
 * Look-Back (Days), refused before any request unless a whole number from 1 to
 * MAX_LOOK_BACK_DAYS; `advice` ends the sentence saying what to give (e.g. "7 suits most carriers.").
 */
export function lookBackDaysOf(context: IPollFunctions, defaultDays: number, advice: string): number {
	const lookBack = Number(context.getNodeParameter('lookBackDays', defaultDays));
	if (!Number.isInteger(lookBack) || lookBack < 1 || lookBack > MAX_LOOK_BACK_DAYS) {
		throw new NodeOperationError(context.getNode(), `Look-Back (Days) is ${JSON.stringify(lookBack)}`, {
			description: `Give a whole number of days from 1 to ${MAX_LOOK_BACK_DAYS}; ${advice}`,
		});
	}
	return lookBack;
}
