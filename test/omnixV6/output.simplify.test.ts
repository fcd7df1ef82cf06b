// The output of Get Many and the trigger (issue 14, item 9). Omnix V6 leaves out the fields an
// invoice has no data for, so the invoices of one reply had different keys and n8n's table view
// showed "undefined" cells. With Simplify on (the default) every invoice has the same keys in the
// same order (a missing one null), dates as ISO; with Simplify off each invoice is as Omnix sent it.
import { DateTime } from 'luxon';
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow, subjectWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

const INVOICE_KEYS = [
	'invoiceNo',
	'fileType',
	'invoiceDate',
	'dueDate',
	'businessName',
	'customerCode',
	'address1',
	'city',
	'postcode',
	'grossEntry',
	'taxAmount',
	'creditReason',
	'lines',
];
const LINE_KEYS = ['amount', 'price', 'gstAmount', 'quantity', 'departmentCode', 'glCode'];

function getMany(parameters: Record<string, unknown> = {}) {
	return subjectWorkflow({
		type: 'omnix',
		parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, fromDate: '2018-01-01', toDate: '2018-01-31', ...parameters } as never,
		credentials: ['omnixV6Api'],
	});
}

function triggerWorkflow(parameters: Record<string, unknown> = {}): WorkflowJson {
	return {
		nodes: [
			{
				id: 'trigger',
				name: 'Omnix V6 Trigger',
				type: `${PACKAGE_NAME}.omnixV6Trigger`,
				typeVersion: 1,
				position: [0, 0],
				parameters: parameters as never,
				credentials: { omnixV6Api: { id: '1', name: 'Omnix V6 (test)' } },
			},
		],
		connections: {},
	};
}

const keysOf = (items: INodeExecutionData[]) => items.map((item) => Object.keys(item.json));

/** January 2018 of the sandbox, plus a sparse invoice: only what Omnix must send, and a field it does not document. */
function addSparseInvoice(): IDataObject {
	const sparse = { invoiceNo: 'LT004', fileType: 'I', invoiceDate: '27-01-2018', consignmentNo: 'C-77', lines: [{ amount: 5, quantity: 1 }] };
	api.server.invoices.push(sparse);
	return sparse;
}

describe('Omnix V6 › output › Simplify', () => {
	test('Get Many and the trigger have it, on by default', () => {
		for (const type of ['omnix', 'omnixV6Trigger']) {
			const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.${type}`).description.properties;
			const simplify = properties.filter((p: INodeProperties) => p.name === 'simplify');
			expect(simplify.map((p) => [p.type, p.default, p.displayName])).toEqual([['boolean', true, 'Simplify']]);
		}
	});

	test('Get Many, on: every invoice has the same keys in the same order, a missing field null, dates ISO', async () => {
		addSparseInvoice();
		const items = (await runWorkflow(getMany(), { credentials: credentials() })).items();
		expect(items.map((i) => i.json.invoiceNo)).toEqual(['LT001', 'LT002', 'LT003', 'LT004']);
		// The sandbox's January invoices do not share their keys as Omnix sends them ...
		const sent = api.server.invoices.filter((i) => String(i.invoiceNo).startsWith('LT'));
		expect(new Set(sent.map((i) => Object.keys(i).sort().join())).size).toBeGreaterThan(1);
		// ... the output does: no "undefined" cell in n8n's table view.
		expect(keysOf(items)).toEqual(items.map(() => INVOICE_KEYS));
		for (const item of items) {
			for (const line of item.json.lines as IDataObject[]) expect(Object.keys(line)).toEqual(LINE_KEYS);
		}
		expect(items[3].json).toEqual({
			invoiceNo: 'LT004',
			fileType: 'I',
			invoiceDate: '2018-01-27',
			dueDate: null,
			businessName: null,
			customerCode: null,
			address1: null,
			city: null,
			postcode: null,
			grossEntry: null,
			taxAmount: null,
			creditReason: null,
			lines: [{ amount: 5, price: null, gstAmount: null, quantity: 1, departmentCode: null, glCode: null }],
		});
		expect(items[2].json).toMatchObject({
			invoiceDate: '2018-01-26',
			dueDate: '2018-02-25',
			creditReason: { creditReasonCode: 'DMG', description: 'Damaged in transit' },
		});
	});

	test('Get Many, off: each invoice exactly as Omnix sent it (its own keys, dd-MM-yyyy dates, undocumented fields)', async () => {
		const sparse = addSparseInvoice();
		const items = (await runWorkflow(getMany({ simplify: false }), { credentials: credentials() })).items();
		const sent = api.server.invoices.filter((i) => String(i.invoiceNo).startsWith('LT'));
		expect(items.map((i) => i.json)).toEqual(sent);
		expect(items[3].json).toEqual(sparse);
		expect(items[2].json).toMatchObject({ invoiceDate: '26-01-2018', dueDate: '25-02-2018' });
	});

	test('Get Many, one item per line, on: every line item has the same keys, and so has its invoice', async () => {
		addSparseInvoice();
		const items = (await runWorkflow(getMany({ options: { output: 'line' } }), { credentials: credentials() })).items();
		expect(items).toHaveLength(4);
		expect(keysOf(items)).toEqual(items.map(() => [...LINE_KEYS, 'lineIndex', 'invoice']));
		for (const item of items) expect(Object.keys(item.json.invoice as IDataObject)).toEqual(INVOICE_KEYS.filter((k) => k !== 'lines'));
		expect(items[3].json).toMatchObject({ amount: 5, price: null, lineIndex: 0, invoice: { invoiceNo: 'LT004', invoiceDate: '2018-01-27', city: null } });
	});

	test('Get Many, one item per line, off: the line and its invoice as sent', async () => {
		const sparse = addSparseInvoice();
		const items = (await runWorkflow(getMany({ simplify: false, options: { output: 'line' } }), { credentials: credentials() })).items();
		const { lines, ...header } = sparse;
		expect(items[3].json).toEqual({ ...(lines as IDataObject[])[0], lineIndex: 0, invoice: header });
	});

	test('the trigger\'s manual run emits the shape of Get Many with Simplify on', async () => {
		const today = DateTime.utc().toISODate()!;
		const range = { fromDate: DateTime.utc().minus({ days: 30 }).toISODate(), toDate: today };
		const fromTrigger = (await runWorkflow(triggerWorkflow(), { credentials: credentials() })).items('Omnix V6 Trigger');
		const fromGetMany = (await runWorkflow(getMany(range), { credentials: credentials() })).items();
		expect(fromTrigger.map((i) => i.json.invoiceNo)).toEqual(['HF101', 'HF100']);
		const byNo = new Map(fromGetMany.map((i) => [i.json.invoiceNo, i.json]));
		expect(fromTrigger.map((i) => i.json)).toEqual(fromTrigger.map((i) => byNo.get(i.json.invoiceNo)));
		expect(keysOf(fromTrigger)).toEqual([INVOICE_KEYS, INVOICE_KEYS]);
	});

	test('the trigger\'s manual run with Simplify off emits the invoices as Omnix sent them', async () => {
		const items = (await runWorkflow(triggerWorkflow({ simplify: false }), { credentials: credentials() })).items('Omnix V6 Trigger');
		const sent = new Map(api.server.invoices.map((i) => [i.invoiceNo, i]));
		expect(items.map((i) => i.json)).toEqual(items.map((i) => sent.get(i.json.invoiceNo)));
		// HF100's due date, as sent: dd-MM-yyyy.
		expect(items[1].json.dueDate).toMatch(/^\d{2}-\d{2}-\d{4}$/);
	});

	test('an active trigger emits new documents simplified (a dd-MM-yyyy date as ISO, missing fields null), each once', async () => {
		const poller = await activePoller(triggerWorkflow(), 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await poller.poll()).toBeNull();
		const today = DateTime.utc().startOf('day');
		api.server.invoices.push({ invoiceNo: 'HF102', fileType: 'I', invoiceDate: today.toFormat('dd-MM-yyyy'), lines: [] });
		const emitted = await poller.poll();
		expect(emitted?.[0].map((i) => i.json)).toEqual([
			{
				invoiceNo: 'HF102',
				fileType: 'I',
				invoiceDate: today.toISODate(),
				dueDate: null,
				businessName: null,
				customerCode: null,
				address1: null,
				city: null,
				postcode: null,
				grossEntry: null,
				taxAmount: null,
				creditReason: null,
				lines: [],
			},
		]);
		expect(await poller.poll()).toBeNull();
	});

	test('an active trigger with Simplify off emits the document as sent, and de-duplicates it the same', async () => {
		const poller = await activePoller(triggerWorkflow({ simplify: false }), 'Omnix V6 Trigger', { credentials: credentials() });
		expect(await poller.poll()).toBeNull();
		const today = DateTime.utc().startOf('day');
		const posted = { invoiceNo: 'HF102', fileType: 'I', invoiceDate: today.toFormat('dd-MM-yyyy'), extra: 1, lines: [] };
		api.server.invoices.push(posted);
		expect((await poller.poll())?.[0].map((i) => i.json)).toEqual([posted]);
		expect(await poller.poll()).toBeNull();
		const state = poller.workflow.staticData['node:Omnix V6 Trigger'] as { seenByDay: Record<string, string[]> };
		expect(state.seenByDay[today.toISODate()!]).toContain('HF102|I');
	});
});
