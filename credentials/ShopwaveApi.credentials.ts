import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class ShopwaveApi implements ICredentialType {
	name = 'shopwaveApi';

	displayName = 'Shopwave API';

	icon: Icon = { light: 'file:../icons/shopwave.svg', dark: 'file:../icons/shopwave.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing#shopwave';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			default: 'production',
			options: [
				{ name: 'Production', value: 'production', description: 'https://api.merchantstack.com' },
				{ name: 'Staging', value: 'staging', description: 'https://api.staging.merchantstack.com' },
				{ name: 'Custom', value: 'custom', description: 'Another address, e.g. the offline sandbox' },
			],
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:5705',
			required: true,
			displayOptions: { show: { environment: ['custom'] } },
			description: 'Address of the Shopwave API, without a trailing path',
		},
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
