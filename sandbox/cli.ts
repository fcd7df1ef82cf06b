// `npm run sandbox`: start every provider emulator on its loopback port and print how to use it.
// Options: --port-base N (ports N, N+1, …), --only key1,key2, --fault key=kind (until cleared),
// --latency 150±50 (or --latency 150 --jitter 50; --latency-seed N): every API request waits
// that long (seeded jitter) before it is answered, like a provider 150 ms away.
import type { FaultKind, Latency, Sandbox } from './framework';
import { formatLatency, parseLatency } from './framework';
import { SANDBOXES } from './index';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

async function main() {
	const base = arg('port-base') ? Number(arg('port-base')) : undefined;
	const only = arg('only')?.split(',');
	const faults = process.argv
		.map((a, i) => (a === '--fault' ? process.argv[i + 1] : undefined))
		.filter((a): a is string => !!a);
	const host = process.env.SANDBOX_HOST ?? '127.0.0.1';
	let latency: Latency | undefined;
	if (arg('latency') !== undefined) latency = parseLatency(arg('latency')!, arg('jitter'), arg('latency-seed'));
	else if (arg('jitter') !== undefined) throw new Error('--jitter needs --latency');
	const started: Sandbox[] = [];
	for (const [index, entry] of SANDBOXES.entries()) {
		if (only && !only.includes(entry.key)) continue;
		const sandbox = entry.create();
		// --port-base 0 gives every sandbox an ephemeral port (tests); otherwise base + index.
		const port = base === undefined ? entry.port : base === 0 ? 0 : base + index;
		if (latency) sandbox.setLatency(latency);
		const url = await sandbox.listen(port, host);
		for (const fault of faults) {
			const [key, kind] = fault.split('=');
			if (key === entry.key) sandbox.injectFault({ kind: kind as FaultKind, times: 0 });
		}
		started.push(sandbox);
		console.log(`${sandbox.name.padEnd(14)} ${url}`);
		console.log(`  credential ${entry.credential.type}: ${JSON.stringify(entry.credential.data(url))}`);
	}
	if (latency) console.log(`\nLatency: ${formatLatency(latency)} before every API request (seed ${latency.seed})`);
	console.log(
		'\nControl API on each: GET /__sandbox/requests, POST /__sandbox/faults {"kind":"rate-limit"}, DELETE /__sandbox/faults, POST /__sandbox/reset, POST /__sandbox/latency {"latencyMs":150,"jitterMs":50,"seed":1}, DELETE /__sandbox/latency',
	);
	console.log('Per request: header X-Sandbox-Fault: rate-limit|server-error|reset|slow|truncated|garbage|html|malformed-xml|xml-bomb|redirect|reply');
	const stop = async () => {
		await Promise.all(started.map((s) => s.close()));
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
