// The workflows the queue-mode e2e imports besides the examples as they are: each Manual Trigger
// example started by a webhook instead (queue mode runs production executions on workers; a
// manual run stays on the main instance), a Billomat PDF handed from one worker to another, and
// Billomat creates for the rate-limit measurement.
import { createHash } from 'crypto';
import type { Workflow } from './n8n';
import type { N8nCredential } from './sandboxes';

type WorkflowNode = Workflow['nodes'][number];

/** A stable UUID-shaped id from a text: the same workflow gets the same node and webhook ids at every run. */
function idFrom(text: string): string {
	const hex = createHash('sha256').update(text).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A Webhook node answering at once ("Immediately"): the execution then runs on a worker while the caller goes on. */
export function webhookNode(name: string, path: string, position: [number, number] = [0, 0]): WorkflowNode {
	return {
		id: idFrom(`node ${path} ${name}`),
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position,
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
		webhookId: idFrom(`webhook ${path}`),
	};
}

/** The production path a Manual Trigger example is started at in queue mode. */
export function queuePathOf(workflow: Workflow): string {
	return `queue-${workflow.id}`;
}

/**
 * The example with its Manual Trigger replaced by a Webhook node of the same name: the nodes after
 * it get one item, as from the Manual Trigger (theirs replace its fields or ignore them).
 */
export function startedByWebhook(workflow: Workflow): Workflow {
	const triggers = workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.manualTrigger');
	if (triggers.length !== 1) throw new Error(`${workflow.id}: expected one Manual Trigger, found ${triggers.length}`);
	return {
		...workflow,
		nodes: workflow.nodes.map((node) =>
			node === triggers[0] ? webhookNode(node.name, queuePathOf(workflow), node.position as [number, number]) : node,
		),
	};
}

function credentialRef(credentials: N8nCredential[], type: string): Record<string, { id: string; name: string }> {
	const credential = credentials.find((c) => c.type === type);
	if (!credential) throw new Error(`no sandbox credential of type ${type}`);
	return { [type]: { id: credential.id, name: credential.name } };
}

function main(from: string, to: string): Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }> {
	return { [from]: { main: [[{ node: to, type: 'main', index: 0 }]] } };
}

export const HANDOFF = {
	id: 'queuePdfHandoff',
	path: 'queue-pdf-handoff',
	pdfNode: 'Invoice PDF',
	resumeNode: 'Resume address',
	uploadNode: 'Upload to the print order',
	orderId: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
	invoiceId: '1',
};

/**
 * Billomat Download PDF, then a Wait node that parks the execution until its resume address is
 * called, then i.materialise's upload of that PDF (kept in the parked execution's state). The part after the wait is a new job, which the
 * e2e makes another worker take; the PDF reaches it through n8n's binary data store only. A branch
 * of its own keeps the resume address (`$execution.resumeUrl`, signed) in the run data.
 */
export function pdfHandoffWorkflow(credentials: N8nCredential[]): Workflow {
	const nodes: WorkflowNode[] = [
		webhookNode('Start', HANDOFF.path),
		{
			id: idFrom('handoff resume'),
			name: HANDOFF.resumeNode,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, -200],
			parameters: {
				mode: 'manual',
				assignments: { assignments: [{ id: 'r1', name: 'resumeUrl', value: '={{ $execution.resumeUrl }}', type: 'string' }] },
				options: {},
			},
		},
		{
			id: idFrom('handoff pdf'),
			name: HANDOFF.pdfNode,
			type: 'n8n-nodes-invoicing.billomat',
			typeVersion: 1.1,
			position: [220, 0],
			parameters: { resource: 'invoice', operation: 'downloadPdf', invoiceId: HANDOFF.invoiceId, options: {} },
			credentials: credentialRef(credentials, 'billomatApi'),
		},
		{
			id: idFrom('handoff wait'),
			name: 'Wait for the print shop',
			type: 'n8n-nodes-base.wait',
			typeVersion: 1.1,
			position: [440, 0],
			parameters: { resume: 'webhook', httpMethod: 'POST', options: {} },
			webhookId: idFrom('handoff wait webhook'),
		},
		{
			// A Wait node resumed by a call outputs that call, not its input: the PDF comes to the
			// upload from the download itself, through a Merge node that waits for both.
			id: idFrom('handoff merge'),
			name: 'The PDF, once resumed',
			type: 'n8n-nodes-base.merge',
			typeVersion: 3,
			position: [660, 0],
			parameters: { mode: 'chooseBranch', chooseBranchMode: 'waitForAll', output: 'specifiedInput', useDataOfInput: 2 },
		},
		{
			id: idFrom('handoff upload'),
			name: HANDOFF.uploadNode,
			type: 'n8n-nodes-invoicing.iMaterialise',
			typeVersion: 1,
			position: [880, 0],
			parameters: {
				resource: 'invoice',
				operation: 'addOrUpdate',
				orderId: HANDOFF.orderId,
				source: 'binary',
				binaryPropertyName: 'data',
				options: {},
			},
			credentials: credentialRef(credentials, 'iMaterialiseApi'),
		},
	];
	return {
		id: HANDOFF.id,
		name: 'Queue mode: a Billomat PDF parked, then uploaded to i.materialise by another worker',
		active: false,
		nodes,
		connections: {
			Start: { main: [[{ node: HANDOFF.resumeNode, type: 'main', index: 0 }, { node: HANDOFF.pdfNode, type: 'main', index: 0 }]] },
			[HANDOFF.pdfNode]: {
				main: [
					[
						{ node: 'Wait for the print shop', type: 'main', index: 0 },
						{ node: 'The PDF, once resumed', type: 'main', index: 1 },
					],
				],
			},
			...main('Wait for the print shop', 'The PDF, once resumed'),
			...main('The PDF, once resumed', HANDOFF.uploadNode),
		},
		settings: { executionOrder: 'v1' },
	};
}

export const BUDGET = {
	id: 'queueBmBudget',
	path: 'queue-billomat-budget',
	node: 'Create invoice',
	/** Creates per execution; the e2e starts two at once, one on each worker. */
	items: 150,
	/** The throttled sandbox account: 25 requests per 2-second window (Billomat counts per account in fixed windows). */
	budget: 25,
	windowMs: 2000,
};

/**
 * `items` Billomat invoice creates from one webhook call. The node's Concurrent Requests is left
 * at its default unless `concurrentRequests` is given; a failed item stays in the output
 * (Continue on Fail) so the count of saved invoices is exact.
 */
export function budgetWorkflow(credential: N8nCredential, id: string, path: string, concurrentRequests?: number): Workflow {
	const rows = Array.from({ length: BUDGET.items }, (_, i) => ({ n: i + 1 }));
	return {
		id,
		name: `Queue mode: ${BUDGET.items} Billomat creates (${concurrentRequests === undefined ? 'default concurrency' : `${concurrentRequests} in flight`})`,
		active: false,
		nodes: [
			webhookNode('Start', path),
			{
				id: idFrom(`${id} rows`),
				name: 'Rows',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [220, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
			},
			{
				id: idFrom(`${id} split`),
				name: 'One item per row',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [440, 0],
				parameters: { fieldToSplitOut: 'rows', options: {} },
			},
			{
				id: idFrom(`${id} create`),
				name: BUDGET.node,
				type: 'n8n-nodes-invoicing.billomat',
				typeVersion: 1.1,
				position: [660, 0],
				parameters: {
					resource: 'invoice',
					operation: 'create',
					clientId: '476',
					itemsInput: 'fields',
					lineItems: { item: [{ title: '=Consulting {{ $json.n }}', quantity: 1, unit_price: 90 }] },
					options: concurrentRequests === undefined ? {} : { concurrentRequests },
				},
				credentials: credentialRef([credential], 'billomatApi'),
				onError: 'continueRegularOutput',
			},
		],
		connections: { ...main('Start', 'Rows'), ...main('Rows', 'One item per row'), ...main('One item per row', BUDGET.node) },
		settings: { executionOrder: 'v1' },
	};
}
