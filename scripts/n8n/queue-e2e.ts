// `npm run test:queue`: this package in n8n 2.41.1's queue mode, the way a team runs n8n beyond
// one process: Redis and PostgreSQL (Debian's packages, installed when missing), one main
// instance and two workers, each with its own user folder and the package installed, binary data
// where n8n keeps it in queue mode (the database), and the provider sandboxes.
//
// Through the main instance, as production executions:
// 1. every example workflow: Manual Trigger examples started by a webhook instead (queue mode runs
//    production executions on the workers), webhook examples called as their sender would;
//    outputs checked against test/e2e/cases.ts;
// 2. a Billomat PDF handed across the queue: downloaded on one worker, the execution parked by a
//    Wait node, that worker stopped, the upload to i.materialise run by the other worker;
// 3. Billomat's rate limit shared by two workers: 150 creates on each at once against the
//    throttled sandbox; the share of the allowed rate, the 429s and the saved invoices are
//    measured (with the node's default Concurrent Requests, then with 1);
// 4. the polling triggers (Omnix V6 Trigger and every example started by one) published as the
//    editor does; after their activation polls the whole cluster is restarted, then the providers' data changes:
//    each must start exactly one execution, and one more poll none (n8n keeps the triggers' state).
// Each worker must have run at least one execution (its log names every execution it takes).
// Ends with "queue e2e: N passed, N failed"; the measurement goes to stdout and, with --out FILE,
// to a JSON file.
//
// Flags: --no-build (use dist/ as it is), --keep (keep the temporary folder), --out FILE.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BillomatSandbox } from '../../sandbox/billomat';
import type { OmnixInvoice, OmnixSandbox } from '../../sandbox/omnixV6';
import { BILLOMAT_DEMO_API_KEY } from '../../sandbox/billomat';
import { parseMultipart } from '../../sandbox/imaterialise/multipart';
import type { OutputItem } from '../../test/e2e/cases';
import { CASES } from '../../test/e2e/cases';
import type { Outcome } from './e2e-context';
import { caseContext, markNow } from './e2e-context';
import { installRuntime } from './install-runtime';
import { linkPackage } from './link-package';
import type { LocalServices } from './local-services';
import { prepareExample, startLocalServices } from './local-services';
import type { Example, Workflow } from './n8n';
import { importCredentials, importWorkflows, loadExamples, ownerSession } from './n8n';
import { QueueCluster, WORKER_CONCURRENCY } from './queue-cluster';
import { startQueueServices } from './queue-services';
import { BUDGET, HANDOFF, budgetWorkflow, pdfHandoffWorkflow, queuePathOf, startedByWebhook } from './queue-workflows';
import { DEMO_OWNER, LINE, N8N_VERSION, log, onStopSignal } from './runtime';
import type { RunningSandbox } from './sandboxes';
import { startSandboxes } from './sandboxes';
import { SANDBOXES } from '../../sandbox/index';
import type { ExecutionSummary } from './trigger-e2e';
import { TRIGGER_WORKFLOW_ID, checkOnlyExecution, emittedItems, executionOutputs, listExecutions, triggerWorkflow, until } from './trigger-e2e';
import { postWhenRegistered, runWebhookCases } from './webhook-e2e';

const WORKERS = 2;
const BUDGET_RUNS = [
	{ id: 'queueBmBudget', path: 'queue-billomat-budget', concurrentRequests: undefined },
	{ id: 'queueBmBudget1', path: 'queue-billomat-budget-1', concurrentRequests: 1 },
] as const;

function flag(name: string): boolean {
	return process.argv.includes(`--${name}`);
}

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Context {
	cluster: QueueCluster;
	cookie: string;
	sandboxes: RunningSandbox[];
	services: LocalServices;
	/** The Billomat account of the rate-limit measurement: a sandbox of its own, throttled from its start. */
	throttled: RunningSandbox;
}

/**
 * A second Billomat sandbox, throttled from the start, with its own credential: an account whose
 * window never changes, as a real one's does not (the workers remember each account's budget for
 * as long as they run, so the demo account's 15-minute window must not turn into 2 seconds).
 */
async function startThrottledBillomat(): Promise<RunningSandbox> {
	const entry = SANDBOXES.find((e) => e.key === 'billomat')!;
	const sandbox = entry.create() as BillomatSandbox;
	sandbox.rateLimit = { budget: BUDGET.budget, appBudget: BUDGET.budget, windowMs: BUDGET.windowMs };
	const url = await sandbox.listen(0, '127.0.0.1');
	log(`sandbox Billomat, throttled to ${BUDGET.budget} requests per ${BUDGET.windowMs / 1000} s, on ${url}`);
	return {
		key: 'billomatThrottled',
		url,
		sandbox,
		credential: { id: 'sbxbmthrottled', name: 'Billomat (throttled sandbox)', type: entry.credential.type, data: entry.credential.data(url) },
	};
}

function sandboxOf(ctx: Context, key: string): RunningSandbox {
	const found = ctx.sandboxes.find((s) => s.key === key);
	if (!found) throw new Error(`no ${key} sandbox`);
	return found;
}

async function post(url: string, body: unknown = {}): Promise<Response> {
	return await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** POSTs to a production webhook until n8n serves it (404 before: nothing ran, so asking again is safe). */
async function callWebhook(ctx: Context, path: string, body: unknown = {}): Promise<void> {
	const url = `http://127.0.0.1:${ctx.cluster.port}/webhook/${path}`;
	const answer = await postWhenRegistered(url, body);
	if (answer.status !== 200) throw new Error(`POST ${url} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
}

/**
 * Publishes a workflow as the editor's Publish button does (n8n 2.x: POST /rest/workflows/:id/activate
 * with the version to publish): the running main instance activates it at once, no restart.
 */
async function publish(port: string, cookie: string, workflowId: string): Promise<void> {
	const base = `http://127.0.0.1:${port}/rest/workflows/${workflowId}`;
	const current = await fetch(base, { headers: { cookie } });
	const text = await current.text();
	if (current.status !== 200) throw new Error(`GET /rest/workflows/${workflowId} answered ${current.status}: ${text.slice(0, 300)}`);
	const { versionId } = (JSON.parse(text) as { data: { versionId: string } }).data;
	const response = await fetch(`${base}/activate`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ versionId }),
	});
	if (response.status !== 200) throw new Error(`publishing ${workflowId} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
}

const DONE = new Set(['success', 'error', 'crashed', 'canceled']);

/** The executions of a workflow once `count` of them have ended (or one is waiting, when `waiting`). */
async function executionsEnded(ctx: Context, workflowId: string, count: number, timeoutMs = 240_000, waiting = false): Promise<ExecutionSummary[]> {
	return await until(`${count} execution(s) of ${workflowId} to end`, timeoutMs, async () => {
		const list = await listExecutions(ctx.cluster.port, ctx.cookie, workflowId);
		const ended = list.filter((e) => DONE.has(e.status ?? '') || (waiting && e.status === 'waiting'));
		return ended.length >= count && ended.length === list.length ? list : undefined;
	});
}

function outcome(name: string, started: number, ok: boolean, detail: string): Outcome {
	return { name: `queue: ${name}`, ok, detail, seconds: seconds(started) };
}

/** Which worker ran an execution, as a name; fails when none or both did. */
function workerOf(ctx: Context, executionId: string): number {
	const ran = ctx.cluster.workersThatRan(executionId);
	if (ran.length !== 1) throw new Error(`execution ${executionId} was taken by ${ran.length} worker(s), expected 1 (logs: ${ctx.cluster.logFiles().join(', ')})`);
	return ran[0];
}

// 1. The examples -------------------------------------------------------------------------------

async function runManualExamples(ctx: Context, examples: Example[]): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const example of examples) {
		const started = Date.now();
		try {
			const testCase = CASES.find((c) => c.example === example.name)!;
			const mark = markNow(ctx.sandboxes, ctx.services);
			await callWebhook(ctx, queuePathOf(example.workflow));
			const [execution] = await executionsEnded(ctx, example.workflow.id, 1);
			if (execution.status !== 'success') throw new Error(`the execution ${execution.id} ended ${execution.status}`);
			const worker = workerOf(ctx, execution.id);
			if (example.workflow.nodes.some((n) => n.type === 'n8n-nodes-base.emailSend')) {
				await ctx.services.smtp.waitFor(mark.mails + 1, 10_000).catch(() => undefined);
			}
			const outputs = (await executionOutputs(ctx.cluster.port, ctx.cookie, execution.id, testCase.node)) as OutputItem[][];
			await testCase.check(outputs[0] ?? [], caseContext(outputs, ctx.sandboxes, ctx.services, mark));
			outcomes.push(outcome(example.name, started, true, `execution ${execution.id} on ${ctx.cluster.workers[worker].name}: ${(outputs[0] ?? []).length} item(s)`));
		} catch (error) {
			outcomes.push(outcome(example.name, started, false, (error as Error).message));
		}
		log(`${outcomes.at(-1)!.ok ? 'PASS' : 'FAIL'} ${outcomes.at(-1)!.name} (${outcomes.at(-1)!.seconds} s): ${outcomes.at(-1)!.detail}`);
	}
	return outcomes;
}

// 2. A PDF across the queue ---------------------------------------------------------------------

async function runPdfHandoff(ctx: Context): Promise<Outcome> {
	const started = Date.now();
	const name = 'Billomat PDF stored by one worker, uploaded to i.materialise by the other';
	let stopped: number | undefined;
	try {
		const mark = markNow(ctx.sandboxes, ctx.services);
		await callWebhook(ctx, HANDOFF.path);
		const [parked] = await executionsEnded(ctx, HANDOFF.id, 1, 120_000, true);
		if (parked.status !== 'waiting') throw new Error(`the execution ${parked.id} ended ${parked.status} before its Wait node`);
		const first = workerOf(ctx, parked.id);
		const pdf = (await executionOutputs(ctx.cluster.port, ctx.cookie, parked.id, HANDOFF.pdfNode))[0]?.[0];
		const stored = pdf?.binary?.data as { id?: string; fileName?: string } | undefined;
		if (!stored?.id?.startsWith('database:')) {
			throw new Error(`the PDF is not in n8n's database binary store: ${JSON.stringify(stored)}`);
		}
		const [resume] = (await executionOutputs(ctx.cluster.port, ctx.cookie, parked.id, HANDOFF.resumeNode))[0] ?? [];
		const resumeUrl = String(resume?.json.resumeUrl ?? '');
		if (!resumeUrl.startsWith(`http://127.0.0.1:${ctx.cluster.port}/`)) throw new Error(`the resume address ${resumeUrl} is not the main instance's`);

		// The worker that holds nothing of it any more: gone. Only the other can resume it.
		stopped = first;
		await ctx.cluster.stopWorker(first);
		log(`handoff: execution ${parked.id} parked by ${ctx.cluster.workers[first].name} (PDF ${stored.id}); that worker stopped; resuming`);
		const answer = await post(resumeUrl);
		if (answer.status !== 200) throw new Error(`the resume address answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
		const [done] = await executionsEnded(ctx, HANDOFF.id, 1);
		if (done.status !== 'success') throw new Error(`the resumed execution ${done.id} ended ${done.status}`);
		const ran = ctx.cluster.workersThatRan(parked.id);
		const second = ran.find((i) => i !== first);
		if (second === undefined) throw new Error(`no other worker took the resumed execution (taken by: ${ran.join(', ')})`);

		// What i.materialise received is Billomat's PDF, byte for byte.
		const reply = await fetch(`${sandboxOf(ctx, 'billomat').url}/api/invoices/${HANDOFF.invoiceId}/pdf?format=pdf`, {
			headers: { 'X-BillomatApiKey': BILLOMAT_DEMO_API_KEY },
		});
		const billomatPdf = Buffer.from(await reply.arrayBuffer());
		const upload = sandboxOf(ctx, 'imaterialise').sandbox.requests.slice(mark.requests.get('imaterialise') ?? 0).find((r) => r.method === 'POST');
		if (!upload) throw new Error('i.materialise received no upload');
		const file = parseMultipart(upload.body, String(upload.headers['content-type'])).find((part) => part.fileName !== undefined);
		if (!file?.data.equals(billomatPdf)) throw new Error(`the uploaded file (${file?.data.length ?? 0} bytes) is not Billomat's PDF (${billomatPdf.length} bytes)`);
		const [uploaded] = (await executionOutputs(ctx.cluster.port, ctx.cookie, done.id, HANDOFF.uploadNode))[0] ?? [];
		if (uploaded?.json.success !== true) throw new Error(`the upload node gave ${JSON.stringify(uploaded?.json)}`);
		return outcome(
			name,
			started,
			true,
			`downloaded on ${ctx.cluster.workers[first].name}, uploaded on ${ctx.cluster.workers[second].name}: ${billomatPdf.length} bytes, the same`,
		);
	} catch (error) {
		return outcome(name, started, false, (error as Error).message);
	} finally {
		if (stopped !== undefined) await ctx.cluster.startWorker(stopped);
	}
}

// 3. Billomat's rate limit across two workers ---------------------------------------------------

export interface BudgetFigures {
	setting: string;
	workers: string[];
	items: number;
	allowedPerSecond: number;
	requestsSent: number;
	rateLimited: number;
	saved: number;
	failed: number;
	seconds: number;
	idealSeconds: number;
	shareOfAllowed: number;
}

async function runBudget(ctx: Context, run: (typeof BUDGET_RUNS)[number]): Promise<{ outcome: Outcome; figures?: BudgetFigures }> {
	const started = Date.now();
	const setting = run.concurrentRequests === undefined ? 'Concurrent Requests at its default (3)' : `Concurrent Requests ${run.concurrentRequests}`;
	const name = `Billomat rate limit, two workers × ${BUDGET.items} creates, ${setting}`;
	const billomat = ctx.throttled.sandbox;
	try {
		const from = billomat.requests.length;
		// Two calls at once: with one execution a worker at a time, each worker takes one.
		await Promise.all([callWebhook(ctx, run.path), callWebhook(ctx, run.path)]);
		const executions = await executionsEnded(ctx, run.id, 2, 300_000);
		const workers = executions.map((e) => ctx.cluster.workers[workerOf(ctx, e.id)].name);
		if (new Set(workers).size !== 2) throw new Error(`both executions ran on ${workers[0]}`);
		const creates = billomat.requests.slice(from).filter((r) => r.method === 'POST' && /\/api\/invoices$/.test(r.path));
		let failed = 0;
		let items = 0;
		let first = Infinity;
		let last = 0;
		for (const execution of executions) {
			const output = (await executionOutputs(ctx.cluster.port, ctx.cookie, execution.id, BUDGET.node))[0] ?? [];
			items += output.length;
			failed += output.filter((item) => item.json.error !== undefined).length;
			const detail = (await (
				await fetch(`http://127.0.0.1:${ctx.cluster.port}/rest/executions/${execution.id}`, { headers: { cookie: ctx.cookie } })
			).json()) as { data: { startedAt: string; stoppedAt: string } };
			first = Math.min(first, Date.parse(detail.data.startedAt));
			last = Math.max(last, Date.parse(detail.data.stoppedAt));
		}
		const accepted = creates.filter((r) => (r.status ?? 0) < 400).length;
		const ms = last - first;
		// The time a client using every allowed request would need: the rest of the window the run
		// started in, then one budget a window (windows are aligned to the clock).
		const windowsNeeded = Math.ceil(accepted / BUDGET.budget);
		const firstWindow = Math.floor(first / BUDGET.windowMs) * BUDGET.windowMs;
		const idealMs = Math.max(1, firstWindow + (windowsNeeded - 1) * BUDGET.windowMs - first);
		const figures: BudgetFigures = {
			setting,
			workers,
			items,
			allowedPerSecond: BUDGET.budget / (BUDGET.windowMs / 1000),
			requestsSent: creates.length,
			rateLimited: creates.filter((r) => r.status === 429).length,
			saved: accepted,
			failed,
			seconds: round(ms / 1000, 1),
			idealSeconds: round(idealMs / 1000, 1),
			shareOfAllowed: round(idealMs / ms),
		};
		const problems: string[] = [];
		if (items !== 2 * BUDGET.items) problems.push(`${items} items came out, expected ${2 * BUDGET.items}`);
		// Every invoice saved once: what succeeded is what the sandbox accepted, and nothing got lost.
		if (accepted !== items - failed) problems.push(`the sandbox accepted ${accepted} creates, the node reports ${items - failed} saved`);
		const ok = problems.length === 0;
		return {
			outcome: outcome(
				name,
				started,
				ok,
				ok
					? `${figures.saved} saved, ${failed} failed, ${figures.rateLimited} × 429, ${figures.seconds} s for ${figures.idealSeconds} s ideal (share ${figures.shareOfAllowed})`
					: problems.join('; '),
			),
			figures,
		};
	} catch (error) {
		return { outcome: outcome(name, started, false, (error as Error).message) };
	}
}

// 4. Polling triggers across a restart ----------------------------------------------------------

interface PollSubject {
	name: string;
	workflowId: string;
	sandbox: string;
	path: RegExp;
	provoke(): Promise<void>;
	check(mark: ReturnType<typeof markNow>): Promise<ExecutionSummary>;
}

function pollSubjects(ctx: Context, pollExamples: Example[]): PollSubject[] {
	const subjects: PollSubject[] = pollExamples.map((example) => {
		const poll = CASES.find((c) => c.example === example.name)!.poll!;
		return {
			name: example.name,
			workflowId: example.workflow.id,
			sandbox: poll.sandbox,
			path: poll.path,
			provoke: async () => await poll.provoke(sandboxOf(ctx, poll.sandbox).url),
			check: async (mark) => await checkOnlyExecution(example, ctx.cluster.port, ctx.cookie, ctx.sandboxes, ctx.services, mark),
		};
	});
	const omnix = sandboxOf(ctx, 'omnixV6').sandbox as OmnixSandbox;
	const today = new Date().toISOString().slice(0, 10);
	subjects.push({
		name: 'omnix-v6-trigger',
		workflowId: TRIGGER_WORKFLOW_ID,
		sandbox: 'omnixV6',
		path: /\/invoices$/,
		provoke: async () => {
			const invoice: OmnixInvoice = { invoiceNo: 'QUEUE900', fileType: 'I', invoiceDate: today, businessName: 'QUEUE PTY LTD', lines: [] };
			omnix.invoices.push(invoice);
		},
		check: async () => {
			const all = await listExecutions(ctx.cluster.port, ctx.cookie, TRIGGER_WORKFLOW_ID);
			if (all.length !== 1) throw new Error(`expected exactly 1 execution, n8n has ${all.length}: ${JSON.stringify(all)}`);
			const items = await emittedItems(ctx.cluster.port, ctx.cookie, all[0].id);
			if (items.length !== 1 || items[0].invoiceNo !== 'QUEUE900') throw new Error(`the execution emitted ${JSON.stringify(items)}, expected only QUEUE900`);
			return all[0];
		},
	});
	return subjects;
}

async function runPollingTriggers(ctx: Context, subjects: PollSubject[]): Promise<Outcome[]> {
	const started = Date.now();
	const pollsOf = (subject: PollSubject, since: Map<string, number>) =>
		sandboxOf(ctx, subject.sandbox)
			.sandbox.requests.slice(since.get(subject.sandbox) ?? 0)
			.filter((r) => r.method === 'GET' && subject.path.test(r.path)).length;
	const outcomes: Outcome[] = [];
	const fail = (error: unknown) => subjects.map((s) => outcome(`${s.name} (polling, restarted)`, started, false, (error as Error).message));
	try {
		// Each activation poll records what is there and starts nothing.
		const beforeStart = new Map(ctx.sandboxes.map((s) => [s.key, s.sandbox.requests.length]));
		for (const subject of subjects) await publish(ctx.cluster.port, ctx.cookie, subject.workflowId);
		for (const subject of subjects) {
			await until(`${subject.name}'s activation poll`, 120_000, async () => (pollsOf(subject, beforeStart) > 0 ? true : undefined));
		}
		log(`polling triggers: activated (${subjects.map((s) => s.name).join(', ')}); restarting main and both workers`);
		await ctx.cluster.stopAll();
		await ctx.cluster.startAll();
		ctx.cookie = (await ownerSession(ctx.cluster.port, DEMO_OWNER)).cookie ?? '';
		for (const subject of subjects) {
			const listed = await listExecutions(ctx.cluster.port, ctx.cookie, subject.workflowId);
			if (listed.length) throw new Error(`${subject.name} started ${listed.length} execution(s) before anything changed: ${JSON.stringify(listed)}`);
		}
		const mark = markNow(ctx.sandboxes, ctx.services);
		for (const subject of subjects) await subject.provoke();
		log('polling triggers: the providers\' data changed; waiting for the next scheduled polls');
		for (const subject of subjects) {
			await until(`an execution of ${subject.name} after the next scheduled poll`, 150_000, async () => {
				const list = await listExecutions(ctx.cluster.port, ctx.cookie, subject.workflowId);
				return list.length > 0 && list.every((e) => DONE.has(e.status ?? '')) ? true : undefined;
			});
		}
		// One more scheduled poll each: it must find nothing new and start nothing.
		const seen = new Map(ctx.sandboxes.map((s) => [s.key, s.sandbox.requests.length]));
		for (const subject of subjects) {
			await until(`one more poll of ${subject.name}`, 90_000, async () => (pollsOf(subject, seen) > 0 ? true : undefined));
		}
		await new Promise((resolve) => setTimeout(resolve, 5000));
		for (const subject of subjects) {
			try {
				const execution = await subject.check(mark);
				const worker = workerOf(ctx, execution.id);
				outcomes.push(outcome(`${subject.name} (polling, restarted)`, started, true, `1 execution (${execution.id}) on ${ctx.cluster.workers[worker].name} after a restart of main and workers`));
			} catch (error) {
				outcomes.push(outcome(`${subject.name} (polling, restarted)`, started, false, (error as Error).message));
			}
		}
		return outcomes;
	} catch (error) {
		return fail(error);
	}
}

// -----------------------------------------------------------------------------------------------

function budgetTable(rows: BudgetFigures[]): string {
	const header = ['setting', 'creates', 'allowed/s', 'requests', '429s', 'saved', 'failed', 's', 'ideal s', 'share of allowed'];
	const lines = rows.map((r) => [r.setting, r.items, r.allowedPerSecond, r.requestsSent, r.rateLimited, r.saved, r.failed, r.seconds, r.idealSeconds, r.shareOfAllowed].join(' | '));
	return [header.join(' | '), header.map(() => '---').join(' | '), ...lines].map((line) => `| ${line} |`).join('\n');
}

async function main(): Promise<number> {
	if (LINE.key !== '2') {
		process.stderr.write(`[queue] queue mode is checked on n8n 2.x (binary data in the database); this run asked for ${N8N_VERSION}\n`);
		return 1;
	}
	const examples = loadExamples();
	const webhookNames = new Set(CASES.filter((c) => c.webhook).map((c) => c.example));
	const pollNames = new Set(CASES.filter((c) => c.poll).map((c) => c.example));
	const manualExamples = examples.filter((e) => !webhookNames.has(e.name) && !pollNames.has(e.name));
	const webhookExamples = examples.filter((e) => webhookNames.has(e.name));
	const pollExamples = examples.filter((e) => pollNames.has(e.name));

	installRuntime();
	log(`queue-mode e2e on n8n ${N8N_VERSION}: main + ${WORKERS} workers (concurrency ${WORKER_CONCURRENCY} each), Redis, PostgreSQL`);
	const root = mkdtempSync(join(tmpdir(), 'n8n-queue-'));
	let keep = flag('keep');
	const queueServices = await startQueueServices(root);
	const { running, close: closeSandboxes } = await startSandboxes(false);
	const throttled = await startThrottledBillomat();
	const services = await startLocalServices(root);
	const cluster = await QueueCluster.create(root, WORKERS, { ...queueServices.env, ...services.env });
	const close = async () => {
		await cluster.stopAll().catch(() => undefined);
		await services.close();
		await closeSandboxes();
		await throttled.sandbox.close().catch(() => undefined);
		await queueServices.stop();
	};
	onStopSignal(close);
	const outcomes: Outcome[] = [];
	const figures: BudgetFigures[] = [];
	try {
		linkPackage(cluster.main.userFolder, { build: !flag('no-build') });
		cluster.shareNodes();
		const env = cluster.main.env;
		const credentials = [...running.map((s) => s.credential), services.credential];
		await importCredentials([...credentials, throttled.credential], env, root);
		const prepared = (workflow: Workflow) => prepareExample(workflow, credentials, services.filesDir);
		const phaseOne: Workflow[] = [
			...manualExamples.map((e) => prepared(startedByWebhook(e.workflow))),
			...webhookExamples.map((e) => prepared(e.workflow)),
			pdfHandoffWorkflow(credentials),
			...BUDGET_RUNS.map((run) => budgetWorkflow(throttled.credential, run.id, run.path, run.concurrentRequests)),
		];
		const phaseTwo: Workflow[] = [...pollExamples.map((e) => prepared(e.workflow)), triggerWorkflow(running.find((s) => s.key === 'omnixV6')!.credential)];
		await importWorkflows([...phaseOne, ...phaseTwo], env, root);
		await cluster.startAll();
		const { cookie } = await ownerSession(cluster.port, DEMO_OWNER);
		if (!cookie) throw new Error('could not set up the owner of the main instance');
		const ctx: Context = { cluster, cookie, sandboxes: running, services, throttled };
		for (const workflow of phaseOne) await publish(cluster.port, cookie, workflow.id);

		log(`1/4 the examples through the main instance: ${manualExamples.length} started by a webhook, ${webhookExamples.length} called as their sender would`);
		outcomes.push(...(await runManualExamples(ctx, manualExamples)));
		for (const result of await runWebhookCases(webhookExamples, env, root, running, services, { running: true })) {
			const ran = (await listExecutions(cluster.port, cookie, webhookExamples.find((e) => e.name === result.name)!.workflow.id))[0];
			const worker = ran ? cluster.workersThatRan(ran.id).map((i) => cluster.workers[i].name).join(', ') : '';
			const entry = { ...result, name: `queue: ${result.name}`, detail: `${result.detail}${worker ? ` (on ${worker})` : ''}` };
			if (result.ok && ran && !worker) Object.assign(entry, { ok: false, detail: `execution ${ran.id} ran on no worker: ${result.detail}` });
			outcomes.push(entry);
			log(`${entry.ok ? 'PASS' : 'FAIL'} ${entry.name} (${entry.seconds} s): ${entry.detail}`);
		}

		log('2/4 a PDF across the queue');
		outcomes.push(await runPdfHandoff(ctx));
		log(`${outcomes.at(-1)!.ok ? 'PASS' : 'FAIL'} ${outcomes.at(-1)!.name}: ${outcomes.at(-1)!.detail}`);

		log(`3/4 Billomat's rate limit shared by two workers (${BUDGET.budget} requests per ${BUDGET.windowMs / 1000} s)`);
		for (const run of BUDGET_RUNS) {
			const result = await runBudget(ctx, run);
			outcomes.push(result.outcome);
			if (result.figures) figures.push(result.figures);
			log(`${result.outcome.ok ? 'PASS' : 'FAIL'} ${result.outcome.name}: ${result.outcome.detail}`);
		}

		log('4/4 the polling triggers, published, across a restart of main and workers (about 4 minutes)');
		for (const result of await runPollingTriggers(ctx, pollSubjects(ctx, pollExamples))) {
			outcomes.push(result);
			log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name}: ${result.detail}`);
		}

		const perWorker = cluster.workers.map((worker, i) => `${worker.name} ${new Set(cluster.executionsOf(i)).size}`);
		const idle = cluster.workers.filter((_, i) => cluster.executionsOf(i).length === 0).map((w) => w.name);
		outcomes.push(outcome('every worker ran executions', Date.now(), idle.length === 0, idle.length ? `${idle.join(', ')} ran none` : perWorker.join(', ')));
		log(`${outcomes.at(-1)!.ok ? 'PASS' : 'FAIL'} ${outcomes.at(-1)!.name}: ${outcomes.at(-1)!.detail}`);
	} catch (error) {
		outcomes.push({ name: 'queue: setup', ok: false, detail: (error as Error).stack ?? String(error), seconds: 0 });
	} finally {
		await close();
	}

	if (figures.length) {
		process.stdout.write(`\nBillomat, two workers sharing one account's budget (${BUDGET.budget} requests per ${BUDGET.windowMs / 1000} s window):\n${budgetTable(figures)}\n\n`);
	}
	const out = option('out');
	if (out) writeFileSync(out, JSON.stringify({ n8n: N8N_VERSION, date: new Date().toISOString(), budget: BUDGET, figures, outcomes }, null, 2) + '\n');
	const failed = outcomes.filter((o) => !o.ok);
	for (const o of failed) process.stderr.write(`[queue] FAIL ${o.name}: ${o.detail}\n`);
	if (failed.length) keep = true;
	if (keep) log(`folder kept: ${root} (main/, worker-*/ with their logs; redis.log, postgres.log)`);
	else rmSync(root, { recursive: true, force: true });
	process.stdout.write(`queue e2e (n8n ${N8N_VERSION}): ${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
	return failed.length ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`[queue] ${(error as Error).stack ?? error}\n`);
		process.exit(1);
	},
);
