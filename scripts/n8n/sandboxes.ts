// Starts the provider sandboxes (sandbox/index.ts) inside this process and turns each one's demo
// credential into the JSON `n8n import:credentials` takes.
import type { Sandbox } from '../../sandbox/framework';
import { SANDBOXES } from '../../sandbox/index';
import { log } from './runtime';

export interface N8nCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface RunningSandbox {
	key: string;
	url: string;
	sandbox: Sandbox;
	credential: N8nCredential;
}

/**
 * The id the sandbox credential of `key` gets in n8n: fixed, so example workflows can name it.
 * n8n keeps ids of at most 16 characters.
 */
export function sandboxCredentialId(key: string): string {
	const id = `sbx${key}`;
	if (id.length > 16) throw new Error(`sandbox key "${key}" is too long for an n8n credential id (${id})`);
	return id;
}

/**
 * @param fixedPorts the ports `npm run sandbox` uses (for `npm start`), else any free port (e2e,
 * so a running `npm start` does not get in the way)
 */
export async function startSandboxes(fixedPorts: boolean): Promise<{ running: RunningSandbox[]; close(): Promise<void> }> {
	const running: RunningSandbox[] = [];
	const close = async () => {
		await Promise.all(running.map(({ sandbox }) => sandbox.close().catch(() => undefined)));
	};
	try {
		for (const entry of SANDBOXES) {
			const sandbox = entry.create();
			const url = await sandbox.listen(fixedPorts ? entry.port : 0, '127.0.0.1');
			running.push({
				key: entry.key,
				url,
				sandbox,
				credential: {
					id: sandboxCredentialId(entry.key),
					name: entry.credential.name,
					type: entry.credential.type,
					data: entry.credential.data(url),
				},
			});
			log(`sandbox ${sandbox.name} on ${url}`);
		}
	} catch (error) {
		await close();
		throw error;
	}
	return { running, close };
}
