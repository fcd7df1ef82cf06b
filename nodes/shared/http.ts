import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { providerError } from './errors';

export type HttpContext = IExecuteFunctions | IPollFunctions | ILoadOptionsFunctions;

/**
 * Credentials read once per node run. n8n decrypts (and may fetch from its database) a credential
 * on every getCredentials call; a node that reads its credential for the base URL and then lets
 * httpRequestWithAuthentication read it again pays that twice per item. Keyed by the execution
 * context, so nothing outlives the run.
 */
const credentialCache = new WeakMap<object, Map<string, Promise<ICredentialDataDecryptedObject>>>();

/** The credential of this type, read once for the whole node run (all items). */
export async function readCredentials(this: HttpContext, type: string): Promise<ICredentialDataDecryptedObject> {
	let perRun = credentialCache.get(this);
	if (!perRun) {
		perRun = new Map();
		credentialCache.set(this, perRun);
	}
	let pending = perRun.get(type);
	if (!pending) {
		pending = this.getCredentials(type);
		perRun.set(type, pending);
		const cached = perRun;
		pending.catch(() => cached.delete(type));
	}
	return await pending;
}

/** Drop the cached copy after n8n changed the credential (an OAuth2 token refresh). */
export function forgetCredentials(this: HttpContext, type: string): void {
	credentialCache.get(this)?.delete(type);
}

/** Hand the already-read credential to n8n so it does not read and decrypt it again. */
async function cachedCredentialOptions(this: HttpContext, type: string): Promise<IAdditionalCredentialOptions | undefined> {
	const pending = credentialCache.get(this)?.get(type);
	const details = this.getNode().credentials?.[type];
	if (!pending || !details?.id) return undefined;
	return { credentialsDecrypted: { id: details.id, name: details.name, type, data: await pending } };
}

export interface HttpRequest {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	/** How arrays in `qs` are written: `brackets` gives `type[]=a&type[]=b`. */
	arrayFormat?: 'brackets' | 'repeat' | 'indices' | 'comma';
	headers?: Record<string, string>;
	/**
	 * A plain object is sent as JSON; a string, Buffer or stream is sent as it is.
	 * A function is called for every attempt, so a streamed body can be made anew for a retry.
	 */
	body?: RequestBody | (() => RequestBody | Promise<RequestBody>);
	/** Milliseconds before the request is abandoned (counts as a connection failure). */
	timeout?: number;
	/**
	 * Whether sending this request twice is harmless. Defaults to true for GET, HEAD, PUT, DELETE
	 * and OPTIONS, false for POST and PATCH. Only idempotent requests are retried after a
	 * connection failure or a 502/503/504, because a create may already have reached the server.
	 */
	idempotent?: boolean;
}

export type RequestBody = IDataObject | IDataObject[] | string | Buffer | NodeJS.ReadableStream;

export interface HttpResponse {
	statusCode: number;
	headers: Record<string, string>;
	body: Buffer;
}

export interface RetryPolicy {
	/** Retries after the first attempt (0 = never retry). */
	maxRetries: number;
	/** First backoff step in ms; doubles each retry, capped by maxDelayMs, with full jitter. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** Longest single wait the node accepts for a server-supplied hint (Retry-After, reset). */
	maxWaitMs: number;
	/** A provider's own "wait this long" hint in ms, e.g. Billomat's X-Rate-Limit-Reset. */
	resetHintMs?: (response: HttpResponse) => number | undefined;
	/** Extra statuses (besides 429 and 502/503/504) that mean "try again", e.g. Shopwave 919. */
	isRetryable?: (response: HttpResponse) => boolean;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 10_000,
	maxWaitMs: 60_000,
};

/**
 * No reply within this long counts as a failed attempt. Generous, since uploads may be 10 MB,
 * but without it a server that accepts the connection and never answers holds the execution.
 */
export const DEFAULT_TIMEOUT_MS = 300_000;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const GATEWAY = new Set([502, 503, 504]);

/** Parse a Retry-After header: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(parseFloat(trimmed) * 1000);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with full jitter, capped. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
			if (v === undefined || v === null) continue;
			out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
		}
	}
	return out;
}

function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}

interface ConnectionFailure {
	code: string;
	message: string;
}

/**
 * Recognise a failure that never produced an HTTP reply. n8n wraps axios' error in a NodeApiError
 * whose `httpCode` then holds the socket error code (ECONNRESET…); the raw error may also be seen.
 * Only the code is kept, never the request config (its headers carry the credential).
 */
function connectionFailure(error: unknown): ConnectionFailure | undefined {
	const e = error as { code?: unknown; httpCode?: unknown; cause?: unknown; response?: { status?: unknown } };
	if (!e || typeof e !== 'object') return undefined;
	if (e.response && typeof e.response.status === 'number') return undefined;
	const cause = e.cause as { code?: unknown; response?: { status?: unknown } } | undefined;
	// Statuses never throw here (ignoreHttpStatusErrors), so a status on a thrown error means the
	// reply's headers arrived but its body could not be read to the end. n8n 1.x puts it in
	// `httpCode`; n8n 2.x keeps axios' error as `cause`, with the status on its response (and an
	// ERR_BAD_RESPONSE code that must not hide it).
	const causeStatus = typeof cause?.response?.status === 'number' ? String(cause.response.status) : undefined;
	const status = causeStatus ?? (typeof e.httpCode === 'string' && /^\d{3}$/.test(e.httpCode) ? e.httpCode : undefined);
	if (causeStatus) return incompleteReply(causeStatus);
	const candidates = [e.code, e.httpCode, cause?.code];
	for (const code of candidates) {
		if (typeof code === 'string' && /^(E[A-Z_]+|ERR_[A-Z_]+|HPE_[A-Z_]+)$/.test(code)) {
			return { code, message: describeConnectionCode(code) };
		}
	}
	return status ? incompleteReply(status) : undefined;
}

function incompleteReply(status: string): ConnectionFailure {
	return { code: 'INCOMPLETE_REPLY', message: `the reply (HTTP ${status}) was cut off before it was complete` };
}

function describeConnectionCode(code: string): string {
	switch (code) {
		case 'ECONNRESET':
			return 'the connection was reset before a reply arrived';
		case 'ECONNREFUSED':
			return 'the connection was refused (is the base URL right?)';
		case 'ECONNABORTED':
		case 'ETIMEDOUT':
		case 'ESOCKETTIMEDOUT':
			return 'no reply arrived before the timeout';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'the host name could not be resolved (is the base URL right?)';
		case 'ERR_BAD_RESPONSE':
		case 'HPE_INVALID_CONSTANT':
		case 'HPE_INVALID_CHUNK_SIZE':
			return 'the reply was not valid HTTP or was cut off';
		default:
			return `the request failed (${code})`;
	}
}

export interface SendOptions {
	/**
	 * Credential type the request authenticates with. Leave it out only for a URL the provider
	 * handed over that must NOT carry the credential (a signed download link on a file host).
	 */
	credentialType?: string;
	/** Provider display name for errors. */
	provider: string;
	/** Credential values that must never appear in an error. */
	secrets: readonly string[];
	retry?: RetryPolicy;
	itemIndex?: number;
}

/**
 * Send one request through n8n's `httpRequestWithAuthentication`, retrying rate limits and
 * transient failures. Returns the reply whatever its status once retries are exhausted or the
 * status is final: interpreting error bodies is the provider transport's job. Throws only when no
 * HTTP reply could be had at all.
 */
export async function sendRequest(
	this: HttpContext,
	request: HttpRequest,
	options: SendOptions,
): Promise<HttpResponse> {
	const policy = options.retry ?? DEFAULT_RETRY;
	const idempotent = request.idempotent ?? IDEMPOTENT.has(request.method.toUpperCase());
	const remakeable = typeof request.body === 'function';
	for (let attempt = 0; ; attempt++) {
		const body = typeof request.body === 'function' ? await request.body() : request.body;
		const streamed = !!body && typeof (body as { pipe?: unknown }).pipe === 'function';
		const replayable = !streamed || remakeable;
		const requestOptions: IHttpRequestOptions = {
			method: request.method,
			url: request.url,
			qs: request.qs,
			headers: { ...(request.headers ?? {}) },
			body: body as IHttpRequestOptions['body'],
			json: false,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: request.timeout ?? DEFAULT_TIMEOUT_MS,
		};
		if (request.arrayFormat) requestOptions.arrayFormat = request.arrayFormat;
		if (body !== undefined && typeof body === 'object' && !Buffer.isBuffer(body) && !streamed) {
			requestOptions.body = JSON.stringify(body);
			requestOptions.headers = { 'Content-Type': 'application/json', ...requestOptions.headers };
		}

		let response: HttpResponse;
		try {
			const raw = (
				options.credentialType
					? await this.helpers.httpRequestWithAuthentication.call(
							this,
							options.credentialType,
							requestOptions,
							await cachedCredentialOptions.call(this, options.credentialType),
						)
					: await this.helpers.httpRequest(requestOptions)
			) as { statusCode: number; headers: unknown; body: unknown };
			response = {
				statusCode: raw.statusCode,
				headers: lowerCaseHeaders(raw.headers),
				body: toBuffer(raw.body),
			};
		} catch (error) {
			const failure = connectionFailure(error);
			if (!failure) {
				// Not a network failure (e.g. missing credential): keep n8n's own message, never the config.
				const message = error instanceof Error ? error.message : String(error);
				throw providerError(
					this.getNode(),
					{ provider: options.provider, message },
					options.secrets,
					options.itemIndex,
				);
			}
			if (idempotent && replayable && attempt < policy.maxRetries) {
				await sleep(backoffMs(attempt, policy));
				continue;
			}
			throw providerError(
				this.getNode(),
				{
					provider: options.provider,
					code: failure.code,
					message: `Could not get a reply: ${failure.message}`,
					hint: idempotent
						? `Gave up after ${attempt + 1} attempt(s).`
						: 'Not retried automatically: the request creates or changes data and may already have reached the server. Check before running it again.',
				},
				options.secrets,
				options.itemIndex,
			);
		}

		const status = response.statusCode;
		const rateLimited = status === 429 || (policy.isRetryable?.(response) ?? false);
		const transient = GATEWAY.has(status) && idempotent;
		if ((rateLimited || transient) && replayable && attempt < policy.maxRetries) {
			// A provider's reset hint speaks of its rate limit only; a gateway error waits on backoff.
			const hinted =
				(rateLimited ? policy.resetHintMs?.(response) : undefined) ?? retryAfterMs(response.headers['retry-after']);
			const wait = hinted ?? backoffMs(attempt, policy);
			if (wait > policy.maxWaitMs) {
				throw new NodeApiError(
					this.getNode(),
					{ provider: options.provider, httpCode: status },
					{
						message: `${options.provider} asked to wait ${Math.ceil(wait / 1000)} s before the next request, longer than the maximum wait of ${Math.ceil(policy.maxWaitMs / 1000)} s`,
						description: 'Raise the node option "Max Rate-Limit Wait" or run the workflow later.',
						httpCode: String(status),
						itemIndex: options.itemIndex,
					},
				);
			}
			await sleep(wait);
			continue;
		}
		return response;
	}
}

/** A short, secret-free description of a body that could not be read as the format expected. */
export function describeUnreadableBody(response: HttpResponse): string {
	const type = response.headers['content-type'] ?? 'no content type';
	const text = response.body.toString('utf8').trim();
	if (text.length === 0) return `an empty reply (${type})`;
	if (/^<!doctype html|^<html/i.test(text)) return `an HTML page (${type}), not the API's reply: often a proxy or maintenance page`;
	return `a reply that could not be read (${type}, ${response.body.length} bytes, possibly cut off)`;
}

/** Parse a JSON reply; undefined when it is not valid JSON (the caller reports it). */
export function tryParseJson(response: HttpResponse): { ok: true; value: unknown } | { ok: false } {
	const text = response.body.toString('utf8');
	if (text.trim() === '') return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

export function isSuccess(response: HttpResponse): boolean {
	return response.statusCode >= 200 && response.statusCode < 300;
}
