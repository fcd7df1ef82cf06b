// The Omnix V6 Trigger activated in a real n8n, the way a user runs it: the workflow is published
// (2.x) or set active (1.x), `n8n start` runs it on its poll schedule (every minute, n8n's
// shortest), and the sandbox gets a new invoice after the first poll. Expected: exactly one
// execution, holding that invoice and nothing else, also after one more poll.
import { join } from 'path';
import type { OmnixInvoice } from '../../sandbox/omnixV6';
import type { OmnixSandbox } from '../../sandbox/omnixV6';
import { CASES } from '../../test/e2e/cases';
import type { OutputItem } from '../../test/e2e/cases';
import type { Outcome } from './e2e-context';
import { caseContext, markNow } from './e2e-context';
import type { LocalServices } from './local-services';
import type { Example, Workflow } from './n8n';
import { cliOrThrow, importWorkflows, ownerSession, startN8n } from './n8n';
import type { RunningSandbox } from './sandboxes';
import { DEMO_OWNER, LINE, RUNTIME_DIR, log } from './runtime';

export const TRIGGER_WORKFLOW_ID = 'omnixV6Poll';
const TRIGGER_NODE = 'Omnix V6 Trigger';

export function triggerWorkflow(credential: RunningSandbox['credential']): Workflow {
	return {
		id: TRIGGER_WORKFLOW_ID,
		name: 'Omnix V6: new invoices (activated trigger e2e)',
		active: false,
		nodes: [
			{
				id: '5e0c1a52-7d0e-4b8e-9d5a-3c2f4e6a7c01',
				name: TRIGGER_NODE,
				type: 'n8n-nodes-invoicing.omnixV6Trigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, fileTypes: ['I', 'C', 'D'] },
				credentials: { omnixV6Api: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1', timezone: 'UTC', saveDataSuccessExecution: 'all' },
	};
}

/** Makes an imported workflow run on n8n's next start: `publish:workflow` on 2.x, `update:workflow --active` on 1.x. */
export async function activateWorkflow(env: NodeJS.ProcessEnv, workflowId: string): Promise<void> {
	if (LINE.key === '2') {
		await cliOrThrow(['publish:workflow', `--id=${workflowId}`], env, /Publishing workflow with ID/);
	} else {
		await cliOrThrow(['update:workflow', `--id=${workflowId}`, '--active=true'], env, /Activating workflow|Done/i);
	}
}

export interface ExecutionSummary {
	id: string;
	status?: string;
	mode?: string;
}

/** The executions n8n keeps of a workflow, newest first. */
export async function listExecutions(port: string, cookie: string, workflowId: string): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const response = await fetch(`http://127.0.0.1:${port}/rest/executions?filter=${filter}&limit=50`, { headers: { cookie } });
	if (response.status !== 200) throw new Error(`GET /rest/executions answered ${response.status}: ${await response.text()}`);
	const body = (await response.json()) as { data?: { results?: ExecutionSummary[] } | ExecutionSummary[] };
	const list = Array.isArray(body.data) ? body.data : (body.data?.results ?? []);
	return list.map((e) => ({ ...e, id: String(e.id) }));
}

/** Every output of one node in one execution, read back from n8n (execution data is stored flatted). */
export async function executionOutputs(
	port: string,
	cookie: string,
	id: string,
	nodeName: string,
): Promise<Array<Array<{ json: Record<string, unknown>; binary?: Record<string, Record<string, unknown>> }>>> {
	const response = await fetch(`http://127.0.0.1:${port}/rest/executions/${id}`, { headers: { cookie } });
	if (response.status !== 200) throw new Error(`GET /rest/executions/${id} answered ${response.status}`);
	const body = (await response.json()) as { data: { data: string } };
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const flatted = require(require.resolve('flatted', { paths: [join(RUNTIME_DIR, 'node_modules', 'n8n')] })) as {
		parse(text: string): unknown;
	};
	const run = flatted.parse(body.data.data) as {
		resultData: {
			runData: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, Record<string, unknown>> }> | null> } }>>;
		};
	};
	return (run.resultData.runData[nodeName]?.[0]?.data?.main ?? []).map((output) => output ?? []);
}

/** The items the trigger emitted in one execution. */
export async function emittedItems(port: string, cookie: string, id: string): Promise<Array<Record<string, unknown>>> {
	return ((await executionOutputs(port, cookie, id, TRIGGER_NODE))[0] ?? []).map((item) => item.json);
}

export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const value = await probe();
		if (value !== undefined) return value;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

/** Runs the case; returns a sentence on success, throws with the reason otherwise. */
export async function runActivatedTrigger(env: NodeJS.ProcessEnv, userFolder: string, sandboxes: RunningSandbox[]): Promise<string> {
	const running = sandboxes.find((s) => s.key === 'omnixV6');
	if (!running) throw new Error('the Omnix V6 sandbox is not running');
	const sandbox = running.sandbox as OmnixSandbox;
	const polls = () => sandbox.requests.filter((r) => r.path.endsWith('/invoices')).length;

	await importWorkflows([triggerWorkflow(running.credential)], env, userFolder);
	await activateWorkflow(env, TRIGGER_WORKFLOW_ID);
	const before = polls();
	const server = await startN8n(env, join(userFolder, 'n8n-trigger.log'));
	try {
		const { cookie } = await ownerSession(env.N8N_PORT!, DEMO_OWNER);
		if (!cookie) throw new Error('could not log in as the instance owner');
		// Activation polls once at once: it only records where to start, and starts nothing.
		await until('the activation poll', 90_000, async () => (polls() > before ? true : undefined));
		const first = polls();
		log(`trigger: activated, ${first - before} poll(s) so far; adding invoice E2E900 to the sandbox`);
		const today = new Date().toISOString().slice(0, 10);
		const invoice: OmnixInvoice = { invoiceNo: 'E2E900', fileType: 'I', invoiceDate: today, businessName: 'E2E PTY LTD', lines: [] };
		sandbox.invoices.push(invoice);

		const execution = await until('an execution after the next scheduled poll', 150_000, async () => {
			const list = await listExecutions(env.N8N_PORT!, cookie, TRIGGER_WORKFLOW_ID);
			return list.length > 0 ? list : undefined;
		});
		// One more scheduled poll after that: it must find nothing new and start nothing.
		const seen = polls();
		await until('one more scheduled poll', 90_000, async () => (polls() > seen ? true : undefined));
		await new Promise((resolve) => setTimeout(resolve, 5000));
		const all = await listExecutions(env.N8N_PORT!, cookie, TRIGGER_WORKFLOW_ID);
		if (all.length !== 1) {
			throw new Error(`expected exactly 1 execution, n8n has ${all.length}: ${JSON.stringify(all)}`);
		}
		const [only] = all;
		if (only.status !== undefined && only.status !== 'success') throw new Error(`the execution ended ${only.status}`);
		const items = await emittedItems(env.N8N_PORT!, cookie, only.id);
		const numbers = items.map((item) => item.invoiceNo);
		if (numbers.length !== 1 || numbers[0] !== 'E2E900' || items[0].invoiceDate !== today) {
			throw new Error(`the execution emitted ${JSON.stringify(items)}, expected only E2E900 dated ${today}`);
		}
		return `1 execution (${execution[0].id}, mode ${only.mode ?? '?'}) with E2E900 after ${polls() - before} polls`;
	} finally {
		await server.stop();
	}
}

/**
 * The one execution a poll case must have started, checked: exactly one, successful, and the
 * case's check passes on the checked node's output (with what the sandboxes and the mail sink
 * received since `mark`). Returns it.
 */
export async function checkOnlyExecution(
	example: Example,
	port: string,
	cookie: string,
	sandboxes: RunningSandbox[],
	services: LocalServices,
	mark: ReturnType<typeof markNow>,
): Promise<ExecutionSummary> {
	const testCase = CASES.find((c) => c.example === example.name)!;
	const all = await listExecutions(port, cookie, example.workflow.id);
	if (all.length !== 1) throw new Error(`expected exactly 1 execution, n8n has ${all.length}: ${JSON.stringify(all)}`);
	const [only] = all;
	if (only.status !== undefined && only.status !== 'success') throw new Error(`the execution ended ${only.status}`);
	if (example.workflow.nodes.some((n) => n.type === 'n8n-nodes-base.emailSend')) {
		await services.smtp.waitFor(mark.mails + 1, 10_000).catch(() => undefined);
	}
	const outputs = (await executionOutputs(port, cookie, only.id, testCase.node)) as OutputItem[][];
	await testCase.check(outputs[0] ?? [], caseContext(outputs, sandboxes, services, mark));
	return only;
}

/**
 * Examples started by a polling trigger (test/e2e/cases.ts `poll`), run the way a user runs them:
 * published (2.x) or set active (1.x), `n8n start` polls every minute. After the activation poll
 * (it records what is there and starts nothing) the case changes the provider's data through its
 * API; the next scheduled poll must start exactly one execution, and one more poll none. `check`
 * gets the checked node's output of that execution, with what the sandboxes and the mail sink
 * received since the change.
 */
export async function runPollCases(
	examples: Example[],
	env: NodeJS.ProcessEnv,
	userFolder: string,
	sandboxes: RunningSandbox[],
	services: LocalServices,
): Promise<Outcome[]> {
	for (const example of examples) await activateWorkflow(env, example.workflow.id);
	const outcomes: Outcome[] = [];
	// Polls count from here: the examples run before may have read the same list (a Get Many of
	// /invoices.json), and a request of theirs taken for the activation poll would let the change
	// be made before the trigger has recorded where to start.
	const before = new Map(sandboxes.map((s) => [s.key, s.sandbox.requests.length]));
	const server = await startN8n(env, join(userFolder, 'n8n-polling.log'));
	try {
		const { cookie } = await ownerSession(env.N8N_PORT!, DEMO_OWNER);
		if (!cookie) throw new Error('could not log in as the instance owner');
		for (const example of examples) {
			const started = Date.now();
			const testCase = CASES.find((c) => c.example === example.name)!;
			const poll = testCase.poll!;
			const outcome = (ok: boolean, detail: string): Outcome => ({
				name: example.name,
				ok,
				detail,
				seconds: Math.round((Date.now() - started) / 100) / 10,
			});
			try {
				const running = sandboxes.find((s) => s.key === poll.sandbox);
				if (!running) throw new Error(`the ${poll.sandbox} sandbox is not running`);
				const polls = () =>
					running.sandbox.requests.slice(before.get(running.key) ?? 0).filter((r) => r.method === 'GET' && poll.path.test(r.path)).length;
				// Activation polls once at once (or at the first minute): it only records where to start.
				await until('the activation poll', 90_000, async () => (polls() > 0 ? true : undefined));
				const mark = markNow(sandboxes, services);
				await poll.provoke(running.url);
				log(`${example.name}: activated after ${polls()} poll(s); the change is made, waiting for the next scheduled poll`);
				await until('an execution after the next scheduled poll', 150_000, async () => {
					const list = await listExecutions(env.N8N_PORT!, cookie, example.workflow.id);
					return list.length > 0 && list.every((e) => e.status !== 'running' && e.status !== 'new') ? list : undefined;
				});
				// One more scheduled poll: it must find nothing new and start nothing.
				const seen = polls();
				await until('one more scheduled poll', 90_000, async () => (polls() > seen ? true : undefined));
				await new Promise((resolve) => setTimeout(resolve, 5000));
				const only = await checkOnlyExecution(example, env.N8N_PORT!, cookie, sandboxes, services, mark);
				outcomes.push(outcome(true, `1 execution (${only.id}, mode ${only.mode ?? '?'}) after ${polls()} polls`));
			} catch (error) {
				outcomes.push(outcome(false, (error as Error).message));
			}
		}
	} finally {
		await server.stop();
	}
	return outcomes;
}
