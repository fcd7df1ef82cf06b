import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { shopwaveEnvironment } from './ShopwaveEnvironment';

export class ShopwaveOAuth2Api implements ICredentialType {
	name = 'shopwaveOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Shopwave OAuth2 API';

	icon: Icon = { light: 'file:../icons/shopwave.svg', dark: 'file:../icons/shopwave.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/shopwave.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		...shopwaveEnvironment,
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: 'https://secure.merchantstack.com/oauth/authorize',
			required: true,
			description: 'Keep the default unless you connect to the offline sandbox (then {sandbox}/oauth/authorize)',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://secure.merchantstack.com/oauth/token',
			required: true,
			description: 'Keep the default unless you connect to the offline sandbox (then {sandbox}/oauth/token)',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'read write',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
