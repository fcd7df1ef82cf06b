// `npm start`: a real n8n on http://localhost:5678 with this package's nodes, the provider
// sandboxes, their credentials and the example workflows. First run installs n8n (about 7
// minutes on 2 cores); later runs reuse it and keep the editor's data in
// .n8n-runtime/n8n-<version>/user/.
//
// Flags: --n8n 1 (n8n 1.x instead of 2.x; also N8N_LINE=1; each line keeps its own data),
//        --no-build (use dist/ as it is), --no-owner (leave the owner sign-up to the editor).
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { SANDBOXES } from '../../sandbox/index';
import { installRuntime } from './install-runtime';
import { linkPackage } from './link-package';
import {
	ensureUserFolder,
	importCredentials,
	importWorkflows,
	loadExamples,
	loadedTypes,
	missingTypes,
	ownerSession,
	startN8n,
} from './n8n';
import { prepareExample, startLocalServices } from './local-services';
import { startSandboxes } from './sandboxes';
import { DEMO_OWNER, N8N_PORT, N8N_VERSION, PACKAGE_NAME, START_USER_FOLDER, freePort, log, n8nEnv, onStopSignal, portInUse } from './runtime';

/** What was imported into the start user folder, so a restart keeps the user's own edits. */
interface ImportState {
	credentials?: string;
	workflows: Record<string, string>;
}

const STATE_FILE = join(START_USER_FOLDER, 'imported.json');
/** The SMTP sink's port beside the sandboxes' 5701–5705, and where it keeps what it receives. */
const SMTP_PORT = 5725;
const MAIL_DIR = join(START_USER_FOLDER, 'mail');
const DATABASE = join(START_USER_FOLDER, '.n8n', 'database.sqlite');

function hash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function readState(): ImportState {
	if (!existsSync(DATABASE) || !existsSync(STATE_FILE)) return { workflows: {} };
	return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as ImportState;
}

async function main(): Promise<void> {
	const build = !process.argv.includes('--no-build');
	const setUpOwner = !process.argv.includes('--no-owner');

	const busy: string[] = [];
	if (await portInUse(N8N_PORT)) busy.push(`${N8N_PORT} (n8n)`);
	for (const entry of SANDBOXES) if (await portInUse(entry.port)) busy.push(`${entry.port} (${entry.key} sandbox)`);
	if (await portInUse(SMTP_PORT)) busy.push(`${SMTP_PORT} (mail sink)`);
	if (busy.length) {
		throw new Error(
			`port ${busy.join(', ')} already in use on 127.0.0.1: is another \`npm start\` or \`npm run sandbox\` running? Stop it first.`,
		);
	}

	installRuntime();
	mkdirSync(START_USER_FOLDER, { recursive: true });
	ensureUserFolder(START_USER_FOLDER);
	linkPackage(START_USER_FOLDER, { build });

	// n8n 2.x always starts a task broker (default 5679): give it a free port.
	const env = n8nEnv(START_USER_FOLDER, { N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	const { running, close: closeSandboxes } = await startSandboxes(true);
	const services = await startLocalServices(START_USER_FOLDER, { smtpPort: SMTP_PORT, mailDir: MAIL_DIR });
	Object.assign(env, services.env);
	const close = async () => {
		await services.close();
		await closeSandboxes();
	};
	let server: Awaited<ReturnType<typeof startN8n>> | undefined;
	onStopSignal(async () => {
		await server?.stop();
		await close();
	});

	// Imports go through the n8n CLI, which needs n8n stopped (one process on the SQLite file).
	const state = readState();
	const credentials = [...running.map((s) => s.credential), services.credential];
	if (state.credentials !== hash(credentials)) {
		await importCredentials(credentials, env, START_USER_FOLDER);
		state.credentials = hash(credentials);
	}
	const examples = loadExamples();
	// Imported as prepared (credentials, the files folder's path): a moved checkout imports again.
	const prepared = new Map(examples.map((e) => [e.workflow.id, prepareExample(e.workflow, credentials, services.filesDir)]));
	const changed = examples.filter((e) => state.workflows[e.workflow.id] !== hash(prepared.get(e.workflow.id)));
	if (changed.length) {
		// A changed example file replaces the imported copy; an unchanged one keeps the user's edits.
		await importWorkflows(
			changed.map((e) => prepared.get(e.workflow.id)!),
			env,
			START_USER_FOLDER,
		);
		for (const e of changed) state.workflows[e.workflow.id] = hash(prepared.get(e.workflow.id));
	}
	writeFileSync(STATE_FILE, JSON.stringify(state, null, 2) + '\n');

	log('starting n8n (its output follows)');
	// The server logs at "warn": its info lines (license SDK, runner registration, index building…)
	// say nothing about this package or the editor; `N8N_LOG_LEVEL=info npm start` shows them. The
	// imports above keep "info": their success line is what cliOrThrow checks.
	const serverEnv = { ...env, N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'warn' };
	server = await startN8n(serverEnv, join(START_USER_FOLDER, 'n8n.log'), { echo: true, timeoutMs: 300_000 });
	const port = env.N8N_PORT!;

	let login: string;
	const session = setUpOwner ? await ownerSession(port, DEMO_OWNER) : { cookie: undefined, created: false };
	if (session.created) login = `log in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password} (local owner npm start just set up)`;
	else if (session.cookie) login = `log in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`;
	else if (!setUpOwner) login = 'create the local owner account the editor asks for on first open';
	else login = 'log in with the owner account you set up';

	const loaded = await loadedTypes(port, START_USER_FOLDER, session.cookie);
	const ours = loaded.nodes.filter((n) => n.name.startsWith(`${PACKAGE_NAME}.`) && !n.name.endsWith('Tool'));
	const problems = missingTypes(loaded);

	const lines = [
		'',
		'='.repeat(72),
		`n8n ${N8N_VERSION} listening on localhost:${N8N_PORT} — open http://localhost:${N8N_PORT}/`,
		`  ${login}`,
		`  nodes in the panel: ${ours.map((n) => n.displayName).join(', ') || 'NONE'}`,
		...problems.map((p) => `  PROBLEM: ${p}`),
		'  example workflows (open one, then "Execute workflow"):',
		...examples.map((e) => `    ${e.workflow.name}: http://localhost:${N8N_PORT}/workflow/${e.workflow.id}`),
		'  sandbox credentials (Credentials tab), each pointing at its loopback emulator:',
		...running.map((s) => `    ${s.credential.name}: ${s.url}`),
		`  mail the examples send goes to "${services.credential.name}" (127.0.0.1:${services.smtp.port}), kept as .eml in ${MAIL_DIR}`,
		`  files the examples read and write: ${services.filesDir} (n8n may read and write only there)`,
		'  the sandboxes keep their data in memory: a restart brings the demo data back (new ids start',
		`  again); to reset one while running: curl -X POST ${running[0]?.url ?? 'http://127.0.0.1:5701'}/__sandbox/reset`,
		`  n8n data: ${START_USER_FOLDER} — log: ${server.logFile}`,
		'Press Ctrl+C to stop n8n and the sandboxes.',
		'='.repeat(72),
		'',
	];
	process.stdout.write(lines.join('\n'));

	const child = server.child;
	const code =
		child.exitCode ?? (await new Promise<number>((resolveExit) => child.once('exit', (c) => resolveExit(c ?? 1))));
	log(`n8n exited with ${code}`);
	await close();
	process.exit(code);
}

main().catch((error) => {
	process.stderr.write(`[n8n-runtime] npm start failed: ${(error as Error).message}\n`);
	process.exit(1);
});
