import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { shopwaveEnvironment } from './ShopwaveEnvironment';

export class ShopwaveApi implements ICredentialType {
	name = 'shopwaveApi';

	displayName = 'Shopwave API';

	icon: Icon = { light: 'file:../icons/shopwave.svg', dark: 'file:../icons/shopwave.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing#shopwave';

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
	};
}
