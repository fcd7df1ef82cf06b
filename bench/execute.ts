// Running one workflow in the real n8n (`n8n execute --id … --rawOutput`) for the bench, and
// reading what the bench needs from the run: the subject node's own wall time (runData
// executionTime), its output items, and, when sampling is on, the n8n process's memory while
// that node ran.
//
// The run's JSON goes to a file, not into memory: Return All over 100,000 invoices prints
// ~200 MB. Memory is sampled inside the n8n process by a small preload (NODE_OPTIONS=--require)
// that records process.memoryUsage() every few milliseconds and writes the samples on exit.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { N8N_BIN, NODE_BIN, RUNTIME_DIR, killGroup, startDetached } from '../scripts/n8n/runtime';

const SAMPLER = `'use strict';
const out = process.env.BENCH_MEMORY_SAMPLES;
if (out) {
	const fs = require('fs');
	const samples = [];
	const every = Number(process.env.BENCH_MEMORY_EVERY_MS || 5);
	const take = () => { const m = process.memoryUsage(); samples.push([Date.now(), m.rss, m.heapUsed]); };
	take();
	setInterval(take, every).unref();
	process.on('exit', () => { take(); try { fs.writeFileSync(out, JSON.stringify(samples)); } catch (e) {} });
}
const clock = process.env.BENCH_CLOCK_FILE;
if (clock) {
	// The wall clock and the monotonic clock V8's CPU profile counts in (µs), read together, so a
	// profile's samples can be matched to the node's startTime (epoch ms) from n8n's run data.
	require('fs').writeFileSync(clock, JSON.stringify({ epochMs: Date.now(), monoUs: Number(process.hrtime.bigint() / 1000n) }));
}
`;

/** Writes the memory sampler into `folder`; returns the NODE_OPTIONS value that loads it. */
export function installSampler(folder: string): string {
	const file = join(folder, 'bench-memory-sampler.js');
	writeFileSync(file, SAMPLER);
	return `--require ${file}`;
}

export interface TaskData {
	startTime: number;
	executionTime: number;
	executionStatus?: string;
	error?: { message?: string; description?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

export interface Execution {
	status: number | null;
	/** Wall time of the whole `n8n execute` process (start-up included). */
	processMs: number;
	subject?: TaskData;
	items: Array<{ json: Record<string, unknown> }>;
	/** Whole-run error (the subject stopped the workflow). */
	error?: string;
	/** Memory of the n8n process while the subject ran (sampling on). */
	memory?: { baselineRss: number; peakRss: number; baselineHeap: number; peakHeap: number; samples: number };
	outputBytes: number;
	/** The n8n process's id (its CPU profile's file name carries it). */
	pid?: number;
}

interface Run {
	data?: { resultData?: { error?: { message?: string; description?: string }; runData?: Record<string, TaskData[]> } };
}

function parseRun(text: string): Run | undefined {
	const start = text.search(/^\{\s*$/m);
	const end = text.lastIndexOf('\n}');
	if (start === -1 || end === -1 || end < start) return undefined;
	try {
		return JSON.parse(text.slice(start, end + 2)) as Run;
	} catch {
		return undefined;
	}
}

export async function execute(
	id: string,
	subjectName: string,
	env: NodeJS.ProcessEnv,
	workDir: string,
	options: { timeoutMs: number; sampleMemory?: boolean; profileDir?: string },
): Promise<Execution> {
	const outFile = join(workDir, `run-${id}.json`);
	const samplesFile = join(workDir, `memory-${id}.json`);
	rmSync(samplesFile, { force: true });
	const childEnv = { ...env };
	if (options.sampleMemory) childEnv.BENCH_MEMORY_SAMPLES = samplesFile;
	else delete childEnv.BENCH_MEMORY_SAMPLES;
	delete childEnv.BENCH_CLOCK_FILE;
	if (options.profileDir) {
		// V8's sampling profiler for this one process (every 100 µs), written when it exits.
		mkdirSync(options.profileDir, { recursive: true });
		childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${options.profileDir} --cpu-prof-interval=100`.trim();
		childEnv.BENCH_CLOCK_FILE = join(options.profileDir, `clock-${id}.json`);
	}

	const started = Date.now();
	// stdout straight into a file: n8n exits right after printing, and output to a pipe that is
	// still being written would be cut off (file writes are synchronous).
	const fd = openSync(outFile, 'w');
	const child = startDetached(NODE_BIN, [N8N_BIN, 'execute', `--id=${id}`, '--rawOutput'], {
		env: childEnv,
		cwd: RUNTIME_DIR,
		stdio: ['ignore', fd, 'pipe'],
	});
	closeSync(fd);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
	});
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), options.timeoutMs);
	const status = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code) => resolve(code));
	});
	clearTimeout(timer);
	const processMs = Date.now() - started;

	let text = readFileSync(outFile, 'utf8');
	rmSync(outFile, { force: true });
	const outputBytes = Buffer.byteLength(text);
	const run = parseRun(text);
	const tail = run ? '' : text.slice(-1500);
	text = '';
	const subject = run?.data?.resultData?.runData?.[subjectName]?.[0];
	const items = subject?.data?.main?.[0] ?? [];
	const runError = run?.data?.resultData?.error;
	let error: string | undefined;
	if (!run) error = `no run JSON from n8n execute (exit ${status}): ${stderr.slice(-1000)} ${tail}`;
	else if (runError || subject?.error) {
		const e = subject?.error ?? runError!;
		error = `${e.message ?? 'error'}${e.description ? ` — ${e.description}` : ''}`;
	} else if (!subject) error = `node "${subjectName}" did not run`;

	let memory: Execution['memory'];
	if (options.sampleMemory && subject) {
		try {
			const samples = JSON.parse(readFileSync(samplesFile, 'utf8')) as Array<[number, number, number]>;
			const from = subject.startTime;
			const to = subject.startTime + subject.executionTime;
			const before = samples.filter(([t]) => t <= from);
			const during = samples.filter(([t]) => t >= from && t <= to);
			// The first sample after the node ended still belongs to it when sampling lagged.
			const after = samples.find(([t]) => t > to);
			if (after) during.push(after);
			const base = before[before.length - 1] ?? samples[0];
			memory = {
				baselineRss: base[1],
				baselineHeap: base[2],
				peakRss: Math.max(base[1], ...during.map((s) => s[1])),
				peakHeap: Math.max(base[2], ...during.map((s) => s[2])),
				samples: during.length,
			};
		} catch (e) {
			error ??= `memory samples unreadable: ${(e as Error).message}`;
		}
	}
	rmSync(samplesFile, { force: true });
	const pid = child.pid;
	return { status, processMs, subject, items: items as Execution['items'], error, memory, outputBytes, pid };
}
