import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** The shape of an i.materialise API code: a GUID, with or without braces. */
const GUID = '\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?';
export const API_CODE_PATTERN = `^${GUID}$`;

/**
 * Values of the API Code field that say nothing about its shape, so the GUID notice stays hidden:
 * a GUID (surrounding spaces are trimmed before use), an empty field (the form flags it: it is
 * required), an expression, and the placeholder n8n puts in a saved password field when it sends
 * the credential to the editor (`CREDENTIAL_BLANKING_VALUE`, or `CREDENTIAL_EMPTY_VALUE`; spelled
 * out because n8n-workflow 1.x does not export the first). Without the placeholder, every saved
 * credential showed the notice under "Connection tested successfully".
 */
export const API_CODE_NOTICE_HIDDEN_PATTERN = [
	`^\\s*${GUID}\\s*$`,
	'^\\s*$',
	'^=',
	'^__n8n_BLANK_VALUE_',
	'^__n8n_EMPTY_VALUE_',
].join('|');

/**
 * What the credential test shows when i.materialise answers code 101 ("Wrong API code"): the
 * reason and the fix. i.materialise answers its refusals in the body (documented codes), so the
 * test reads the body: n8n's `responseSuccessBody` rules, with HTTP errors ignored.
 */
export const IMATERIALISE_WRONG_CODE_MESSAGE =
	'i.materialise refused the API code (code 101, "Wrong API code"). Paste the personal API code i.materialise gave you, and check the Environment: production and the sandbox (imatsandbox.materialise.net) have different codes.';

/** An order that cannot exist: the credential test asks about it and so changes nothing. */
export const TEST_ORDER_ID = '00000000-0000-0000-0000-000000000000';

export class IMaterialiseApi implements ICredentialType {
	name = 'iMaterialiseApi';

	displayName = 'i.materialise API';

	icon: Icon = { light: 'file:../icons/iMaterialise.svg', dark: 'file:../icons/iMaterialise.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/imaterialise.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Code',
			name: 'apiCode',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'A1F1BAE8-3F1B-4B8D-8D95-D19E17595034',
			description:
				'Your personal API code from i.materialise: a GUID of 36 characters. Production and sandbox have different codes.',
			hint: 'A GUID: 8-4-4-4-12 hexadecimal characters, braces optional, any case',
		},
		{
			displayName:
				'The API code must be a GUID such as A1F1BAE8-3F1B-4B8D-8D95-D19E17595034 (8-4-4-4-12 hexadecimal characters)',
			name: 'apiCodeShapeNotice',
			type: 'notice',
			default: '',
			// Shown only while the field holds a typed value that is not GUID-shaped.
			displayOptions: { hide: { apiCode: [{ _cnd: { regex: API_CODE_NOTICE_HIDDEN_PATTERN } }] } },
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: 'https://i.materialise.com' },
				{ name: 'Sandbox', value: 'sandbox', description: 'https://imatsandbox.materialise.net, needs a sandbox API code' },
				{ name: 'Custom Base URL', value: 'custom', description: 'E.g. the offline emulator started by npm run sandbox' },
			],
			default: 'production',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:5704',
			description: 'Address of the server, without /web-api',
			displayOptions: { show: { environment: ['custom'] } },
			required: true,
		},
		{
			displayName:
				'Testing this credential posts an empty request (no file) for order 00000000-0000-0000-0000-000000000000, which cannot exist, so nothing changes. A refused API code answers with code 101 and the test fails; any other answer (normally code 100, "Order ID is wrong") means the code was accepted. The live service may only compare the code with a real order\'s, so a wrong code can pass this test there and then fail the first upload with code 101.',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
	];

	/**
	 * `APICode: <GUID>` (trimmed, braces dropped). A function rather than a generic expression:
	 * n8n evaluates a generic one through its expression engine on every request.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiCode = String(credentials.apiCode ?? '').trim().replace(/^\{|\}$/g, '');
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), APICode: apiCode } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "custom" ? $credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/web-api$/, "") : $credentials.environment === "sandbox" ? "https://imatsandbox.materialise.net" : "https://i.materialise.com"}}',
			url: `/web-api/order/${TEST_ORDER_ID}/invoice`,
			method: 'POST',
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'error.code', value: 101, message: IMATERIALISE_WRONG_CODE_MESSAGE } },
			{ type: 'responseSuccessBody', properties: { key: 'error.code', value: '101', message: IMATERIALISE_WRONG_CODE_MESSAGE } },
		],
	};
}
