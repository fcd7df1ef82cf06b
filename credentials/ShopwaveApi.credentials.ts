import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { shopwaveEnvironment } from './ShopwaveEnvironment';
import { rateLimitMessage, statusRules } from './testRules';

/** What the credential test shows when Shopwave refuses its request, by HTTP status: the reason and the fix. */
export const SHOPWAVE_TEST_MESSAGES = {
	401: 'Shopwave refused the access token (HTTP 401): it has expired, was revoked, lacks the "read" scope, or belongs to another Environment (production and staging tokens differ). Paste a current token without the "Bearer" prefix, or use the Shopwave OAuth2 credential, which n8n renews by itself.',
	403: 'Shopwave accepted the access token but its user may not list these invoices (HTTP 403): connect as a user of the merchant that owns the store.',
	404: 'No Shopwave API answers at this address (HTTP 404). With the Custom environment, the API Base URL is the API’s address without a path (for the offline sandbox http://127.0.0.1:5705).',
	429: rateLimitMessage('Shopwave'),
} as const;

export class ShopwaveApi implements ICredentialType {
	name = 'shopwaveApi';

	displayName = 'Shopwave API';

	icon: Icon = { light: 'file:../icons/shopwave.svg', dark: 'file:../icons/shopwave.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/shopwave.md';

	properties: INodeProperties[] = [
		...shopwaveEnvironment,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A Shopwave (MerchantStack) access token, without the "Bearer" prefix',
		},
	];

	/**
	 * `Authorization: Bearer <token>`. A function rather than a generic expression: n8n evaluates
	 * a generic one through its expression engine on every request, which the benchmark measured.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "staging" ? "https://api.staging.merchantstack.com" : $credentials.environment === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://api.merchantstack.com"}}',
			url: '/invoice',
			method: 'GET',
			headers: { 'x-accept-version': '2', invoiceId: '0' },
		},
		rules: statusRules(SHOPWAVE_TEST_MESSAGES),
	};
}
