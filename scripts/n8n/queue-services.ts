// What n8n's queue mode needs besides n8n, as a team's deployment has it: Redis (the job queue)
// and PostgreSQL (the database every process shares, binary data included). Both come from
// Debian's packages, installed when missing (`apt-get install redis-server postgresql`, as root
// or through sudo), and run here as throw-away instances on free loopback ports, their data in a
// temporary folder: nothing of the machine's own services is used or changed.
import type { ChildProcess } from 'child_process';
import { spawnSync } from 'child_process';
import { chmodSync, chownSync, createWriteStream, existsSync, mkdirSync, readdirSync } from 'fs';
import { join } from 'path';
import { freePort, killGroup, log, run, startDetached } from './runtime';

export interface QueueServices {
	/** Environment every n8n process of the cluster (and its CLI) gets for Redis and PostgreSQL. */
	env: Record<string, string>;
	stop(): Promise<void>;
}

const asRoot = (): string[] => (process.getuid?.() === 0 ? [] : ['sudo']);

function onPath(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The newest PostgreSQL server's bin folder Debian's packages installed (/usr/lib/postgresql/<major>/bin). */
function postgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const majors = readdirSync(root)
		.filter((entry) => /^\d+$/.test(entry) && existsSync(join(root, entry, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? join(root, majors[0], 'bin') : undefined;
}

/** Installs Redis and PostgreSQL from Debian's packages when this machine lacks them. */
export function ensureInstalled(): void {
	const missing = [onPath('redis-server') ? undefined : 'redis-server', postgresBin() ? undefined : 'postgresql'].filter(
		(name): name is string => name !== undefined,
	);
	if (missing.length === 0) return;
	log(`installing ${missing.join(' and ')} from Debian's packages`);
	const [sudo] = asRoot();
	const as = (args: string[]) => (sudo ? [sudo, args] : [args[0], args.slice(1)]) as [string, string[]];
	run(...as(['apt-get', 'update', '-qq']));
	// The packages' own services may not start in a container (policy-rc.d): none is used here.
	run(...as(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', ...missing]));
	if (!onPath('redis-server') || !postgresBin()) throw new Error(`apt-get installed ${missing.join(', ')}, but redis-server or initdb is still missing`);
}

/** Resolves when `pattern` shows in the child's output; rejects when it exits first or time runs out. */
export function waitForOutput(child: ChildProcess, logFile: string, pattern: RegExp, what: string, timeoutMs = 60_000): Promise<void> {
	const logStream = createWriteStream(logFile);
	let seen = '';
	let ready = false;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs / 1000} s; see ${logFile}`)), timeoutMs);
		const onData = (chunk: Buffer) => {
			// The output keeps going to the log file after the process is ready.
			logStream.write(chunk);
			if (ready) return;
			seen += chunk.toString('utf8');
			if (pattern.test(seen)) {
				ready = true;
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			logStream.end();
			if (!ready) reject(new Error(`${what} exited with ${code} before it was ready; see ${logFile}`));
		});
	});
}

/** SIGTERM to the child's process group, SIGKILL when it is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
	await gone;
	clearTimeout(timer);
}

/**
 * Starts Redis and a PostgreSQL cluster of its own under `folder`. PostgreSQL refuses to run as
 * root: as root, its folder belongs to Debian's `postgres` user and it runs as that user.
 */
export async function startQueueServices(folder: string): Promise<QueueServices> {
	ensureInstalled();
	const started: ChildProcess[] = [];
	const stop = async () => {
		await Promise.all(started.map((child) => stopChild(child).catch(() => undefined)));
	};
	try {
		const redisPort = await freePort();
		// No snapshots, no append-only file: a queue for one test run.
		const redis = startDetached('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
		started.push(redis);
		await waitForOutput(redis, join(folder, 'redis.log'), /Ready to accept connections/, 'redis-server');
		log(`Redis on 127.0.0.1:${redisPort}`);

		const bin = postgresBin()!;
		const dataDir = join(folder, 'postgres');
		mkdirSync(dataDir, { recursive: true });
		chmodSync(dataDir, 0o700);
		const root = process.getuid?.() === 0;
		const asPostgres = (command: string, args: string[]): [string, string[]] =>
			root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
		if (root) {
			const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
			const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
			if (owner.status !== 0) throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as (Debian\'s postgresql package makes it)');
			chownSync(dataDir, Number(owner.stdout), Number(group.stdout));
			// The temporary folder above it must let that user in.
			chmodSync(folder, 0o755);
		}
		// Trust on loopback only, user n8n, no fsync: a database for one test run.
		run(...asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-U', 'n8n', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']), { capture: true });
		const pgPort = await freePort();
		const [command, args] = asPostgres(join(bin, 'postgres'), [
			'-D', dataDir,
			'-p', String(pgPort),
			'-k', dataDir,
			'-c', 'listen_addresses=127.0.0.1',
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
			'-c', 'max_connections=100',
		]);
		const postgres = startDetached(command, args, {});
		started.push(postgres);
		await waitForOutput(postgres, join(folder, 'postgres.log'), /database system is ready to accept connections/, 'PostgreSQL');
		log(`PostgreSQL ${bin.split('/').slice(-2)[0]} on 127.0.0.1:${pgPort}`);

		return {
			env: {
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redisPort),
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(pgPort),
				DB_POSTGRESDB_DATABASE: 'postgres',
				DB_POSTGRESDB_USER: 'n8n',
				DB_POSTGRESDB_PASSWORD: '',
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
