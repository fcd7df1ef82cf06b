// The InvoiceXpress Trigger, polled through n8n's engine (PollContext, as an active workflow runs
// it) against the sandbox: the list request each poll sends (GET /invoices.json with date[from],
// date[to], type[], status[], per_page) and the documents each poll emits.
import { DateTime } from 'luxon';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

import { InvoiceXpressSandbox, present } from '../../sandbox/invoicexpress';
import { listDay, setDocumentStatus } from '../../sandbox/invoicexpress/trigger';
import { DEFAULT_LOOK_BACK_DAYS, POLL_PAGE_SIZE } from '../../nodes/InvoiceXpress/InvoiceXpressTrigger.node';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { restoreClock, stopClockAt } from '../harness/clock';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const NODE = 'InvoiceXpress Trigger';
const STATE = `node:${NODE}`;
const ZONE = 'Europe/Lisbon';

function triggerWorkflow(parameters: Record<string, unknown> = {}): WorkflowJson {
	return {
		settings: { timezone: ZONE },
		nodes: [
			{
				id: 'trigger',
				name: NODE,
				type: 'n8n-nodes-invoicing.invoiceXpressTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: parameters as never,
				credentials: { invoiceXpressApi: { id: '1', name: 'InvoiceXpress (test)' } },
			},
		],
		connections: {},
	};
}

/** The clock stopped at `iso` (test/harness/clock.ts: Date, which every copy of luxon reads). */
function clockAt(iso: string): DateTime {
	const now = DateTime.fromISO(iso, { zone: ZONE });
	stopClockAt(now);
	return now.startOf('day');
}
afterEach(restoreClock);

/** The seed's last days: 1006 (credit note, final, 15/02/2024) and 1007 (debit note, draft, 01/03/2024) are in a 30-day window. */
const SEED_DAY = '2024-03-10T10:00:00';

const poller = async (parameters: Record<string, unknown> = {}) =>
	await activePoller(triggerWorkflow(parameters), NODE, { credentials: credentials(api.url) });
type Poller = Awaited<ReturnType<typeof poller>>;

async function idsOf(p: Poller): Promise<number[]> {
	const out = await p.poll();
	return (out?.[0] ?? []).map((item) => item.json.id as number);
}

const queries = () => api.server.received().map((r) => r.query);

describe('InvoiceXpress Trigger › manual run ("Fetch Test Event")', () => {
	test('returns the newest matching document of the look-back window, simplified', async () => {
		clockAt('2024-01-20T10:00:00');
		const result = await runWorkflow(triggerWorkflow({ event: 'statusReached', statuses: ['settled', 'final'], documentTypes: ['Invoice'] }), {
			credentials: credentials(api.url),
		});
		const [request, ...more] = api.server.received();
		expect(more).toHaveLength(0);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/invoices.json');
		expect(request.query).toEqual({
			api_key: KEY,
			'date[from]': '21/12/2023',
			'date[to]': '20/01/2024',
			'type[]': 'Invoice',
			'status[]': ['settled', 'final'],
			per_page: String(POLL_PAGE_SIZE),
			page: '1',
		});
		// 1002 (final, 05/01) and 1003 (settled, 12/01) match: the newest is 1003.
		expect(result.items(NODE).map((i) => i.json)).toEqual([
			{
				id: 1003,
				type: 'Invoice',
				sequence_number: '2/A',
				status: 'settled',
				date: '2024-01-12',
				due_date: '2024-02-11',
				reference: null,
				total: 295.2,
				currency: 'Euro',
				client: { id: 501, name: 'Bruce Norris', code: 'BN01', email: 'foo@bar.com', fiscal_id: '12' },
			},
		]);
	});

	test('Simplify off: the document exactly as the list gave it', async () => {
		clockAt('2024-01-20T10:00:00');
		const result = await runWorkflow(triggerWorkflow({ event: 'newDocument', simplify: false }), { credentials: credentials(api.url) });
		expect(result.items(NODE).map((i) => i.json)).toEqual([JSON.parse(JSON.stringify(present(api.server.documents.get(1004)!)))]);
	});
});

describe('InvoiceXpress Trigger › New Document', () => {
	test('the first poll only records what is there; a new document is emitted once, simplified', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller();
		expect(await p.poll()).toBeNull();
		expect(queries()).toEqual([
			{ api_key: KEY, 'date[from]': '09/02/2024', 'date[to]': '10/03/2024', per_page: '100', page: '1' },
		]);
		expect(p.workflow.staticData[STATE]).toEqual({
			lastDay: '2024-03-10',
			since: '2024-02-09',
			seenByDay: { '2024-02-15': ['1006|final'], '2024-03-01': ['1007|draft'] },
		});

		const id = api.server.addDocument({ status: 'draft', sequence_number: 'draft', date: listDay(today), due_date: listDay(today.plus({ days: 30 })) });
		const out = await p.poll();
		expect(out?.[0].map((i) => i.json)).toEqual([
			{
				id,
				type: 'Invoice',
				sequence_number: 'draft',
				status: 'draft',
				date: '2024-03-10',
				due_date: '2024-04-09',
				reference: null,
				total: 10,
				currency: 'Euro',
				client: { id: 501, name: 'Bruce Norris', code: 'BN01', email: 'foo@bar.com', fiscal_id: '12' },
			},
		]);
		// Finalized later: not new any more.
		setDocumentStatus(api.server, id, 'final');
		expect(await p.poll()).toBeNull();
		expect(await p.poll()).toBeNull();
	});

	test('Statuses: a document counts as new the first time it is listed in one of them', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller({ event: 'newDocument', statusFilter: ['final', 'sent'] });
		expect(await p.poll()).toBeNull();
		expect(queries()[0]['status[]']).toEqual(['final', 'sent']);
		const id = api.server.addDocument({ status: 'draft', date: listDay(today) });
		expect(await idsOf(p)).toEqual([]);
		setDocumentStatus(api.server, id, 'final');
		expect(await idsOf(p)).toEqual([id]);
		setDocumentStatus(api.server, id, 'sent');
		expect(await idsOf(p)).toEqual([]);
	});
});

describe('InvoiceXpress Trigger › Document Changed', () => {
	test('a known document in another status is emitted; a new one is not; each state once', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller({ event: 'documentChanged' });
		expect(await p.poll()).toBeNull();
		const added = api.server.addDocument({ date: listDay(today) });
		setDocumentStatus(api.server, 1007, 'final');
		expect(await idsOf(p)).toEqual([1007]);
		expect(await idsOf(p)).toEqual([]);
		// The new one changes too (final → settled), and 1006 is canceled: both, oldest first.
		setDocumentStatus(api.server, added, 'settled');
		setDocumentStatus(api.server, 1006, 'canceled');
		expect(await idsOf(p)).toEqual([1006, added]);
		expect(p.workflow.staticData[STATE]).toMatchObject({
			seenByDay: {
				'2024-02-15': ['1006|final', '1006|canceled'],
				'2024-03-01': ['1007|draft', '1007|final'],
				'2024-03-10': [`${added}|final`, `${added}|settled`],
			},
		});
	});
});

describe('InvoiceXpress Trigger › Status Reached (e.g. invoice settled)', () => {
	test('asks for the chosen statuses and types; a document reaching one is emitted once per id and status', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller({ event: 'statusReached', statuses: ['settled'], documentTypes: ['Invoice', 'InvoiceReceipt'] });
		expect(await p.poll()).toBeNull();
		expect(queries()).toEqual([
			{
				api_key: KEY,
				'date[from]': '09/02/2024',
				'date[to]': '10/03/2024',
				'type[]': ['Invoice', 'InvoiceReceipt'],
				'status[]': 'settled',
				per_page: '100',
				page: '1',
			},
		]);
		const invoice = api.server.addDocument({ date: listDay(today.minus({ days: 5 })) });
		const creditNote = api.server.addDocument({ type: 'CreditNote', date: listDay(today) });
		expect(await idsOf(p)).toEqual([]);
		setDocumentStatus(api.server, invoice, 'settled');
		setDocumentStatus(api.server, creditNote, 'settled');
		expect(await idsOf(p)).toEqual([invoice]);
		expect(await idsOf(p)).toEqual([]);
		// Unsettled and settled again: the same id and state, not emitted twice.
		setDocumentStatus(api.server, invoice, 'final');
		expect(await idsOf(p)).toEqual([]);
		setDocumentStatus(api.server, invoice, 'settled');
		expect(await idsOf(p)).toEqual([]);
		// A document created settled (an invoice-receipt) reaches the status too.
		const receipt = api.server.addDocument({ type: 'InvoiceReceipt', status: 'settled', date: listDay(today) });
		expect(await idsOf(p)).toEqual([receipt]);
	});

	test('no status chosen: refused before any request', async () => {
		clockAt(SEED_DAY);
		const p = await poller({ event: 'statusReached', statuses: [] });
		await expect(p.poll()).rejects.toThrow('No status chosen under "Statuses"');
		expect(api.server.received()).toEqual([]);
	});

	test('Include Archived sends archived=true', async () => {
		clockAt(SEED_DAY);
		const p = await poller({ event: 'statusReached', statuses: ['canceled'], options: { includeArchived: true } });
		expect(await p.poll()).toBeNull();
		expect(queries()[0].archived).toBe('true');
		// 1008 (canceled, archived, 03/03/2024) was there at activation: recorded, not emitted.
		expect(p.workflow.staticData[STATE]).toMatchObject({ seenByDay: { '2024-03-03': ['1008|canceled'] } });
	});
});

describe('InvoiceXpress Trigger › look-back', () => {
	test('a failed poll changes nothing; the next good poll, days later, lists from the last good poll\'s day', async () => {
		const day0 = clockAt(SEED_DAY);
		const p = await poller({ event: 'newDocument', lookBackDays: 2 });
		expect(await p.poll()).toBeNull();
		const before = JSON.parse(JSON.stringify(p.workflow.staticData[STATE])) as unknown;
		expect(before).toEqual({ lastDay: '2024-03-10', since: '2024-03-08', seenByDay: {} });

		// Created while InvoiceXpress is down (503 on every retry): the poll fails.
		const during = api.server.addDocument({ date: listDay(day0.plus({ days: 1 })) });
		api.server.injectFault({ kind: 'server-error', status: 503, path: '/invoices', times: 0 });
		clockAt('2024-03-11T10:00:00');
		await expect(p.poll()).rejects.toThrow(/503/);
		expect(api.server.received().at(-1)?.status).toBe(503);
		expect(p.workflow.staticData[STATE]).toEqual(before);

		// Five days later, InvoiceXpress answers again: the window starts on the last good poll's
		// day (10/03), not 2 days back (14/03), so the document of 11/03 is emitted.
		api.server.clearFaults();
		clockAt('2024-03-16T10:00:00');
		expect(await idsOf(p)).toEqual([during]);
		expect(queries().at(-1)).toMatchObject({ 'date[from]': '10/03/2024', 'date[to]': '16/03/2024' });
		// The next poll is back to the look-back days: the document of 11/03 is outside, and not emitted again.
		expect(await idsOf(p)).toEqual([]);
		expect(queries().at(-1)).toMatchObject({ 'date[from]': '14/03/2024', 'date[to]': '16/03/2024' });
	});

	test('a document dated days back that appears late is emitted once; one dated before the window is not seen', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller({ event: 'newDocument', lookBackDays: DEFAULT_LOOK_BACK_DAYS });
		expect(await p.poll()).toBeNull();
		const late = api.server.addDocument({ date: listDay(today.minus({ days: 20 })) });
		const tooLate = api.server.addDocument({ date: listDay(today.minus({ days: 31 })) });
		expect(await idsOf(p)).toEqual([late]);
		expect(await idsOf(p)).toEqual([]);
		expect(api.server.received().flatMap((r) => [r.status])).toEqual([200, 200, 200]);
		expect(api.server.documents.get(tooLate)?.date).toBe('08/02/2024');
	});

	test.each([0, 2.5, 400])('a Look-Back of %p is refused before any request', async (days) => {
		clockAt(SEED_DAY);
		const p = await poller({ lookBackDays: days });
		await expect(p.poll()).rejects.toThrow(/Look-Back \(Days\)/);
		expect(api.server.received()).toEqual([]);
	});
});

describe('InvoiceXpress Trigger › paging', () => {
	test('every page of the list is read (pagination.total_pages), and every new document emitted', async () => {
		const today = clockAt(SEED_DAY);
		const p = await poller();
		expect(await p.poll()).toBeNull();
		const added = Array.from({ length: 150 }, () => api.server.addDocument({ date: listDay(today) }));
		const before = api.server.received().length;
		expect(await idsOf(p)).toEqual(added);
		expect(api.server.received().slice(before).map((r) => [r.query.page, r.query.per_page])).toEqual([
			['1', '100'],
			['2', '100'],
		]);
	});

	test('the newest-first list order (the other reading) gives the same emissions, oldest first', async () => {
		api.server.listOrder = 'newest-first';
		const today = clockAt(SEED_DAY);
		const p = await poller();
		expect(await p.poll()).toBeNull();
		const first = api.server.addDocument({ date: listDay(today.minus({ days: 1 })) });
		const second = api.server.addDocument({ date: listDay(today) });
		expect(await idsOf(p)).toEqual([first, second]);
	});
});
