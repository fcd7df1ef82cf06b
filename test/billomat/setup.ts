// Shared by the Billomat tests: the sandbox for the file, the credential pointing at it, and the
// usual one-node workflow. The node's memory of rate-limit budgets is cleared before each test.
import { BILLOMAT_DEMO_API_KEY, BillomatSandbox } from '../../sandbox/billomat';
import type { RunResult } from '../harness/engine';
import { runWorkflow, subjectWorkflow } from '../harness/engine';
import { packageModule } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

export { BILLOMAT_DEMO_API_KEY };

export function billomatSandbox() {
	const api = useSandbox(() => new BillomatSandbox());
	// The node's own transport module (source or dist), so its budget memory is the one cleared.
	const transport = packageModule<typeof import('../../nodes/Billomat/transport')>('nodes/Billomat/transport');
	beforeEach(() => transport.forgetRateLimits());
	return api;
}

export function credentials(url: string, overrides: Record<string, string> = {}) {
	return { billomatApi: { billomatId: 'sandbox', baseUrl: `${url}/api`, apiKey: BILLOMAT_DEMO_API_KEY, ...overrides } };
}

export interface RunOptions {
	input?: FixtureItem[];
	continueOnFail?: boolean;
	credentials?: Record<string, string>;
	/** The node version (default 1, the version the existing tests were written for). */
	typeVersion?: number;
}

/** Run the Billomat node (resource Invoice) with these parameters against the sandbox at `url`. */
export async function run(url: string, parameters: Record<string, unknown>, options: RunOptions = {}): Promise<RunResult> {
	return await runWorkflow(
		subjectWorkflow(
			{
				type: 'billomat',
				typeVersion: options.typeVersion,
				parameters: { resource: 'invoice', ...parameters } as never,
				credentials: ['billomatApi'],
				continueOnFail: options.continueOnFail,
			},
			options.input,
		),
		{ credentials: credentials(url, options.credentials) },
	);
}

/** The JSON body a request carried. */
export function jsonBody(request: { body: Buffer }): unknown {
	return JSON.parse(request.body.toString('utf8'));
}
