import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class InvoiceXpressApi implements ICredentialType {
	name = 'invoiceXpressApi';

	displayName = 'InvoiceXpress API';

	icon: Icon = { light: 'file:../icons/invoiceXpress.svg', dark: 'file:../icons/invoiceXpress.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing#invoicexpress';

	properties: INodeProperties[] = [
		{
			displayName: 'Account Name',
			name: 'accountName',
			type: 'string',
			default: '',
			placeholder: 'my-company',
			description:
				'Your account’s screen name: the first part of the address you log in at (my-company in https://my-company.app.invoicexpress.com)',
			required: true,
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
					description: 'https://{account}.app.invoicexpress.com, JSON bodies',
				},
				{
					name: 'Legacy (XML)',
					value: 'legacy',
					description: 'https://{account}.invoicexpress.net, XML bodies',
				},
			],
			default: 'current',
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
	 * one through its expression engine on every request, which the benchmark measured.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), api_key: String(credentials.apiKey ?? '') } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : ($credentials.flavour === "legacy" ? "https://" + $credentials.accountName + ".invoicexpress.net" : "https://" + $credentials.accountName + ".app.invoicexpress.com")}}',
			url: '={{$credentials.flavour === "legacy" ? "/invoices.xml" : "/invoices.json"}}',
			method: 'GET',
			qs: { per_page: 1 },
		},
	};
}
