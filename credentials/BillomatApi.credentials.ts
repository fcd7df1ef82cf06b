import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class BillomatApi implements ICredentialType {
	name = 'billomatApi';

	displayName = 'Billomat API';

	icon: Icon = { light: 'file:../icons/billomat.svg', dark: 'file:../icons/billomat.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing#billomat';

	properties: INodeProperties[] = [
		{
			displayName: 'Billomat ID',
			name: 'billomatId',
			type: 'string',
			default: '',
			placeholder: 'mycompany',
			description:
				'The first part of your Billomat address: for https://mycompany.billomat.net it is mycompany. "mycompany.billomat.net" or the whole address are accepted too.',
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

	/** API key always; App ID and App Secret only when both are set (never as empty headers). */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
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
			baseURL:
				'={{ ($credentials.baseUrl ? $credentials.baseUrl.trim() : "https://" + $credentials.billomatId.trim().replace(/^https?:\\/\\//i, "").replace(/[\\/?#].*$/, "").replace(/\\.billomat\\.net$/i, "") + ".billomat.net/api").replace(/\\/+$/, "") }}',
			url: '/invoices',
			method: 'GET',
			qs: { per_page: 1 },
			headers: { Accept: 'application/json' },
		},
	};
}
