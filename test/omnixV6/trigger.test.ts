import { DateTime } from 'luxon';

import { OMNIX_DEMO_API_KEY, OmnixSandbox, omnixSeed } from '../../sandbox/omnixV6';
import { DEFAULT_LOOK_BACK_DAYS, MAX_REMEMBERED } from '../../nodes/OmnixV6/OmnixV6Trigger.node';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { restoreClock, stopClockAt } from '../harness/clock';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

function triggerWorkflow(parameters: Record<string, unknown> = {}, timezone?: string): WorkflowJson {
	return {
		settings: timezone ? { timezone } : undefined,
		nodes: [
			{
				id: 'trigger',
				name: 'Omnix V6 Trigger',
				type: 'n8n-nodes-invoicing.omnixV6Trigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: parameters as never,
				credentials: { omnixV6Api: { id: '1', name: 'Omnix V6 (test)' } },
			},
		],
		connections: {},
	};
}

const fmt = (d: DateTime) => d.toFormat('ddMMyyyy');

/** Stops the clock at `iso` for this test (test/harness/clock.ts: only Date is replaced). */
function clockAt(iso: string): DateTime {
	return stopClockAt(DateTime.fromISO(iso, { setZone: true }));
}

afterEach(restoreClock);

/** Noon (UTC) of the day the suite runs: the sandbox's demo invoices are dated relative to it. */
const NOON_TODAY_UTC = () => DateTime.utc().startOf('day').plus({ hours: 12 }).toISO()!;

describe('Omnix V6 Trigger › manual run', () => {
	test('returns the most recent invoices of the look-back window, newest first', async () => {
		const today = clockAt(NOON_TODAY_UTC()).startOf('day');
		const result = await runWorkflow(triggerWorkflow({ manualLookBackDays: 30, manualLimit: 5 }), {
			credentials: credentials(),
		});
		expect(api.server.received()[0].query).toEqual({
			fromDate: fmt(today.minus({ days: 30 })),
			toDate: fmt(today),
		});
		expect(result.items('Omnix V6 Trigger').map((i) => i.json.invoiceNo)).toEqual(['HF101', 'HF100']);
	});

	test('keeps only the chosen file types and the manual limit', async () => {
		const debit = await runWorkflow(triggerWorkflow({ fileTypes: ['D'] }), { credentials: credentials() });
		expect(debit.items('Omnix V6 Trigger').map((i) => i.json.invoiceNo)).toEqual(['HF100']);
		const one = await runWorkflow(triggerWorkflow({ manualLimit: 1 }), { credentials: credentials() });
		expect(one.items('Omnix V6 Trigger').map((i) => i.json.invoiceNo)).toEqual(['HF101']);
	});
});

describe('Omnix V6 Trigger › active polling', () => {
	test('first poll records the start, later polls emit only invoices not seen before', async () => {
		const today = clockAt(NOON_TODAY_UTC()).startOf('day');
		const poller = await activePoller(triggerWorkflow(), 'Omnix V6 Trigger', { credentials: credentials() });

		expect(await poller.poll()).toBeNull();
		expect(api.server.received()[0].query).toEqual({ fromDate: fmt(today.minus({ days: 7 })), toDate: fmt(today) });

		// Nothing new: the invoice already there today is not emitted again.
		expect(await poller.poll()).toBeNull();

		api.server.invoices.push(
			{ invoiceNo: 'HF102', fileType: 'I', invoiceDate: today.toFormat('yyyy-MM-dd'), lines: [] },
			// Same number, other file type: a different document.
			{ invoiceNo: 'HF101', fileType: 'C', invoiceDate: today.toFormat('dd-MM-yyyy'), lines: [] },
		);
		const emitted = await poller.poll();
		expect(emitted?.[0].map((i) => [i.json.invoiceNo, i.json.fileType, i.json.invoiceDate])).toEqual([
			['HF102', 'I', today.toISODate()],
			['HF101', 'C', today.toISODate()],
		]);

		expect(await poller.poll()).toBeNull();
		expect(poller.workflow.staticData['node:Omnix V6 Trigger']).toEqual({
			lastDay: today.toISODate(),
			since: today.minus({ days: 7 }).toISODate(),
			seenByDay: {
				[today.minus({ days: 2 }).toISODate()!]: ['HF100|D'],
				[today.toISODate()!]: ['HF101|I', 'HF102|I', 'HF101|C'],
			},
		});
	});

	test('polls that stopped for longer than the look-back ask from the last good poll\'s day', async () => {
		const lastDay = clockAt(NOON_TODAY_UTC()).startOf('day').minus({ days: 10 });
		const json = triggerWorkflow({ fileTypes: ['D'] });
		json.staticData = { 'node:Omnix V6 Trigger': { lastDay: lastDay.toISODate(), seen: [] } };
		const poller = await activePoller(json, 'Omnix V6 Trigger', { credentials: credentials() });
		const emitted = await poller.poll();
		expect(api.server.received()[0].query.fromDate).toBe(fmt(lastDay));
		expect(emitted?.[0].map((i) => i.json.invoiceNo)).toEqual(['HF100']);
	});
});

describe('Omnix V6 Trigger › "today" is the workflow\'s day, at any hour', () => {
	test.each([
		// Just after midnight UTC: n8n's default zone (New York) would still be on the 29th.
		['2026-11-30T00:30:00Z', 'UTC', '30112026'],
		['2026-11-30T04:59:00Z', 'UTC', '30112026'],
		// A zone ahead of UTC is on the next day already.
		['2026-11-29T23:30:00Z', 'Pacific/Auckland', '30112026'],
		['2026-11-30T00:30:00Z', 'Asia/Tokyo', '30112026'],
		// A zone behind UTC is still on the day before.
		['2026-11-30T00:30:00Z', 'America/New_York', '29112026'],
	])('at %s a workflow in %s polls up to %s', async (iso, zone, day) => {
		clockAt(iso);
		const poller = await activePoller(triggerWorkflow({}, zone), 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await poller.poll()).toBeNull();
		const isoDay = `${day.slice(4)}-${day.slice(2, 4)}-${day.slice(0, 2)}`;
		const weekBefore = fmt(DateTime.fromISO(isoDay).minus({ days: DEFAULT_LOOK_BACK_DAYS }));
		expect(api.server.received()[0].query).toEqual({ fromDate: weekBefore, toDate: day });
		expect(poller.workflow.staticData['node:Omnix V6 Trigger']).toMatchObject({ lastDay: isoDay });
	});

	test('a workflow that names no zone runs in the harness zone (UTC), not n8n\'s default', async () => {
		clockAt('2026-11-30T00:30:00Z');
		await runWorkflow(triggerWorkflow({ manualLookBackDays: 1 }), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({ fromDate: '29112026', toDate: '30112026' });
	});

	test('the manual run looks back from the workflow zone\'s today', async () => {
		clockAt('2026-11-29T23:30:00Z');
		await runWorkflow(triggerWorkflow({ manualLookBackDays: 2 }, 'Pacific/Auckland'), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({ fromDate: '28112026', toDate: '30112026' });
	});
});

// ---------------------------------------------------------------------------------------------
// Look-back: a document dated earlier than the day it appears on is emitted, once.
// ---------------------------------------------------------------------------------------------

const NODE = 'node:Omnix V6 Trigger';

/** The invoice numbers one poll emitted, at `iso`. */
async function pollAt(poller: Awaited<ReturnType<typeof activePoller>>, iso: string): Promise<string[]> {
	clockAt(iso);
	const out = await poller.poll();
	return (out?.[0] ?? []).map((item) => String(item.json.invoiceNo));
}

/** What the trigger keeps between polls, as plain JSON (to compare before and after a poll). */
const stateOf = (poller: Awaited<ReturnType<typeof activePoller>>) =>
	JSON.parse(JSON.stringify(poller.workflow.staticData[NODE] ?? null)) as Record<string, unknown> | null;

/** A trigger activated at `iso`, with the demo documents of that day already there (it records them). */
async function activatedAt(iso: string, zone: string, parameters: Record<string, unknown> = {}) {
	const now = clockAt(iso);
	api.server.invoices = omnixSeed(now.setZone(zone));
	const poller = await activePoller(triggerWorkflow(parameters, zone), 'Omnix V6 Trigger', {
		credentials: credentials(),
	});
	expect(await poller.poll()).toBeNull();
	return poller;
}

describe('Omnix V6 Trigger › look-back: late postings', () => {
	test('an invoice dated 2 days back that appears after several polls is emitted once', async () => {
		const poller = await activatedAt('2026-03-10T09:00:00Z', 'UTC');
		expect(await pollAt(poller, '2026-03-10T10:00:00Z')).toEqual([]);
		expect(await pollAt(poller, '2026-03-10T11:00:00Z')).toEqual([]);

		api.server.post({ invoiceNo: 'LATE1' }, { zone: 'UTC', daysLate: 2 });
		expect(await pollAt(poller, '2026-03-10T12:00:00Z')).toEqual(['LATE1']);
		expect(await pollAt(poller, '2026-03-10T13:00:00Z')).toEqual([]);
		expect(await pollAt(poller, '2026-03-11T00:05:00Z')).toEqual([]);

		// After the first poll of the next day, another document dated 2 days back (appendix format).
		api.server.post({ invoiceNo: 'LATE2', fileType: 'C' }, { zone: 'UTC', daysLate: 2, format: 'dd-MM-yyyy' });
		expect(await pollAt(poller, '2026-03-11T01:00:00Z')).toEqual(['LATE2']);
		expect(await pollAt(poller, '2026-03-12T01:00:00Z')).toEqual([]);
		// Each poll asked for the 7 days before the workflow's today, and today.
		expect(api.server.received()[0].query).toEqual({ fromDate: '03032026', toDate: '10032026' });
		expect(api.server.received().at(-1)!.query).toEqual({ fromDate: '05032026', toDate: '12032026' });
	});

	test('every poll is accepted where "fromDate has to be before toDate" is read strictly', async () => {
		api.server.strictRange = true;
		const poller = await activatedAt('2026-03-10T09:00:00Z', 'UTC', { lookBackDays: 1 });
		api.server.post({ invoiceNo: 'STRICT' }, { zone: 'UTC', daysLate: 1 });
		expect(await pollAt(poller, '2026-03-10T10:00:00Z')).toEqual(['STRICT']);
		expect(api.server.received().map((r) => r.status)).toEqual([200, 200]);
	});

	test('the Look-Back option sets how far back each poll asks; older late postings are not seen', async () => {
		const poller = await activatedAt('2026-05-20T09:00:00Z', 'UTC', { lookBackDays: 2 });
		expect(api.server.received()[0].query).toEqual({ fromDate: '18052026', toDate: '20052026' });
		api.server.post({ invoiceNo: 'TWO' }, { zone: 'UTC', daysLate: 2 });
		api.server.post({ invoiceNo: 'THREE' }, { zone: 'UTC', daysLate: 3 });
		expect(await pollAt(poller, '2026-05-20T10:00:00Z')).toEqual(['TWO']);
		expect(api.server.received().at(-1)!.query).toEqual({ fromDate: '18052026', toDate: '20052026' });
	});

	test.each([0, 2.5, 400])('a Look-Back of %p is refused with what to give instead', async (days) => {
		clockAt('2026-05-20T09:00:00Z');
		const poller = await activePoller(triggerWorkflow({ lookBackDays: days }), 'Omnix V6 Trigger', {
			credentials: credentials(),
		});
		await expect(poller.poll()).rejects.toThrow(/Look-Back \(Days\)/);
		expect(api.server.received()).toHaveLength(0);
	});

	test('a document that the reply holds twice is emitted once', async () => {
		const poller = await activatedAt('2026-05-20T09:00:00Z', 'UTC');
		api.server.post({ invoiceNo: 'TWICE' }, { zone: 'UTC' });
		api.server.post({ invoiceNo: 'TWICE' }, { zone: 'UTC' });
		expect(await pollAt(poller, '2026-05-20T10:00:00Z')).toEqual(['TWICE']);
		expect(await pollAt(poller, '2026-05-21T10:00:00Z')).toEqual([]);
	});
});

/**
 * A stretch of hourly polls while a carrier posts documents, each dated the carrier's day (in
 * its own zone) or `daysLate` days before. Every document must be emitted exactly once, at the
 * first poll that could see it: the first good poll after it was posted whose window (the
 * workflow's today and the look-back days before it) holds its date. Every poll asks for
 * exactly that window, in calendar days of the workflow's zone.
 */
interface Simulation {
	workflowZone: string;
	carrierZone: string;
	/** The activation poll; later polls every hour until `hours` after it. */
	start: string;
	hours: number;
	/** [hours after start (may be fractional), invoiceNo, daysLate]. */
	posts: Array<[number, string, number?]>;
	/** Hours after start whose poll the provider fails (HTTP 500). */
	outages?: number[];
}

async function simulate(sim: Simulation) {
	const start = DateTime.fromISO(sim.start, { setZone: true }).toUTC();
	const poller = await activatedAt(start.toISO()!, sim.workflowZone);
	const posted: Array<{ invoiceNo: string; date: string; hour: number }> = [];
	const emitted = new Map<string, number[]>();
	const expected = new Map<string, number>();
	const asked: unknown[] = [];
	const windows: unknown[] = [];
	const events = [
		...sim.posts.map(([hour, invoiceNo, daysLate]) => ({ hour, post: { invoiceNo, daysLate: daysLate ?? 0 } })),
		...Array.from({ length: sim.hours }, (_, i) => ({ hour: i + 1, post: undefined })),
	].sort((a, b) => a.hour - b.hour || (a.post ? -1 : 1));

	for (const event of events) {
		const now = start.plus({ milliseconds: Math.round(event.hour * 3_600_000) });
		clockAt(now.toISO()!);
		if (event.post) {
			const invoice = api.server.post({ invoiceNo: event.post.invoiceNo }, { zone: sim.carrierZone, daysLate: event.post.daysLate });
			posted.push({ invoiceNo: event.post.invoiceNo, date: String(invoice.invoiceDate), hour: event.hour });
			continue;
		}
		const today = now.setZone(sim.workflowZone).startOf('day');
		const window = { from: today.minus({ days: DEFAULT_LOOK_BACK_DAYS }).toISODate()!, to: today.toISODate()! };
		const before = stateOf(poller);
		if (sim.outages?.includes(event.hour)) {
			api.server.injectFault({ kind: 'server-error', status: 500, path: '/invoices' });
			await expect(poller.poll()).rejects.toThrow(/Omnix V6/);
			expect(stateOf(poller)).toEqual(before);
		} else {
			for (const { invoiceNo } of (await poller.poll())?.[0].map((i) => i.json) ?? []) {
				emitted.set(String(invoiceNo), [...(emitted.get(String(invoiceNo)) ?? []), event.hour]);
			}
			for (const p of posted) {
				if (!expected.has(p.invoiceNo) && p.date >= window.from && p.date <= window.to) {
					expected.set(p.invoiceNo, event.hour);
				}
			}
		}
		asked.push(api.server.received().at(-1)!.query);
		windows.push({ fromDate: fmt(DateTime.fromISO(window.from)), toDate: fmt(DateTime.fromISO(window.to)) });
	}
	// Every document posted was seen (the simulations run long enough for that), each once.
	expect(expected.size).toBe(posted.length);
	expect(Object.fromEntries(emitted)).toEqual(
		Object.fromEntries([...expected].map(([invoiceNo, hour]) => [invoiceNo, [hour]])),
	);
	expect(asked).toEqual(windows);
	return { poller, posted, emitted };
}

describe('Omnix V6 Trigger › look-back: time zones', () => {
	test.each([
		// Workflow in Sydney, documents dated by a system in Perth (2 h behind): Perth's evening
		// documents carry the day before Sydney's.
		['Australia/Sydney', 'Australia/Perth', '2026-06-14T06:00:00Z'],
		// Workflow in Auckland, carrier in Sydney.
		['Pacific/Auckland', 'Australia/Sydney', '2026-06-14T06:00:00Z'],
		// Workflow in Brisbane, documents dated in UTC (10 h behind).
		['Australia/Brisbane', 'UTC', '2026-06-14T06:00:00Z'],
	])('workflow in %s, documents dated in %s (behind): each emitted once, none missed', async (workflowZone, carrierZone, start) => {
		await simulate({
			workflowZone,
			carrierZone,
			start,
			hours: 48,
			// Every 3 hours a document dated the carrier's today; two posted a day or two late.
			posts: [
				...Array.from({ length: 14 }, (_, i) => [i * 3 + 0.5, `B${i}`] as [number, string]),
				[20.25, 'LATE-1D', 1],
				[30.25, 'LATE-2D', 2],
			],
		});
	});

	test('workflow in Sydney at 00:10: a document Perth dates yesterday (its 23:00) is emitted', async () => {
		const poller = await activatedAt('2026-06-14T13:50:00Z', 'Australia/Sydney'); // Sydney 23:50
		expect(await pollAt(poller, '2026-06-14T14:10:00Z')).toEqual([]); // Sydney 00:10, 15 June
		clockAt('2026-06-14T15:00:00Z'); // Perth 23:00, 14 June
		expect(api.server.post({ invoiceNo: 'PER1' }, { zone: 'Australia/Perth' }).invoiceDate).toBe('2026-06-14');
		expect(await pollAt(poller, '2026-06-14T15:05:00Z')).toEqual(['PER1']);
		expect(await pollAt(poller, '2026-06-14T16:05:00Z')).toEqual([]);
	});

	test.each([
		// Workflow in UTC, carrier in Sydney (11 h ahead in summer): Sydney's morning documents are
		// dated the workflow's tomorrow, and Monday's batch covers the weekend.
		['UTC', 'Australia/Sydney', '2026-11-27T06:00:00Z'],
		['America/New_York', 'Australia/Sydney', '2026-11-27T06:00:00Z'],
		['Europe/London', 'Australia/Perth', '2026-11-27T06:00:00Z'],
	])('workflow in %s, documents dated in %s (ahead): each emitted once, when its day comes', async (workflowZone, carrierZone, start) => {
		await simulate({
			workflowZone,
			carrierZone,
			start,
			hours: 96,
			posts: [
				...Array.from({ length: 20 }, (_, i) => [i * 3 + 0.5, `A${i}`] as [number, string]),
				// Monday morning in Australia: the weekend's documents.
				[62.5, 'WEEKEND-SAT', 2],
				[62.5, 'WEEKEND-SUN', 1],
			],
		});
	});

	test('workflow in UTC, carrier in Sydney: a document dated the workflow\'s tomorrow waits for that day, then is emitted once', async () => {
		const poller = await activatedAt('2026-11-30T12:00:00Z', 'UTC');
		clockAt('2026-11-30T20:00:00Z'); // Sydney 07:00, 1 December
		expect(api.server.post({ invoiceNo: 'DEC1' }).invoiceDate).toBe('2026-12-01');
		expect(await pollAt(poller, '2026-11-30T20:05:00Z')).toEqual([]);
		expect(await pollAt(poller, '2026-11-30T23:55:00Z')).toEqual([]);
		expect(await pollAt(poller, '2026-12-01T00:05:00Z')).toEqual(['DEC1']);
		expect(await pollAt(poller, '2026-12-01T01:05:00Z')).toEqual([]);
	});
});

describe('Omnix V6 Trigger › look-back: daylight saving changes', () => {
	test.each([
		// Sydney: AEDT → AEST at 03:00 on Sunday 5 April 2026 (a 25-hour day).
		['Australia/Sydney', 'Australia/Sydney', '2026-04-03T12:00:00Z'],
		// Sydney: AEST → AEDT at 02:00 on Sunday 4 October 2026 (a 23-hour day).
		['Australia/Sydney', 'Australia/Sydney', '2026-10-02T12:00:00Z'],
		// New York: EST → EDT at 02:00 on Sunday 8 March 2026.
		['America/New_York', 'Australia/Sydney', '2026-03-06T12:00:00Z'],
		// New York: EDT → EST at 02:00 on Sunday 1 November 2026 (01:00–02:00 twice).
		['America/New_York', 'Australia/Sydney', '2026-10-30T12:00:00Z'],
		// Both change on the same weekend in opposite directions: Sydney (April) and a UTC workflow.
		['UTC', 'Australia/Sydney', '2026-04-03T12:00:00Z'],
	])('workflow in %s, carrier in %s, from %s: windows in calendar days, each document once', async (workflowZone, carrierZone, start) => {
		await simulate({
			workflowZone,
			carrierZone,
			start,
			hours: 72,
			posts: [
				...Array.from({ length: 23 }, (_, i) => [i * 3 + 0.5, `D${i}`] as [number, string]),
				// Dated the day before the change, posted after it.
				[40.5, 'LATE-BEFORE', 1],
				[41.5, 'LATE-2D', 2],
			],
		});
	});
});

describe('Omnix V6 Trigger › a poll that fails', () => {
	test('emits nothing and changes nothing; the next good poll emits what was missed, once', async () => {
		const poller = await activatedAt('2026-08-20T12:00:00Z', 'Australia/Sydney'); // Sydney 22:00
		clockAt('2026-08-20T12:30:00Z');
		api.server.post({ invoiceNo: 'A' });
		expect(await pollAt(poller, '2026-08-20T13:00:00Z')).toEqual(['A']);
		const before = stateOf(poller);

		clockAt('2026-08-20T13:40:00Z'); // Sydney 23:40, 20 August
		api.server.post({ invoiceNo: 'B' });
		api.server.post({ invoiceNo: 'C-LATE' }, { daysLate: 1 });
		// The outage spans Sydney's midnight: an error reply, then a reply cut off mid-way.
		api.server.injectFault({ kind: 'server-error', status: 500, path: '/invoices', times: 2 });
		clockAt('2026-08-20T14:00:00Z');
		await expect(poller.poll()).rejects.toThrow(/Omnix V6 error 500/);
		expect(stateOf(poller)).toEqual(before);
		clockAt('2026-08-20T15:00:00Z');
		await expect(poller.poll()).rejects.toThrow(/Omnix V6/);
		expect(stateOf(poller)).toEqual(before);
		const whole = JSON.stringify(api.server.invoices);
		api.server.injectFault({
			kind: 'reply',
			path: '/invoices',
			reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: whole.slice(0, whole.length / 2) },
		});
		clockAt('2026-08-20T16:00:00Z');
		await expect(poller.poll()).rejects.toThrow(/Omnix V6/);
		expect(stateOf(poller)).toEqual(before);

		clockAt('2026-08-20T16:30:00Z');
		api.server.post({ invoiceNo: 'D' });
		expect(await pollAt(poller, '2026-08-20T17:00:00Z')).toEqual(['B', 'C-LATE', 'D']);
		expect(await pollAt(poller, '2026-08-20T18:00:00Z')).toEqual([]);
		expect(await pollAt(poller, '2026-08-21T18:00:00Z')).toEqual([]);
	});

	test('hourly polls with outages across midnight: each document once, at the first good poll', async () => {
		await simulate({
			workflowZone: 'Australia/Sydney',
			carrierZone: 'Australia/Perth',
			start: '2026-08-20T06:00:00Z',
			hours: 40,
			posts: [
				...Array.from({ length: 12 }, (_, i) => [i * 3 + 0.5, `F${i}`] as [number, string]),
				[14.5, 'LATE-1D', 1],
			],
			// Sydney 23:00 to 03:00, and two single failures.
			outages: [7, 8, 9, 10, 11, 13, 30],
		});
	});
});

describe('Omnix V6 Trigger › what it remembers stays bounded', () => {
	test('documents whose date fell out of the window are forgotten; they are not asked for again', async () => {
		const { poller } = await simulate({
			workflowZone: 'UTC',
			carrierZone: 'UTC',
			start: '2026-01-01T06:00:00Z',
			hours: 24 * 12,
			posts: Array.from({ length: 12 }, (_, i) => [i * 24 + 1, `N${i}`] as [number, string]),
		});
		const state = stateOf(poller) as { lastDay: string; since: string; seenByDay: Record<string, string[]> };
		expect(state.lastDay).toBe('2026-01-13');
		expect(state.since).toBe('2026-01-06');
		expect(Object.keys(state.seenByDay)).toEqual([
			'2026-01-06',
			'2026-01-07',
			'2026-01-08',
			'2026-01-09',
			'2026-01-10',
			'2026-01-11',
			'2026-01-12',
		]);
		expect(state.seenByDay['2026-01-12']).toEqual(['N11|I']);
	});

	test(`at most ${MAX_REMEMBERED} documents are remembered: the oldest days go first, and none is emitted twice`, async () => {
		const now = clockAt('2026-02-10T09:00:00Z');
		api.server.invoices = [];
		const perDay = Math.ceil((MAX_REMEMBERED + 1) / 4);
		for (let back = 0; back < 8; back++) {
			const invoiceDate = now.minus({ days: back }).toISODate();
			for (let n = 0; n < (back < 4 ? perDay : 10); n++) {
				api.server.invoices.push({ invoiceNo: `M${back}-${n}`, fileType: 'I', invoiceDate });
			}
		}
		const poller = await activePoller(triggerWorkflow(), 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await poller.poll()).toBeNull();
		const state = stateOf(poller) as { since: string; seenByDay: Record<string, string[]> };
		const remembered = Object.values(state.seenByDay).flat().length;
		expect(remembered).toBeLessThanOrEqual(MAX_REMEMBERED);
		// The four full days do not fit with the rest: only the newest three are kept.
		expect(Object.keys(state.seenByDay)).toEqual(['2026-02-08', '2026-02-09', '2026-02-10']);
		expect(state.since).toBe('2026-02-08');

		// The forgotten days' documents are still in every reply: none is emitted again.
		api.server.post({ invoiceNo: 'AFTER' }, { zone: 'UTC' });
		expect(await pollAt(poller, '2026-02-10T10:00:00Z')).toEqual(['AFTER']);
		expect(await pollAt(poller, '2026-02-10T11:00:00Z')).toEqual([]);
	});
});

describe('Omnix V6 Trigger › static data is written only when it changes', () => {
	test('a poll that finds nothing new leaves it unchanged, so n8n has nothing to save', async () => {
		const poller = await activatedAt('2026-09-01T10:00:00Z', 'UTC');
		const data = poller.workflow.staticData as { __dataChanged?: boolean };
		data.__dataChanged = false;
		expect(await pollAt(poller, '2026-09-01T10:01:00Z')).toEqual([]);
		expect(data.__dataChanged).toBe(false);

		api.server.post({ invoiceNo: 'X' }, { zone: 'UTC' });
		expect(await pollAt(poller, '2026-09-01T10:02:00Z')).toEqual(['X']);
		expect(data.__dataChanged).toBe(true);
	});
});

describe('Omnix V6 Trigger › static data written before the look-back ({ lastDay, seen })', () => {
	test('keeps working: what it saw is not emitted again, and late postings are emitted from then on', async () => {
		const today = clockAt('2026-07-15T09:00:00Z').startOf('day');
		api.server.invoices = omnixSeed(today);
		const json = triggerWorkflow();
		// What the trigger wrote before the look-back, after polling today: only today's window
		// (HF101); HF100 (2 days back) was emitted by an earlier window it no longer remembered.
		json.staticData = { [NODE]: { lastDay: '2026-07-15', seen: ['HF101|I'] } };
		const poller = await activePoller(json, 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await pollAt(poller, '2026-07-15T10:00:00Z')).toEqual([]);

		api.server.post({ invoiceNo: 'LATE' }, { zone: 'UTC', daysLate: 1 });
		api.server.post({ invoiceNo: 'NEW' }, { zone: 'UTC' });
		expect(await pollAt(poller, '2026-07-15T11:00:00Z')).toEqual(['LATE', 'NEW']);
		expect(await pollAt(poller, '2026-07-16T11:00:00Z')).toEqual([]);
		expect(api.server.received()[0].query).toEqual({ fromDate: '08072026', toDate: '15072026' });
		const state = stateOf(poller)!;
		expect(state).not.toHaveProperty('seen');
		expect(state).toMatchObject({ lastDay: '2026-07-16', since: '2026-07-09' });
	});

	test('a last poll some days ago: documents dated since then and not seen are emitted', async () => {
		const today = clockAt('2026-07-15T09:00:00Z').startOf('day');
		api.server.invoices = omnixSeed(today);
		const json = triggerWorkflow({ fileTypes: ['D'] });
		json.staticData = { [NODE]: { lastDay: '2026-07-12', seen: [] } };
		const poller = await activePoller(json, 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await pollAt(poller, '2026-07-15T10:00:00Z')).toEqual(['HF100']);
		expect(api.server.received()[0].query).toEqual({ fromDate: '08072026', toDate: '15072026' });
	});
});

describe('Omnix V6 Trigger › as the real-n8n e2e runs it', () => {
	test('activated, then one invoice dated today: exactly one emission, nothing on the next poll', async () => {
		const poller = await activatedAt('2026-09-01T10:00:00Z', 'UTC', { fileTypes: ['I', 'C', 'D'] });
		clockAt('2026-09-01T10:00:30Z');
		api.server.invoices.push({ invoiceNo: 'E2E900', fileType: 'I', invoiceDate: '2026-09-01', businessName: 'E2E PTY LTD', lines: [] });
		expect(await pollAt(poller, '2026-09-01T10:01:00Z')).toEqual(['E2E900']);
		expect(await pollAt(poller, '2026-09-01T10:02:00Z')).toEqual([]);
	});
});
