import { DateTime } from 'luxon';

import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import type { WorkflowJson } from '../harness/engine';
import { activePoller, runWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox(() => new OmnixSandbox());
const credentials = () => ({ omnixV6Api: { domain: api.url, apiKey: OMNIX_DEMO_API_KEY } });

function triggerWorkflow(parameters: Record<string, unknown> = {}): WorkflowJson {
	return {
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

describe('Omnix V6 Trigger › manual run', () => {
	test('returns the most recent invoices of the look-back window, newest first', async () => {
		const result = await runWorkflow(triggerWorkflow({ lookBackDays: 30, manualLimit: 5 }), {
			credentials: credentials(),
		});
		const today = DateTime.now().setZone('UTC').startOf('day');
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
		const poller = await activePoller(triggerWorkflow(), 'Omnix V6 Trigger', { credentials: credentials() });
		const today = DateTime.now().setZone('UTC').startOf('day');

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
		const lastDay = DateTime.now().setZone('UTC').startOf('day').minus({ days: 3 });
		const json = triggerWorkflow({ fileTypes: ['D'] });
		json.staticData = { 'node:Omnix V6 Trigger': { lastDay: lastDay.toISODate(), seen: [] } };
		const poller = await activePoller(json, 'Omnix V6 Trigger', { credentials: credentials() });
		const emitted = await poller.poll();
		expect(api.server.received()[0].query.fromDate).toBe(fmt(lastDay));
		expect(emitted?.[0].map((i) => i.json.invoiceNo)).toEqual(['HF100']);
	});
});
