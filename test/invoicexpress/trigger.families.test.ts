// The InvoiceXpress Trigger on the other document families, polled through n8n's engine
// (PollContext, as an active workflow runs it) against the sandbox: Document Family "Estimates"
// lists GET /estimates.json (date[from|to], type[] Quote/Proforma/FeesNote, status[] with accepted
// and refused), "Guides" lists GET /guides.json by loading day (loaded_at[from|to], no date range:
// …/guides/list-all), and a family switch on an active workflow starts the memory over.
import { DateTime } from 'luxon';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import type { IxDocument } from '../../sandbox/invoicexpress/documents';
import { addEstimates, FIRST_DEMO_ESTIMATE } from '../../sandbox/invoicexpress/estimates';
import { addGuides, FIRST_DEMO_GUIDE, guideFields } from '../../sandbox/invoicexpress/guides';
import { listDay, setDocumentStatus } from '../../sandbox/invoicexpress/trigger';
import { POLL_PAGE_SIZE } from '../../nodes/InvoiceXpress/InvoiceXpressTrigger.node';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { restoreClock, stopClockAt } from '../harness/clock';
import { credentials, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const NODE = 'InvoiceXpress Trigger';
const STATE = `node:${NODE}`;
const ZONE = 'Europe/Lisbon';
const PAGE = { per_page: String(POLL_PAGE_SIZE), page: '1' };
const BRUCE = { id: 501, name: 'Bruce Norris', code: 'BN01', email: 'foo@bar.com', fiscal_id: '12' };
const CAFE = { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', fiscal_id: '501234567' };

const familyTrigger = (parameters: Record<string, unknown>): WorkflowJson => ({
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
});

/** The clock stopped at `iso` in the workflow's zone (test/harness/clock.ts: Date); its day. */
function clockAt(iso: string): DateTime {
	const now = DateTime.fromISO(iso, { zone: ZONE });
	stopClockAt(now);
	return now.startOf('day');
}
afterEach(restoreClock);

const activeTrigger = async (parameters: Record<string, unknown>) =>
	await activePoller(familyTrigger(parameters), NODE, { credentials: credentials(api.url) });

const sent = () => api.server.received().map((r) => ({ path: r.path, query: r.query }));
const emitted = (out: Awaited<ReturnType<Awaited<ReturnType<typeof activeTrigger>>['poll']>>) => (out?.[0] ?? []).map((item) => item.json);

/** A document of the sandbox, changed as someone would in the account (its date, status…). */
function edit(id: number, fields: Partial<IxDocument>): number {
	Object.assign(api.server.documents.get(id)!, fields);
	return id;
}

// The demo estimates: 50001 quote draft 10/04, 50002 proforma final 12/04, 50003 quote accepted
// 15/04, 50004 fees note final 20/04/2024.
describe('InvoiceXpress Trigger › Document Family: Estimates', () => {
	const TODAY = '2024-04-25T10:00:00';

	test('New Document: GET /estimates.json by date; the first poll records the estimates; a new quote is emitted once, simplified', async () => {
		const today = clockAt(TODAY);
		const p = await activeTrigger({ documentFamily: 'estimate', event: 'newDocument' });
		expect(await p.poll()).toBeNull();
		expect(sent()).toEqual([{ path: '/estimates.json', query: { api_key: KEY, 'date[from]': '26/03/2024', 'date[to]': '25/04/2024', ...PAGE } }]);
		expect(p.workflow.staticData[STATE]).toEqual({
			lastDay: '2024-04-25',
			since: '2024-03-26',
			seenByDay: {
				'2024-04-10': [`${FIRST_DEMO_ESTIMATE}|draft`],
				'2024-04-12': [`${FIRST_DEMO_ESTIMATE + 1}|final`],
				'2024-04-15': [`${FIRST_DEMO_ESTIMATE + 2}|accepted`],
				'2024-04-20': [`${FIRST_DEMO_ESTIMATE + 3}|final`],
			},
			family: 'estimate',
		});

		const [quote] = addEstimates(api.server, 1, 'Quote');
		edit(quote, { status: 'draft', sequence_number: 'draft', date: listDay(today), due_date: listDay(today.plus({ days: 30 })), reference: 'RFQ-7' });
		expect(emitted(await p.poll())).toEqual([
			{
				id: quote,
				type: 'Quote',
				sequence_number: 'draft',
				status: 'draft',
				date: '2024-04-25',
				due_date: '2024-05-25',
				reference: 'RFQ-7',
				total: 10,
				currency: 'Euro',
				client: BRUCE,
			},
		]);
		// Finalized, then accepted: not new any more.
		setDocumentStatus(api.server, quote, 'final');
		expect(await p.poll()).toBeNull();
		setDocumentStatus(api.server, quote, 'accepted');
		expect(await p.poll()).toBeNull();
	});

	test('Status Reached "accepted" for quotes: type[]=Quote, status[]=accepted; a quote the client accepts is emitted once', async () => {
		clockAt(TODAY);
		const p = await activeTrigger({ documentFamily: 'estimate', event: 'statusReached', statuses: ['accepted'], documentTypes: ['Quote'] });
		expect(await p.poll()).toBeNull();
		expect(sent()).toEqual([
			{ path: '/estimates.json', query: { api_key: KEY, 'date[from]': '26/03/2024', 'date[to]': '25/04/2024', 'type[]': 'Quote', 'status[]': 'accepted', ...PAGE } },
		]);
		// 50003 was accepted at activation: recorded, not emitted.
		expect(p.workflow.staticData[STATE]).toMatchObject({ seenByDay: { '2024-04-15': [`${FIRST_DEMO_ESTIMATE + 2}|accepted`] } });

		// The draft quote is finalized and accepted; the final proforma is accepted too (not a quote).
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE, 'final');
		expect(await p.poll()).toBeNull();
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE, 'accepted');
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE + 1, 'accepted');
		expect(emitted(await p.poll())).toEqual([
			{
				id: FIRST_DEMO_ESTIMATE,
				type: 'Quote',
				sequence_number: 'draft',
				status: 'accepted',
				date: '2024-04-10',
				due_date: '2024-05-10',
				reference: null,
				total: 184.5,
				currency: 'Euro',
				client: CAFE,
			},
		]);
		expect(await p.poll()).toBeNull();
		// Refused, then accepted again: the same id and status, not emitted twice.
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE, 'refused');
		expect(await p.poll()).toBeNull();
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE, 'accepted');
		expect(await p.poll()).toBeNull();
		expect(sent().every((r) => r.path === '/estimates.json')).toBe(true);
	});

	test('Statuses offer refused (status[]=refused); an invoice status or type is refused before any request', async () => {
		clockAt(TODAY);
		const refused = await activeTrigger({ documentFamily: 'estimate', event: 'statusReached', statuses: ['refused'] });
		expect(await refused.poll()).toBeNull();
		setDocumentStatus(api.server, FIRST_DEMO_ESTIMATE + 3, 'refused');
		expect(emitted(await refused.poll()).map((d) => [d.id, d.type, d.status])).toEqual([[FIRST_DEMO_ESTIMATE + 3, 'FeesNote', 'refused']]);
		expect(sent().map((r) => r.query['status[]'])).toEqual(['refused', 'refused']);

		const before = api.server.received().length;
		const settled = await activeTrigger({ documentFamily: 'estimate', event: 'statusReached', statuses: ['settled'] });
		await expect(settled.poll()).rejects.toThrow('"Statuses" holds settled, which the estimates list does not take');
		const invoices = await activeTrigger({ documentFamily: 'estimate', event: 'newDocument', documentTypes: ['Invoice'] });
		await expect(invoices.poll()).rejects.toThrow('"Document Types" holds Invoice, which the estimates list does not take');
		expect(api.server.received()).toHaveLength(before);
	});
});

// The demo guides: 60001 shipping draft loaded 02/05 19:00, 60002 transport final loaded 06/05
// 08:30, 60003 devolution canceled and archived loaded 09/05/2024.
describe('InvoiceXpress Trigger › Document Family: Guides (by loading day)', () => {
	const TODAY = '2024-05-10T10:00:00';

	test('New Document: GET /guides.json by loaded_at, no date range; a guide loaded today is emitted, whatever its date', async () => {
		const today = clockAt(TODAY);
		const p = await activeTrigger({ documentFamily: 'guide', event: 'newDocument' });
		expect(await p.poll()).toBeNull();
		expect(sent()).toEqual([{ path: '/guides.json', query: { api_key: KEY, 'loaded_at[from]': '10/04/2024', 'loaded_at[to]': '10/05/2024', ...PAGE } }]);
		expect(p.workflow.staticData[STATE]).toEqual({
			lastDay: '2024-05-10',
			since: '2024-04-10',
			seenByDay: { '2024-05-02': [`${FIRST_DEMO_GUIDE}|draft`], '2024-05-06': [`${FIRST_DEMO_GUIDE + 1}|final`] },
			family: 'guide',
		});

		// Dated two months back, loaded this morning: the loading day is what the window compares.
		const [shipping] = addGuides(api.server, 1, 'Shipping', guideFields({ loaded_at: '10/05/2024 07:45:00' }));
		edit(shipping, { status: 'draft', sequence_number: 'draft', date: listDay(today.minus({ months: 2 })), due_date: listDay(today.minus({ months: 2 })) });
		// Loaded before the window: not listed, not emitted.
		const [early] = addGuides(api.server, 1, 'Transport', guideFields({ loaded_at: '01/04/2024 09:00:00' }));
		edit(early, { date: listDay(today) });
		expect(emitted(await p.poll())).toEqual([
			{
				id: shipping,
				type: 'Shipping',
				sequence_number: 'draft',
				status: 'draft',
				date: '2024-03-10',
				loaded_at: '2024-05-10T07:45:00',
				reference: null,
				total: 10,
				currency: 'Euro',
				client: BRUCE,
			},
		]);
		expect(p.workflow.staticData[STATE]).toMatchObject({ seenByDay: { '2024-05-10': [`${shipping}|draft`] } });
		setDocumentStatus(api.server, shipping, 'final');
		expect(await p.poll()).toBeNull();
	});

	test('Status Reached "final" for shipping and transport guides: type[], status[], loaded_at; a guide finalized is emitted once', async () => {
		clockAt(TODAY);
		const p = await activeTrigger({ documentFamily: 'guide', event: 'statusReached', statuses: ['final'], documentTypes: ['Shipping', 'Transport'] });
		expect(await p.poll()).toBeNull();
		expect(sent()).toEqual([
			{
				path: '/guides.json',
				query: { api_key: KEY, 'loaded_at[from]': '10/04/2024', 'loaded_at[to]': '10/05/2024', 'type[]': ['Shipping', 'Transport'], 'status[]': 'final', ...PAGE },
			},
		]);
		expect(p.workflow.staticData[STATE]).toMatchObject({ seenByDay: { '2024-05-06': [`${FIRST_DEMO_GUIDE + 1}|final`] } });

		setDocumentStatus(api.server, FIRST_DEMO_GUIDE, 'final');
		const [devolution] = addGuides(api.server, 1, 'Devolution', guideFields({ loaded_at: '09/05/2024 12:00:00' }));
		expect(emitted(await p.poll())).toEqual([
			{
				id: FIRST_DEMO_GUIDE,
				type: 'Shipping',
				sequence_number: 'draft',
				status: 'final',
				date: '2024-05-02',
				loaded_at: '2024-05-02T19:00:00',
				reference: null,
				total: 615,
				currency: 'Euro',
				client: CAFE,
			},
		]);
		// The devolution guide is final too, but not of the chosen types: not listed.
		expect(api.server.documents.get(devolution)?.status).toBe('final');
		expect(await p.poll()).toBeNull();
	});

	test('Fetch Test Event: the guide loaded last in the window, "accepted" refused before any request', async () => {
		clockAt(TODAY);
		const result = await runWorkflow(familyTrigger({ documentFamily: 'guide', event: 'newDocument', options: { includeArchived: true } }), {
			credentials: credentials(api.url),
		});
		expect(sent()).toEqual([
			{ path: '/guides.json', query: { api_key: KEY, 'loaded_at[from]': '10/04/2024', 'loaded_at[to]': '10/05/2024', archived: 'true', ...PAGE } },
		]);
		expect(result.items(NODE).map((i) => [i.json.id, i.json.loaded_at])).toEqual([[FIRST_DEMO_GUIDE + 2, '2024-05-09T10:00:00']]);

		const p = await activeTrigger({ documentFamily: 'guide', event: 'statusReached', statuses: ['accepted'] });
		await expect(p.poll()).rejects.toThrow('"Statuses" holds accepted, which the guides list does not take');
		expect(api.server.received()).toHaveLength(1);
	});
});

describe('InvoiceXpress Trigger › switching the Document Family of an active workflow', () => {
	test('the other family\'s memory is not used: the next poll records the new list, then only what is new is emitted', async () => {
		const today = clockAt('2024-04-25T10:00:00');
		const p = await activeTrigger({ event: 'newDocument' });
		expect(await p.poll()).toBeNull();
		expect(sent()[0].path).toBe('/invoices.json');
		expect(p.workflow.staticData[STATE]).not.toHaveProperty('family');

		p.workflow.getNode(NODE)!.parameters.documentFamily = 'estimate';
		expect(await p.poll()).toBeNull();
		expect(sent()[1].path).toBe('/estimates.json');
		expect(p.workflow.staticData[STATE]).toMatchObject({ family: 'estimate', since: '2024-03-26' });

		const [proforma] = addEstimates(api.server, 1, 'Proforma');
		edit(proforma, { date: listDay(today) });
		expect(emitted(await p.poll()).map((d) => d.id)).toEqual([proforma]);

		// Back to invoices: recorded again, the family mark gone (the state invoices always had).
		p.workflow.getNode(NODE)!.parameters.documentFamily = 'invoice';
		expect(await p.poll()).toBeNull();
		expect(p.workflow.staticData[STATE]).not.toHaveProperty('family');
	});
});
