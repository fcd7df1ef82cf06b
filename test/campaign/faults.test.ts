// The fault campaign: every operation of every node against every fault its sandbox can inject.
// For each: a clear error that names the provider (never a raw parser or stream text, never the
// expansion of an XML bomb), no unhandled rejection, the other item still processed under
// continueOnFail, and the behaviour docs/reliability.md's fault table promises, checked on what the sandbox
// saw rather than on a re-derived retry table: a request that may have reached the server and is
// not safe to repeat is sent once; one that is safe to repeat, and any 429, is sent again, each
// time identically, within the policy's retries; the description says what happened (how many
// attempts, or that it may already have been carried out); a redirect never takes the credential
// to another origin and never turns a write into a success.
//
// The shared HTTP core waits between retries with n8n-workflow's `sleep`. Here that sleep is
// recorded instead of waited (the waits are asserted), so the campaign runs in seconds.
import type { IDataObject, INodeExecutionData, INodeProperties, INodeType } from 'n8n-workflow';

import { operationKind } from '../../nodes/shared/descriptions';
import { DEFAULT_RETRY } from '../../nodes/shared/http';
import type { Fault, FaultKind, RecordedRequest } from '../../sandbox/framework';
import { Elsewhere } from '../../sandbox/framework';
import { runWorkflow, SUBJECT } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';
import { everything, useSandbox } from '../harness/sandbox';
import type { OperationCase } from './operations';
import { CASES, caseTitle, DEMO_SECRETS, isIdempotent, PROVIDERS, secretValues, useAllSandboxes, workflowFor } from './operations';
import { waits } from '../harness/recordedSleep';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

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
/** Another origin on loopback, where a redirect fault points. */
const elsewhere = useSandbox(() => new Elsewhere());

/** How long the sandbox holds a reply for the 'slow' fault (well within the default timeout). */
const SLOW_MS = 150;

/**
 * The campaign's faults: the sandbox's own kinds, and two redirects: `redirect-away` (302 to
 * another origin) and `redirect-here` (307 to the same address, once).
 */
type CampaignFault = Exclude<FaultKind, 'reply' | 'redirect'> | 'redirect-away' | 'redirect-here';

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
	'redirect-away',
	'redirect-here',
];

/** Faults after which the server may have acted on the request (so it is not repeated unless safe). */
const MAY_HAVE_REACHED = new Set<CampaignFault>(['server-error', 'reset', 'truncated', 'html']);
/** Faults a request may be sent again after: those, and a 429 (which was not processed). */
const RETRYABLE = new Set<CampaignFault>([...MAY_HAVE_REACHED, 'rate-limit']);

const isWrite = (c: OperationCase) => c.method !== 'GET';

/** Content the sandbox sends for a cut-off reply where the real reply would be empty. */
const CUT_OFF_BODY = '{"invoice":{"id":"1","status":"OPEN","label":"cut off here"}}';

/** The fault to inject (hitting `times` requests; 0 = until cleared), and the kind the sandbox's log records. */
function faultFor(kind: CampaignFault, c: OperationCase, times: number): { fault: Fault; logged: FaultKind } {
	const where = { times, method: c.method, path: c.path };
	switch (kind) {
		case 'rate-limit':
			return { fault: { kind, retryAfter: 0, ...where }, logged: kind };
		case 'slow':
			return { fault: { kind, delayMs: SLOW_MS, ...where }, logged: kind };
		case 'redirect-away':
			return { fault: { kind: 'redirect', status: 302, location: `${elsewhere.url}/landing?from=campaign`, ...where }, logged: 'redirect' };
		case 'redirect-here':
			// Once: a read follows it to the real reply; a write must not be sent again.
			return { fault: { kind: 'redirect', status: 307, ...where, times: 1 }, logged: 'redirect' };
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
		case 'billomat': {
			// Template › Get Preview and User › Get Avatar expect an image whatever the reply's type.
			const image = ['getPreview', 'getAvatar'].includes(c.operation);
			return {
				garbage: `Billomat error 200: Expected ${image ? 'an image' : 'JSON'} but got ${GARBAGE}`,
				'malformed-xml': `Billomat error 200: Expected ${image ? 'an image' : c.operation === 'downloadPdf' ? 'a PDF' : 'JSON'} but got ${NOT_XML}`,
				'xml-bomb': `Billomat error 422: ${BOMB}`,
			};
		}
		case 'invoicexpress': {
			// The legacy flavour sends XML only for the one request the legacy API documents (Update).
			const format = c.variant === 'legacy' && c.operation === 'update' ? 'XML' : 'JSON';
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
				// Product › Import CSV reads a JSON or a text reply (the page gives none).
				'malformed-xml': `Omnix V6 error 200: Expected JSON${c.operation === 'importCsv' ? ' or text' : ''} but got ${NOT_XML}`,
				'xml-bomb': `Omnix V6 error 422: ${BOMB}`,
			};
	}
}

type FailingFault = Exclude<CampaignFault, 'slow'>;

/** The message the user sees for the first item, exactly (a pattern where the status varies). */
function expectedMessage(kind: FailingFault, c: OperationCase): string | RegExp {
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
		case 'redirect-away':
			return isWrite(c)
				? `${name} error 302: the ${c.method} was redirected (to ${elsewhere.url}) and not carried out: the node does not send a request that changes data to another address`
				: `${name} error 302: redirected to another address (${elsewhere.url}), where the node does not send the credential`;
		case 'redirect-here':
			return `${name} error 307: the ${c.method} was redirected (to ${servers[c.provider].baseUrl}) and not carried out: the node does not send a request that changes data to another address`;
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

/**
 * The first item's error: its exact message, clear texts, and a description that says what
 * happened: the attempts that were made, or that a request sent once may already have been
 * carried out (never "try again later" for it).
 */
function expectError(json: IDataObject, kind: FailingFault, c: OperationCase, attempts: number) {
	const expected = expectedMessage(kind, c);
	if (typeof expected === 'string') expect(json.error).toBe(expected);
	else expect(json.error).toMatch(expected);
	expect(String(json.error).startsWith(`${PROVIDERS[c.provider].displayName} error`)).toBe(true);
	expectClearText(json.error);
	expectClearText(json.description);
	if (kind === 'reset' || kind === 'truncated') {
		expect(json.description).toBe(attempts > 1 ? `Gave up after ${attempts} attempt(s).` : NOT_RETRIED);
	}
	if (MAY_HAVE_REACHED.has(kind) && !isIdempotent(c)) {
		expect(json.description).not.toMatch(/try again later/i);
		if (kind !== 'html') expect(json.description).toMatch(/may already have (reached the server|been carried out)/);
	}
}

/**
 * What the sandbox saw of the first item's request, checked against the behaviour promised: never
 * more than the policy's retries; sent once when it may have reached the server and is not safe to
 * repeat, or when the fault is final; sent again (identically) when a retry is allowed.
 */
function expectAttempts(kind: CampaignFault, c: OperationCase, attempts: RecordedRequest[]) {
	expect(attempts.length).toBeGreaterThanOrEqual(1);
	expect(attempts.length).toBeLessThanOrEqual(1 + DEFAULT_RETRY.maxRetries);
	const retried = attempts.length > 1;
	if (!RETRYABLE.has(kind)) expect(retried).toBe(false);
	else if (MAY_HAVE_REACHED.has(kind) && !isIdempotent(c)) expect(retried).toBe(false);
	else expect(retried).toBe(true);
	const shape = (r: RecordedRequest) => [r.method, r.path, r.query, r.body.toString('base64')];
	for (const again of attempts.slice(1)) expect(shape(again)).toEqual(shape(attempts[0]));
}

/** The waits between attempts: one per retry, as the server asked (Retry-After 0) or a capped backoff. */
function expectRetryWaits(kind: CampaignFault, retryWaits: number[], attempts: number) {
	expect(retryWaits).toHaveLength(attempts - 1);
	for (const wait of retryWaits) {
		if (kind === 'rate-limit') expect(wait).toBe(0);
		else {
			expect(wait).toBeGreaterThan(0);
			expect(wait).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
		}
	}
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
	// How many operations each resource offers: a resource that loses one fails here.
	const perResource: Array<[string, number]> = [
		['Invoice operations of the five nodes (Billomat 14, the other nodes 13)', 27],
		['InvoiceXpress Item', 5],
		['InvoiceXpress Tax', 5],
		['InvoiceXpress Sequence', 5],
		['InvoiceXpress SAF-T', 1],
		['InvoiceXpress Account', 2],
		['InvoiceXpress Treasury', 3],
		['i.materialise Order', 1],
		['Shopwave Product', 3],
		['Shopwave Order', 2],
		['InvoiceXpress Invoice, beyond the seven above (related documents, payments)', 3],
		['InvoiceXpress Estimate', 7],
		['InvoiceXpress Guide', 7],
		['Billomat Client', 6],
		['InvoiceXpress Client', 8],
		['Billomat Article', 5],
		['Billomat Contact', 5],
		['Billomat Invoice Payment', 4],
		['Billomat Invoice Item', 5],
		['Billomat Unit', 5],
		['Billomat Tax', 5],
		['Billomat Invoice Comment', 4],
		['Billomat Invoice Tag', 5],
		['Billomat Template', 6],
		['Billomat E-Mail Template', 5],
		['Billomat Free Text', 5],
		['Billomat User', 4],
		['Billomat Client Property', 5],
		['Billomat Client Property Value', 3],
		['Billomat Supplier', 8],
		['Billomat Incoming Invoice', 6],
		['Billomat Credit Note', 11],
		['Billomat Estimate', 13],
		['Billomat Confirmation', 11],
		['Billomat Delivery Note', 8],
		['Billomat Letter', 8],
		['Billomat Reminder', 10],
		['Billomat Recurring Invoice', 5],
		['Billomat Credit Note Item', 5],
		['Billomat Credit Note Comment', 4],
		['Billomat Credit Note Payment', 4],
		['Billomat Credit Note Tag', 5],
		['Billomat Estimate Item', 5],
		['Billomat Estimate Comment', 4],
		['Billomat Estimate Tag', 5],
		['Billomat Confirmation Item', 5],
		['Billomat Confirmation Comment', 4],
		['Billomat Confirmation Tag', 5],
		['Billomat Delivery Note Item', 5],
		['Billomat Delivery Note Comment', 4],
		['Billomat Delivery Note Tag', 5],
		['Billomat Letter Comment', 4],
		['Billomat Letter Tag', 5],
		['Billomat Reminder Item', 5],
		['Billomat Reminder Tag', 5],
		['Billomat Recurring Invoice Item', 5],
		['Billomat Recurring Invoice Tag', 5],
		['Billomat Incoming Invoice Comment', 4],
		['Billomat Incoming Invoice Item', 5],
		['Billomat Incoming Invoice Payment', 4],
		['Billomat Incoming Invoice Tag', 5],
		['Omnix V6 Consignment', 2],
		['Omnix V6 Manifest', 1],
		['Omnix V6 Product', 1],
	];
	expect(offeredOperations()).toHaveLength(perResource.reduce((sum, [, count]) => sum + count, 0));
});

/** Per case, on a healthy sandbox: items the second input gives, and requests one item sends to the faulted endpoint. */
const baseline = new Map<string, number>();
const baselineRequests = new Map<string, number>();
/** Per case and fault: how many times the first item's request was sent with the fault on every attempt. */
const observed = new Map<string, number>();
const toEndpoint = (c: OperationCase) => (r: { method: string; path: string }) => r.method === c.method && r.path.includes(c.path);

/** Whether a fault leaves the first item successful: a slow reply, and a same-origin redirect of a read. */
const succeeds = (kind: CampaignFault, c: OperationCase) => kind === 'slow' || (kind === 'redirect-here' && !isWrite(c));

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

	if (operationKind(c.operation) !== 'write') {
		test('baseline at the operation’s default Concurrent Requests: both items succeed, each with its own output and requests', async () => {
			const input = c.input(servers);
			const result = await runWorkflow(workflowFor(c, input, true, { concurrent: true }), { credentials: credentials() });
			const items = result.items();
			expect(items.filter((i) => 'error' in i.json)).toEqual([]);
			const paired = items.map((i) => (i.pairedItem as { item: number }).item);
			// In input order: every output item of item 0 before those of item 1.
			expect(paired).toEqual([...paired].sort((a, b) => a - b));
			expect(paired.filter((n) => n === 1)).toHaveLength(baseline.get(title)!);
			expect(servers[c.provider].received().filter(toEndpoint(c))).toHaveLength(2 * baselineRequests.get(title)!);
		});
	}

	test.each(FAULTS.filter((k) => !succeeds(k, c)))(
		'%s on every attempt, without continueOnFail: the run stops with a clear error naming item 0, sent as the rules allow',
		async (kind) => {
			const [input] = c.input(servers);
			const server = servers[c.provider];
			server.injectFault(faultFor(kind, c, 0).fault);
			const result = await runWorkflow(workflowFor(c, [input], false), { credentials: credentials() });
			const attempts = server.received().filter(toEndpoint(c));
			observed.set(`${title} ${kind}`, attempts.length);
			expectAttempts(kind as FailingFault, c, attempts);
			const error = result.error()!;
			expect(error).toBeDefined();
			expectError({ error: error.message, description: error.description ?? undefined }, kind as FailingFault, c, attempts.length);
			expect(error.context?.itemIndex).toBe(0);
			expect(result.run.data.resultData.error?.message).toBe(error.message);
			expect(result.run.data.resultData.runData[SUBJECT][0].data).toBeUndefined();
			expectRetryWaits(kind, waits.filter((w) => w !== c.pollWaitMs), attempts.length);
			// Nothing ever reaches another origin: the credential least of all.
			expect(elsewhere.server.received()).toEqual([]);
		},
	);

	test.each(FAULTS)('%s: under continueOnFail the first item fails clearly (or succeeds as it should), the second is processed', async (kind) => {
		const input = c.input(servers);
		const server = servers[c.provider];
		const failing = !succeeds(kind, c);
		// As many faulty replies as the first item's request met when every attempt was faulty.
		const times = failing ? observed.get(`${title} ${kind}`) : 1;
		expect(times).toBeDefined();
		const { fault, logged } = faultFor(kind, c, times!);
		server.injectFault(fault);
		const started = Date.now();
		const result = await runWorkflow(workflowFor(c, input, true), { credentials: credentials() });
		const elapsed = Date.now() - started;
		const items = result.items();
		const log = server.received();
		const faulted = log.filter((r) => r.fault);
		const retryWaits = waits.filter((w) => w !== c.pollWaitMs);
		expect(elsewhere.server.received()).toEqual([]);

		if (!failing) {
			// A late reply within the timeout, or a same-origin redirect of a read: both items succeed.
			expect(faulted).toHaveLength(1);
			if (kind === 'slow') expect(elapsed).toBeGreaterThanOrEqual(SLOW_MS);
			expect(items.filter((i) => 'error' in i.json)).toEqual([]);
			expect(items.filter((i) => (i.pairedItem as { item: number }).item === 1)).toHaveLength(baseline.get(title)!);
			expect(retryWaits).toEqual([]);
			if (kind === 'redirect-here') {
				// Followed once, to the same address, with the credential: one request more than usual.
				expect(log.filter(toEndpoint(c))).toHaveLength(2 * baselineRequests.get(title)! + 1);
			}
			return;
		}

		// Item 0: exactly one error item, paired with it, whose message names the provider.
		const [first, ...rest] = items;
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(first.binary).toBeUndefined();
		expectError(first.json, kind as FailingFault, c, times!);

		// Item 1: processed as on a healthy sandbox.
		expect(rest).toHaveLength(baseline.get(title)!);
		for (const item of rest as INodeExecutionData[]) {
			expect(item.pairedItem).toEqual({ item: 1 });
			expect(item.json.error).toBeUndefined();
		}

		// The faulty replies all went to item 0's first request, before anything else.
		expect(faulted).toHaveLength(times!);
		expect(log.slice(0, times).map((r) => [r.method, r.path.includes(c.path), r.fault])).toEqual(
			Array.from({ length: times! }, () => [c.method, true, logged]),
		);
		// Item 0 reached the endpoint only with those; item 1 as usual.
		expect(log.filter(toEndpoint(c))).toHaveLength(times! + baselineRequests.get(title)!);
		expectRetryWaits(kind, retryWaits, times!);
		// An entity-expansion bomb is refused, never expanded, anywhere in the run.
		expect(everything(result.run)).not.toMatch(/lollol/);
		for (const secret of secretValues(DEMO_SECRETS, c.provider)) expect(everything(result.run)).not.toContain(secret);
	});
});
