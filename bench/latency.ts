// Section 6 of `npm run bench`: throughput at a real provider's distance. Every
// sandbox answers each API request after a seeded, jittered delay (e.g. 150±50 ms, see
// sandbox/framework.ts), and for each provider and operation kind (read, write) N items go
// through our node, then through n8n's HTTP Request node configured at its best with its own
// Batching options. Reported: items per second, requests per second, and the share of the
// provider's published rate limit that this is.
import type { Latency, RecordedRequest } from '../sandbox/framework';
import { formatLatency } from '../sandbox/framework';
import type { Workflow } from '../scripts/n8n/n8n';
import { importCredentials, importWorkflows } from '../scripts/n8n/n8n';
import { log } from '../scripts/n8n/runtime';
import type { N8nCredential, RunningSandbox } from '../scripts/n8n/sandboxes';
import type { Execution } from './execute';
import { execute } from './execute';
import type { HttpBatching, Operation } from './workflows';
import { OPERATIONS, SUBJECT, genericCredential, httpTwin, ourNode, workflow } from './workflows';

export interface PublishedLimit {
	/** Requests per second the provider allows one account; null = no published limit. */
	perSecond: number | null;
	/** The limit as the provider (or whoever) states it. */
	stated: string;
	/** published: the provider's own page; reported: not found in the provider's pages. */
	status: 'published' | 'reported' | 'none';
	source: string;
}

/**
 * What each provider publishes about its request rate. The sources are the pages the project's
 * sandboxes are built from; where the provider's own pages do not state a limit, that is said.
 */
export const PUBLISHED_LIMITS: Record<Operation['provider'], PublishedLimit> = {
	billomat: {
		perSecond: 300 / (15 * 60),
		stated: '300 requests per 15 minutes per account (X-Rate-Limit-Remaining/-Reset; 1,000 with a registered app)',
		status: 'published',
		source: 'https://www.billomat.com/en/api/basics/rate-limiting/',
	},
	invoicexpress: {
		perSecond: 780 / 60,
		stated: '780 requests per minute per account, as integrators report it (no InvoiceXpress page states it)',
		status: 'reported',
		source:
			"not found in InvoiceXpress's own API pages (invoicexpress.com/api-v2, docs.invoicexpress.com): used as reported, not as published",
	},
	shopwave: {
		perSecond: null,
		stated: 'no published rate limit; error 919 limits the objects in one request, not the request rate',
		status: 'none',
		source: 'https://developer.staging.merchantstack.com/guide/rate-limits.html ("does not currently enforce published rate limits")',
	},
	imaterialise: { perSecond: null, stated: 'no published rate limit', status: 'none', source: 'the i.materialise API pages state none' },
	omnixV6: { perSecond: null, stated: 'no published rate limit', status: 'none', source: 'the Omnix V6 API pages state none' },
};

/**
 * The HTTP Request node at its best for a provider: without a published limit, n8n's default (no
 * Batching: every item's request started at once); with a limit of at least 1 request a second,
 * batches of floor(limit) requests every 1,000 ms, the fastest pacing that stays within it.
 * Billomat's 300 per 15 minutes (0.33/s) would make 1,000 items take 50 minutes on either side,
 * so Billomat runs with the sandbox's budget lifted and the HTTP Request node unpaced, and its
 * share shows how far over the budget each side goes (the throttled section measures how our
 * node keeps to that budget).
 */
export function bestBatching(provider: Operation['provider']): HttpBatching | undefined {
	const limit = PUBLISHED_LIMITS[provider].perSecond;
	if (limit === null || limit < 1) return undefined;
	return { batchSize: Math.floor(limit), batchInterval: 1000 };
}

export interface LatencyContext {
	env: NodeJS.ProcessEnv;
	workDir: string;
	sandboxes: RunningSandbox[];
	credentials: N8nCredential[];
	/** Every sandbox back to its demo data (and Billomat's budget lifted). */
	reset(): void;
	/** The small PDF the i.materialise upload reads per item. */
	smallFile: string;
	/** The built package (dist/) and its node files (package.json's n8n.nodes, relative to it). */
	distDir: string;
	nodeFiles: string[];
}

interface LatencySide {
	nodeMs?: number;
	itemsPerSecond?: number;
	requestsPerSecond?: number;
	shareOfLimit?: number | null;
	requests: number;
	failedRequests: number;
	/** Output items carrying an error (the node runs with On Error: Continue). */
	itemsFailed: number;
	itemsOut: number;
	/** Mean delay the sandbox applied to this side's requests, ms. */
	meanDelayMs?: number;
	error?: string;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface DescribedNode {
	description: { name: string; properties: Array<{ name: string; type: string; default?: unknown; options?: unknown[]; displayOptions?: { show?: Record<string, unknown[]> } }> };
}

/**
 * The Concurrent Requests our node runs an operation with: the workflow's own option if it sets
 * one, else the default the built node's Options show for that resource and operation (which is
 * the one the router uses); undefined for an operation without the option (a batch operation).
 */
export function concurrencyUsed(op: Operation, distDir: string, nodeFiles: string[]): number | undefined {
	const set = (op.parameters.options as { concurrentRequests?: number } | undefined)?.concurrentRequests;
	if (set !== undefined) return set;
	for (const file of nodeFiles) {
		const exported = require(`${distDir}/${file}`) as Record<string, new () => DescribedNode>;
		for (const NodeClass of Object.values(exported)) {
			// Only the classes (a node file may also export plain functions).
			if (typeof NodeClass !== 'function' || !/^class\b/.test(Function.prototype.toString.call(NodeClass))) continue;
			const { description } = new NodeClass();
			if (description.name !== op.nodeType) continue;
			for (const property of description.properties) {
				const show = property.displayOptions?.show ?? {};
				if (property.name !== 'options' || property.type !== 'collection') continue;
				if (!show.resource?.includes(op.parameters.resource) || !show.operation?.includes(op.parameters.operation)) continue;
				const entry = (property.options as Array<{ name: string; default?: unknown }>).find((o) => o.name === 'concurrentRequests');
				return entry ? Number(entry.default) : undefined;
			}
		}
	}
	return undefined;
}

function measure(items: number, result: Execution, requests: RecordedRequest[], limit: number | null): LatencySide {
	const ms = result.subject?.executionTime;
	const seconds = ms === undefined ? NaN : ms / 1000;
	const requestsPerSecond = requests.length / seconds;
	const delays = requests.map((r) => r.delayMs ?? 0);
	return {
		nodeMs: ms,
		itemsPerSecond: round(items / seconds, 2),
		requestsPerSecond: round(requestsPerSecond, 2),
		shareOfLimit: limit === null ? null : round(requestsPerSecond / limit, 2),
		requests: requests.length,
		failedRequests: requests.filter((r) => (r.status ?? 0) >= 400).length,
		itemsFailed: result.items.filter((i) => i.json.error !== undefined).length,
		itemsOut: result.items.length,
		meanDelayMs: delays.length ? round(delays.reduce((a, b) => a + b, 0) / delays.length, 1) : undefined,
		error: result.error,
	};
}

/** Long enough for N requests one at a time at the slowest delay, with room for n8n's start-up. */
function timeoutFor(items: number, latency: Latency): number {
	return Math.ceil(items * (latency.latencyMs + (latency.jitterMs ?? 0) + 20) * 1.5) + 120_000;
}

export async function latencySection(ctx: LatencyContext, latency: Latency, items: number) {
	const sandboxOf = (key: string) => ctx.sandboxes.find((s) => s.key === key)!;
	const timeoutMs = timeoutFor(items, latency);
	const run = async (id: string): Promise<Execution> => {
		const result = await execute(id, SUBJECT, ctx.env, ctx.workDir, { timeoutMs });
		log(
			`${id}: ${result.error ? `ERROR ${result.error}` : `${result.items.length} item(s) out`}, node ${result.subject?.executionTime ?? '?'} ms, process ${result.processMs} ms`,
		);
		return result;
	};
	const input = (op: Operation) => ({ items, binaryFile: op.binary ? ctx.smallFile : undefined });

	// Both sides run with On Error: Continue, so a failed item is counted instead of ending the run.
	await importWorkflows(
		OPERATIONS.map((op) =>
			workflow(`lo_${op.key}`, `bench: ${op.label} at ${formatLatency(latency)}`, input(op), ourNode(op, op.parameters, ctx.credentials, { continueOnFail: true })),
		),
		ctx.env,
		ctx.workDir,
	);

	for (const { sandbox } of ctx.sandboxes) sandbox.setLatency(latency);
	try {
		const ours = new Map<string, { side: LatencySide; sample?: RecordedRequest }>();
		for (const op of OPERATIONS) {
			ctx.reset();
			const sandbox = sandboxOf(op.provider).sandbox;
			const result = await run(`lo_${op.key}`);
			const requests = sandbox.received();
			ours.set(op.key, { side: measure(items, result, requests, PUBLISHED_LIMITS[op.provider].perSecond), sample: requests[0] });
		}

		// The HTTP Request twins send what our node sent (see workflows.ts), with the secret in
		// n8n's Header Auth / Query Auth credential, and the provider's best Batching.
		const twins: Workflow[] = [];
		const credentials = new Map<string, N8nCredential>();
		for (const op of OPERATIONS) {
			const sample = ours.get(op.key)?.sample;
			if (!sample) continue;
			const { auth, credential } = genericCredential(op.provider, sample);
			credentials.set(credential.id, credential);
			const twin = httpTwin(sample, sandboxOf(op.provider).url, auth, bestBatching(op.provider));
			twins.push(workflow(`lh_${op.key}`, `bench: HTTP Request for ${op.label} at ${formatLatency(latency)}`, input(op), { ...twin, onError: 'continueRegularOutput' }));
		}
		await importCredentials([...credentials.values()], ctx.env, ctx.workDir);
		await importWorkflows(twins, ctx.env, ctx.workDir);

		const rows = [];
		for (const op of OPERATIONS) {
			const limit = PUBLISHED_LIMITS[op.provider];
			const batching = bestBatching(op.provider);
			let http: LatencySide | undefined;
			if (ours.get(op.key)?.sample) {
				ctx.reset();
				const result = await run(`lh_${op.key}`);
				http = measure(items, result, sandboxOf(op.provider).sandbox.received(), limit.perSecond);
			}
			rows.push({
				provider: op.provider,
				kind: op.kind,
				operation: op.label,
				items,
				limitPerSecond: limit.perSecond === null ? null : round(limit.perSecond, 2),
				limitStatus: limit.status,
				httpBatching: batching
					? `${batching.batchSize} per ${batching.batchInterval} ms`
					: limit.perSecond === null
						? 'off (all items at once)'
						: 'off (limit < 1/s: budget lifted)',
				oursConcurrency: concurrencyUsed(op, ctx.distDir, ctx.nodeFiles),
				ours: ours.get(op.key)!.side,
				http: http ?? { requests: 0, failedRequests: 0, itemsFailed: 0, itemsOut: 0, error: 'not run: our node sent no request to copy' },
			});
		}
		return {
			latency: { ...latency, text: formatLatency(latency) },
			items,
			limits: PUBLISHED_LIMITS,
			measuredAs:
				"items/s = input items ÷ the subject node's executionTime; req/s = requests the sandbox received ÷ the same time; share = req/s ÷ the published limit (above 1 = faster than the provider allows: the real provider would answer 429)",
			rows,
		};
	} finally {
		for (const { sandbox } of ctx.sandboxes) sandbox.setLatency(undefined);
	}
}

export type LatencyResults = Awaited<ReturnType<typeof latencySection>>;
