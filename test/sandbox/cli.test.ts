// `npm run sandbox` starts every provider emulator and prints where and with which credential.
import { SANDBOXES } from '../../sandbox';
import { startSandboxCli } from '../harness/sandboxCli';

test('npm run sandbox serves every provider and prints its URL and demo credential', async () => {
	const cli = await startSandboxCli(['--port-base', '0']);
	try {
		const { output } = cli;
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
		cli.stop();
	}
}, 30000);
