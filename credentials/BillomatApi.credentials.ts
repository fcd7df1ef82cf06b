import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { accountName, accountPattern } from '../nodes/shared/input';
import { statusRules } from './testRules';

/** Every Billomat account has its own host: https://{billomatId}.billomat.net. */
export const BILLOMAT_HOST_SUFFIX = 'billomat.net';

/** What the Billomat ID field accepts (see `accountPattern`): capture group 1 or 2 is the account. */
export const BILLOMAT_ID_PATTERN = accountPattern([BILLOMAT_HOST_SUFFIX]);

/** The account in the Billomat ID field, from any form a user pastes; undefined when refused. */
export function billomatAccount(value: unknown): string | undefined {
	return accountName(value, [BILLOMAT_HOST_SUFFIX]);
}

/** The sentence both the Test button and the node show for a Billomat ID that is refused. */
export const BILLOMAT_ID_REFUSED =
	'The Billomat ID is not a Billomat account: give the account name (mycompany), its address mycompany.billomat.net, or a link such as https://mycompany.billomat.net/app/invoices';

/**
 * What is wrong with the credential's address, or undefined when nothing is: the Billomat ID is
 * only read when no Base URL replaces the address.
 */
export function billomatAddressProblem(credentials: { billomatId?: unknown; baseUrl?: unknown }): string | undefined {
	if (String(credentials.baseUrl ?? '').trim()) return undefined;
	if (!String(credentials.billomatId ?? '').trim()) return 'The Billomat credential has neither a Billomat ID nor a Base URL';
	return billomatAccount(credentials.billomatId) === undefined ? BILLOMAT_ID_REFUSED : undefined;
}

/** What the credential test shows when Billomat refuses its request, by HTTP status: the reason and the fix. */
export const BILLOMAT_TEST_MESSAGES = {
	401: 'Billomat refused the API key (HTTP 401). Copy it again from Billomat: Settings → Administration → Users → your user → "Activate API access" shows the key. If an App ID is set, check that the App Secret belongs to it.',
	403: 'Billomat accepted the API key but may not list invoices with it (HTTP 403): the key’s user lacks the right, or the App ID / App Secret do not match. Check the user’s rights under Settings → Administration → Users.',
	404: 'No Billomat account answers at this address (HTTP 404). Check the Billomat ID: mycompany for https://mycompany.billomat.net. A Base URL must end in /api.',
	429: 'Billomat’s rate limit for this API key is used up (HTTP 429: 300 requests per 15 minutes), so the key could not be checked. Test again when it refills; a registered App ID raises the limit.',
} as const;

export class BillomatApi implements ICredentialType {
	name = 'billomatApi';

	displayName = 'Billomat API';

	icon: Icon = { light: 'file:../icons/billomat.svg', dark: 'file:../icons/billomat.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/billomat.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Billomat ID',
			name: 'billomatId',
			type: 'string',
			default: '',
			placeholder: 'mycompany',
			description:
				'The first part of your Billomat address: for https://mycompany.billomat.net it is mycompany. "mycompany.billomat.net" or a link copied from the browser (https://mycompany.billomat.net/…) are accepted too.',
		},
		{
			displayName: `${BILLOMAT_ID_REFUSED}.`,
			name: 'billomatIdNotice',
			type: 'notice',
			default: '',
			// Shown while the field holds something that is not one of the accepted forms.
			displayOptions: {
				hide: { billomatId: [{ _cnd: { regex: `${BILLOMAT_ID_PATTERN}|^\\s*$` } }], baseUrl: [{ _cnd: { regex: '\\S' } }] },
			},
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Billomat → Settings → Administration → Users → your user → "Activate API access" shows the key',
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			description:
				'Only for a registered Billomat app (raises the rate limit). Leave empty otherwise: the header is then not sent.',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The secret of the registered app, sent with the App ID. Leave empty without an app.',
		},
		{
			displayName: 'Base URL (Optional)',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:5702/api',
			description:
				'Replaces https://{billomatId}.billomat.net/api when set, e.g. for the offline sandbox. Leave empty for Billomat itself.',
		},
	];

	/**
	 * API key always; App ID and App Secret only when both are set (never as empty headers). A
	 * refused Billomat ID stops the request here, before it is sent: the Test button shows why.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const problem = billomatAddressProblem(credentials);
		if (problem) throw new Error(problem);
		const headers: Record<string, string> = {
			...((requestOptions.headers as Record<string, string> | undefined) ?? {}),
			'X-BillomatApiKey': String(credentials.apiKey ?? ''),
		};
		const appId = String(credentials.appId ?? '').trim();
		const appSecret = String(credentials.appSecret ?? '').trim();
		if (appId) headers['X-AppId'] = appId;
		if (appSecret) headers['X-AppSecret'] = appSecret;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			// The node's own address; a refused Billomat ID gives a host that never resolves
			// (RFC 2606 .invalid), so nothing leaves even before `authenticate` refuses it.
			baseURL: `={{ (($credentials.baseUrl || "").trim() ? $credentials.baseUrl.trim() : /${BILLOMAT_ID_PATTERN}/.test($credentials.billomatId || "") ? "https://" + $credentials.billomatId.replace(/${BILLOMAT_ID_PATTERN}/, "$1$2") + ".billomat.net/api" : "https://billomat-id-refused.invalid").replace(/\\/+$/, "") }}`,
			url: '/invoices',
			method: 'GET',
			qs: { per_page: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: statusRules(BILLOMAT_TEST_MESSAGES),
	};
}
