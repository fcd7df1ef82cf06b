// The errors layer (nodes/shared/errors.ts) as the real nodes show it through the engine: advice
// that fits whether the request was safe to repeat (issue 12, item 4), Retry-After over a
// provider's reset hint (item 5), errors bounded whatever the size of the reply (item 8), and
// redaction of every form a credential value may be echoed in (item 9).
import { randomUUID } from 'crypto';

import type { RunResult } from '../harness/engine';
import { runWorkflow } from '../harness/engine';
import { everything } from '../harness/sandbox';
import type { OperationCase, Secrets } from '../campaign/operations';
import { acceptSecrets, CASES, caseTitle, DEMO_SECRETS, distinctiveSecrets, isIdempotent, PROVIDERS, useAllSandboxes, workflowFor } from '../campaign/operations';

const servers = useAllSandboxes();

async function run(c: OperationCase, secrets: Secrets = DEMO_SECRETS, items = 2): Promise<RunResult> {
	const input = c.input(servers).slice(0, items);
	const credentials = PROVIDERS[c.provider].credentials(servers[c.provider], secrets, c.variant);
	return await runWorkflow(workflowFor(c, input, true), { credentials });
}

const find = (provider: string, operation: string, variant?: string) =>
	CASES.find((c) => c.provider === provider && c.operation === operation && c.variant === variant && c.resource === 'invoice')!;

describe('item 4: after a gateway error, a request that is not safe to repeat is never advised to be tried again', () => {
	const writes = CASES.filter((c) => !isIdempotent(c));

	test.each(writes.flatMap((c) => [502, 503, 504].map((status) => [caseTitle(c), status, c] as const)))(
		'%s answered %i: it may already have been carried out; check before running it again',
		async (_title, status, c) => {
			servers[c.provider].injectFault({ kind: 'server-error', status, method: c.method, path: c.path });
			const result = await run(c, DEMO_SECRETS, 1);
			const [item] = result.items();
			expect(String(item.json.error)).toMatch(new RegExp(`^${PROVIDERS[c.provider].displayName.replace('.', '\\.')} error ${status}`));
			expect(item.json.description).not.toMatch(/try again later/i);
			expect(item.json.description).toMatch(/may already have been carried out/);
			expect(item.json.description).toMatch(/before running it again/);
			expect(servers[c.provider].received().filter((r) => r.method === c.method && r.path.includes(c.path))).toHaveLength(1);
		},
	);
});

describe('item 5: Retry-After wins over a provider budget-reset hint', () => {
	test('Billomat: a one-off 429 with Retry-After: 1 while budget is left waits 1 s and succeeds', async () => {
		const c = find('billomat', 'get');
		const reset = String(Math.floor(Date.now() / 1000) + 899);
		servers.billomat.injectFault({
			kind: 'reply',
			reply: {
				status: 429,
				headers: { 'Retry-After': '1', 'X-Rate-Limit-Remaining': '250', 'X-Rate-Limit-Reset': reset },
				body: { errors: { error: 'Too many requests' } },
			},
		});
		const started = Date.now();
		const result = await run(c, DEMO_SECRETS, 1);
		expect(result.items()[0].json.error).toBeUndefined();
		expect(result.items()[0].json.id).toBe(1);
		expect(servers.billomat.received().map((r) => r.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});

describe('item 8: a huge error reply gives a bounded error, saying how much was left out', () => {
	const LINES = 360_000;
	const line = (n: number) => `Line ${n}: the value of field "unit_price" is not valid for this invoice (out of range)`;

	test(`Billomat: a 422 XML reply of ${LINES.toLocaleString('en-US')} error lines`, async () => {
		const body = `<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n${Array.from({ length: LINES }, (_, n) => `<error>${line(n + 1)}</error>`).join('\n')}\n</errors>`;
		expect(body.length).toBeGreaterThan(35_000_000);
		servers.billomat.injectFault({ kind: 'reply', reply: { status: 422, headers: { 'Content-Type': 'application/xml' }, body } });
		const result = await run(find('billomat', 'get'), DEMO_SECRETS, 1);
		const [item] = result.items();
		const error = String(item.json.error);
		expect(error).toMatch(/^Billomat error 422: Line 1: the value of field "unit_price"/);
		expect(error).toMatch(/… \([\d,]+ more characters not shown\)$/);
		expect(error.length).toBeLessThan(1200);
		const description = String(item.json.description);
		expect(description.startsWith(`• ${line(1)}\n• ${line(2)}\n`)).toBe(true);
		expect(description).toContain(`… and ${(LINES - 20).toLocaleString('en-US')} more not shown (${LINES.toLocaleString('en-US')} in all)`);
		expect(description.length).toBeLessThan(4200);
		expect(everything(result.run).length).toBeLessThan(100_000);
	}, 60_000);

	test(`Omnix V6: a 400 JSON reply of ${LINES.toLocaleString('en-US')} violations`, async () => {
		const violations = Array.from({ length: LINES }, (_, n) => `fromDate - ${line(n + 1)} - use another value`);
		servers.omnixV6.injectFault({ kind: 'reply', reply: { status: 400, body: { msg: 'Bad Request', violations } } });
		const result = await run(find('omnixV6', 'getAll'), DEMO_SECRETS, 1);
		const [item] = result.items();
		expect(item.json.error).toBe('Omnix V6 error 400: Bad Request');
		expect(String(item.json.description)).toContain(`… and ${(LINES - 20).toLocaleString('en-US')} more not shown`);
		expect(String(item.json.description).length).toBeLessThan(4200);
	}, 60_000);
});

describe('item 9: a credential value echoed back in any encoding is redacted', () => {
	/** RFC 3986 strict: encodeURIComponent, and `! ' ( ) *` percent-encoded too. */
	const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	const lowerHex = (s: string) => rfc3986(s).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
	const form = (s: string) => new URLSearchParams({ s }).toString().slice(2);
	const FORMS: Array<[string, (s: string) => string]> = [
		['raw', (s) => s],
		['encodeURIComponent', encodeURIComponent],
		['RFC 3986', rfc3986],
		['lower-case hex', lowerHex],
		['form encoding (space as +)', form],
		['space as %20', (s) => rfc3986(s).replace(/\+/g, '%2B')],
		['upper case', (s) => s.toUpperCase()],
	];

	test.each(FORMS)('InvoiceXpress: a key with ! \' ( ) * and a space, echoed %s', async (_name, encode) => {
		const secrets = distinctiveSecrets();
		const key = `SECRET-ix-${randomUUID().slice(0, 8)}!'()* x+/=&?`;
		secrets.invoicexpress.apiKey = key;
		acceptSecrets(servers, secrets);
		servers.invoicexpress.injectFault({ kind: 'reply', reply: { status: 422, body: { errors: [{ error: `api_key=${encode(key)} is not valid` }] } } });
		const result = await run(find('invoicexpress', 'get', 'current'), secrets, 1);
		const [item] = result.items();
		expect(item.json.error).toBe('InvoiceXpress error 422: api_key=[redacted] is not valid');
		const text = everything(result.run);
		for (const [, other] of FORMS) expect(text).not.toContain(other(key));
	});

	test('i.materialise: the API code echoed in lower case (it compares codes case-insensitively)', async () => {
		const secrets = distinctiveSecrets();
		acceptSecrets(servers, secrets);
		const code = secrets.imaterialise.apiCode;
		servers.imaterialise.injectFault({
			kind: 'reply',
			reply: { status: 200, body: { error: { code: 101, message: `The API code ${code.toLowerCase()} is not known` } } },
		});
		const result = await run(find('imaterialise', 'addOrUpdate'), secrets, 1);
		const [item] = result.items();
		expect(String(item.json.error)).toContain('The API code [redacted] is not known');
		expect(everything(result.run).toLowerCase()).not.toContain(code.toLowerCase());
	});
});
