import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ProviderFailure } from '../shared/errors';
import { providerError } from '../shared/errors';
import type { HttpContext, HttpResponse, RetryPolicy } from '../shared/http';
import { DEFAULT_RETRY, describeUnreadableBody, forgetCredentials, readCredentials, sendRequest, tryParseJson } from '../shared/http';

export const PROVIDER = 'Shopwave';
export const DEFAULT_API_VERSION = '2';

export type Authentication = 'accessToken' | 'oAuth2';

/** The credential type behind each choice of the node's "Authentication" parameter. */
export function credentialTypeFor(authentication: Authentication): string {
	return authentication === 'oAuth2' ? 'shopwaveOAuth2Api' : 'shopwaveApi';
}

/** One entry of the `api.message.error` / `success` maps. */
export interface ShopwaveMessage {
	id?: number | string;
	code?: number | string;
	statusCode?: number | string;
	title?: string;
	details?: string;
}

/** Every reply: objects keyed by id (or by the key the client sent) plus the `api` envelope. */
export interface ShopwaveReply {
	invoices?: Record<string, IDataObject>;
	api?: { message?: { success?: Record<string, ShopwaveMessage>; error?: Record<string, ShopwaveMessage> } };
	[key: string]: unknown;
}

const BASE_URLS: Record<string, string> = {
	production: 'https://api.merchantstack.com',
	staging: 'https://api.staging.merchantstack.com',
};

/** What each documented error id means for the user, beyond the provider's own title. */
const HINTS: Record<string, string> = {
	'908': 'The access token has expired or was revoked. Reconnect the Shopwave credential (OAuth2: open the credential and click "Reconnect"; Access Token: paste a new token).',
	'911': 'The Authorization header was not accepted. Check that the credential holds only the token, without a "Bearer" prefix or spaces.',
	'904': 'The token is not allowed to do this. Connect with a user that has the "read write" scope for this merchant.',
	'912': 'The connected user does not own this store or invoice. Check the Store ID / Invoice ID, or connect as the merchant that owns it.',
	'913': 'A required field is missing or malformed. Check the fields named above.',
	'919': 'Shopwave limits how many objects one request may carry. Lower the "Batch Size" option (fewer invoices per request) or send fewer invoice items.',
	'899': 'Shopwave had an internal error. Try again later; if it persists, contact Shopwave support.',
};

/** The documented titles, for replies that carry an error id without one. */
const TITLES: Record<string, string> = {
	'908': 'Expired Token',
	'911': 'Authorization Header Invalid',
	'919': 'Cannot handle too many request',
	'913': 'Required parameter or object missing in request',
	'904': 'Access Denied',
	'912': 'Resource Not Allowed For Specified User',
	'899': 'Unknown Error',
};

export function apiBaseUrl(credentials: IDataObject): string {
	const environment = String(credentials.environment ?? 'production');
	const url = environment === 'custom' ? String(credentials.baseUrl ?? '') : BASE_URLS[environment] ?? BASE_URLS.production;
	return url.trim().replace(/\/+$/, '');
}

/** Every credential value that must never appear in an error. */
function secretsOf(credentials: IDataObject): string[] {
	const token = (credentials.oauthTokenData ?? {}) as IDataObject;
	return [credentials.accessToken, credentials.clientSecret, token.access_token, token.refresh_token, token.accessToken, token.refreshToken]
		.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The error id of a message entry (its `id`, else its `code`). */
export function messageId(message: ShopwaveMessage | undefined): string | undefined {
	const id = message?.id ?? message?.code;
	return id === undefined || id === null ? undefined : String(id);
}

/** The user-facing failure for one entry of the error map. */
export function messageFailure(message: ShopwaveMessage, httpCode?: number): ProviderFailure {
	const id = messageId(message);
	const statusCode = Number(message.statusCode);
	return {
		provider: PROVIDER,
		httpCode: httpCode ?? (Number.isFinite(statusCode) && statusCode > 0 ? statusCode : undefined),
		code: id,
		message: message.title ?? (id ? TITLES[id] : undefined) ?? 'Error',
		details: message.details ? [message.details] : undefined,
		hint: id ? HINTS[id] : undefined,
	};
}

function parseReply(response: HttpResponse): ShopwaveReply | undefined {
	const parsed = tryParseJson(response);
	if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return undefined;
	return parsed.value as ShopwaveReply;
}

function errorMap(reply: ShopwaveReply | undefined): Record<string, ShopwaveMessage> {
	const errors = reply?.api?.message?.error;
	return errors && typeof errors === 'object' ? errors : {};
}

/** The reply's error id, when the whole request failed (e.g. 908, 919). */
function requestErrorId(response: HttpResponse): string | undefined {
	const entries = Object.values(errorMap(parseReply(response)));
	return entries.length ? messageId(entries[0]) : undefined;
}

/**
 * 429 is retried by sendRequest anyway; 919 ("too many objects") is retried whatever status it
 * comes with. Both mean Shopwave did not process the request, so even a POST may be sent again.
 */
export const SHOPWAVE_RETRY: RetryPolicy = {
	...DEFAULT_RETRY,
	isRetryable: (response) => requestErrorId(response) === '919',
};

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	authentication: Authentication;
	/** Value of `x-accept-version`. */
	apiVersion?: string;
	headers?: Record<string, string>;
	body?: IDataObject;
	/**
	 * Keys of the objects the request carries (the `invoices` map keys). Errors keyed by one of
	 * them belong to that object and are left to the caller; any other error fails the request.
	 */
	objectKeys?: readonly string[];
	itemIndex?: number;
	retry?: RetryPolicy;
}

export interface ApiResult {
	statusCode: number;
	reply: ShopwaveReply;
	/** Errors keyed by one of `objectKeys`. */
	objectErrors: Record<string, ShopwaveMessage>;
	/** Credential values to redact from any error the caller builds from this reply. */
	secrets: string[];
}

/**
 * One request to the Shopwave API with either credential. Request-level errors (908, 911, 919…)
 * throw a provider error with the documented title and what to do; per-object errors are returned.
 * With OAuth2, an expired token (401/908) is refreshed through n8n's own OAuth2 machinery and the
 * request sent once more: Shopwave refused it before processing anything, so even a POST is safe.
 */
export async function apiRequest(this: HttpContext, request: ApiRequest): Promise<ApiResult> {
	const credentialType = credentialTypeFor(request.authentication);
	let credentials = (await readCredentials.call(this, credentialType)) as IDataObject;
	const url = `${apiBaseUrl(credentials)}${request.path}`;
	const send = async (secrets: string[]) =>
		await sendRequest.call(
			this,
			{
				method: request.method,
				url,
				headers: {
					Accept: 'application/json',
					'x-accept-version': request.apiVersion || DEFAULT_API_VERSION,
					...(request.headers ?? {}),
				},
				body: request.body,
			},
			{ credentialType, provider: PROVIDER, secrets, retry: request.retry ?? SHOPWAVE_RETRY, itemIndex: request.itemIndex },
		);

	let secrets = secretsOf(credentials);
	let response = await send(secrets);
	if (request.authentication === 'oAuth2' && response.statusCode === 401 && requestErrorId(response) === '908') {
		try {
			await this.helpers.refreshOAuth2Token.call(this, credentialType);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw providerError(
				this.getNode(),
				{
					...messageFailure({ id: 908, title: TITLES['908'] }, 401),
					details: [`Refreshing the access token failed: ${reason}`],
				},
				secrets,
				request.itemIndex,
			);
		}
		forgetCredentials.call(this, credentialType);
		credentials = (await readCredentials.call(this, credentialType)) as IDataObject;
		secrets = [...secrets, ...secretsOf(credentials)];
		response = await send(secrets);
	}

	const reply = parseReply(response);
	if (!reply) {
		throw providerError(
			this.getNode(),
			{
				provider: PROVIDER,
				httpCode: response.statusCode,
				message: `Expected a JSON reply but got ${describeUnreadableBody(response)}`,
			},
			secrets,
			request.itemIndex,
		);
	}

	const keys = new Set(request.objectKeys ?? []);
	const objectErrors: Record<string, ShopwaveMessage> = {};
	const requestErrors: ShopwaveMessage[] = [];
	for (const [key, message] of Object.entries(errorMap(reply))) {
		if (keys.has(key)) objectErrors[key] = message;
		else requestErrors.push(message);
	}
	const success = response.statusCode >= 200 && response.statusCode < 300;
	if (requestErrors.length || (!success && Object.keys(objectErrors).length === 0)) {
		const failure: ProviderFailure = requestErrors.length
			? messageFailure(requestErrors[0], response.statusCode)
			: { provider: PROVIDER, httpCode: response.statusCode, message: `HTTP ${response.statusCode}` };
		if (requestErrors.length > 1) {
			failure.details = requestErrors.map((m) => `${messageId(m) ?? '?'} ${m.title ?? ''}: ${m.details ?? ''}`.trim());
		}
		throw providerError(this.getNode(), failure, secrets, request.itemIndex);
	}
	return { statusCode: response.statusCode, reply, objectErrors, secrets };
}
