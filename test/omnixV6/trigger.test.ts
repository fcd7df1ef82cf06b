import { DateTime } from 'luxon';

import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

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

/**
 * Stops the clock at `iso` for this test: only Date is replaced (timers, sockets and the
 * sandbox keep running), so the node's "today" is known however late the suite runs.
 */
function clockAt(iso: string): DateTime {
	const now = DateTime.fromISO(iso, { setZone: true });
	jest.useFakeTimers({
		now: now.toMillis(),
		doNotFake: [
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
		],
	});
	return now;
}

afterEach(() => jest.useRealTimers());

/** Noon (UTC) of the day the suite runs: the sandbox's demo invoices are dated relative to it. */
const NOON_TODAY_UTC = () => DateTime.utc().startOf('day').plus({ hours: 12 }).toISO()!;

describe('Omnix V6 Trigger › manual run', () => {
	test('returns the most recent invoices of the look-back window, newest first', async () => {
		const today = clockAt(NOON_TODAY_UTC()).startOf('day');
		const result = await runWorkflow(triggerWorkflow({ lookBackDays: 30, manualLimit: 5 }), {
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
		expect(api.server.received()[0].query).toEqual({ fromDate: fmt(today), toDate: fmt(today) });

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
			seen: ['HF101|I', 'HF102|I', 'HF101|C'],
		});
	});

	test('a window that starts on an earlier day asks from that day', async () => {
		const lastDay = clockAt(NOON_TODAY_UTC()).startOf('day').minus({ days: 3 });
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
	])('at %s a workflow in %s polls for %s', async (iso, zone, day) => {
		clockAt(iso);
		const poller = await activePoller(triggerWorkflow({}, zone), 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await poller.poll()).toBeNull();
		expect(api.server.received()[0].query).toEqual({ fromDate: day, toDate: day });
		const isoDay = `${day.slice(4)}-${day.slice(2, 4)}-${day.slice(0, 2)}`;
		expect(poller.workflow.staticData['node:Omnix V6 Trigger']).toMatchObject({ lastDay: isoDay });
	});

	test('a workflow that names no zone runs in the harness zone (UTC), not n8n\'s default', async () => {
		clockAt('2026-11-30T00:30:00Z');
		await runWorkflow(triggerWorkflow({ lookBackDays: 1 }), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({ fromDate: '29112026', toDate: '30112026' });
	});

	test('the manual run looks back from the workflow zone\'s today', async () => {
		clockAt('2026-11-29T23:30:00Z');
		await runWorkflow(triggerWorkflow({ lookBackDays: 2 }, 'Pacific/Auckland'), { credentials: credentials() });
		expect(api.server.received()[0].query).toEqual({ fromDate: '28112026', toDate: '30112026' });
	});
});
