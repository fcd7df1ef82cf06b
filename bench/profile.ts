// `npm run bench -- --profile <operation>`: where the CPU time of one 1,000-item run goes, ours vs
// the HTTP Request node with the secret typed in. Reads the V8 CPU profile (`--cpu-prof`) of the
// n8n process, keeps only the samples taken while the node under test ran (its startTime and
// executionTime from n8n's run data, matched to the profile's monotonic clock through the clock
// file the preload writes), and adds up self time per function and per origin: the package's
// dist/, its own dependencies, n8n-core, n8n-workflow, the rest of n8n and its dependencies, and
// Node's internals (with V8's garbage collector and idle time apart).
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}

interface CpuProfile {
	nodes: Array<{ id: number; callFrame: CallFrame }>;
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

export type Origin = 'package dist/' | 'package deps' | 'n8n-core' | 'n8n-workflow' | 'n8n (other)' | 'other deps' | 'node internals' | 'gc' | 'idle' | 'program';

const PACKAGE = '/node_modules/n8n-nodes-invoicing/';

export function originOf(frame: CallFrame): Origin {
	const { url, functionName } = frame;
	if (!url) {
		if (functionName === '(garbage collector)') return 'gc';
		if (functionName === '(idle)') return 'idle';
		if (functionName === '(program)' || functionName === '(root)') return 'program';
		return 'node internals';
	}
	if (url.startsWith('node:')) return 'node internals';
	const inPackage = url.indexOf(PACKAGE);
	if (inPackage !== -1) {
		const rest = url.slice(inPackage + PACKAGE.length);
		return rest.startsWith('dist/') ? 'package dist/' : 'package deps';
	}
	// The package's own dependencies are installed beside it in <user folder>/.n8n/nodes/node_modules.
	if (url.includes('/.n8n/nodes/node_modules/')) return 'package deps';
	const last = url.lastIndexOf('/node_modules/');
	const pkg = last === -1 ? '' : url.slice(last + '/node_modules/'.length);
	if (pkg.startsWith('n8n-core/')) return 'n8n-core';
	if (pkg.startsWith('n8n-workflow/')) return 'n8n-workflow';
	if (pkg.startsWith('n8n/') || pkg.startsWith('@n8n/') || pkg.startsWith('n8n-nodes-base/')) return 'n8n (other)';
	return 'other deps';
}

function shortUrl(url: string): string {
	const inPackage = url.indexOf(PACKAGE);
	if (inPackage !== -1) return url.slice(inPackage + PACKAGE.length);
	const last = url.lastIndexOf('/node_modules/');
	return last === -1 ? url : url.slice(last + '/node_modules/'.length);
}

export interface ProfileSummary {
	file: string;
	/** The node's window on the profile's clock (µs), for a closer look at the file. */
	fromUs: number;
	toUs: number;
	windowMs: number;
	sampledMs: number;
	samples: number;
	byOrigin: Array<{ origin: Origin; ms: number; share: number }>;
	top: Array<{ function: string; where: string; origin: Origin; ms: number; share: number }>;
}

/** The profile of process `pid` written into `dir`. */
export function findProfile(dir: string, pid: number | undefined): string {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && (pid === undefined || f.includes(`.${pid}.`)));
	if (!files.length) throw new Error(`no CPU profile of process ${pid} in ${dir}`);
	return join(dir, files.sort().pop()!);
}

/**
 * Self time per function and per origin within [startEpochMs, startEpochMs + durationMs], the
 * node's own execution window. `clock` maps the epoch to the profile's monotonic µs.
 */
export function summarise(file: string, clock: { epochMs: number; monoUs: number }, startEpochMs: number, durationMs: number, top = 15): ProfileSummary {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
	const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
	const from = clock.monoUs + (startEpochMs - clock.epochMs) * 1000;
	const to = from + durationMs * 1000;
	const byFunction = new Map<string, { frame: CallFrame; us: number }>();
	const byOrigin = new Map<Origin, number>();
	let t = profile.startTime;
	let sampledUs = 0;
	let samples = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		// Each sample's time is the delta to the next one (the last one gets its own delta).
		t += profile.timeDeltas[i];
		const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
		if (t < from || t > to) continue;
		const frame = frames.get(profile.samples[i])!;
		const key = `${frame.functionName}\n${frame.url}\n${frame.lineNumber}`;
		const entry = byFunction.get(key) ?? { frame, us: 0 };
		entry.us += us;
		byFunction.set(key, entry);
		const origin = originOf(frame);
		byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + us);
		sampledUs += us;
		samples += 1;
	}
	const share = (us: number) => Math.round((us / Math.max(1, sampledUs)) * 1000) / 10;
	const ms = (us: number) => Math.round(us / 100) / 10;
	return {
		file,
		fromUs: Math.round(from),
		toUs: Math.round(to),
		windowMs: durationMs,
		sampledMs: ms(sampledUs),
		samples,
		byOrigin: [...byOrigin.entries()].sort((a, b) => b[1] - a[1]).map(([origin, us]) => ({ origin, ms: ms(us), share: share(us) })),
		top: [...byFunction.values()]
			.sort((a, b) => b.us - a.us)
			.slice(0, top)
			.map(({ frame, us }) => ({
				function: frame.functionName || '(anonymous)',
				where: frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '',
				origin: originOf(frame),
				ms: ms(us),
				share: share(us),
			})),
	};
}

/** The self time of functions of one origin only (e.g. the package's dist/ files), largest first. */
export function topOf(file: string, clock: { epochMs: number; monoUs: number }, startEpochMs: number, durationMs: number, origin: Origin, count = 10) {
	return summarise(file, clock, startEpochMs, durationMs, Number.MAX_SAFE_INTEGER).top.filter((f) => f.origin === origin).slice(0, count);
}
