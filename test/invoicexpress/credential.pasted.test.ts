// The InvoiceXpress Account Name as users paste it (issue 13): the account name, its host (current
// or legacy), a link copied from the browser (path, query, :443) are read as the account; anything
// else is refused with one sentence, shown by the credential's Test button (as n8n's tester runs
// it: RoutingNode, the credential's authenticate) and by the node before any request.
import dns from 'dns';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { ACCOUNT_NAME_REFUSED } from '../../credentials/InvoiceXpressApi.credentials';
import { baseUrlOf } from '../../nodes/InvoiceXpress/transport';
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { credentialFieldShown, credentialTestBaseUrl, credentialTestButton } from '../harness/credentialTest';
import { registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import { credentials, ix, KEY } from './common';

const api = useSandbox(() => new InvoiceXpressSandbox());
const TYPE = 'invoiceXpressApi';

const testButton = (data: ICredentialDataDecryptedObject) => credentialTestButton(TYPE, data);
const testBaseUrl = (data: Record<string, unknown>) => credentialTestBaseUrl(TYPE, { baseUrl: '', flavour: 'current', ...data });
const noticeShown = (data: Record<string, unknown>) => credentialFieldShown(TYPE, 'accountNameNotice', { baseUrl: '', ...data });

const ACCEPTED: Array<[string, string]> = [
	['acme', 'acme'],
	[' acme ', 'acme'],
	['acme.app.invoicexpress.com', 'acme'],
	['acme.invoicexpress.net', 'acme'],
	['acme.app.invoicexpress.com:443', 'acme'],
	['https://acme.app.invoicexpress.com', 'acme'],
	['https://acme.app.invoicexpress.com/invoices?page=2#list', 'acme'],
	['https://Acme-Lda.App.InvoiceXpress.com:443/', 'Acme-Lda'],
	['http://acme.invoicexpress.net/invoices.xml', 'acme'],
];

/** A valid Update of an Invoice, for the host it is sent to. */
const UPDATE = { clientName: 'Bruce Norris', lineItems: { item: [{ name: 'Product 1', unitPrice: 10, quantity: 1, unit: 'unit' }] } };

const REFUSED = [
	'ACME Lda',
	'acme/x?',
	'https://acme',
	'acme.example.com',
	'evil.example\\',
	'acme.app.invoicexpress.com.evil.example',
	'https://evil.example\\.app.invoicexpress.com',
	'acme.app.invoicexpress.com:8443',
	'acme_lda',
];

describe('InvoiceXpress API credential › the Account Name as users paste it', () => {
	test.each(ACCEPTED)('%j is the account %j: its legacy and current hosts, and the Test button on the current one', (value, account) => {
		expect(baseUrlOf({ accountName: value, apiKey: KEY }, 'current')).toBe(`https://${account}.app.invoicexpress.com`);
		expect(baseUrlOf({ accountName: value, apiKey: KEY }, 'legacy')).toBe(`https://${account}.invoicexpress.net`);
		// The legacy API documents no read: the Test button uses the current API in both flavours.
		for (const flavour of ['current', 'legacy']) {
			expect(testBaseUrl({ accountName: value, flavour })).toBe(`https://${account}.app.invoicexpress.com`);
		}
		expect(noticeShown({ accountName: value })).toBe(false);
	});

	test.each(REFUSED)('%j is refused by the node, the test request goes nowhere, and the form shows why', (value) => {
		expect(() => baseUrlOf({ accountName: value, apiKey: KEY }, 'current')).toThrow(ACCOUNT_NAME_REFUSED);
		expect(testBaseUrl({ accountName: value })).toBe('https://account-name-refused.invalid');
		expect(noticeShown({ accountName: value })).toBe(true);
		expect(registry().getCredential(TYPE).properties.find((p) => p.name === 'accountNameNotice')!.displayName).toBe(`${ACCOUNT_NAME_REFUSED}.`);
	});

	test('with a Custom Base URL the Account Name is not read: no notice, no refusal', () => {
		expect(baseUrlOf({ accountName: 'ACME Lda', apiKey: KEY, baseUrl: 'http://127.0.0.1:5703/' }, 'legacy')).toBe('http://127.0.0.1:5703');
		expect(testBaseUrl({ accountName: 'ACME Lda', baseUrl: ' http://127.0.0.1:5703/ ' })).toBe('http://127.0.0.1:5703');
		expect(noticeShown({ accountName: 'ACME Lda', baseUrl: 'http://127.0.0.1:5703' })).toBe(false);
		expect(noticeShown({ accountName: '' })).toBe(false);
	});
});

describe('InvoiceXpress API credential › the Test button, as n8n runs it', () => {
	test('the sandbox credential passes (the tester emulation reaches the sandbox)', async () => {
		expect(await testButton({ accountName: 'demo-company', apiKey: KEY, flavour: 'current', baseUrl: api.url })).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(api.server.received()).toHaveLength(1);
	});

	test.each(['ACME Lda', 'acme/x?', 'https://acme'])('a refused Account Name %j fails the test with the sentence, before any request', async (accountName) => {
		const lookups = jest.spyOn(dns, 'lookup');
		try {
			expect(await testButton({ accountName, apiKey: KEY, flavour: 'current', baseUrl: '' })).toEqual({ status: 'Error', message: ACCOUNT_NAME_REFUSED });
			expect(lookups).not.toHaveBeenCalled();
		} finally {
			lookups.mockRestore();
		}
	});
});

describe('InvoiceXpress node › the Account Name of its credential', () => {
	test.each(['ACME Lda', 'acme/x?', 'https://acme', 'acme.app.invoicexpress.com:8443'])(
		'%j is refused before any request, with the Test button’s sentence',
		async (accountName) => {
			const lookups = jest.spyOn(dns, 'lookup');
			try {
				const result = await runWorkflow(ix('get', { documentType: 'invoices', invoiceId: '1002' }), {
					credentials: credentials('', 'current', { accountName }),
				});
				const error = result.error();
				expect(error?.message).toBe(ACCOUNT_NAME_REFUSED);
				expect(error?.description).toBe('Open the InvoiceXpress credential and correct the Account Name: "acme" for https://acme.app.invoicexpress.com.');
				expect(error?.context?.itemIndex).toBe(0);
				expect(lookups).not.toHaveBeenCalled();
				expect(api.server.received()).toEqual([]);
			} finally {
				lookups.mockRestore();
			}
		},
	);

	test('pasted forms reach the account’s own host: the node asks for that host (and nothing else)', async () => {
		// The host is looked up and not found, so nothing is sent: what matters is which host was asked for.
		const lookups = jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
			const callback = rest[rest.length - 1] as (error: NodeJS.ErrnoException) => void;
			const error: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
			process.nextTick(() => callback(error));
		}) as never);
		try {
			// Get on either flavour uses the current API; only Update of an Invoice on the legacy
			// flavour goes to the legacy host (the one request the legacy API documents).
			const pasted: Array<[string, 'current' | 'legacy', string, Record<string, unknown>]> = [
				['acme.app.invoicexpress.com', 'current', 'get', {}],
				['https://acme.app.invoicexpress.com/invoices', 'current', 'get', {}],
				['acme.app.invoicexpress.com', 'legacy', 'get', {}],
				['acme.invoicexpress.net', 'legacy', 'update', UPDATE],
			];
			const results = await Promise.all(
				pasted.map(
					async ([accountName, flavour, operation, parameters]) =>
						await runWorkflow(ix(operation, { documentType: 'invoices', invoiceId: '1002', ...parameters }), {
							credentials: credentials('', flavour, { accountName }),
						}),
				),
			);
			for (const result of results) {
				expect(result.error()?.message).toBe('InvoiceXpress error (code ENOTFOUND): Could not get a reply: the host name could not be resolved (is the base URL right?)');
			}
			expect(lookups.mock.calls.length).toBeGreaterThanOrEqual(pasted.length);
			const asked = lookups.mock.calls.map(([hostname]) => hostname);
			expect(new Set(asked)).toEqual(new Set(['acme.app.invoicexpress.com', 'acme.invoicexpress.net']));
		} finally {
			lookups.mockRestore();
		}
	}, 60_000);
});
