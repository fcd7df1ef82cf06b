import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { accountName, accountPattern } from '../nodes/shared/input';
import { rateLimitMessage, statusRules } from './testRules';

/** The hosts of an account: `{account}.app.invoicexpress.com` (current API), `{account}.invoicexpress.net` (legacy). */
export const INVOICEXPRESS_HOST_SUFFIXES = ['app.invoicexpress.com', 'invoicexpress.net'] as const;

/** What the Account Name field accepts (see `accountPattern`): capture group 1 or 2 is the account. */
export const ACCOUNT_NAME_PATTERN = accountPattern(INVOICEXPRESS_HOST_SUFFIXES);

/** The account in the Account Name field, from any form a user pastes; undefined when refused. */
export function invoiceXpressAccount(value: unknown): string | undefined {
	return accountName(value, INVOICEXPRESS_HOST_SUFFIXES);
}

/** The sentence both the Test button and the node show for an Account Name that is refused. */
export const ACCOUNT_NAME_REFUSED =
	'The Account Name is not an InvoiceXpress account: give the account name (acme), its address acme.app.invoicexpress.com, or a link such as https://acme.app.invoicexpress.com/invoices';

/**
 * What is wrong with the credential's address, or undefined when nothing is: the Account Name is
 * only read when no Custom Base URL replaces the address.
 */
export function invoiceXpressAddressProblem(credentials: { accountName?: unknown; baseUrl?: unknown }): string | undefined {
	if (String(credentials.baseUrl ?? '').trim()) return undefined;
	return invoiceXpressAccount(credentials.accountName) === undefined ? ACCOUNT_NAME_REFUSED : undefined;
}

/** A filled-in Account Name that is refused (an empty one is flagged by the form: the field is required). */
function refusedAccountName(credentials: ICredentialDataDecryptedObject): string | undefined {
	return String(credentials.accountName ?? '').trim() ? invoiceXpressAddressProblem(credentials) : undefined;
}

/** What the credential test shows when InvoiceXpress refuses its request, by HTTP status: the reason and the fix. */
export const INVOICEXPRESS_TEST_MESSAGES = {
	401: 'InvoiceXpress refused the API key for this account (HTTP 401 Access denied). Copy the key again from InvoiceXpress (Account → Account Overview → API) and check that the Account Name is the account the key belongs to.',
	404: 'No InvoiceXpress account answers at this address (HTTP 404). Check the Account Name: my-company for https://my-company.app.invoicexpress.com (or the Custom Base URL, if set).',
	429: rateLimitMessage('InvoiceXpress'),
} as const;

export class InvoiceXpressApi implements ICredentialType {
	name = 'invoiceXpressApi';

	displayName = 'InvoiceXpress API';

	icon: Icon = { light: 'file:../icons/invoiceXpress.svg', dark: 'file:../icons/invoiceXpress.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/invoicexpress.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Account Name',
			name: 'accountName',
			type: 'string',
			default: '',
			placeholder: 'my-company',
			description:
				'Your account’s screen name: the first part of the address you log in at (my-company in https://my-company.app.invoicexpress.com). That address, or a link copied from the browser, is accepted too.',
			required: true,
		},
		{
			displayName: `${ACCOUNT_NAME_REFUSED}.`,
			name: 'accountNameNotice',
			type: 'notice',
			default: '',
			// Shown while the field holds something that is not one of the accepted forms.
			displayOptions: {
				hide: { accountName: [{ _cnd: { regex: `${ACCOUNT_NAME_PATTERN}|^\\s*$` } }], baseUrl: [{ _cnd: { regex: '\\S' } }] },
			},
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Found under Account → Account Overview → API. It is sent as the api_key query parameter.',
		},
		{
			displayName: 'API Flavour',
			name: 'flavour',
			type: 'options',
			options: [
				{
					name: 'Current (JSON)',
					value: 'current',
					description: 'Every operation uses the JSON API at https://{account}.app.invoicexpress.com',
				},
				{
					name: 'Legacy (XML)',
					value: 'legacy',
					description:
						'Update of an Invoice is sent as XML to https://{account}.invoicexpress.net (the one request the legacy API documents); every other operation uses the JSON API with the same key',
				},
			],
			default: 'current',
			description:
				'The legacy XML API documents only the update of an invoice. Choose Legacy only if your integration needs that XML request; the other operations, and the Test button, use the current JSON API either way.',
		},
		{
			displayName: 'Custom Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:5703',
			description:
				'Leave empty to use InvoiceXpress itself. Set it only to reach another address, such as the offline sandbox of this package.',
		},
	];

	/**
	 * `api_key` in the query. A function rather than a generic expression: n8n evaluates a generic
	 * one through its expression engine on every request, which the benchmark measured. A refused
	 * Account Name stops the request here, before it is sent: the Test button shows why.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const problem = refusedAccountName(credentials);
		if (problem) throw new Error(problem);
		return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), api_key: String(credentials.apiKey ?? '') } };
	}

	test: ICredentialTestRequest = {
		request: {
			// GET /invoices.json (invoices.list) in both flavours: the legacy XML API documents
			// no read, only PUT /invoices/:invoice-id.xml, and every operation but that update
			// uses the current API with this key. A refused Account Name gives a host that never
			// resolves (RFC 2606 .invalid), so nothing leaves even before `authenticate` refuses it.
			baseURL: `={{($credentials.baseUrl || "").trim() ? $credentials.baseUrl.trim().replace(/\\/+$/, "") : /${ACCOUNT_NAME_PATTERN}/.test($credentials.accountName || "") ? "https://" + $credentials.accountName.replace(/${ACCOUNT_NAME_PATTERN}/, "$1$2") + ".app.invoicexpress.com" : "https://account-name-refused.invalid"}}`,
			url: '/invoices.json',
			method: 'GET',
			qs: { per_page: 1 },
		},
		rules: statusRules(INVOICEXPRESS_TEST_MESSAGES),
	};
}
