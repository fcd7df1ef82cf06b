// The example workflow in examples/ runs through the engine against the sandbox and passes the
// same check the real-n8n end-to-end run applies. Its first two nodes (Edit Fields in JSON mode,
// Split Out) belong to n8n-nodes-base, which the test engine does not load: they are replaced by
// the fixture node emitting the very rows written in the Edit Fields node.
import { readFileSync } from 'fs';
import { join } from 'path';

import { CASES } from '../e2e/cases';
import type { OutputItem } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { billomatSandbox, credentials, jsonBody } from './setup';

const api = billomatSandbox();
const NAME = 'billomat-rows-to-invoices';

function exampleWithFixtureRows(): { workflow: WorkflowJson; rows: Array<Record<string, unknown>> } {
	const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
	const set = workflow.nodes.find((n) => n.name === 'Spreadsheet rows')!;
	const split = workflow.nodes.find((n) => n.name === 'One item per row')!;
	expect(set.type).toBe('n8n-nodes-base.set');
	expect(split.type).toBe('n8n-nodes-base.splitOut');
	expect(split.parameters.fieldToSplitOut).toBe('rows');
	const rows = (JSON.parse(set.parameters.jsonOutput as string) as { rows: Array<Record<string, unknown>> }).rows;
	workflow.nodes = workflow.nodes
		.filter((n) => n !== set)
		.map((n) =>
			n === split
				? { ...n, type: 'test.fixtureItems', typeVersion: 1, parameters: { items: JSON.stringify(rows.map((json) => ({ json }))) } }
				: n,
		);
	workflow.connections = {
		...workflow.connections,
		'When clicking ‘Execute workflow’': { main: [[{ node: 'One item per row', type: 'main', index: 0 }]] },
	};
	delete workflow.connections['Spreadsheet rows'];
	return { workflow, rows };
}

describe('Billomat › example workflow', () => {
	test(`examples/${NAME}.json: rows → create → complete → email → PDF`, async () => {
		const { workflow, rows } = exampleWithFixtureRows();
		expect(rows).toHaveLength(2);
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });

		const testCase = CASES.find((c) => c.example === NAME)!;
		expect(testCase.node).toBe('Download PDF');
		const items = result.items(testCase.node) as unknown as OutputItem[];
		expect(() => testCase.check(items)).not.toThrow();

		const creates = api.server.received('POST').filter((r) => r.path === '/api/invoices');
		expect(creates.map(jsonBody)).toEqual([
			{
				invoice: {
					client_id: 476,
					label: 'Workshop May',
					'invoice-items': { 'invoice-item': [{ title: 'Workshop day', quantity: 2, unit_price: 650, tax_name: 'MwSt', tax_rate: 19 }] },
				},
			},
			{
				invoice: {
					client_id: 477,
					label: 'Support May',
					'invoice-items': { 'invoice-item': [{ title: 'Support hour', quantity: 5, unit_price: 80, tax_name: 'MwSt', tax_rate: 19 }] },
				},
			},
		]);
		expect(api.server.received('PUT', '/complete').map((r) => r.path)).toEqual([
			'/api/invoices/1000/complete',
			'/api/invoices/1001/complete',
		]);
		expect(api.server.emails.map((e) => [e.invoiceId, e.email])).toEqual([
			[1000, { recipients: { to: 'billing@musterfirma.example' }, subject: 'Your invoice for Workshop May' }],
			[1001, { recipients: { to: 'accounts@example-ltd.example' }, subject: 'Your invoice for Support May' }],
		]);
		const pdf = await binaryBuffer(result.items(testCase.node)[0].binary!.data);
		expect(pdf.equals(api.server.pdfs.get(1000)!.data)).toBe(true);
		expect(api.server.invoices.get(1000)).toMatchObject({ status: 'OPEN', total_net: 1300, total_gross: 1547 });
	});
});
