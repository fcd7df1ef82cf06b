// n8n in queue mode on one machine, laid out as a team deploys it: one main instance (editor,
// webhooks, triggers; it queues every production execution in Redis) and workers that take the
// executions from the queue. Each process has its own user folder, as separate containers would:
// the package installed in each, nothing on disk shared but the files folder the examples read
// and write. Binary data is left to n8n's queue-mode default (the database), so a file one worker
// stores can only reach another through n8n's binary data service.
import { randomBytes } from 'crypto';
import { cpSync, existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { N8nServer } from './n8n';
import { ensureUserFolder, startN8n } from './n8n';
import { stopChild, waitForOutput } from './queue-services';
import { N8N_BIN, NODE_BIN, RUNTIME_DIR, freePort, log, n8nEnv, startDetached } from './runtime';

/** How many executions one worker runs at a time: one, so two executions started together run on both workers. */
export const WORKER_CONCURRENCY = 1;

/** The line n8n's job processor logs when a worker takes an execution (scaling/job-processor). */
const STARTED = /Worker started execution (\S+) \(job/g;

interface Member {
	name: string;
	userFolder: string;
	env: NodeJS.ProcessEnv;
	/** One log file per start, oldest first. */
	logFiles: string[];
	server?: N8nServer;
}

export class QueueCluster {
	readonly main: Member;
	readonly workers: Member[];

	private constructor(main: Member, workers: Member[]) {
		this.main = main;
		this.workers = workers;
	}

	/**
	 * @param root a folder of its own: `main/`, `worker-1/`, … are made in it
	 * @param env what every process gets besides n8n's own settings (Redis, PostgreSQL, the files folder)
	 */
	static async create(root: string, workerCount: number, env: Record<string, string>): Promise<QueueCluster> {
		// One key for all: each process decrypts the credentials the others saved.
		// One address for all: a worker builds the addresses it hands out (a Wait node's resume URL)
		// from WEBHOOK_URL, which must name the main instance, not the worker's own default port.
		const mainPort = String(await freePort());
		const shared = { ...env, N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'), WEBHOOK_URL: `http://127.0.0.1:${mainPort}/` };
		const member = async (name: string, extra: Record<string, string>): Promise<Member> => {
			const userFolder = join(root, name);
			ensureUserFolder(userFolder);
			const memberEnv = n8nEnv(userFolder, { ...shared, N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...extra });
			// n8n picks the binary data mode of queue mode itself (2.x: `database`).
			delete memberEnv.N8N_DEFAULT_BINARY_DATA_MODE;
			return { name, userFolder, env: memberEnv, logFiles: [] };
		};
		const main = await member('main', { N8N_PORT: mainPort });
		const workers: Member[] = [];
		for (let i = 1; i <= workerCount; i++) workers.push(await member(`worker-${i}`, {}));
		return new QueueCluster(main, workers);
	}

	/** The package as installed in main's user folder, copied into each worker's (as each container installs it). */
	shareNodes(): void {
		const nodes = join(this.main.userFolder, '.n8n', 'nodes');
		if (!existsSync(nodes)) throw new Error(`no package installed in ${nodes}`);
		for (const worker of this.workers) cpSync(nodes, join(worker.userFolder, '.n8n', 'nodes'), { recursive: true });
	}

	get port(): string {
		return this.main.env.N8N_PORT!;
	}

	private nextLog(member: Member): string {
		const file = join(member.userFolder, `${member.name}-${member.logFiles.length + 1}.log`);
		member.logFiles.push(file);
		return file;
	}

	async startMain(): Promise<void> {
		if (this.main.server) return;
		this.main.server = await startN8n(this.main.env, this.nextLog(this.main), { timeoutMs: 240_000 });
		log(`main instance ready on port ${this.port}`);
	}

	async stopMain(): Promise<void> {
		await this.main.server?.stop();
		this.main.server = undefined;
	}

	async startWorker(index: number): Promise<void> {
		const worker = this.workers[index];
		if (worker.server) return;
		const logFile = this.nextLog(worker);
		const child = startDetached(NODE_BIN, [N8N_BIN, 'worker', `--concurrency=${WORKER_CONCURRENCY}`], { env: worker.env, cwd: RUNTIME_DIR });
		// n8n lets a worker finish its running jobs on SIGTERM (graceful shutdown, 30 s).
		const stop = async () => await stopChild(child, 45_000);
		try {
			await waitForOutput(child, logFile, /n8n worker is now ready/, `n8n worker ${worker.name}`, 240_000);
		} catch (error) {
			await stop();
			throw error;
		}
		worker.server = { child, logFile, stop };
		log(`${worker.name} ready (concurrency ${WORKER_CONCURRENCY})`);
	}

	async stopWorker(index: number): Promise<void> {
		const worker = this.workers[index];
		await worker.server?.stop();
		worker.server = undefined;
	}

	async startAll(): Promise<void> {
		for (let i = 0; i < this.workers.length; i++) await this.startWorker(i);
		await this.startMain();
	}

	async stopAll(): Promise<void> {
		await this.stopMain();
		for (let i = 0; i < this.workers.length; i++) await this.stopWorker(i);
	}

	/** The executions a worker took from the queue, by what n8n logged, every start of it included. */
	executionsOf(index: number): string[] {
		const ids: string[] = [];
		for (const file of this.workers[index].logFiles) {
			if (!existsSync(file)) continue;
			const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
			for (const match of text.matchAll(STARTED)) ids.push(match[1]);
		}
		return ids;
	}

	/** The workers (by index) that took this execution, in no particular order; a resumed execution is taken again. */
	workersThatRan(executionId: string): number[] {
		return this.workers.map((_, i) => i).filter((i) => this.executionsOf(i).includes(executionId));
	}

	/** The log files of every process, for a failure report. */
	logFiles(): string[] {
		return [this.main, ...this.workers].flatMap((m) => m.logFiles);
	}
}
