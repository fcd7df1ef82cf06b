import type { INodeProperties } from 'n8n-workflow';

/** Which Shopwave API a credential talks to; shared by the access-token and OAuth2 credentials. */
export const shopwaveEnvironment: INodeProperties[] = [
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
];
