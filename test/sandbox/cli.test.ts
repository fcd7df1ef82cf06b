// `npm run sandbox` starts every provider emulator and prints where and with which credential.
import { spawn } from 'child_process';
import { join } from 'path';

import { SANDBOXES } from '../../sandbox';

test('npm run sandbox serves every provider and prints its URL and demo credential', async () => {
	const root = join(__dirname, '..', '..');
	const child = spawn(process.execPath, [join(root, 'node_modules/ts-node/dist/bin.js'), '--transpile-only', 'sandbox/cli.ts', '--port-base', '0'], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	try {
		let output = '';
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no banner in time:\n${output}`)), 25000);
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Control API')) {
					clearTimeout(timer);
					resolve();
				}
			});
			child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
		});
		for (const entry of SANDBOXES) {
			expect(output).toContain(`credential ${entry.credential.type}:`);
		}
		const omnix = /Omnix V6\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
		const credential = JSON.parse(/credential omnixV6Api: (.*)/.exec(output)![1]) as { apiKey: string; domain: string };
		expect(credential.domain).toBe(omnix);
		const reply = await fetch(`${omnix}/v6-api/rest/invoices?fromDate=01012018&toDate=31012018`, {
			headers: { Authorization: `ApiKey ${credential.apiKey}` },
		});
		expect(reply.status).toBe(200);
		expect(((await reply.json()) as unknown[]).length).toBe(3);
	} finally {
		child.kill('SIGTERM');
	}
}, 30000);
