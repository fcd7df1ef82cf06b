import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { rateLimitMessage, statusRules } from './testRules';

/** What the credential test shows when Omnix V6 refuses its request, by HTTP status: the reason and the fix. */
export const OMNIX_V6_TEST_MESSAGES = {
	401: 'Omnix V6 refused the API key (HTTP 401). Paste the key your transport company issued for a CUSTOMER_SERVICE or CUSTOMER-ROLE user; a test environment (another API Path) may have a key of its own.',
	404: 'No Omnix V6 API answers at this Domain and API Path (HTTP 404). The Domain is your transport company’s V6 address without a path (https://transport.example.com); the API Path is /v6-api/rest in production.',
	429: rateLimitMessage('Omnix V6'),
} as const;

export class OmnixV6Api implements ICredentialType {
	name = 'omnixV6Api';

	displayName = 'Omnix V6 API';

	icon: Icon = { light: 'file:../icons/omnixV6.svg', dark: 'file:../icons/omnixV6.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/omnix-v6.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'https://transport.example.com',
			description: 'Your transport company’s V6 address, as it gave it to you, without the API path',
			required: true,
		},
		{
			displayName: 'API Path',
			name: 'apiPath',
			type: 'string',
			default: '/v6-api/rest',
			description:
				'Path of the REST API under the domain. Production is /v6-api/rest; a test environment may use another path such as /v6-api-test/rest.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The key your transport company issued for a CUSTOMER_SERVICE or CUSTOMER-ROLE user',
		},
	];

	/**
	 * `Authorization: ApiKey <key>`. A function rather than a generic expression: n8n evaluates a
	 * generic one through its expression engine on every request, which the benchmark measured.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), Authorization: `ApiKey ${String(credentials.apiKey ?? '')}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.domain.replace(/\\/+$/, "") + "/" + ($credentials.apiPath || "/v6-api/rest").replace(/^\\/+|\\/+$/g, "")}}',
			url: '/ping',
			method: 'GET',
		},
		rules: statusRules(OMNIX_V6_TEST_MESSAGES),
	};
}
