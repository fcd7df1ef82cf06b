// examples/invoicexpress-order-to-invoice-receipt.json runs through the engine against the sandbox
// and passes the check the real-n8n end-to-end run applies to its "Download PDF" node. Its order
// row (an Edit Fields node) and its e-mail (Send Email) belong to n8n-nodes-base, which the test
// engine does not load: the row comes from the fixture node, the very JSON written in Edit Fields,
// and the e-mail is left to the end-to-end run, which checks the message the mail server received.
import { readFileSync } from 'fs';
import { join } from 'path';

import { CASES } from '../e2e/cases';
import type { OutputItem } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { binaryBuffer, runWorkflow } from '../harness/engine';
import { credentials, ixClientSandbox, jsonBody } from './client.setup';

const api = ixClientSandbox();
const NAME = 'invoicexpress-order-to-invoice-receipt';

function exampleWithFixtureRow(): { workflow: WorkflowJson; order: Record<string, unknown> } {
	const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
	const row = workflow.nodes.find((n) => n.name === 'Order row')!;
	const mail = workflow.nodes.find((n) => n.name === 'Email the invoice-receipt')!;
	expect(row.type).toBe('n8n-nodes-base.set');
	expect(mail.type).toBe('n8n-nodes-base.emailSend');
	const order = JSON.parse(row.parameters.jsonOutput as string) as Record<string, unknown>;
	workflow.nodes = workflow.nodes
		.filter((n) => n !== mail)
		.map((n) => (n === row ? { ...n, type: 'test.fixtureItems', typeVersion: 1, parameters: { items: JSON.stringify([{ json: order }]) } } : n));
	delete workflow.connections['Download PDF'];
	return { workflow, order };
}

describe('InvoiceXpress › example workflow: an order row to an emailed invoice-receipt', () => {
	test(`examples/${NAME}.json: Find or Create the client → invoice-receipt → finalize → PDF`, async () => {
		const { workflow, order } = exampleWithFixtureRow();
		const result = await runWorkflow(workflow, { credentials: credentials(api.url) });
		const testCase = CASES.find((c) => c.example === NAME)!;
		expect(testCase.node).toBe('Download PDF');
		const items = result.items(testCase.node) as unknown as OutputItem[];
		await expect(Promise.resolve(testCase.check(items))).resolves.toBeUndefined();

		// The client was new: searched by code, then by name, then created from the row.
		expect(result.items('Find or create the client')[0].json).toMatchObject({ id: 503, code: 'PD01', found: false, created: true, foundBy: null });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([
			['GET', '/clients/find-by-code.json'],
			['GET', '/clients/find-by-name.json'],
			['POST', '/clients.json'],
			['POST', '/invoice_receipts.json'],
			['PUT', '/invoice_receipts/1009/change-state.json'],
			['GET', '/api/pdf/1009.json'],
			['GET', '/api/pdf/1009.json'],
			['GET', '/api/pdf/1009.json'],
			['GET', '/downloads/invoice_receipts-1009.pdf'],
		]);
		const created = jsonBody(api.server.received('POST', '/invoice_receipts.json')[0]) as { invoice: Record<string, unknown> };
		expect(created.invoice.client).toEqual({ name: order.customer, code: order.customer_code });
		expect(created.invoice.items).toEqual([
			{ name: 'Café em grão 1 kg', unit_price: 12.5, quantity: 4, unit: 'unit', tax: { name: 'IVA23' }, discount: 0 },
			{ name: 'Revisão do moinho', unit_price: 40, quantity: 1, unit: 'service', tax: { name: 'IVA23' }, discount: 0 },
		]);
		// The document belongs to the client Find or Create made, and is finalized: an invoice-receipt
		// is paid when issued, so finalizing it settles it (the change-state page).
		const receipt = api.server.documents.get(1009)!;
		expect(receipt).toMatchObject({ type: 'InvoiceReceipt', status: 'settled', reference: 'LOJA-1001' });
		expect(receipt.client.id).toBe(503);
		const pdf = await binaryBuffer(result.items(testCase.node)[0].binary!.data);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('run again with the same order row: the client is found by its code, not created twice', async () => {
		const { workflow } = exampleWithFixtureRow();
		await runWorkflow(workflow, { credentials: credentials(api.url) });
		const second = await runWorkflow(workflow, { credentials: credentials(api.url) });
		expect(second.items('Find or create the client')[0].json).toMatchObject({ id: 503, found: true, created: false, foundBy: 'code' });
		expect(api.server.received('POST', '/clients.json')).toHaveLength(1);
		expect(api.server.clients.filter((c) => c.code === 'PD01')).toHaveLength(1);
	});
});
