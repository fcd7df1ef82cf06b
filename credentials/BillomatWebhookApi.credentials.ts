import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The user name and password Billomat sends with each webhook call (HTTP basic auth), as entered
 * in Billomat under Settings > Webhooks ("a combination of user name and password could be
 * entered if the called URL is password protected": https://www.billomat.com/en/api/webhooks/).
 * Billomat Trigger compares them with what arrives; nothing here is sent anywhere, so there is
 * no test request.
 */
export class BillomatWebhookApi implements ICredentialType {
	name = 'billomatWebhookApi';

	displayName = 'Billomat Webhook API';

	icon: Icon = { light: 'file:../icons/billomat.svg', dark: 'file:../icons/billomat.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/billomat.md';

	properties: INodeProperties[] = [
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			description: 'The user name entered for the webhook in Billomat (Settings > Webhooks)',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The password entered for the webhook in Billomat (Settings > Webhooks)',
		},
	];
}
