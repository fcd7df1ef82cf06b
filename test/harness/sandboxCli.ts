// `npm run sandbox` (sandbox/cli.ts) started as its own process for a test: resolves with what it
// printed once its banner is complete (the "Control API" line), and `stop()` ends it.
import { spawn } from 'child_process';
import { join } from 'path';

export interface SandboxCli {
	/** Everything the CLI printed up to and including its banner. */
	output: string;
	stop(): void;
}

export async function startSandboxCli(args: string[], timeoutMs = 25000): Promise<SandboxCli> {
	const root = join(__dirname, '..', '..');
	const child = spawn(process.execPath, [join(root, 'node_modules/ts-node/dist/bin.js'), '--transpile-only', 'sandbox/cli.ts', ...args], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const stop = () => {
		child.kill('SIGTERM');
	};
	let output = '';
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no banner in time:\n${output}`)), timeoutMs);
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Control API')) {
					clearTimeout(timer);
					resolve();
				}
			});
			child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
		});
	} catch (error) {
		stop();
		throw error;
	}
	return { output, stop };
}
