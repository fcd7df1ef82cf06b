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

import type { RateBudget } from './budget';
import { gateOf } from './budget';
import type { ProviderFailure } from './errors';
import { containsSecret, providerError } from './errors';

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
	handedOver.get(this)?.delete(type);
}

/**
 * What each request hands n8n with the credential, made once per run and type: n8n's `getNode()`
 * copies the whole node (all its parameters) on every call, which is not worth doing per request
 * for the credential's id and name.
 */
const handedOver = new WeakMap<object, Map<string, { from: Promise<ICredentialDataDecryptedObject>; options: Promise<IAdditionalCredentialOptions | undefined> }>>();

/** Hand the already-read credential to n8n so it does not read and decrypt it again. */
async function cachedCredentialOptions(this: HttpContext, type: string): Promise<IAdditionalCredentialOptions | undefined> {
	const pending = credentialCache.get(this)?.get(type);
	if (!pending) return undefined;
	let perRun = handedOver.get(this);
	if (!perRun) {
		perRun = new Map();
		handedOver.set(this, perRun);
	}
	let made = perRun.get(type);
	// Made anew when the credential was read again (after `forgetCredentials`).
	if (!made || made.from !== pending) {
		const details = this.getNode().credentials?.[type];
		const options = details?.id
			? pending.then((data): IAdditionalCredentialOptions => ({ credentialsDecrypted: { id: details.id!, name: details.name, type, data } }))
			: Promise.resolve(undefined);
		made = { from: pending, options };
		perRun.set(type, made);
	}
	return await made.options;
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
	/**
	 * Milliseconds one attempt waits for the reply before it counts as failed (like a connection
	 * failure: retried only if the request is safe to repeat). A node's "Timeout" option goes here.
	 * Default {@link DEFAULT_TIMEOUT_MS}.
	 */
	timeout?: number;
	/**
	 * Milliseconds all attempts of this request may take together, the waits between them
	 * included; when it is reached the request fails with an error that says so. Default
	 * {@link DEFAULT_TOTAL_TIMEOUT_MS}, or `timeout` when that is longer (one attempt always gets
	 * its whole timeout).
	 */
	totalTimeout?: number;
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
	/**
	 * Set by sendRequest: whether the request was treated as safe to repeat. A transport passes it
	 * on as `ProviderFailure.repeatable`, so the advice after a 5xx fits the request.
	 */
	idempotent?: boolean;
	/** Set by sendRequest: how many times the request was sent (1 = not retried). */
	attempts?: number;
}

export interface RetryPolicy {
	/** Retries after the first attempt (0 = never retry). */
	maxRetries: number;
	/** First backoff step in ms; doubles each retry, capped by maxDelayMs, with full jitter. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** Longest single wait the node accepts for a server-supplied hint (Retry-After, reset). */
	maxWaitMs: number;
	/**
	 * A provider's own "wait this long" hint in ms for a rate-limited reply, e.g. Billomat's
	 * X-Rate-Limit-Reset. Asked only when the reply has no `Retry-After` (which always wins), and
	 * it should answer only when the provider's budget is spent (e.g. X-Rate-Limit-Remaining is 0):
	 * undefined otherwise, so the wait is the usual backoff.
	 */
	resetHintMs?: (response: HttpResponse) => number | undefined;
	/**
	 * A reply that looks retryable (a 429) but that the provider documents as final: the same
	 * request would be refused again (e.g. Shopwave's 919 "too many objects"). Never retried.
	 */
	isFinal?: (response: HttpResponse) => boolean;
	/** What to do when the provider asks for a longer wait than maxWaitMs (a node with an option for it names it). */
	maxWaitHint?: string;
	/**
	 * The provider's request budget: every request of the node run to this provider passes one
	 * gate (`nodes/shared/budget.ts`) that keeps the run within it, however many items are in flight.
	 */
	budget?: RateBudget;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 10_000,
	maxWaitMs: 60_000,
};

/**
 * No reply within this long counts as a failed attempt. Two minutes: a 10 MB upload needs under
 * 0.7 Mbit/s to fit; without a bound a server that accepts the connection and never answers
 * would hold the execution.
 */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** All attempts of one request together, waits included: what one item may be held at most. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 300_000;

/** Same-origin redirects of a read followed within one attempt. */
export const MAX_REDIRECTS = 5;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const GATEWAY = new Set([502, 503, 504]);
/** Connection failures that happen before anything is sent: even a create may be sent again. */
const NEVER_REACHED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);
const TIMEOUTS = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

const NOT_RETRIED =
	'Not retried automatically: the request creates or changes data and may already have reached the server. Check before running it again.';

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

/** "250 ms", "1.5 s", "2 min": a duration as the user reads it. */
export function formatDuration(ms: number): string {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 120_000 || ms % 60_000 !== 0) return `${Math.round(ms / 100) / 10} s`;
	return `${ms / 60_000} min`;
}

export interface ConnectionFailure {
	code: string;
	message: string;
	/** False when nothing was sent (refused, no such host): then even a create may be sent again. */
	reachedServer: boolean;
}

/** What one attempt gave: a reply (whatever its status), or no reply at all. */
export type Outcome = { response: HttpResponse; failure?: undefined } | { failure: ConnectionFailure; response?: undefined };

export interface RetryContext {
	/** Attempts made so far, the one that gave the outcome included (1 after the first). */
	attempts: number;
	/** Whether sending the request twice is harmless. */
	idempotent: boolean;
	/** Whether the body can be sent again (false for a one-shot stream). */
	replayable: boolean;
	policy: RetryPolicy;
}

function rateLimited(response: HttpResponse): boolean {
	return response.statusCode === 429;
}

/**
 * Whether to send the request again after this outcome (as stripe-node's RequestSender decides):
 * a 429 (or the provider's own "not processed") and a failure before anything was sent are
 * retried for every method; a gateway error (502/503/504), a reset, a timeout and a cut-off reply
 * only when the request is safe to repeat, since the server may have acted on it. Never past the
 * policy's retries, never with a body that cannot be sent again.
 */
export function shouldRetry(outcome: Outcome, context: RetryContext): boolean {
	if (context.attempts > context.policy.maxRetries || !context.replayable) return false;
	if (outcome.failure) return context.idempotent || !outcome.failure.reachedServer;
	if (context.policy.isFinal?.(outcome.response)) return false;
	if (rateLimited(outcome.response)) return true;
	return GATEWAY.has(outcome.response.statusCode) && context.idempotent;
}

/**
 * How long to wait before the next attempt. The server's `Retry-After` wins whenever it is there;
 * a rate-limited reply without it waits for the provider's reset hint (asked only then); anything
 * else waits the capped, jittered exponential backoff.
 */
export function retryDelayMs(
	outcome: Outcome,
	context: Pick<RetryContext, 'attempts' | 'policy'>,
	now = Date.now(),
	random = Math.random,
): number {
	const { response } = outcome;
	if (response) {
		const retryAfter = retryAfterMs(response.headers['retry-after'], now);
		if (retryAfter !== undefined) return retryAfter;
		if (rateLimited(response)) {
			const reset = context.policy.resetHintMs?.(response);
			if (reset !== undefined) return Math.max(0, reset);
		}
	}
	return backoffMs(context.attempts - 1, context.policy, random);
}

// ---------------------------------------------------------------------------------------------
// Redirects. n8n is told to follow none (`disableFollowRedirect`); the core decides.

function parseUrl(url: string, base?: string): URL | undefined {
	try {
		return new URL(url, base);
	} catch {
		return undefined;
	}
}

/** scheme://host[:port] of an address, never its path or query (which may carry a signature or key). */
export function originOf(url: string | URL | undefined): string {
	const parsed = typeof url === 'string' ? parseUrl(url) : url;
	if (!parsed) return 'an address that could not be read';
	return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
}

function ipv4Kind(a: number, b: number): 'link-local' | 'loopback' | undefined {
	if (a === 169 && b === 254) return 'link-local';
	if (a === 127 || a === 0) return 'loopback';
	return undefined;
}

/** Whether a host name (as the WHATWG URL parser gives it) is link-local or loopback. */
function hostKind(hostname: string): 'link-local' | 'loopback' | undefined {
	let host = hostname.toLowerCase().replace(/\.$/, '');
	if (host.startsWith('[')) host = host.slice(1, -1);
	if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
	const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
	if (v4) return ipv4Kind(Number(v4[1]), Number(v4[2]));
	if (!host.includes(':')) return undefined;
	if (host === '::1' || host === '::') return 'loopback';
	// fe80::/10, and the cloud metadata service's IPv6 address
	if (/^fe[89ab][0-9a-f]?:/.test(host) || host === 'fd00:ec2::254') return 'link-local';
	const mapped = /^::ffff:(?:([0-9a-f]{1,4}):([0-9a-f]{1,4})|(\d+)\.(\d+)\.\d+\.\d+)$/.exec(host);
	if (mapped) {
		if (mapped[3]) return ipv4Kind(Number(mapped[3]), Number(mapped[4]));
		const high = parseInt(mapped[1], 16);
		return ipv4Kind(high >> 8, high & 0xff);
	}
	return undefined;
}

/**
 * Why a link handed over by a provider (or a redirect of one) is not followed, or undefined when
 * it may be: only http(s); never a link-local address (169.254.0.0/16, fe80::/10: where cloud
 * metadata services answer); and, when it comes from `from`, no step from https down to http and
 * no step onto loopback from a host that is not itself loopback. Host names are not resolved here:
 * n8n's own SSRF protection, when enabled, checks where they lead.
 */
export function unsafeLinkReason(url: string | URL, from?: string | URL): string | undefined {
	const target = typeof url === 'string' ? parseUrl(url) : url;
	if (!target) return 'not a valid address';
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'not an http(s) address';
	const kind = hostKind(target.hostname);
	if (kind === 'link-local') return 'a link-local address';
	const source = from === undefined ? undefined : typeof from === 'string' ? parseUrl(from) : from;
	if (source) {
		if (source.protocol === 'https:' && target.protocol === 'http:') return 'a step down from https to http';
		if (kind === 'loopback' && hostKind(source.hostname) !== 'loopback') return 'a loopback address';
	}
	return undefined;
}

export interface RedirectInput {
	method: string;
	status: number;
	/** The reply's Location header, as sent. */
	location: string | undefined;
	/** The address that answered with the redirect. */
	from: string;
	/** Whether the request carried the credential (or a secret in its address or headers). */
	credentialed: boolean;
	/** Redirects already followed within this attempt. */
	hops: number;
}

export type RedirectDecision =
	| { follow: true; url: string }
	| { follow: false; message: string; hint?: string; repeatable?: boolean };

/**
 * What to do with a 3xx reply. A request that carries the credential follows a redirect only to
 * the same origin (scheme, host and port) and only as a GET or HEAD, where n8n adds the credential
 * again: no credential value ever leaves for another origin. A link sent without the credential (a
 * signed download) may follow to another origin if {@link unsafeLinkReason} allows it. A write
 * (POST, PUT, PATCH, DELETE) is never redirected: it is neither turned into a GET nor sent again.
 * At most {@link MAX_REDIRECTS} hops. An error names the Location's scheme, host and port only.
 */
export function redirectDecision(input: RedirectInput, provider: string): RedirectDecision {
	const method = input.method.toUpperCase();
	const target = input.location ? parseUrl(input.location.trim(), input.from) : undefined;
	const where = originOf(target);
	if (method !== 'GET' && method !== 'HEAD') {
		if (input.status === 303) {
			return {
				follow: false,
				message: `the ${method} was answered with "see other" (to ${where}), which the node does not follow`,
				hint: `${provider} may already have carried out the request. Check in ${provider} before running it again.`,
				repeatable: false,
			};
		}
		return {
			follow: false,
			message: `the ${method} was redirected (to ${where}) and not carried out: the node does not send a request that changes data to another address`,
			hint: `A redirect means ${provider} did not carry out the request here; nothing was sent to the new address. Check the Base URL in the credential: the API may have moved (for example from http:// to https://).`,
		};
	}
	if (!target) {
		return { follow: false, message: `redirected without a usable address (HTTP ${input.status}, Location missing or unreadable)` };
	}
	if (input.hops >= MAX_REDIRECTS) return { follow: false, message: `too many redirects (more than ${MAX_REDIRECTS})` };
	const source = parseUrl(input.from);
	if (input.credentialed) {
		if (source && source.origin === target.origin && target.origin !== 'null') return { follow: true, url: target.href };
		return {
			follow: false,
			message: `redirected to another address (${where}), where the node does not send the credential`,
			hint: `Check the Base URL in the credential: ${provider} answered from ${where}. Nothing was sent there.`,
		};
	}
	const reason = unsafeLinkReason(target, source);
	if (reason) return { follow: false, message: `the link redirected to ${where}, which the node does not follow (${reason})` };
	return { follow: true, url: target.href };
}

// ---------------------------------------------------------------------------------------------

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

/**
 * Recognise a failure that never produced an HTTP reply. n8n wraps axios' error in a NodeApiError
 * whose `httpCode` then holds the socket error code (ECONNRESET…); the raw error may also be seen.
 * Only the code is kept, never the request config (its headers carry the credential).
 */
function connectionFailure(error: unknown, timeoutMs: number): ConnectionFailure | undefined {
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
			return { code, message: describeConnectionCode(code, timeoutMs), reachedServer: !NEVER_REACHED.has(code) };
		}
	}
	return status ? incompleteReply(status) : undefined;
}

function incompleteReply(status: string): ConnectionFailure {
	return { code: 'INCOMPLETE_REPLY', message: `the reply (HTTP ${status}) was cut off before it was complete`, reachedServer: true };
}

function describeConnectionCode(code: string, timeoutMs: number): string {
	if (TIMEOUTS.has(code)) return `no reply arrived within ${formatDuration(timeoutMs)}`;
	switch (code) {
		case 'ECONNRESET':
			return 'the connection was reset before a reply arrived';
		case 'ECONNREFUSED':
			return 'the connection was refused (is the base URL right?)';
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

/** Whether a request sent without a credential type still carries a secret (e.g. a key in its query). */
function carriesSecret(request: HttpRequest, secrets: readonly string[]): boolean {
	const text = [request.url, JSON.stringify(request.qs ?? {}), ...Object.values(request.headers ?? {})].join('\n');
	return containsSecret(text, secrets);
}

interface Hop {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	arrayFormat?: HttpRequest['arrayFormat'];
	headers?: Record<string, string>;
	body?: RequestBody;
}

/** One HTTP exchange, no redirect followed: the reply, or why there was none. */
async function exchange(this: HttpContext, hop: Hop, options: SendOptions, timeout: number): Promise<Outcome> {
	const body = hop.body;
	const streamed = !!body && typeof (body as { pipe?: unknown }).pipe === 'function';
	const requestOptions: IHttpRequestOptions = {
		method: hop.method,
		url: hop.url,
		qs: hop.qs,
		headers: { ...(hop.headers ?? {}) },
		body: body as IHttpRequestOptions['body'],
		json: false,
		encoding: 'arraybuffer',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout,
		// Redirects are decided by redirectDecision: n8n follows none, so no credential travels on.
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
	};
	if (hop.arrayFormat) requestOptions.arrayFormat = hop.arrayFormat;
	if (body !== undefined && typeof body === 'object' && !Buffer.isBuffer(body) && !streamed) {
		requestOptions.body = JSON.stringify(body);
		requestOptions.headers = { 'Content-Type': 'application/json', ...requestOptions.headers };
	}
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
		return { response: { statusCode: raw.statusCode, headers: lowerCaseHeaders(raw.headers), body: toBuffer(raw.body) } };
	} catch (error) {
		const failure = connectionFailure(error, timeout);
		if (failure) return { failure };
		// Not a network failure (e.g. missing credential): keep n8n's own message, never the config.
		const message = error instanceof Error ? error.message : String(error);
		throw providerError(this.getNode(), { provider: options.provider, message }, options.secrets, options.itemIndex);
	} finally {
		// A streamed body the exchange did not read to its end (a refused connection, an early
		// reply) would keep its source, e.g. a file in n8n's binary store, open.
		if (streamed) (body as { destroy?: () => void }).destroy?.();
	}
}

/**
 * Send one request through n8n's `httpRequestWithAuthentication`, retrying rate limits and
 * transient failures ({@link shouldRetry}, {@link retryDelayMs}) within the request's time bounds,
 * and deciding redirects itself ({@link redirectDecision}). Returns the reply whatever its status
 * once retries are exhausted or the status is final, with `idempotent` and `attempts` set:
 * interpreting error bodies is the provider transport's job. Throws a provider error when no
 * usable HTTP reply could be had: no reply at all, a redirect it does not follow, a wait longer
 * than the policy allows, or the total time bound reached.
 */
export async function sendRequest(
	this: HttpContext,
	request: HttpRequest,
	options: SendOptions,
): Promise<HttpResponse> {
	const policy = options.retry ?? DEFAULT_RETRY;
	const method = request.method.toUpperCase() as IHttpRequestMethods;
	const idempotent = request.idempotent ?? IDEMPOTENT.has(method);
	const attemptTimeout = request.timeout && request.timeout > 0 ? request.timeout : DEFAULT_TIMEOUT_MS;
	const totalTimeout =
		request.totalTimeout && request.totalTimeout > 0 ? request.totalTimeout : Math.max(DEFAULT_TOTAL_TIMEOUT_MS, attemptTimeout);
	const deadline = Date.now() + totalTimeout;
	const credentialed = !!options.credentialType || carriesSecret(request, options.secrets);
	const fail = (failure: Omit<ProviderFailure, 'provider'>) =>
		providerError(this.getNode(), { provider: options.provider, repeatable: idempotent, ...failure }, options.secrets, options.itemIndex);

	if (!credentialed) {
		const reason = unsafeLinkReason(request.url);
		if (reason) throw fail({ message: `the link ${originOf(request.url)} is not followed (${reason})` });
	}

	const gate = policy.budget ? gateOf(this, `${options.provider}\n${options.credentialType ?? ''}`, policy.budget) : undefined;
	/** The end of the 429 pause this request's own retry has waited out (the gate does not wait it again). */
	let pauseServedUntil = 0;
	const budgetTooLong = (wait: number) =>
		new NodeApiError(
			this.getNode(),
			{ provider: options.provider, httpCode: 429 },
			{
				message: `${options.provider}'s request budget for this run is used up for the next ${Math.ceil(wait / 1000)} s, longer than the maximum wait of ${Math.ceil(policy.maxWaitMs / 1000)} s`,
				description: policy.maxWaitHint ?? 'Run the workflow later, or send fewer items per run.',
				httpCode: '429',
				itemIndex: options.itemIndex,
			},
		);

	/** One attempt: the request, then any same-origin redirects of a read, each within the time left. */
	const attempt = async (): Promise<{ outcome: Outcome; replayable: boolean }> => {
		const made = typeof request.body === 'function' ? await request.body() : request.body;
		const streamed = !!made && typeof (made as { pipe?: unknown }).pipe === 'function';
		const replayable = !streamed || typeof request.body === 'function';
		let hop: Hop = { method, url: request.url, qs: request.qs, arrayFormat: request.arrayFormat, headers: request.headers, body: made };
		for (let hops = 0; ; hops++) {
			if (gate) {
				const tooLong = await gate.take(policy.maxWaitMs, pauseServedUntil);
				if (tooLong !== undefined) throw budgetTooLong(tooLong);
			}
			const timeout = Math.max(1, Math.min(attemptTimeout, deadline - Date.now()));
			let outcome: Outcome | undefined;
			try {
				outcome = await exchange.call(this, hop, options, timeout);
			} finally {
				// No reply to read (the exchange threw): the request is no longer in flight.
				if (!outcome) gate?.observe(undefined);
			}
			if (gate) {
				const { response } = outcome;
				const pause = response?.statusCode === 429 ? (retryAfterMs(response.headers['retry-after']) ?? policy.resetHintMs?.(response)) : undefined;
				gate.observe(response, pause);
			}
			const status = outcome.response?.statusCode;
			if (status === undefined || status < 300 || status > 399) return { outcome, replayable };
			const decision = redirectDecision(
				{ method, status, location: outcome.response?.headers.location, from: hop.url, credentialed, hops },
				options.provider,
			);
			if (!decision.follow) {
				const { message, hint, repeatable } = decision;
				throw fail({ httpCode: status, message, hint, ...(repeatable === undefined ? {} : { repeatable }) });
			}
			hop = { method, url: decision.url, headers: request.headers };
		}
	};

	for (let attempts = 1; ; attempts++) {
		const { outcome, replayable } = await attempt();
		const context: RetryContext = { attempts, idempotent, replayable, policy };
		if (shouldRetry(outcome, context)) {
			const wait = retryDelayMs(outcome, context);
			if (wait > policy.maxWaitMs) {
				const status = outcome.response?.statusCode ?? 429;
				throw new NodeApiError(
					this.getNode(),
					{ provider: options.provider, httpCode: status },
					{
						message: `${options.provider} asked to wait ${Math.ceil(wait / 1000)} s before the next request, longer than the maximum wait of ${Math.ceil(policy.maxWaitMs / 1000)} s`,
						description: policy.maxWaitHint ?? 'Run the workflow later, or send fewer items per run.',
						httpCode: String(status),
						itemIndex: options.itemIndex,
					},
				);
			}
			if (Date.now() + wait < deadline) {
				const servedUntil = Date.now() + wait;
				await sleep(wait);
				pauseServedUntil = servedUntil;
				continue;
			}
			// Time is up while a retry was still allowed: say so, and what the last attempt gave.
			const last = outcome.failure ? outcome.failure.message : `HTTP ${outcome.response.statusCode}`;
			throw fail({
				httpCode: outcome.response?.statusCode,
				code: 'TIME_LIMIT',
				message: `gave up at the time limit of ${formatDuration(totalTimeout)} for one request, after ${attempts} attempt(s) (the last: ${last})`,
				hint: idempotent
					? `${options.provider} gave no usable reply in the time allowed. Try again later, or raise the node's Timeout option if ${options.provider} is only slow.`
					: `${options.provider} gave no usable reply in the time allowed; each attempt was refused before being processed or never reached it. Try again later.`,
			});
		}
		if (outcome.response) return { ...outcome.response, idempotent, attempts };
		const { failure } = outcome;
		throw fail({
			code: failure.code,
			message: `Could not get a reply: ${failure.message}`,
			hint:
				idempotent || !failure.reachedServer
					? `Gave up after ${attempts} attempt(s).${failure.reachedServer ? '' : ` The request never reached ${options.provider}, so nothing was carried out.`}`
					: NOT_RETRIED,
		});
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
	return tryParseJsonText(response.body.toString('utf8'));
}

/** `tryParseJson` of a reply's text already decoded. */
export function tryParseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
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
