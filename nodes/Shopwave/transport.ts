import type { IDataObject } from 'n8n-workflow';

import { readCredentials } from '../shared/credentials';
import type { ProviderFailure } from '../shared/errors';
import type { HttpContext, HttpResponse, RetryPolicy } from '../shared/http';
import { DEFAULT_RETRY, forgetCredentials, isSuccess } from '../shared/http';
import type { ParsedReply, ProviderRequest, ReplyShape } from '../shared/provider';
import { isJsonObject, providerErrorFor, providerRequest, readReply } from '../shared/provider';

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

interface ShopwaveCredentials {
	environment?: string;
	baseUrl?: string;
	/** Access Token credential. */
	accessToken?: string;
	/** OAuth2 credential. */
	clientSecret?: string;
	oauthTokenData?: IDataObject;
}

export function apiBaseUrl(credentials: Pick<ShopwaveCredentials, 'environment' | 'baseUrl'>): string {
	const environment = String(credentials.environment ?? 'production');
	const url = environment === 'custom' ? String(credentials.baseUrl ?? '') : BASE_URLS[environment] ?? BASE_URLS.production;
	return url.trim().replace(/\/+$/, '');
}

/** Every credential value that must never appear in an error. */
function secretsOf(credentials: ShopwaveCredentials): unknown[] {
	const token = credentials.oauthTokenData ?? {};
	return [credentials.accessToken, credentials.clientSecret, token.access_token, token.refresh_token, token.accessToken, token.refreshToken];
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

/** The `api.message.error` map of a reply, keyed by error id or by the key of the object it concerns. */
export function errorMap(reply: unknown): Record<string, ShopwaveMessage> {
	const errors = (reply as ShopwaveReply | undefined)?.api?.message?.error;
	return isJsonObject(errors) ? (errors as Record<string, ShopwaveMessage>) : {};
}

/** The reply's error id, when the whole request failed (e.g. 908, 919). */
function requestErrorId(response: HttpResponse): string | undefined {
	const reply = readReply(response, 'json');
	const entries = Object.values(errorMap(reply.ok ? reply.value : undefined));
	return entries.length ? messageId(entries[0]) : undefined;
}

/**
 * Shopwave documents 429 only with 919 ("Cannot handle too many request": the request carries more
 * objects than Shopwave takes). The same request would be refused again, so a 919 is final: never
 * retried as if it were a rate limit. A 429 without 919 (a rate limiter in front of Shopwave) is.
 */
function tooManyObjects(response: HttpResponse): boolean {
	return response.statusCode === 429 && requestErrorId(response) === '919';
}

/** Every reply is an object: the objects asked for (keyed by id or by the client's keys) and the `api` envelope. */
const ENVELOPE: ReplyShape = {
	expected: 'a JSON object ({"invoices": {…}, "api": {…}})',
	matches: isJsonObject,
};

export interface ShopwaveRequest extends ProviderRequest {
	authentication: Authentication;
	/** Value of `x-accept-version`. */
	apiVersion?: string;
	/** Shopwave takes filters and ids as request headers. */
	headers?: Record<string, string>;
	body?: IDataObject;
	/**
	 * Keys of the objects the request carries (the `invoices` map keys). Errors keyed by one of
	 * them belong to that object and are left to the caller (`errorMap`); any other error fails
	 * the request.
	 */
	objectKeys?: readonly string[];
	retry?: RetryPolicy;
}

/**
 * Request-level errors (908, 911, 919…) are a failure with the documented title and what to do;
 * errors keyed by one of the request's objects are not (the caller reports them per item). An
 * unreadable reply is left to the shared "Expected a JSON reply" error, whatever its status.
 */
function failure(response: HttpResponse, reply: ParsedReply, objectKeys: readonly string[] = []): ProviderFailure | undefined {
	if (!reply.ok) return undefined;
	// A reply that lists saved invoices is never a failure of the whole request, whatever else it
	// says: the caller ties each invoice and error to its item.
	if (objectKeys.length && isJsonObject(reply.value) && isJsonObject(reply.value.invoices) && Object.keys(reply.value.invoices).length) {
		return undefined;
	}
	const keys = new Set(objectKeys);
	const requestErrors: ShopwaveMessage[] = [];
	let objectErrors = 0;
	for (const [key, message] of Object.entries(errorMap(reply.value))) {
		if (keys.has(key)) objectErrors++;
		else requestErrors.push(message);
	}
	if (requestErrors.length === 0 && (isSuccess(response) || objectErrors > 0)) return undefined;
	const found: ProviderFailure = requestErrors.length
		? messageFailure(requestErrors[0], response.statusCode)
		: { provider: PROVIDER, httpCode: response.statusCode, message: `HTTP ${response.statusCode}` };
	if (requestErrors.length > 1) {
		found.details = requestErrors.map((m) => `${messageId(m) ?? '?'} ${m.title ?? ''}: ${m.details ?? ''}`.trim());
	}
	return found;
}

/**
 * With OAuth2, an expired token (401/908) is refreshed through n8n's own OAuth2 machinery and the
 * request sent once more: Shopwave refused it before processing anything, so even a POST is safe.
 * The new tokens are registered as secrets of the run, beside the old ones.
 */
async function refreshedToken(context: HttpContext, credentialType: string, response: HttpResponse, itemIndex?: number): Promise<boolean> {
	if (response.statusCode !== 401 || requestErrorId(response) !== '908') return false;
	try {
		await context.helpers.refreshOAuth2Token.call(context, credentialType);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw providerErrorFor.call(
			context,
			{ ...messageFailure({ id: 908, title: TITLES['908'] }, 401), details: [`Refreshing the access token failed: ${reason}`] },
			itemIndex,
		);
	}
	forgetCredentials.call(context, credentialType);
	await readCredentials<ShopwaveCredentials>(context, credentialType, secretsOf);
	return true;
}

const SHOPWAVE_BUDGET = { learn: true, fixedWindows: true } as const;

/**
 * One request to the Shopwave API with either credential: the reply (an object, see `ENVELOPE`),
 * with per-object errors left in it for the caller (`errorMap`).
 */
export async function apiRequest(this: HttpContext, request: ShopwaveRequest): Promise<unknown> {
	const credentialType = credentialTypeFor(request.authentication);
	const credentials = await readCredentials<ShopwaveCredentials>(this, credentialType, secretsOf);
	return await providerRequest.call(this, { ...request, shape: request.shape ?? ENVELOPE }, {
			provider: PROVIDER,
			credentialType,
			url: `${apiBaseUrl(credentials)}${request.path}`,
			headers: {
				Accept: 'application/json',
				'x-accept-version': request.apiVersion || DEFAULT_API_VERSION,
				...(request.headers ?? {}),
			},
			body: request.body,
			// No documented rate; the window a 429 shows paces the rest of the run. A rate limiter in
			// front of Shopwave counts in fixed windows and its Retry-After runs to the window's end.
			retry: { ...(request.retry ?? DEFAULT_RETRY), isFinal: tooManyObjects, budget: SHOPWAVE_BUDGET },
			reply: 'json',
			readableAs: 'a JSON reply',
			resend:
				request.authentication === 'oAuth2'
					? async (response) => await refreshedToken(this, credentialType, response, request.itemIndex)
					: undefined,
			failure: (response, reply) => failure(response, reply, request.objectKeys),
		});
}
