// The Billomat ID as users paste it (issue 13): the account name, its host, a link copied from the
// browser (path, query, :443) are read as the account; anything else is refused with one sentence,
// shown by the credential's Test button (as n8n's tester runs it: RoutingNode, the credential's
// authenticate) and by the node before any request. Nothing is sent anywhere for a refused value.
import dns from 'dns';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { BILLOMAT_ID_REFUSED } from '../../credentials/BillomatApi.credentials';
import { apiBaseUrl } from '../../nodes/Billomat/transport';
import { credentialFieldShown, credentialTestBaseUrl, credentialTestButton } from '../harness/credentialTest';
import { registry } from '../harness/registry';
import { billomatSandbox, BILLOMAT_DEMO_API_KEY, run } from './setup';

const api = billomatSandbox();
const TYPE = 'billomatApi';

const testButton = (data: ICredentialDataDecryptedObject) => credentialTestButton(TYPE, data);
const testBaseUrl = (data: Record<string, unknown>) => credentialTestBaseUrl(TYPE, { baseUrl: '', ...data });
const noticeShown = (data: Record<string, unknown>) => credentialFieldShown(TYPE, 'billomatIdNotice', { baseUrl: '', ...data });

const ACCEPTED: Array<[string, string]> = [
	['mycompany', 'mycompany'],
	['  mycompany  ', 'mycompany'],
	['mycompany.billomat.net', 'mycompany'],
	['mycompany.billomat.net:443', 'mycompany'],
	['MyCompany.BILLOMAT.NET', 'MyCompany'],
	['https://mycompany.billomat.net', 'mycompany'],
	['https://mycompany.billomat.net:443/app/invoices?status=OPEN#top', 'mycompany'],
	['HTTP://my-company.billomat.net/', 'my-company'],
];

const REFUSED = [
	'evil.example\\',
	'evil.example',
	'https://evil.example\\.billomat.net',
	'mycompany.billomat.net.evil.example',
	'https://user@evil.example/.billomat.net',
	'mycompany.billomat.net:8443',
	'ACME GmbH',
	'mycompany/x?',
	'https://mycompany',
	'-mycompany',
	'mycompany.billomat.net\\@evil.example',
];

describe('Billomat API credential › the Billomat ID as users paste it', () => {
	test.each(ACCEPTED)('%j is the account %j: the node and the Test button use https://{account}.billomat.net/api', (value, account) => {
		const expected = `https://${account}.billomat.net/api`;
		expect(apiBaseUrl({ billomatId: value })).toBe(expected);
		expect(testBaseUrl({ billomatId: value })).toBe(expected);
		expect(noticeShown({ billomatId: value })).toBe(false);
	});

	test.each(REFUSED)('%j is refused by the node, the test request goes nowhere, and the form shows why', (value) => {
		expect(() => apiBaseUrl({ billomatId: value })).toThrow(BILLOMAT_ID_REFUSED);
		expect(testBaseUrl({ billomatId: value })).toBe('https://billomat-id-refused.invalid');
		expect(noticeShown({ billomatId: value })).toBe(true);
		expect(registry().getCredential(TYPE).properties.find((p) => p.name === 'billomatIdNotice')!.displayName).toBe(`${BILLOMAT_ID_REFUSED}.`);
	});

	test('with a Base URL the Billomat ID is not read: no notice, no refusal', () => {
		expect(apiBaseUrl({ billomatId: 'ACME GmbH', baseUrl: 'http://127.0.0.1:5702/api/' })).toBe('http://127.0.0.1:5702/api');
		expect(testBaseUrl({ billomatId: 'ACME GmbH', baseUrl: 'http://127.0.0.1:5702/api/' })).toBe('http://127.0.0.1:5702/api');
		expect(noticeShown({ billomatId: 'ACME GmbH', baseUrl: 'http://127.0.0.1:5702/api' })).toBe(false);
		expect(noticeShown({ billomatId: '' })).toBe(false);
	});
});

describe('Billomat API credential › the Test button, as n8n runs it', () => {
	test('the sandbox credential passes (the tester emulation reaches the sandbox)', async () => {
		expect(await testButton({ billomatId: 'sandbox', baseUrl: `${api.url}/api`, apiKey: BILLOMAT_DEMO_API_KEY })).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(api.server.received()).toHaveLength(1);
	});

	test.each(['evil.example\\', 'ACME GmbH', 'mycompany/x?'])('a refused Billomat ID %j fails the test with the sentence, before any request', async (billomatId) => {
		const lookups = jest.spyOn(dns, 'lookup');
		try {
			expect(await testButton({ billomatId, baseUrl: '', apiKey: BILLOMAT_DEMO_API_KEY })).toEqual({ status: 'Error', message: BILLOMAT_ID_REFUSED });
			expect(lookups).not.toHaveBeenCalled();
		} finally {
			lookups.mockRestore();
		}
	});

	test('neither a Billomat ID nor a Base URL fails the test with the node’s sentence', async () => {
		expect(await testButton({ billomatId: ' ', baseUrl: '', apiKey: BILLOMAT_DEMO_API_KEY })).toEqual({
			status: 'Error',
			message: 'The Billomat credential has neither a Billomat ID nor a Base URL',
		});
	});
});

describe('Billomat node › the Billomat ID of its credential', () => {
	test.each(['evil.example\\', 'ACME GmbH', 'mycompany/x?', 'mycompany.billomat.net:8443'])(
		'%j is refused before any request, with the Test button’s sentence',
		async (billomatId) => {
			const lookups = jest.spyOn(dns, 'lookup');
			try {
				const result = await run(api.url, { operation: 'get', invoiceId: '1' }, { credentials: { billomatId, baseUrl: '' } });
				const error = result.error();
				expect(error?.message).toBe(BILLOMAT_ID_REFUSED);
				expect(error?.description).toBe('Open the Billomat credential and correct the Billomat ID: "mycompany" for https://mycompany.billomat.net.');
				expect(error?.context?.itemIndex).toBe(0);
				expect(lookups).not.toHaveBeenCalled();
				expect(api.server.received()).toEqual([]);
			} finally {
				lookups.mockRestore();
			}
		},
	);

	test('pasted forms reach https://{account}.billomat.net: the node asks for that host (and nothing else)', async () => {
		// The host is looked up and not found, so nothing is sent: what matters is which host was asked for.
		const lookups = jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
			const callback = rest[rest.length - 1] as (error: NodeJS.ErrnoException) => void;
			const error: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
			process.nextTick(() => callback(error));
		}) as never);
		try {
			const pasted = ['mycompany.billomat.net:443', 'https://mycompany.billomat.net/app/invoices?x=1', '  mycompany  '];
			const results = await Promise.all(
				pasted.map(async (billomatId) => await run(api.url, { operation: 'get', invoiceId: '1' }, { credentials: { billomatId, baseUrl: '' } })),
			);
			for (const result of results) {
				expect(result.error()?.message).toBe('Billomat error (code ENOTFOUND): Could not get a reply: the host name could not be resolved (is the base URL right?)');
			}
			expect(lookups.mock.calls.length).toBeGreaterThanOrEqual(pasted.length);
			expect(new Set(lookups.mock.calls.map(([hostname]) => hostname))).toEqual(new Set(['mycompany.billomat.net']));
		} finally {
			lookups.mockRestore();
		}
	}, 60_000);
});
