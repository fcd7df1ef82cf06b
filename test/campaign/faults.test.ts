// The fault campaign: every operation of every node against every fault its sandbox can inject.
// For each: a clear error that names the provider (never a raw parser or stream text, never the
// expansion of an XML bomb), no unhandled rejection, the other item still processed under
// continueOnFail, and exactly as many attempts as the retry rules allow (so a create is never
// sent twice).
//
// The shared HTTP core waits between retries with n8n-workflow's `sleep`. Here that sleep is
// recorded instead of waited (the waits are asserted), so the campaign runs in seconds.
import type { IDataObject, INodeExecutionData, INodeProperties, INodeType } from 'n8n-workflow';

import type { Fault, FaultKind } from '../../sandbox/framework';
import { runWorkflow, SUBJECT } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { everything } from '../harness/sandbox';
import type { OperationCase } from './operations';
import { CASES, caseTitle, DEMO_SECRETS, isIdempotent, PROVIDERS, useAllSandboxes, workflowFor } from './operations';

const waits: number[] = [];
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow');
	return {
		__esModule: true,
		...actual,
		sleep: async (ms: number) => {
			waits.push(ms);
		},
	};
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));
beforeEach(() => {
	waits.length = 0;
	unhandled.length = 0;
});
afterEach(() => expect(unhandled).toEqual([]));

const servers = useAllSandboxes();

/** How long the sandbox holds a reply for the 'slow' fault (the nodes have no timeout option). */
const SLOW_MS = 150;

type CampaignFault = Exclude<FaultKind, 'reply'>;

const FAULTS: CampaignFault[] = [
	'rate-limit',
	'server-error',
	'reset',
	'slow',
	'truncated',
	'garbage',
	'html',
	'malformed-xml',
	'xml-bomb',
];

/** Retries after the first attempt, from nodes/shared/http.ts DEFAULT_RETRY (every node uses 3). */
const MAX_RETRIES = 3;

/**
 * Attempts the first item's request gets: a 429 means "not processed" and is retried for every
 * method; a gateway error (5xx from the server-error and HTML faults: 503, 502), a reset and a
 * cut-off reply are retried only when sending twice is harmless; a reply that came whole but
 * unreadable is final.
 */
function attempts(kind: CampaignFault, c: OperationCase): number {
	switch (kind) {
		case 'rate-limit':
			return 1 + MAX_RETRIES;
		case 'server-error':
		case 'reset':
		case 'truncated':
		case 'html':
			return isIdempotent(c) ? 1 + MAX_RETRIES : 1;
		default:
			return 1;
	}
}

/** Content the sandbox sends for a cut-off reply where the real reply would be empty. */
const CUT_OFF_BODY = '{"invoice":{"id":"1","status":"OPEN","label":"cut off here"}}';

/** The fault to inject, and the kind the sandbox's request log records for it. */
function faultFor(kind: CampaignFault, c: OperationCase, times: number): { fault: Fault; logged: FaultKind } {
	const where = { times, method: c.method, path: c.path };
	switch (kind) {
		case 'rate-limit':
			return { fault: { kind, retryAfter: 0, ...where }, logged: kind };
		case 'slow':
			return { fault: { kind, delayMs: SLOW_MS, ...where }, logged: kind };
		case 'truncated':
			if (c.emptyReply) {
				const reply = { status: 200, headers: { 'Content-Type': 'application/json' }, body: CUT_OFF_BODY, truncateAt: 20 };
				return { fault: { kind: 'reply', reply, ...where }, logged: 'reply' };
			}
			return { fault: { kind, ...where }, logged: kind };
		default:
			return { fault: { kind, ...where }, logged: kind };
	}
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unreadable = (type: string, bytes: number) => `a reply that could not be read (${type}, ${bytes} bytes, possibly cut off)`;
const GARBAGE = unreadable('application/json', 28);
const NOT_XML = unreadable('application/xml', 51);
const BOMB = unreadable('application/xml', 723);
const MALFORMED = "the XML reply is malformed (Closing tag 'response' doesn't have proper closing.:1:52)";
const REFUSED = 'the XML reply declares a DOCTYPE or entities, which is refused for safety';
const NOT_RETRIED =
	'Not retried automatically: the request creates or changes data and may already have reached the server. Check before running it again.';

/** What an unreadable 200 (garbage, malformed XML) and the XML bomb (a 422) give, per provider. */
function readFailures(c: OperationCase): Record<'garbage' | 'malformed-xml' | 'xml-bomb', string> {
	switch (c.provider) {
		case 'billomat':
			return {
				garbage: `Billomat error 200: Expected JSON but got ${GARBAGE}`,
				'malformed-xml': `Billomat error 200: Expected ${c.operation === 'downloadPdf' ? 'a PDF' : 'JSON'} but got ${NOT_XML}`,
				'xml-bomb': `Billomat error 422: ${BOMB}`,
			};
		case 'invoicexpress': {
			const format = c.variant === 'legacy' ? 'XML' : 'JSON';
			return {
				garbage: `InvoiceXpress error 200: Expected ${format} but got ${GARBAGE}`,
				'malformed-xml': `InvoiceXpress error 200: Expected ${format} but got ${MALFORMED}`,
				'xml-bomb': `InvoiceXpress error 422: Some of the parameters sent were incorrect, and the reply could not be read: ${REFUSED}`,
			};
		}
		case 'imaterialise':
			return {
				garbage: `i.materialise error 200: Unexpected reply: ${GARBAGE}`,
				'malformed-xml': `i.materialise error 200: Unexpected reply: ${MALFORMED}; ${NOT_XML}`,
				'xml-bomb': `i.materialise error 422: Unexpected reply: ${REFUSED}; ${BOMB}`,
			};
		case 'shopwave':
			return {
				garbage: `Shopwave error 200: Expected a JSON reply but got ${GARBAGE}`,
				'malformed-xml': `Shopwave error 200: Expected a JSON reply but got ${NOT_XML}`,
				'xml-bomb': `Shopwave error 422: Expected a JSON reply but got ${BOMB}`,
			};
		case 'omnixV6':
			return {
				garbage: `Omnix V6 error 200: Expected JSON but got ${GARBAGE}`,
				'malformed-xml': `Omnix V6 error 200: Expected JSON but got ${NOT_XML}`,
				'xml-bomb': `Omnix V6 error 422: ${BOMB}`,
			};
	}
}

/** The message the user sees for the first item, exactly (a pattern where the status varies). */
function expectedMessage(kind: Exclude<CampaignFault, 'slow'>, c: OperationCase): string | RegExp {
	const name = PROVIDERS[c.provider].displayName;
	switch (kind) {
		case 'rate-limit':
			return `${name} error 429: HTTP 429`;
		case 'server-error':
			return `${name} error 503: HTTP 503`;
		case 'html': {
			const prefix = { imaterialise: 'Unexpected reply: ', shopwave: 'Expected a JSON reply but got ' }[c.provider as string] ?? '';
			return `${name} error 502: ${prefix}an HTML page (text/html), not the API's reply: often a proxy or maintenance page`;
		}
		case 'reset':
			return `${name} error (code ECONNRESET): Could not get a reply: the connection was reset before a reply arrived`;
		case 'truncated':
			// A retried state change may meet its own first attempt's effect (e.g. 422 "already final").
			return new RegExp(
				`^${esc(name)} error \\(code INCOMPLETE_REPLY\\): Could not get a reply: the reply \\(HTTP (200|201|400|422)\\) was cut off before it was complete$`,
			);
		default:
			return readFailures(c)[kind];
	}
}

const RAW_TEXTS = [/stream has been aborted/i, /Unexpected token/i, /\n\s+at /, /SyntaxError/, /TypeError/, /\[object Object\]/, /undefined/];

function expectClearText(text: unknown) {
	if (text === undefined) return;
	expect(typeof text).toBe('string');
	for (const raw of RAW_TEXTS) expect(text).not.toMatch(raw);
	expect((text as string).length).toBeLessThan(600);
}

function expectError(json: IDataObject, kind: Exclude<CampaignFault, 'slow'>, c: OperationCase) {
	const expected = expectedMessage(kind, c);
	if (typeof expected === 'string') expect(json.error).toBe(expected);
	else expect(json.error).toMatch(expected);
	expect(String(json.error).startsWith(`${PROVIDERS[c.provider].displayName} error`)).toBe(true);
	expectClearText(json.error);
	expectClearText(json.description);
	if (kind === 'reset' || kind === 'truncated') {
		expect(json.description).toBe(isIdempotent(c) ? `Gave up after ${1 + MAX_RETRIES} attempt(s).` : NOT_RETRIED);
	}
}

/** The waits between attempts: Retry-After 0 for a 429, else capped exponential backoff with jitter. */
function expectRetryWaits(kind: CampaignFault, retryWaits: number[], times: number) {
	expect(retryWaits).toHaveLength(times - 1);
	retryWaits.forEach((wait, attempt) => {
		if (kind === 'rate-limit') expect(wait).toBe(0);
		else {
			const ceiling = 500 * 2 ** attempt;
			expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
			expect(wait).toBeLessThanOrEqual(ceiling);
		}
	});
}

/** Every resource › operation pair a node of the package offers, from its description. */
function offeredOperations(): string[] {
	const out: string[] = [];
	for (const [type, node] of registry().nodes) {
		if (!type.startsWith(`${PACKAGE_NAME}.`)) continue;
		const properties = (node as INodeType).description.properties as INodeProperties[];
		for (const property of properties.filter((p) => p.name === 'operation')) {
			const resources = (property.displayOptions?.show?.resource ?? []) as string[];
			for (const resource of resources) {
				for (const option of property.options as Array<{ value: string }>) out.push(`${type.slice(PACKAGE_NAME.length + 1)} ${resource} ${option.value}`);
			}
		}
	}
	return out.sort();
}

test('the campaign runs every operation of every node', () => {
	const covered = new Set(CASES.map((c) => `${PROVIDERS[c.provider].nodeType} ${c.resource} ${c.operation}`));
	expect([...covered].sort()).toEqual(offeredOperations());
	expect(offeredOperations()).toHaveLength(27);
});

/** Per case, on a healthy sandbox: items the second input gives, and requests one item sends to the faulted endpoint. */
const baseline = new Map<string, number>();
const baselineRequests = new Map<string, number>();
const toEndpoint = (c: OperationCase) => (r: { method: string; path: string }) => r.method === c.method && r.path.includes(c.path);

describe.each(CASES.map((c) => [caseTitle(c), c] as const))('%s', (title, c) => {
	const credentials = () => PROVIDERS[c.provider].credentials(servers[c.provider], DEMO_SECRETS, c.variant);

	test('baseline: both items succeed on a healthy sandbox', async () => {
		const input = c.input(servers);
		const result = await runWorkflow(workflowFor(c, input, true), { credentials: credentials() });
		const items = result.items();
		expect(items.filter((i) => 'error' in i.json)).toEqual([]);
		const perItem = [0, 1].map((n) => items.filter((i) => (i.pairedItem as { item: number }).item === n).length);
		expect(perItem[0]).toBeGreaterThan(0);
		expect(perItem[1]).toBeGreaterThan(0);
		expect(items).toHaveLength(perItem[0] + perItem[1]);
		baseline.set(title, perItem[1]);
		const sent = servers[c.provider].received().filter(toEndpoint(c)).length;
		expect(sent % 2).toBe(0);
		baselineRequests.set(title, sent / 2);
		expect(waits.filter((w) => w !== c.pollWaitMs)).toEqual([]);
	});

	test.each(FAULTS)('%s: under continueOnFail the first item fails clearly, the second is processed', async (kind) => {
		const input = c.input(servers);
		const server = servers[c.provider];
		const times = attempts(kind, c);
		const { fault, logged } = faultFor(kind, c, times);
		server.injectFault(fault);
		const started = Date.now();
		const result = await runWorkflow(workflowFor(c, input, true), { credentials: credentials() });
		const elapsed = Date.now() - started;
		const items = result.items();
		const log = server.received();
		const faulted = log.filter((r) => r.fault);
		const retryWaits = waits.filter((w) => w !== c.pollWaitMs);

		if (kind === 'slow') {
			// No timeout to exceed (the nodes have none): the reply came late and both items succeeded.
			expect(faulted).toHaveLength(1);
			expect(elapsed).toBeGreaterThanOrEqual(SLOW_MS);
			expect(items.filter((i) => 'error' in i.json)).toEqual([]);
			expect(items.filter((i) => (i.pairedItem as { item: number }).item === 1)).toHaveLength(baseline.get(title)!);
			expect(retryWaits).toEqual([]);
			return;
		}

		// Item 0: exactly one error item, paired with it, whose message names the provider.
		const [first, ...rest] = items;
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(first.binary).toBeUndefined();
		expectError(first.json, kind, c);

		// Item 1: processed as on a healthy sandbox.
		expect(rest).toHaveLength(baseline.get(title)!);
		for (const item of rest as INodeExecutionData[]) {
			expect(item.pairedItem).toEqual({ item: 1 });
			expect(item.json.error).toBeUndefined();
		}

		// Exactly the attempts the retry rules allow, all on item 0's first request, none later.
		expect(faulted).toHaveLength(times);
		expect(log.slice(0, times).map((r) => [r.method, r.path.includes(c.path), r.fault])).toEqual(
			Array.from({ length: times }, () => [c.method, true, logged]),
		);
		// Item 0 reached the endpoint exactly `times` times (once for a POST); item 1 as usual.
		expect(log.filter(toEndpoint(c))).toHaveLength(times + baselineRequests.get(title)!);
		expectRetryWaits(kind, retryWaits, times);
		// An entity-expansion bomb is refused, never expanded, anywhere in the run.
		expect(everything(result.run)).not.toMatch(/lollol/);
	});

	test.each(FAULTS.filter((k): k is Exclude<CampaignFault, 'slow'> => k !== 'slow'))(
		'%s: without continueOnFail the run stops with the same error, naming item 0',
		async (kind) => {
			const [input] = c.input(servers);
			const times = attempts(kind, c);
			servers[c.provider].injectFault(faultFor(kind, c, times).fault);
			const result = await runWorkflow(workflowFor(c, [input], false), { credentials: credentials() });
			const error = result.error()!;
			expect(error).toBeDefined();
			expectError({ error: error.message, description: error.description ?? undefined }, kind, c);
			expect(error.context?.itemIndex).toBe(0);
			expect(result.run.data.resultData.error?.message).toBe(error.message);
			expect(result.run.data.resultData.runData[SUBJECT][0].data).toBeUndefined();
		},
	);
});
