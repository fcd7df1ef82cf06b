// "On Error: Continue (using error output)", as n8n users wire a node that may fail on some items:
// the items that failed go out of the node's second output, the others out of the first. n8n moves
// an item there only when its JSON is `error` alone (1.x also takes `error` + `message`, 2.x
// `error`, `message`, `details`); the nodes' richer error JSON (description, HTTP status, provider
// code) stayed on the first output otherwise, so in that mode it is the value of `error`.
// Checked for the per-item router (Billomat) and for a batched operation (Shopwave Create or Update).
import type { INodeExecutionData } from 'n8n-workflow';

import { BillomatSandbox, BILLOMAT_DEMO_API_KEY } from '../../sandbox/billomat';
import { SHOPWAVE_DEMO_TOKEN, ShopwaveSandbox } from '../../sandbox/shopwave';
import type { RunResult } from '../harness/engine';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

const billomat = useSandbox(() => new BillomatSandbox());
const shopwave = useSandbox(() => new ShopwaveSandbox());

/** The subject node with "Continue (using error output)". */
function withErrorOutput(workflow: ReturnType<typeof subjectWorkflow>) {
	const subject = workflow.nodes.find((n) => n.name === 'Subject')!;
	subject.onError = 'continueErrorOutput';
	return workflow;
}

function outputs(result: RunResult): INodeExecutionData[][] {
	const task = result.run.data.resultData.runData.Subject?.[0];
	if (!task || task.error) throw new Error(`Subject did not run: ${task?.error?.message}`);
	return (task.data?.main ?? []).map((output) => output ?? []);
}

const ROWS = [
	{ json: { row: 1, quantity: '2' } },
	{ json: { row: 2, quantity: 'zwei' } },
	{ json: { row: 3, quantity: '1,5' } },
];

describe('Continue (using error output)', () => {
	test('Billomat Create: the bad row on the error output with the message and details, the others on the first', async () => {
		const workflow = withErrorOutput(
			subjectWorkflow(
				{
					type: 'billomat',
					typeVersion: 1.1,
					credentials: ['billomatApi'],
					parameters: {
						resource: 'invoice',
						operation: 'create',
						clientId: '476',
						itemsInput: 'json',
						lineItemsJson: '={{ [{ title: "Row " + $json.row, quantity: $json.quantity, unit_price: 10 }] }}',
					},
				},
				ROWS,
			),
		);
		const result = await runWorkflow(workflow, {
			credentials: { billomatApi: { billomatId: 'sandbox', baseUrl: `${billomat.url}/api`, apiKey: BILLOMAT_DEMO_API_KEY } },
		});
		const [saved, failed] = outputs(result);
		expect(saved.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(saved.every((item) => typeof item.json.id === 'number')).toBe(true);
		expect(failed).toHaveLength(1);
		// n8n adds the input item's fields to an error-output item.
		expect(failed[0].json).toEqual({
			row: 2,
			quantity: 'zwei',
			error: {
				message: 'Item 1: line item 1 "quantity" ("zwei") is not a number',
				description: 'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.',
			},
		});
		expect(billomat.server.received().filter((r) => r.method === 'POST')).toHaveLength(2);
	});

	test('Shopwave Create or Update (batched): a refused invoice on the error output, the saved ones on the first', async () => {
		const workflow = withErrorOutput(
			subjectWorkflow(
				{
					type: 'shopwave',
					typeVersion: 1.1,
					credentials: ['shopwaveApi'],
					parameters: {
						authentication: 'accessToken',
						resource: 'invoice',
						operation: 'upsert',
						storeId: '={{ $json.row === 2 ? "2001" : "1001" }}',
						lineItems: { item: [{ name: 'Tea', price: '3,20', quantity: '={{ $json.row }}' }] },
					},
				},
				ROWS,
			),
		);
		const result = await runWorkflow(workflow, {
			credentials: { shopwaveApi: { environment: 'custom', baseUrl: shopwave.url, accessToken: SHOPWAVE_DEMO_TOKEN } },
		});
		const [saved, failed] = outputs(result);
		expect(saved.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(Object.keys(failed[0].json).sort()).toEqual(['error', 'quantity', 'row']);
		expect(failed[0].json.error).toMatchObject({ message: expect.stringMatching(/^Shopwave error 403 \(code 912\)/), httpCode: '403', code: '912' });
	});

	test('with "Continue (regular output)" the error JSON keeps its fields at the top level, as before', async () => {
		const workflow = subjectWorkflow(
			{
				type: 'billomat',
				typeVersion: 1.1,
				credentials: ['billomatApi'],
				continueOnFail: true,
				parameters: { resource: 'invoice', operation: 'create', clientId: '476', itemsInput: 'json', lineItemsJson: '[{"title":"x","quantity":"zwei"}]' },
			},
			[{ json: {} }],
		);
		const result = await runWorkflow(workflow, {
			credentials: { billomatApi: { billomatId: 'sandbox', baseUrl: `${billomat.url}/api`, apiKey: BILLOMAT_DEMO_API_KEY } },
		});
		expect(outputs(result)).toEqual([
			[
				{
					json: {
						error: 'Item 0: line item 1 "quantity" ("zwei") is not a number',
						description: 'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.',
					},
					pairedItem: { item: 0 },
				},
			],
		]);
	});
});
