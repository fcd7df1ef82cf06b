// What the shared-core tests run against: a small loopback API ("Things") and the probe node
// `test.httpProbe` sending to it with an Omnix V6 credential (any credential type would do).
import { Sandbox } from '../../sandbox/framework';
import type { RunResult } from '../harness/engine';
import { runWorkflow, subjectWorkflow } from '../harness/engine';

export const PROBE_KEY = 'probe-secret-key-4c1d9a';

export class ThingsSandbox extends Sandbox {
	created = 0;
	constructor() {
		super('Things');
		this.route('GET', '/thing', () => ({ body: { ok: true } }));
		this.route('GET', '/moved', () => ({ body: { moved: true } }));
		this.route('POST', '/things', () => ({ status: 201, body: { created: ++this.created } }));
	}
	protected seed() {
		this.created = 0;
	}
}

/** Runs the probe against `baseUrl` (GET /thing unless the parameters say otherwise). */
export function probeAt(baseUrl: string, parameters: Record<string, unknown>): Promise<RunResult> {
	return runWorkflow(
		subjectWorkflow({
			type: 'test.httpProbe',
			parameters: { method: 'GET', url: `${baseUrl}/thing`, ...parameters } as never,
			credentials: ['omnixV6Api'],
		}),
		{ credentials: { omnixV6Api: { domain: baseUrl, apiKey: PROBE_KEY } } },
	);
}
