// Driving the n8n CLI: import credentials and workflows, execute a workflow, start the server.
import type { ChildProcess } from 'child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import type { N8nCredential } from './sandboxes';
import type { CliResult } from './runtime';
import { EXAMPLES_DIR, N8N_BIN, N8N_PORT, NODE_BIN, REPO_ROOT, RUNTIME_DIR, describeExit, killGroup, log, n8nCli, startDetached } from './runtime';

export interface Workflow {
	id: string;
	name: string;
	nodes: Array<{
		name: string;
		type: string;
		credentials?: Record<string, { id: string; name: string }>;
		[key: string]: unknown;
	}>;
	[key: string]: unknown;
}

export interface Example {
	/** File name without .json, e.g. `omnix-v6-invoices`. */
	name: string;
	file: string;
	workflow: Workflow;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Every workflow in examples/, checked for what `import:workflow` and `execute --id` need. */
export function loadExamples(): Example[] {
	if (!existsSync(EXAMPLES_DIR)) return [];
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const path = join(EXAMPLES_DIR, file);
			const workflow = JSON.parse(readFileSync(path, 'utf8')) as Workflow;
			if (typeof workflow.id !== 'string' || workflow.id.length === 0 || workflow.id.length > 16) {
				throw new Error(`${path}: needs an "id" of 1 to 16 characters (n8n execute --id runs it by that id)`);
			}
			// A provider's webhook trigger (Billomat Trigger) is started like the Webhook node: its sandbox calls it.
			// A polling trigger (InvoiceXpress Trigger, i.materialise Trigger) is published and polls its sandbox.
			const starts = ['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.webhook', 'n8n-nodes-invoicing.billomatTrigger', 'n8n-nodes-invoicing.invoiceXpressTrigger', 'n8n-nodes-invoicing.iMaterialiseTrigger'];
			if (!Array.isArray(workflow.nodes) || !workflow.nodes.some((n) => starts.includes(n.type))) {
				throw new Error(`${path}: needs a Manual Trigger node (n8n execute starts there), a Webhook node or webhook trigger (the e2e calls it) or a polling trigger (the e2e publishes it)`);
			}
			return { name: basename(file, '.json'), file: path, workflow };
		});
}

/**
 * Points every credential reference in the workflow at the sandbox credential of the same type,
 * so examples run against the sandboxes whatever ids they were saved with.
 */
export function withSandboxCredentials(workflow: Workflow, credentials: N8nCredential[]): Workflow {
	const byType = new Map(credentials.map((c) => [c.type, c]));
	return {
		...workflow,
		nodes: workflow.nodes.map((node) => {
			if (!node.credentials) return node;
			const refs: Record<string, { id: string; name: string }> = {};
			for (const [type, ref] of Object.entries(node.credentials)) {
				const sandbox = byType.get(type);
				refs[type] = sandbox ? { id: sandbox.id, name: sandbox.name } : ref;
			}
			return { ...node, credentials: refs };
		}),
	};
}

export async function cliOrThrow(args: string[], env: NodeJS.ProcessEnv, expect: RegExp): Promise<string> {
	const result = await n8nCli(args, env);
	const output = `${result.stdout}${result.stderr}`.replace(ANSI, '');
	if (result.status !== 0 || !expect.test(output)) {
		throw new Error(`n8n ${args.join(' ')} failed (${describeExit(result)}):\n${output.slice(-4000)}`);
	}
	return output;
}

/** `n8n import:credentials`: n8n encrypts the plain `data` with the user folder's key. */
export async function importCredentials(credentials: N8nCredential[], env: NodeJS.ProcessEnv, workDir: string): Promise<void> {
	if (credentials.length === 0) return;
	const file = join(workDir, 'import-credentials.json');
	writeFileSync(file, JSON.stringify(credentials, null, 2));
	try {
		await cliOrThrow(['import:credentials', `--input=${file}`], env, /Successfully imported \d+ credential/);
	} finally {
		rmSync(file, { force: true });
	}
	log(`imported ${credentials.length} credential(s): ${credentials.map((c) => c.name).join(', ')}`);
}

export async function importWorkflows(workflows: Workflow[], env: NodeJS.ProcessEnv, workDir: string): Promise<void> {
	if (workflows.length === 0) return;
	const file = join(workDir, 'import-workflows.json');
	writeFileSync(file, JSON.stringify(workflows, null, 2));
	try {
		await cliOrThrow(['import:workflow', `--input=${file}`], env, /Successfully imported \d+ workflow/);
	} finally {
		rmSync(file, { force: true });
	}
	log(`imported ${workflows.length} workflow(s): ${workflows.map((w) => w.name).join(', ')}`);
}

/** What `n8n execute --rawOutput` prints: the run (IRun) as JSON. */
export interface RunResult {
	finished?: boolean;
	status?: string;
	data: {
		resultData: {
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
			runData: Record<
				string,
				Array<{
					error?: { message?: string; description?: string };
					data?: { main?: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, unknown> }> | null> };
				}>
			>;
		};
	};
}

/** The pretty-printed JSON object in n8n's output: from a line `{` to the next line `}`. */
export function parseRunOutput(output: string): RunResult | undefined {
	const lines = output.replace(ANSI, '').split('\n');
	for (let start = lines.length - 1; start >= 0; start--) {
		if (lines[start].trimEnd() !== '{') continue;
		const end = lines.findIndex((line, i) => i > start && line.trimEnd() === '}');
		if (end === -1) continue;
		try {
			const parsed = JSON.parse(lines.slice(start, end + 1).join('\n')) as RunResult;
			if (parsed?.data?.resultData) return parsed;
		} catch {
			// Not the run's JSON (a log line that happens to be "{"): keep looking.
			continue;
		}
	}
	return undefined;
}

export async function executeWorkflow(
	id: string,
	env: NodeJS.ProcessEnv,
	timeoutMs: number,
): Promise<{ result: CliResult; output: string; run?: RunResult }> {
	const result = await n8nCli(['execute', `--id=${id}`, '--rawOutput'], env, timeoutMs);
	const output = `${result.stdout}${result.stderr}`.replace(ANSI, '');
	return { result, output, run: parseRunOutput(result.stdout) ?? parseRunOutput(output) };
}

export interface N8nServer {
	child: ChildProcess;
	logFile: string;
	stop(): Promise<void>;
}

/**
 * Starts `n8n start` in its own process group, its output also copied to `logFile`, and resolves
 * once /healthz/readiness answers 200.
 */
export async function startN8n(
	env: NodeJS.ProcessEnv,
	logFile: string,
	options: { echo?: boolean; timeoutMs?: number } = {},
): Promise<N8nServer> {
	const child = startDetached(NODE_BIN, [N8N_BIN, 'start'], { env, cwd: RUNTIME_DIR });
	const logStream = createWriteStream(logFile);
	let exited: number | null | undefined;
	child.on('exit', (code) => {
		exited = code;
	});
	for (const stream of [child.stdout, child.stderr]) {
		stream?.on('data', (chunk: Buffer) => {
			logStream.write(chunk);
			if (options.echo) process.stdout.write(chunk);
		});
	}
	const stop = async () => {
		if (exited !== undefined || child.pid === undefined) return;
		const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		killGroup(child, 'SIGTERM');
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 20_000);
		await gone;
		clearTimeout(timer);
		logStream.end();
	};

	// /healthz/readiness is up as soon as the database is; the REST API and the editor come after
	// every node is loaded: wait for the settings endpoint to answer JSON.
	const port = env.N8N_PORT ?? String(N8N_PORT);
	const deadline = Date.now() + (options.timeoutMs ?? 180_000);
	while (Date.now() < deadline) {
		if (exited !== undefined) {
			throw new Error(`n8n start exited with ${exited} before it was ready; see ${logFile}`);
		}
		try {
			const response = await fetch(`http://127.0.0.1:${port}/rest/settings`);
			if (response.status === 200 && /json/.test(response.headers.get('content-type') ?? '')) {
				return { child, logFile, stop };
			}
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	await stop();
	throw new Error(`n8n did not get ready within ${(options.timeoutMs ?? 180_000) / 1000} s; see ${logFile}`);
}

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/**
 * A session cookie for the instance owner: on a new instance, sets the owner up with `owner`
 * (what the editor's first-open form would do); otherwise logs in with it. Undefined when the
 * owner exists with other login details (the user changed them).
 */
export async function ownerSession(port: string, owner: Owner): Promise<{ cookie?: string; created: boolean }> {
	const base = `http://127.0.0.1:${port}/rest`;
	const settings = (await (await fetch(`${base}/settings`)).json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	const created = settings.data?.userManagement?.showSetupOnFirstLoad === true;
	const response = created
		? await fetch(`${base}/owner/setup`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(owner),
			})
		: await fetch(`${base}/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
			});
	if (created && response.status !== 200) {
		throw new Error(`n8n refused the owner setup (${response.status}): ${await response.text()}`);
	}
	const cookie = response
		.headers.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('n8n-auth='));
	return { cookie: response.status === 200 ? cookie : undefined, created };
}

/**
 * The node and credential types n8n offers in its editor, as the editor loads them
 * (/types/*.json, behind login); without a session, the same files from n8n's static cache.
 */
export async function loadedTypes(
	port: string,
	userFolder: string,
	cookie?: string,
): Promise<{ nodes: Array<{ name: string; displayName: string }>; credentials: Array<{ name: string }> }> {
	const get = async (file: string) => {
		if (cookie) {
			const response = await fetch(`http://127.0.0.1:${port}/types/${file}`, { headers: { cookie } });
			if (response.status === 200) return await response.json();
		}
		return JSON.parse(readFileSync(join(userFolder, '.cache', 'n8n', 'public', 'types', file), 'utf8'));
	};
	return { nodes: await get('nodes.json'), credentials: await get('credentials.json') };
}

/**
 * What package.json's "n8n" block promises: node type names and credential names, read from the
 * built files themselves (under this Node, with the repo's n8n-workflow).
 */
export function declaredTypes(packageDir = REPO_ROOT): { name: string; nodeFiles: number; nodes: string[]; credentials: string[]; problems: string[] } {
	const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
		name: string;
		n8n: { nodes: string[]; credentials: string[] };
	};
	const problems: string[] = [];
	const names = (files: string[]) =>
		files.flatMap((file) => {
			let exports: Record<string, unknown>;
			try {
				exports = require(join(packageDir, file)) as Record<string, unknown>;
			} catch (error) {
				problems.push(`${file} does not load: ${(error as Error).message}`);
				return [];
			}
			// As n8n loads it: the class named like the file (Billomat.node.js → Billomat); other
			// exports of the file (helpers, constants) are not types.
			const className = basename(file).split('.')[0];
			const Type = exports[className] as (new () => { name?: string; description?: { name?: string } }) | undefined;
			if (typeof Type !== 'function') {
				problems.push(`${file} does not export a class ${className}, which n8n looks for`);
				return [];
			}
			const instance = new Type();
			const name = instance.description?.name ?? instance.name ?? '';
			return name ? [name] : [];
		});
	return {
		name: manifest.name,
		nodeFiles: manifest.n8n.nodes.length,
		nodes: names(manifest.n8n.nodes).map((name) => `${manifest.name}.${name}`),
		credentials: names(manifest.n8n.credentials),
		problems,
	};
}

/**
 * Every node and credential of the installed packages (this package's folder, and each
 * per-provider package's in `packageDirs`) that n8n did not load, as sentences.
 */
export function missingTypes(loaded: Awaited<ReturnType<typeof loadedTypes>>, packageDirs: string[] = [REPO_ROOT]): string[] {
	const nodeNames = new Set(loaded.nodes.map((n) => n.name));
	const credentialNames = new Set(loaded.credentials.map((c) => c.name));
	const problems: string[] = [];
	for (const dir of packageDirs) {
		const declared = declaredTypes(dir);
		problems.push(...declared.problems);
		const ours = loaded.nodes.filter((n) => n.name.startsWith(`${declared.name}.`));
		// n8n adds a `…Tool` variant of each usableAsTool node: at least one type per node file.
		if (ours.length < declared.nodeFiles) {
			problems.push(`n8n loaded ${ours.length} node type(s) of ${declared.name}; its package.json lists ${declared.nodeFiles} node file(s)`);
		}
		for (const name of declared.nodes) if (!nodeNames.has(name)) problems.push(`n8n did not load node ${name}`);
		for (const name of declared.credentials) {
			if (!credentialNames.has(name)) problems.push(`n8n did not load credential ${name} of ${declared.name}`);
		}
	}
	return problems;
}

/** Makes the user folder n8n will use (it creates `.n8n` inside). */
export function ensureUserFolder(userFolder: string): void {
	mkdirSync(join(userFolder, '.n8n'), { recursive: true });
}
