// examples/invoicexpress-invoice-settled.json's trigger, polled through the engine as the real-n8n
// e2e polls it: the activation poll records the account, the e2e's own change (an invoice
// created, finalized and settled through the API) is emitted by the next poll, and nothing after.
import { readFileSync } from 'fs';
import { join } from 'path';

import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { CASES } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { activePoller } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import { credentials } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const NAME = 'invoicexpress-invoice-settled';

describe('InvoiceXpress Trigger › example workflow', () => {
	test(`examples/${NAME}.json: a settled invoice starts it once, with the fields its e-mail uses`, async () => {
		const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
		const testCase = CASES.find((c) => c.example === NAME)!;
		const trigger = example.nodes.find((n) => n.name === testCase.node)!;
		expect(trigger.type).toBe('n8n-nodes-invoicing.invoiceXpressTrigger');
		const poller = await activePoller({ ...example, nodes: [trigger], connections: {} }, trigger.name, {
			credentials: credentials(api.url),
		});
		expect(await poller.poll()).toBeNull();
		await testCase.poll!.provoke(api.url);
		const out = await poller.poll();
		const settled = [...api.server.documents.values()].filter((d) => d.status === 'settled' && d.date !== '12/01/2024');
		expect(settled).toHaveLength(1);
		expect(out?.[0].map((i) => i.json)).toEqual([
			{
				id: settled[0].id,
				type: 'Invoice',
				sequence_number: settled[0].sequence_number,
				status: 'settled',
				date: settled[0].date.split('/').reverse().join('-'),
				due_date: settled[0].due_date.split('/').reverse().join('-'),
				reference: null,
				total: 246,
				currency: 'Euro',
				client: { id: 502, name: 'Café Lisboa, Lda', code: 'CL02', email: 'geral@cafelisboa.pt', fiscal_id: '501234567' },
			},
		]);
		expect(await poller.poll()).toBeNull();
		// Every poll asked for settled invoices only.
		const polls = api.server.received('GET', '/invoices.json');
		expect(polls).toHaveLength(3);
		for (const request of polls) expect([request.query['type[]'], request.query['status[]']]).toEqual(['Invoice', 'settled']);
	});
});
