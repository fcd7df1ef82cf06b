// `npm run bench`: this package's nodes measured inside the real n8n of `npm start` (the runtime
// in .n8n-runtime/, installed if missing), against the provider sandboxes on loopback, next to
// n8n's own HTTP Request node sending the same requests. Prints a table and writes
// bench/results.json. Never part of `npm test`.
//
// Flags: --no-build (use dist/ as it is), --reps N (runs per comparison, default 2),
//        --keep (keep the temporary n8n user folder),
//        --latency 150±50 (or --latency 150 --jitter 50; --latency-seed N): add section 6, every
//        sandbox answering after that delay, ours vs the HTTP Request node at its best Batching,
//        --latency-items N (default 1000), --only latency (section 6 alone),
//        --only throttle (section 3 alone), --throttle-items N (Shopwave's throttled run, default 1000),
//        --only upload (section 4 alone: the 10 MB i.materialise upload),
//        --profile <operation key> (e.g. bmCreate): instead of the sections, one 1,000-item run of
//        our node and of its HTTP Request plain twin under V8's CPU profiler; prints where the
//        node's time goes and keeps bench/{ours,http}-<key>.cpuprofile (git-ignored).
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import type { BillomatSandbox } from '../sandbox/billomat';
import type { RecordedRequest } from '../sandbox/framework';
import type { IMaterialiseSandbox } from '../sandbox/imaterialise';
import { installRuntime } from '../scripts/n8n/install-runtime';
import { linkPackage } from '../scripts/n8n/link-package';
import type { Workflow } from '../scripts/n8n/n8n';
import { ensureUserFolder, importCredentials, importWorkflows } from '../scripts/n8n/n8n';
import { N8N_VERSION, REPO_ROOT, freePort, log, n8nEnv, onStopSignal } from '../scripts/n8n/runtime';
import type { N8nCredential, RunningSandbox } from '../scripts/n8n/sandboxes';
import { startSandboxes } from '../scripts/n8n/sandboxes';
import type { Execution } from './execute';
import { execute, installSampler } from './execute';
import type { LatencyResults } from './latency';
import type { ProfileSummary } from './profile';
import { findProfile, summarise, topOf } from './profile';
import { concurrencyUsed, latencySection } from './latency';
import { startLimiter } from './throttle';
import { formatLatency, parseLatency } from '../sandbox/framework';
import type { Operation } from './workflows';
import { OPERATIONS, SUBJECT, genericCredential, httpTwin, ourNode, readFileNode, workflow } from './workflows';

const ITEMS = 1000;
const RETURN_ALL_INVOICES = 100_000;
const BILLOMAT_PAGE = 1000;
const UPLOAD_BYTES = 10_000_000;
const THROTTLE = {
	billomat: { items: 150, budget: 25, windowMs: 2000 },
	// 1,000 items as every other scenario: a run starts anywhere in a window, and that one-time
	// offset (up to a window) is 10% of a 200-item run (10 windows) but 2% of a 1,000-item one.
	shopwave: { items: 1000, budget: 20, windowMs: 1000 },
};
const EXECUTE_TIMEOUT_MS = 180_000;
const UNLIMITED = { budget: 1e9, appBudget: 1e9, windowMs: 15 * 60 * 1000 };

function flag(name: string): boolean {
	return process.argv.includes(`--${name}`);
}
function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1e6, 1);

function table(header: string[], rows: Array<Array<string | number>>): string {
	const cells = [header, ...rows.map((r) => r.map(String))];
	const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

interface Context {
	env: NodeJS.ProcessEnv;
	workDir: string;
	sandboxes: RunningSandbox[];
	credentials: N8nCredential[];
}

function sandboxOf(ctx: Context, key: string): RunningSandbox {
	const found = ctx.sandboxes.find((s) => s.key === key);
	if (!found) throw new Error(`no ${key} sandbox`);
	return found;
}

/** Every sandbox back to its demo data, request logs emptied; Billomat without its rate limit. */
function resetSandboxes(ctx: Context): void {
	for (const { sandbox } of ctx.sandboxes) sandbox.reset();
	(sandboxOf(ctx, 'billomat').sandbox as BillomatSandbox).rateLimit = { ...UNLIMITED };
}

async function run(ctx: Context, id: string, options: { sampleMemory?: boolean; everyMs?: number } = {}): Promise<Execution> {
	const env = { ...ctx.env, BENCH_MEMORY_EVERY_MS: String(options.everyMs ?? 5) };
	const result = await execute(id, SUBJECT, env, ctx.workDir, { timeoutMs: EXECUTE_TIMEOUT_MS, sampleMemory: options.sampleMemory });
	log(
		`${id}: ${result.error ? `ERROR ${result.error}` : `${result.items.length} item(s) out`}, node ${result.subject?.executionTime ?? '?'} ms, process ${result.processMs} ms`,
	);
	return result;
}

interface Side {
	/** Subject node's executionTime per run, ms. */
	nodeMs: number[];
	requests: number;
	failedRequests: number;
	itemsOut: number;
	firstRequest?: string;
	/** The Connection header of the first request (keep-alive or not). */
	connection?: string;
	error?: string;
}

function describeRequest(r: RecordedRequest | undefined): string | undefined {
	if (!r) return undefined;
	const query = Object.keys(r.query).sort().join(',');
	return `${r.method} ${r.path}${query ? ` ?${query}` : ''}`;
}

function record(side: Side, result: Execution, requests: RecordedRequest[]): void {
	if (result.subject) side.nodeMs.push(result.subject.executionTime);
	side.requests = requests.length;
	side.failedRequests = requests.filter((r) => (r.status ?? 0) >= 400).length;
	side.itemsOut = result.items.length;
	side.firstRequest = describeRequest(requests[0]);
	side.connection = String(requests[0]?.headers.connection ?? '');
	side.error ??= result.error;
}

// ---------------------------------------------------------------------------------------------
// 1. Our node vs the HTTP Request node, 1,000 items, per operation.

/** The node files package.json lists (n8n.nodes), relative to the repository. */
function packageNodeFiles(): string[] {
	return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes;
}

async function compare(ctx: Context, reps: number) {
	const empty = (): Side => ({ nodeMs: [], requests: 0, failedRequests: 0, itemsOut: 0 });
	const sides = new Map<string, { ours: Side; oursDefault: Side; http: Side; httpCred: Side; sample?: RecordedRequest }>();
	for (const op of OPERATIONS) sides.set(op.key, { ours: empty(), oursDefault: empty(), http: empty(), httpCred: empty() });
	const prefix = { ours: 'o', oursDefault: 'd', http: 'h', httpCred: 'c' };
	// Our node again at its default Concurrent Requests, where that is above 1 (reads, and creates
	// on Billomat and InvoiceXpress): what a user who never opens Options gets.
	const defaults = new Map(OPERATIONS.map((op) => [op.key, concurrencyUsed({ ...op, parameters: { ...op.parameters } }, REPO_ROOT, packageNodeFiles())]));
	const runSide = async (op: Operation, which: 'ours' | 'oursDefault' | 'http' | 'httpCred') => {
		resetSandboxes(ctx);
		const sandbox = sandboxOf(ctx, op.provider).sandbox;
		const result = await run(ctx, `${prefix[which]}_${op.key}`);
		const entry = sides.get(op.key)!;
		record(entry[which], result, sandbox.received());
		if (which === 'ours' && !entry.sample) entry.sample = sandbox.received()[0];
	};

	for (let rep = 0; rep < reps; rep++) {
		for (const op of OPERATIONS) await runSide(op, 'ours');
		for (const op of OPERATIONS) if ((defaults.get(op.key) ?? 1) > 1) await runSide(op, 'oursDefault');
		if (rep === 0) {
			// The HTTP Request twins copy the request our node sent: once with the secret in a
			// Header Auth / Query Auth credential, once typed into the node's headers / query.
			const twins: Workflow[] = [];
			const credentials = new Map<string, N8nCredential>();
			for (const op of OPERATIONS) {
				const { sample } = sides.get(op.key)!;
				if (!sample) continue;
				const url = sandboxOf(ctx, op.provider).url;
				const input = { items: ITEMS, binaryFile: op.binary ? smallFile(ctx) : undefined };
				const { auth, credential } = genericCredential(op.provider, sample);
				credentials.set(credential.id, credential);
				twins.push(workflow(`c_${op.key}`, `bench: HTTP Request (credential) for ${op.label}`, input, httpTwin(sample, url, auth)));
				twins.push(workflow(`h_${op.key}`, `bench: HTTP Request for ${op.label}`, input, httpTwin(sample, url)));
				if (op.key === 'imUpload') {
					twins.push(
						workflow('h_imBig', 'bench: HTTP Request 10 MB upload', { items: 1, nodes: [readFileNode(uploadFile(ctx))] }, httpTwin(sample, url)),
					);
				}
			}
			await importCredentials([...credentials.values()], ctx.env, ctx.workDir);
			await importWorkflows(twins, ctx.env, ctx.workDir);
		}
		for (const op of OPERATIONS) if (sides.get(op.key)!.sample) await runSide(op, 'httpCred');
		for (const op of OPERATIONS) if (sides.get(op.key)!.sample) await runSide(op, 'http');
	}

	return OPERATIONS.map((op) => {
		const { ours, oursDefault, http, httpCred, sample } = sides.get(op.key)!;
		const perItem = (side: Side) => (side.nodeMs.length ? median(side.nodeMs) / ITEMS : NaN);
		const oursMs = perItem(ours);
		const defaultMs = perItem(oursDefault);
		return {
			operation: op.label,
			items: ITEMS,
			ours: { ...ours, msPerItem: round(oursMs, 3) },
			defaultConcurrency: defaults.get(op.key),
			oursDefault: { ...oursDefault, msPerItem: round(defaultMs, 3) },
			ratioDefault: round(defaultMs / perItem(http), 2),
			httpCredential: { ...httpCred, msPerItem: round(perItem(httpCred), 3) },
			http: { ...http, msPerItem: round(perItem(http), 3) },
			ratioCredential: round(oursMs / perItem(httpCred), 2),
			ratio: round(oursMs / perItem(http), 2),
			sameRequests: [http, httpCred].every((h) => ours.requests === h.requests && ours.firstRequest === h.firstRequest),
			sampleRequest: describeRequest(sample),
			connectionHeader: { ours: ours.connection, http: http.connection, httpCredential: httpCred.connection },
		};
	});
}

// ---------------------------------------------------------------------------------------------
// 2. Return All over 100,000 Billomat invoices.

async function returnAll(ctx: Context) {
	resetSandboxes(ctx);
	const billomat = sandboxOf(ctx, 'billomat').sandbox as BillomatSandbox;
	billomat.addInvoices(RETURN_ALL_INVOICES - billomat.invoices.size);
	const total = billomat.invoices.size;
	const result = await run(ctx, 'o_bm100k', { sampleMemory: true, everyMs: 10 });
	const requests = billomat.received('GET', '/api/invoices');
	const out = {
		invoices: total,
		itemsOut: result.items.length,
		requests: requests.length,
		expectedRequests: Math.ceil(total / BILLOMAT_PAGE),
		requestsOk: requests.length === Math.ceil(total / BILLOMAT_PAGE),
		nodeSeconds: round((result.subject?.executionTime ?? NaN) / 1000, 1),
		peakHeapMB: result.memory ? mb(result.memory.peakHeap) : null,
		heapGrowthMB: result.memory ? mb(result.memory.peakHeap - result.memory.baselineHeap) : null,
		peakRssMB: result.memory ? mb(result.memory.peakRss) : null,
		rssGrowthMB: result.memory ? mb(result.memory.peakRss - result.memory.baselineRss) : null,
		runJsonMB: mb(result.outputBytes),
		measuredIn: 'the real n8n process (n8n execute), heap sampled every 10 ms by a preloaded sampler while the node ran',
		error: result.error,
	};
	billomat.reset();
	return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Throttled sandboxes.

async function throttled(ctx: Context, limiter: Awaited<ReturnType<typeof startLimiter>>) {
	const rows = [];
	// Billomat: its own budget headers, with a small budget and a short window.
	resetSandboxes(ctx);
	const billomat = sandboxOf(ctx, 'billomat').sandbox as BillomatSandbox;
	const b = THROTTLE.billomat;
	billomat.rateLimit = { budget: b.budget, appBudget: b.budget, windowMs: b.windowMs };
	let result = await run(ctx, 'o_bmThrottle');
	rows.push(throttleRow('Billomat create, X-Rate-Limit-Remaining/-Reset', b, result, billomat.received()));

	// Shopwave: 429 + Retry-After from a rate limiter in front of the sandbox.
	resetSandboxes(ctx);
	const shopwave = sandboxOf(ctx, 'shopwave').sandbox;
	const s = THROTTLE.shopwave;
	limiter.counts.passed = 0;
	limiter.counts.limited = 0;
	result = await run(ctx, 'o_swThrottle');
	const row = throttleRow('Shopwave upsert (batch 1), 429 + Retry-After', s, result, shopwave.received());
	row.requestsSent = limiter.counts.passed + limiter.counts.limited;
	row.rateLimited = limiter.counts.limited;
	rows.push(row);
	return rows;
}

/**
 * Share of the allowed rate: the time a client that used every allowed request would have needed
 * (windows are aligned to the clock: the budget of the window the run started in, then one
 * budget a window) divided by the time the node took. Also the plain accepted/second.
 */
function throttleRow(
	name: string,
	config: { items: number; budget: number; windowMs: number },
	result: Execution,
	reached: RecordedRequest[],
) {
	const start = result.subject?.startTime ?? NaN;
	const ms = result.subject?.executionTime ?? NaN;
	const accepted = reached.filter((r) => (r.status ?? 0) < 400).length;
	const allowed = config.budget / (config.windowMs / 1000);
	const windowsNeeded = Math.ceil(accepted / config.budget);
	const firstWindow = Math.floor(start / config.windowMs) * config.windowMs;
	const idealMs = Math.max(1, firstWindow + (windowsNeeded - 1) * config.windowMs - start);
	const failed = config.items - result.items.filter((i) => i.json.error === undefined).length;
	return {
		scenario: name,
		items: config.items,
		allowedPerSecond: round(allowed, 1),
		requestsSent: reached.length,
		rateLimited: reached.filter((r) => r.status === 429).length,
		accepted,
		nodeSeconds: round(ms / 1000, 2),
		idealSeconds: round(idealMs / 1000, 2),
		acceptedPerSecond: round(accepted / (ms / 1000), 1),
		shareOfAllowed: round(idealMs / ms, 2),
		itemsFailed: failed,
		error: result.error,
	};
}

// ---------------------------------------------------------------------------------------------
// 4. i.materialise 10 MB upload, filesystem binary mode.

function uploadFile(ctx: Context): string {
	return join(ctx.workDir, 'files', 'invoice-10MB.pdf');
}

const SMALL_PDF = '%PDF-1.4\n% bench invoice\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

/** The small PDF each item of the 1,000-item i.materialise run uploads. */
function smallFile(ctx: Context): string {
	return join(ctx.workDir, 'files', 'invoice.pdf');
}

function writeUploadFile(ctx: Context): void {
	mkdirSync(join(ctx.workDir, 'files'), { recursive: true });
	writeFileSync(smallFile(ctx), SMALL_PDF);
	const data = Buffer.alloc(UPLOAD_BYTES);
	let x = 2463534242;
	for (let i = 0; i < data.length; i++) {
		// xorshift: incompressible bytes, the same every run.
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		data[i] = x & 0xff;
	}
	data.write('%PDF-1.4\n', 0, 'latin1');
	data.write('\n%%EOF\n', data.length - 7, 'latin1');
	writeFileSync(uploadFile(ctx), data);
}

/** Each side runs `UPLOAD_RUNS` times, alternating; the medians are reported (one run is noisy). */
const UPLOAD_RUNS = 3;

/** `twinImported` false (--only upload): the HTTP Request twin is made here from our first run's request, as section 1 makes it. */
async function upload(ctx: Context, twinImported = true) {
	const imat = sandboxOf(ctx, 'imaterialise').sandbox as IMaterialiseSandbox;
	// The control: the same node and workflow with the small PDF, for what a run costs whatever
	// the file's size (code loaded and compiled on first use, n8n's own execution bookkeeping).
	const im = OPERATIONS.find((op) => op.key === 'imUpload')!;
	const control = workflow('o_imSmall', 'bench: i.materialise small upload (control)', { items: 1, nodes: [readFileNode(smallFile(ctx))] }, ourNode(im, im.parameters, ctx.credentials));
	await importWorkflows([control], ctx.env, ctx.workDir);
	const sides = [
		{ node: 'ours', id: 'o_imBig', bytes: UPLOAD_BYTES, runs: [] as Execution[], complete: 0 },
		{ node: 'HTTP Request', id: 'h_imBig', bytes: UPLOAD_BYTES, runs: [] as Execution[], complete: 0 },
		{ node: 'ours, small PDF (control)', id: 'o_imSmall', bytes: SMALL_PDF.length, runs: [] as Execution[], complete: 0 },
	];
	for (let i = 0; i < UPLOAD_RUNS; i++) {
		for (const side of sides) {
			if (side.id === 'h_imBig' && !twinImported) {
				const sample = imat.received()[0];
				const url = sandboxOf(ctx, 'imaterialise').url;
				if (sample) {
					const twin = workflow('h_imBig', 'bench: HTTP Request 10 MB upload', { items: 1, nodes: [readFileNode(uploadFile(ctx))] }, httpTwin(sample, url));
					await importWorkflows([twin], ctx.env, ctx.workDir);
					twinImported = true;
				}
			}
			resetSandboxes(ctx);
			const result = await run(ctx, side.id, { sampleMemory: true, everyMs: 2 });
			side.runs.push(result);
			const stored = imat.order('6F9619FF-8B86-D011-B42D-00C04FC964FF')?.documents.invoice;
			if (stored?.bytes.length === side.bytes) side.complete += 1;
		}
	}
	return sides.map(({ node, bytes, runs, complete }) => {
		const measured = runs.filter((r) => r.memory && r.subject);
		const rss = measured.map((r) => r.memory!.peakRss - r.memory!.baselineRss);
		const growth = rss.length ? median(rss) : NaN;
		return {
			node,
			fileMB: mb(bytes),
			runs: runs.length,
			received: `${complete}/${runs.length} complete`,
			nodeMs: measured.length ? median(measured.map((r) => r.subject!.executionTime)) : null,
			rssGrowthMB: mb(growth),
			rssGrowthPerFileSize: round(growth / UPLOAD_BYTES, 2),
			rssGrowthPerRunMB: rss.map(mb),
			// The goal holds in every run, not only the median's: the largest growth of them all.
			worstRunPerFileSize: rss.length ? round(Math.max(...rss) / UPLOAD_BYTES, 2) : null,
			heapGrowthMB: measured.length ? mb(median(measured.map((r) => r.memory!.peakHeap - r.memory!.baselineHeap))) : null,
			error: runs.find((r) => r.error)?.error,
		};
	});
}

// ---------------------------------------------------------------------------------------------
// 5. Package load from dist/ in a fresh Node process.

function packageLoad() {
	const script = `
const { join } = require('path');
const manifest = require(join(process.cwd(), 'package.json'));
const files = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
const t = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const t0 = t();
require('n8n-workflow');
const t1 = t();
const modules = files.map((f) => require(join(process.cwd(), f)));
const t2 = t();
// Only the classes n8n instantiates (a credential file may also export plain functions).
for (const m of modules) for (const E of Object.values(m)) if (typeof E === 'function' && /^class\\b/.test(Function.prototype.toString.call(E))) new E();
const t3 = t();
process.stdout.write(JSON.stringify({ files: files.length, requireMs: ms(t0, t2), n8nWorkflowMs: ms(t0, t1), packageMs: ms(t1, t2), instantiateMs: ms(t2, t3) }));
`;
	const runs: Array<{ files: number; requireMs: number; n8nWorkflowMs: number; packageMs: number; instantiateMs: number }> = [];
	for (let i = 0; i < 5; i++) {
		runs.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' })));
	}
	return {
		node: process.version,
		files: runs[0].files,
		runs: runs.length,
		requireMs: round(median(runs.map((r) => r.requireMs)), 1),
		n8nWorkflowMs: round(median(runs.map((r) => r.n8nWorkflowMs)), 1),
		packageMs: round(median(runs.map((r) => r.packageMs)), 1),
		instantiateMs: round(median(runs.map((r) => r.instantiateMs)), 1),
		firstRunRequireMs: round(runs[0].requireMs, 1),
	};
}

// ---------------------------------------------------------------------------------------------
// --profile: one 1,000-item run of our node and of its HTTP Request plain twin, CPU-profiled.

async function profileRun(ctx: Context, key: string) {
	const op = OPERATIONS.find((o) => o.key === key);
	if (!op) throw new Error(`--profile takes an operation key: ${OPERATIONS.map((o) => o.key).join(', ')}; got ${key}`);
	const sandbox = sandboxOf(ctx, op.provider);
	const sides: Array<{ side: string; summary: ProfileSummary; packageTop: ReturnType<typeof topOf>; nodeMs: number; requests: number; error?: string }> = [];
	const one = async (side: 'ours' | 'http', id: string) => {
		resetSandboxes(ctx);
		const dir = join(ctx.workDir, `profile-${id}`);
		const result = await execute(id, SUBJECT, ctx.env, ctx.workDir, { timeoutMs: EXECUTE_TIMEOUT_MS, profileDir: dir });
		log(`${id}: ${result.error ? `ERROR ${result.error}` : `${result.items.length} item(s) out`}, node ${result.subject?.executionTime ?? '?'} ms (profiled)`);
		if (!result.subject) throw new Error(`${id}: the node did not run (${result.error})`);
		const kept = join(REPO_ROOT, 'bench', `${side}-${key}.cpuprofile`);
		copyFileSync(findProfile(dir, result.pid), kept);
		const clock = JSON.parse(readFileSync(join(dir, `clock-${id}.json`), 'utf8')) as { epochMs: number; monoUs: number };
		const { startTime, executionTime } = result.subject;
		sides.push({
			side,
			summary: summarise(kept, clock, startTime, executionTime),
			packageTop: topOf(kept, clock, startTime, executionTime, 'package dist/'),
			nodeMs: executionTime,
			requests: sandbox.sandbox.received().length,
			error: result.error,
		});
		return sandbox.sandbox.received()[0];
	};
	const sample = await one('ours', `o_${op.key}`);
	if (!sample) throw new Error(`o_${op.key} sent no request`);
	const input = { items: ITEMS, binaryFile: op.binary ? smallFile(ctx) : undefined };
	await importWorkflows([workflow(`h_${op.key}`, `bench: HTTP Request for ${op.label}`, input, httpTwin(sample, sandbox.url))], ctx.env, ctx.workDir);
	await one('http', `h_${op.key}`);
	return { operation: op.label, key, items: ITEMS, sides };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
	const started = Date.now();
	const reps = Number(option('reps') ?? 2);
	const latency = option('latency') === undefined ? undefined : parseLatency(option('latency')!, option('jitter'), option('latency-seed'));
	const latencyItems = Number(option('latency-items') ?? ITEMS);
	if (!Number.isInteger(latencyItems) || latencyItems < 1) throw new Error(`--latency-items must be a whole number ≥ 1, got ${option('latency-items')}`);
	const only = option('only');
	if (only !== undefined && !['latency', 'throttle', 'upload'].includes(only)) throw new Error(`--only takes "latency", "throttle" or "upload", got ${only}`);
	if (only === 'latency' && !latency) throw new Error('--only latency needs --latency, e.g. --latency 150±50');
	if ((only === 'upload' || only === 'throttle') && latency) throw new Error(`--only ${only} runs one section alone: leave out --latency`);
	const throttleItems = Number(option('throttle-items') ?? THROTTLE.shopwave.items);
	if (!Number.isInteger(throttleItems) || throttleItems < 1) throw new Error(`--throttle-items must be a whole number ≥ 1, got ${option('throttle-items')}`);
	THROTTLE.shopwave.items = throttleItems;
	const profileKey = option('profile');
	const sections = only !== undefined ? 1 : latency ? 6 : 5;
	installRuntime();
	const workDir = mkdtempSync(join(tmpdir(), 'n8n-bench-'));
	ensureUserFolder(workDir);
	const env = n8nEnv(workDir, {
		N8N_PORT: String(await freePort()),
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		// n8n execute prints the run through its logger at level info.
		N8N_LOG_LEVEL: 'info',
		N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
		// The run comes back on stdout; keeping 100,000 items in SQLite too only adds time.
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'none',
		N8N_RESTRICT_FILE_ACCESS_TO: join(workDir, 'files'),
		NODE_OPTIONS: installSampler(workDir),
	});
	const { running, close } = await startSandboxes(false);
	const shopwave = running.find((s) => s.key === 'shopwave')!;
	const limiter = await startLimiter(shopwave.url, THROTTLE.shopwave.budget, THROTTLE.shopwave.windowMs);
	onStopSignal(async () => {
		await limiter.close();
		await close();
	});
	const throttledShopwave: N8nCredential = {
		...shopwave.credential,
		id: 'benchSwLimited',
		name: 'Shopwave (sandbox behind a rate limiter)',
		data: { ...shopwave.credential.data, baseUrl: limiter.url },
	};
	const ctx: Context = { env, workDir, sandboxes: running, credentials: running.map((s) => s.credential) };
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, model: cpus()[0]?.model },
		n8n: N8N_VERSION,
		itemsPerComparison: ITEMS,
		repsPerComparison: reps,
	};
	try {
		linkPackage(workDir, { build: !flag('no-build') });
		writeUploadFile(ctx);
		await importCredentials([...ctx.credentials, throttledShopwave], env, workDir);
		const byKey = new Map(OPERATIONS.map((op) => [op.key, op]));
		const bm = byKey.get('bmCreate')!;
		const sw = byKey.get('swUpsert')!;
		const im = byKey.get('imUpload')!;
		const workflows: Workflow[] = [
			...OPERATIONS.map((op) =>
				workflow(`o_${op.key}`, `bench: ${op.label}`, { items: ITEMS, binaryFile: op.binary ? smallFile(ctx) : undefined }, ourNode(op, op.parameters, ctx.credentials, { concurrentRequests: 1 })),
			),
			...OPERATIONS.map((op) =>
				workflow(`d_${op.key}`, `bench: ${op.label} (default Concurrent Requests)`, { items: ITEMS, binaryFile: op.binary ? smallFile(ctx) : undefined }, ourNode(op, op.parameters, ctx.credentials)),
			),
			workflow(
				'o_bm100k',
				'bench: Billomat Return All',
				{ items: 0 },
				ourNode(bm, { resource: 'invoice', operation: 'getAll', returnAll: true }, ctx.credentials),
			),
			workflow(
				'o_bmThrottle',
				'bench: Billomat create, throttled',
				{ items: THROTTLE.billomat.items },
				ourNode(bm, bm.parameters, ctx.credentials, { continueOnFail: true }),
			),
			workflow(
				'o_swThrottle',
				'bench: Shopwave upsert, throttled',
				{ items: THROTTLE.shopwave.items },
				ourNode(sw, sw.parameters, [throttledShopwave], { continueOnFail: true }),
			),
			workflow('o_imBig', 'bench: i.materialise 10 MB upload', { items: 1, nodes: [readFileNode(uploadFile(ctx))] }, ourNode(im, im.parameters, ctx.credentials)),
		];
		await importWorkflows(workflows, env, workDir);

		if (profileKey !== undefined) {
			log(`profile: ${profileKey}, ${ITEMS} items, ours vs HTTP Request (secret typed in), under --cpu-prof`);
			results.profile = await profileRun(ctx, profileKey);
		} else if (only === 'throttle') {
			log('1/1: throttled sandboxes');
			results.throttled = await throttled(ctx, limiter);
		} else if (only === 'upload') {
			log(`1/1: i.materialise 10 MB upload`);
			results.upload = await upload(ctx, false);
		} else if (only === undefined) {
			log(`1/${sections}: ${OPERATIONS.length} operations × ${ITEMS} items, ours vs HTTP Request, ${reps} run(s) each`);
			results.comparisons = await compare(ctx, reps);
			results.notWrite = { 'i.materialise': 'no list operation (the API only takes documents)', 'Omnix V6': 'no write operation (the API is read-only for invoices)' };
			log(`2/${sections}: Return All over ${RETURN_ALL_INVOICES} Billomat invoices`);
			results.returnAll = await returnAll(ctx);
			log(`3/${sections}: throttled sandboxes`);
			results.throttled = await throttled(ctx, limiter);
			log(`4/${sections}: i.materialise 10 MB upload`);
			results.upload = await upload(ctx);
			log(`5/${sections}: package load`);
			results.packageLoad = packageLoad();
		}
		if (latency && only !== 'throttle' && profileKey === undefined) {
			log(`${sections}/${sections}: ${OPERATIONS.length} operations × ${latencyItems} items at ${formatLatency(latency)} a request, ours vs HTTP Request at its best`);
			results.latency = await latencySection(
				{
					env,
					workDir,
					sandboxes: running,
					credentials: ctx.credentials,
					reset: () => resetSandboxes(ctx),
					smallFile: smallFile(ctx),
					distDir: REPO_ROOT,
					nodeFiles: packageNodeFiles(),
				},
				latency,
				latencyItems,
			);
			// Section 3's throttled runs again, every request at the provider's distance: whether the
			// gate still uses the whole budget when a request takes 150 ms instead of 1.
			log(`${sections}/${sections}: throttled sandboxes at ${formatLatency(latency)} a request`);
			for (const { sandbox } of running) sandbox.setLatency(latency);
			try {
				results.latencyThrottled = await throttled(ctx, limiter);
			} finally {
				for (const { sandbox } of running) sandbox.setLatency(undefined);
			}
		}
	} finally {
		await limiter.close();
		await close();
		if (flag('keep')) log(`user folder kept: ${workDir}`);
		else rmSync(workDir, { recursive: true, force: true });
	}
	results.totalSeconds = Math.round((Date.now() - started) / 1000);
	writeFileSync(join(REPO_ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
	process.stdout.write(report(results));
	return 0;
}

/** Section 3's table, and each scenario's error. */
/** Section 3's table; 6b is the same runs at a provider's distance, under its own title. */
function throttledReport(throttled: any[], title = '3. Throttled sandboxes (share of allowed = time at the full allowed rate / node time)'): string[] {
	const out = [title];
	out.push(
		table(
			['scenario', 'items', 'allowed req/s', 'sent', '429s', 'node s', 'ideal s', 'accepted req/s', 'share of allowed', 'items failed'],
			throttled.map((t: any) => [
				t.scenario,
				t.items,
				t.allowedPerSecond,
				t.requestsSent,
				t.rateLimited,
				t.nodeSeconds,
				t.idealSeconds,
				t.acceptedPerSecond,
				t.shareOfAllowed,
				t.itemsFailed,
			]),
		),
	);
	for (const t of throttled) if (t.error) out.push(`   ${t.scenario}: ${t.error}`);
	return out;
}

function report(r: Record<string, any>): string {
	const out: string[] = ['', `n8n-nodes-invoicing bench — n8n ${r.n8n}, ${r.machine.cpus} cores, ${r.totalSeconds} s in all`, ''];
	if (r.comparisons) {
		out.push(`1. ${r.itemsPerComparison} items through our node vs the HTTP Request node (subject node's executionTime, median of ${r.repsPerComparison})`);
		out.push('   ours = Concurrent Requests 1 (per-item overhead); ours default = the node\'s default Concurrent Requests where above 1 (n = in flight)');
		out.push('   HTTP cred = secret in a Header Auth / Query Auth credential; HTTP plain = secret typed into the node');
		out.push(
			table(
				['operation', 'ours ms/item', 'HTTP cred ms/item', 'ours/cred', 'HTTP plain ms/item', 'ours/plain', 'ours default ms/item', 'ours default/plain', 'requests ours/cred/plain', 'failed req', 'items out ours/HTTP', 'same requests'],
				r.comparisons.map((c: any) => [
					c.operation,
					c.ours.msPerItem,
					c.httpCredential.msPerItem,
					c.ratioCredential,
					c.http.msPerItem,
					c.ratio,
					(c.defaultConcurrency ?? 1) > 1 ? `${c.oursDefault.msPerItem} (n=${c.defaultConcurrency})` : '–',
					(c.defaultConcurrency ?? 1) > 1 ? c.ratioDefault : '–',
					`${c.ours.requests}/${c.httpCredential.requests}/${c.http.requests}`,
					c.ours.failedRequests + c.httpCredential.failedRequests + c.http.failedRequests,
					`${c.ours.itemsOut}/${c.http.itemsOut}`,
					c.sameRequests ? 'yes' : 'NO',
				]),
			),
		);
		for (const c of r.comparisons) {
			for (const [side, s] of [['ours', c.ours], ['ours default', c.oursDefault], ['HTTP cred', c.httpCredential], ['HTTP plain', c.http]] as const) {
				if (s.error) out.push(`   ${c.operation} (${side}): ${s.error}`);
			}
		}
		out.push('   i.materialise has no list operation; Omnix V6 has no write operation.', '');
		const ra = r.returnAll;
		out.push(`2. Return All over ${ra.invoices} Billomat invoices (${ra.measuredIn})`);
		out.push(
			table(
				['invoices', 'items out', 'requests', 'ceil(N/1000)', 'node s', 'peak heap MB', 'heap growth MB', 'peak RSS MB', 'RSS growth MB'],
				[[ra.invoices, ra.itemsOut, ra.requests, ra.expectedRequests, ra.nodeSeconds, ra.peakHeapMB, ra.heapGrowthMB, ra.peakRssMB, ra.rssGrowthMB]],
			),
		);
		if (ra.error) out.push(`   error: ${ra.error}`);
	}
	if (r.throttled) out.push('', ...throttledReport(r.throttled));
	if (r.upload) {
		out.push('', `4. i.materialise 10 MB upload, filesystem binary mode (n8n process RSS while the node ran, median of ${r.upload[0].runs}; each run listed; ratios against the 10 MB file)`);
		out.push(
			table(
				['node', 'file MB', 'sandbox got', 'node ms', 'RSS growth MB', 'RSS growth / file size', 'each run MB', 'worst run / file size', 'heap growth MB'],
				r.upload.map((u: any) => [
					u.node,
					u.fileMB,
					u.received,
					u.nodeMs,
					u.rssGrowthMB,
					u.rssGrowthPerFileSize,
					u.rssGrowthPerRunMB.join(' '),
					u.worstRunPerFileSize,
					u.heapGrowthMB,
				]),
			),
		);
		for (const u of r.upload) if (u.error) out.push(`   ${u.node}: ${u.error}`);
	}
	if (r.packageLoad) {
		const p = r.packageLoad;
		out.push('', `5. Package load from dist/ (fresh Node ${p.node} process, median of ${p.runs})`);
		out.push(
			table(
				['files', 'require ms (all)', 'of which n8n-workflow', 'of which the package', 'instantiate ms', 'first process require ms'],
				[[p.files, p.requireMs, p.n8nWorkflowMs, p.packageMs, p.instantiateMs, p.firstRunRequireMs]],
			),
		);
	}
	if (r.latency) out.push('', ...latencyReport(r.latency as LatencyResults));
	if (r.latencyThrottled) {
		out.push('', ...throttledReport(r.latencyThrottled, `6b. Section 3's throttled sandboxes at ${r.latency.latency.text} a request (our node at its default Concurrent Requests)`));
	}
	if (r.profile) out.push(...profileReport(r.profile as Awaited<ReturnType<typeof profileRun>>));
	out.push('', `Written to bench/results.json`, '');
	return out.join('\n');
}

/** Section 6: one table, ours and the HTTP Request node side by side per provider and kind. */
function latencyReport(l: LatencyResults): string[] {
	const cell = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '–' : String(value));
	const out = [
		`6. ${l.items} items at ${l.latency.text} a request (seed ${l.latency.seed}): ours vs the HTTP Request node at its best Batching (credential auth), one run`,
		'   items/s = input items ÷ node time; share = requests/s ÷ the published limit (– = none published; above 1 = faster than the provider allows)',
		table(
			['provider', 'kind', 'operation', 'limit req/s', 'ours concurrent', 'HTTP batching', 'ours items/s', 'HTTP items/s', 'ours req/s', 'HTTP req/s', 'ours share', 'HTTP share', 'requests ours/HTTP', 'failed req', 'failed items ours/HTTP'],
			l.rows.map((row) => [
				row.provider,
				row.kind,
				row.operation,
				row.limitPerSecond === null ? 'none' : `${row.limitPerSecond}${row.limitStatus === 'reported' ? ' (reported)' : ''}`,
				row.oursConcurrency ?? '– (batch)',
				row.httpBatching,
				cell(row.ours.itemsPerSecond),
				cell(row.http.itemsPerSecond),
				cell(row.ours.requestsPerSecond),
				cell(row.http.requestsPerSecond),
				cell(row.ours.shareOfLimit),
				cell(row.http.shareOfLimit),
				`${row.ours.requests}/${row.http.requests}`,
				row.ours.failedRequests + row.http.failedRequests,
				`${row.ours.itemsFailed}/${row.http.itemsFailed}`,
			]),
		),
	];
	for (const row of l.rows) {
		for (const [side, s] of [['ours', row.ours], ['HTTP', row.http]] as const) {
			if (s.error) out.push(`   ${row.operation} (${side}): ${s.error}`);
		}
	}
	out.push('   Limits: ' + Object.entries(l.limits).map(([provider, limit]) => `${provider}: ${limit.stated}`).join('; '));
	return out;
}

/** --profile: self time by origin, then the top functions, per side; then the package's own top. */
function profileReport(p: Awaited<ReturnType<typeof profileRun>>): string[] {
	const out = [`Profile: ${p.operation}, ${p.items} items, self time while the node ran (V8 --cpu-prof, 100 µs sampling)`];
	for (const s of p.sides) {
		const name = s.side === 'ours' ? 'ours' : 'HTTP Request (secret typed in)';
		out.push('', `${name}: node ${s.nodeMs} ms, ${s.requests} requests, ${s.summary.sampledMs} ms sampled in ${s.summary.samples} samples (${s.summary.file})`);
		if (s.error) out.push(`   error: ${s.error}`);
		out.push(table(['origin', 'self ms', '%', 'ms/item'], s.summary.byOrigin.map((o) => [o.origin, o.ms, o.share, round(o.ms / p.items, 3)])));
		out.push(table(['function', 'where', 'origin', 'self ms', '%'], s.summary.top.map((f) => [f.function, f.where, f.origin, f.ms, f.share])));
		if (s.packageTop.length) {
			out.push(`   the package's dist/ alone:`);
			out.push(table(['function', 'where', 'self ms', '%'], s.packageTop.map((f) => [f.function, f.where, f.ms, f.share])));
		}
	}
	return out;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`[bench] ${(error as Error).stack ?? error}\n`);
		process.exit(1);
	},
);
