import type { IDataObject, IHttpRequestMethods, NodeApiError } from 'n8n-workflow';

import { registeredSecrets } from './credentials';
import type { ProviderFailure } from './errors';
import { ERROR_LIMITS, nodeError, providerError, truncate } from './errors';
import type { HttpContext, HttpRequest, HttpResponse, RetryPolicy } from './http';
import { describeUnreadableBody, sendRequest, tryParseJsonText } from './http';
import { tryParseXml } from './xml';

/**
 * The one provider call every transport is a thin layer on: send (with the shared core's retries)
 * → the provider's failure check → parse (JSON or XML) → shape check. A transport says only what is
 * its own: where the request goes, how the provider words a failure, its XML dialect, its hooks.
 */

/** What a successful reply must look like; any other reply is a provider error naming both. */
export interface ReplyShape {
	/** The documented reply, as the error names it, e.g. `an "invoice" record`. */
	expected: string;
	matches(body: unknown): boolean;
}

/** A JSON object (not an array, not null): what most documented replies are. */
export function isJsonObject(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The call shape of every provider's `apiRequest`; each provider adds its own `body` and options. */
export interface ProviderRequest {
	method: IHttpRequestMethods;
	/** Path under the provider's API root, e.g. `/invoices/12`. */
	path: string;
	qs?: IDataObject;
	itemIndex?: number;
	/** Milliseconds to wait for the reply, from the node option "Timeout" (default: the shared core's). */
	timeout?: number;
	/** The documented reply; a success that does not match it is a provider error. */
	shape?: ReplyShape;
	/** Give `{ statusCode, headers, body }` instead of the parsed body (as n8n's own option does). */
	returnFullResponse?: boolean;
}

export interface ProviderResponse {
	statusCode: number;
	headers: Record<string, string>;
	/** The parsed reply (undefined for an empty one), or its bytes for `reply: 'bytes'`. */
	body: unknown;
}

/**
 * How a reply is read: `json` always as JSON; `json-or-xml` as XML when its Content-Type says so or
 * its text starts with `<`, else JSON; `xml-or-json` as XML unless its Content-Type says JSON;
 * `bytes` not at all (a file).
 */
export type ReplyFormat = 'json' | 'json-or-xml' | 'xml-or-json' | 'bytes';

export type ParsedReply =
	| { ok: true; value: unknown }
	/** `reason` says why it is not the format expected; `unreadable` describes the bytes themselves. */
	| { ok: false; reason: string; unreadable: string };

/** What one provider sends for one request, and how it reads the reply. */
export interface ProviderCall {
	/** Display name, the first word of every error. */
	provider: string;
	/** The credential n8n authenticates with; none for a link the provider handed over (sent bare). */
	credentialType?: string;
	url: string;
	headers?: Record<string, string>;
	body?: HttpRequest['body'];
	arrayFormat?: HttpRequest['arrayFormat'];
	/** Whether sending it twice is harmless, when the method alone does not say it. */
	idempotent?: boolean;
	retry?: RetryPolicy;
	reply: ReplyFormat;
	/** How an unreadable reply's error names the format expected ("JSON", "XML", "a JSON reply"). */
	readableAs?: string;
	/** The provider's own reading of a parsed reply (its XML dialect, its empty reply). */
	decode?(value: unknown, format: 'json' | 'xml'): unknown;
	/** The provider's error mapping: the failure this reply means, undefined for a success. */
	failure(response: HttpResponse, reply: ParsedReply): ProviderFailure | undefined;
	/** Sees every reply before it is judged (rate-limit bookkeeping). */
	observe?(response: HttpResponse): void;
	/** After this reply, whether to send the request once more, having mended what it refused (an OAuth2 refresh). */
	resend?(response: HttpResponse): Promise<boolean>;
}

/** A proxy's or a maintenance page is HTML: named as such rather than read as broken XML. */
const HTML_PAGE = /^\s*<!doctype html|^\s*<html/i;

/** Read a reply in the given format; an empty one is `undefined`. */
export function readReply(
	response: HttpResponse,
	format: ReplyFormat,
	decode: ProviderCall['decode'] = (value) => value,
): ParsedReply {
	if (format === 'bytes') return { ok: true, value: response.body };
	const text = response.body.toString('utf8');
	const type = response.headers['content-type'] ?? '';
	const xml =
		format !== 'json' &&
		text.trim() !== '' &&
		(/xml/i.test(type) || (!/json/i.test(type) && (format === 'xml-or-json' || text.trimStart().startsWith('<'))));
	if (xml) {
		const document = HTML_PAGE.test(text) ? undefined : tryParseXml(text);
		if (!document?.ok) {
			const unreadable = describeUnreadableBody(response);
			return { ok: false, reason: document?.reason ?? unreadable, unreadable };
		}
		return { ok: true, value: decode(document.value, 'xml') };
	}
	const parsed = tryParseJsonText(text);
	if (!parsed.ok) {
		const unreadable = describeUnreadableBody(response);
		return { ok: false, reason: unreadable, unreadable };
	}
	return { ok: true, value: decode(parsed.value, 'json') };
}

const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A short description of a parsed reply for an error: its kind, never more than a few keys of it. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'an empty reply';
	if (value === null) return 'null';
	if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : `the text ${quoted(value)}`;
	if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
	if (Array.isArray(value)) {
		return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
	}
	if (typeof value === 'object') {
		const keys = Object.keys(value);
		if (keys.length === 0) return 'an empty object';
		const named = keys.slice(0, 5).map(quoted).join(', ');
		const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
		return `an object with the key${keys.length === 1 ? '' : 's'} ${named}${more}`;
	}
	return `a ${typeof value}`;
}

/** The provider error for a failure, with every credential value read in this run redacted. */
export function providerErrorFor(this: HttpContext, failure: ProviderFailure, itemIndex?: number): NodeApiError {
	return providerError(this.getNode(), failure, registeredSecrets(this), itemIndex);
}

/** The failure of a success whose body is not the documented one. */
export function shapeFailure(provider: string, shape: ReplyShape, statusCode: number, body: unknown): ProviderFailure {
	return {
		provider,
		httpCode: statusCode,
		message: `Expected ${shape.expected} but got ${describeValue(body)}`,
		hint: `This is not the reply ${provider} documents for this request. Check that the credential points at the ${provider} API itself, not at a proxy or another service.`,
	};
}

/**
 * One request to a provider: sent through the shared core (retries, timeouts, credential), then
 * judged once: the provider's failure, an unreadable reply, a reply of the wrong shape. Returns the
 * parsed body, or `{ statusCode, headers, body }` with `returnFullResponse`.
 */
export async function providerRequest(this: HttpContext, request: ProviderRequest, call: ProviderCall): Promise<unknown> {
	const send = async () =>
		await sendRequest.call(
			this,
			{
				method: request.method,
				url: call.url,
				qs: request.qs,
				arrayFormat: call.arrayFormat,
				headers: call.headers,
				body: call.body,
				timeout: request.timeout,
				idempotent: call.idempotent,
			},
			{
				credentialType: call.credentialType,
				provider: call.provider,
				secrets: registeredSecrets(this),
				retry: call.retry,
				itemIndex: request.itemIndex,
			},
		);
	let response = await send();
	call.observe?.(response);
	if (call.resend && (await call.resend(response))) {
		response = await send();
		call.observe?.(response);
	}
	noteSettled(this, request, response);

	// Whether the request was safe to repeat (as the shared core judged it) shapes the advice after a 5xx.
	const fail = (failure: ProviderFailure) =>
		providerErrorFor.call(this, { repeatable: response.idempotent, ...failure }, request.itemIndex);
	const reply = readReply(response, call.reply, call.decode);
	const failure = call.failure(response, reply);
	if (failure) throw fail(failure);
	if (!reply.ok) {
		throw fail({
			provider: call.provider,
			httpCode: response.statusCode,
			message: `Expected ${call.readableAs ?? 'JSON'} but got ${reply.reason}`,
		});
	}
	if (request.shape && !request.shape.matches(reply.value)) {
		throw fail(shapeFailure(call.provider, request.shape, response.statusCode, reply.value));
	}
	if (!request.returnFullResponse) return reply.value;
	const full: ProviderResponse = { statusCode: response.statusCode, headers: response.headers, body: reply.value };
	return full;
}

// ---------------------------------------------------------------------------------------------
// A state change whose reply was lost. The shared core sends a PUT or DELETE again after a reset,
// a 502/503 or a cut-off reply (it is safe to repeat), and the retry may meet the first attempt's
// own effect: "only drafts can be completed", "already canceled", a 404 after a delete. Such an
// answer is checked by reading the record, and the change is reported done when the record shows
// it; otherwise the provider's error stays, saying that the first attempt may have been carried out.

/** How an item's last provider request ended, as the shared core settled it (after any retries). */
export interface SettledRequest {
	method: IHttpRequestMethods;
	statusCode: number;
	/** How many times it was sent (1 = not retried). */
	attempts: number;
	/** Whether the shared core treated it as safe to repeat. */
	idempotent: boolean;
}

/** Per execution context (one node run) and item: nothing outlives the run. */
const settledByContext = new WeakMap<object, Map<number, SettledRequest>>();
const NO_ITEM = -1;

function noteSettled(context: object, request: ProviderRequest, response: HttpResponse): void {
	let perItem = settledByContext.get(context);
	if (!perItem) {
		perItem = new Map();
		settledByContext.set(context, perItem);
	}
	perItem.set(request.itemIndex ?? NO_ITEM, {
		method: request.method,
		statusCode: response.statusCode,
		attempts: response.attempts ?? 1,
		idempotent: response.idempotent ?? false,
	});
}

/**
 * How the last request made through `providerRequest` for this item ended, whether it succeeded
 * or became an error: its final status and how many attempts it took. Undefined when no reply was
 * had (no request yet, or none answered).
 */
export function lastSettledRequest(this: HttpContext, itemIndex?: number): SettledRequest | undefined {
	return settledByContext.get(this)?.get(itemIndex ?? NO_ITEM);
}

/** What reading the record after a retried state change found. */
export interface StateCheck {
	/** Whether the record is in the requested state. */
	done: boolean;
	/** What was found, as the error names it when not done: `status OPEN`, `no such invoice (404)`. */
	seen: string;
	/** The record as read; undefined when it is gone. */
	record?: IDataObject;
}

export interface StateChange<T> {
	itemIndex: number;
	/** Display name, for the advice in the error. */
	provider: string;
	/** The record as the error names it: `invoice 12`. */
	subject: string;
	/** The state asked for, as the error names it: `CANCELED`, `deleted`. */
	requested: string;
	/**
	 * Statuses with which the provider refuses a change that may already have been made: the
	 * answers that are checked when the request was sent more than once (Billomat's 400, a 404 for
	 * a delete, InvoiceXpress's 422).
	 */
	alreadyDone: readonly number[];
	/** The change itself, through the provider's `apiRequest`. */
	send(): Promise<T>;
	/** Read the record and say whether it is in the requested state. */
	check(): Promise<StateCheck>;
}

export type StateChangeResult<T> =
	| { confirmedAfterRetry: false; reply: T }
	/** The retry was refused, but the record shows the first attempt made the change. */
	| { confirmedAfterRetry: true; check: StateCheck };

/**
 * Send a state change (PUT or DELETE). When it fails after more than one attempt with one of the
 * `alreadyDone` statuses, read the record: in the requested state, the change is reported done
 * (`confirmedAfterRetry`); otherwise the provider's error is thrown with a description that adds
 * that the first attempt may have been carried out and what the read found. Any other failure,
 * and every failure of a request sent once, is thrown as it is.
 */
export async function confirmedStateChange<T>(this: HttpContext, change: StateChange<T>): Promise<StateChangeResult<T>> {
	settledByContext.get(this)?.delete(change.itemIndex);
	try {
		return { confirmedAfterRetry: false, reply: await change.send() };
	} catch (error) {
		const settled = lastSettledRequest.call(this, change.itemIndex);
		if (!settled || settled.attempts < 2 || !change.alreadyDone.includes(settled.statusCode)) {
			throw nodeError(this.getNode(), error, change.itemIndex);
		}
		// From here `lastSettledRequest` tells of the read only (none when it got no reply at all).
		settledByContext.get(this)?.delete(change.itemIndex);
		let found: string;
		try {
			const check = await change.check();
			if (check.done) return { confirmedAfterRetry: true, check };
			found = `Reading ${change.subject} afterwards showed ${check.seen}, not ${change.requested}`;
		} catch (readError) {
			const message = readError instanceof Error ? readError.message : String(readError);
			found = `Reading ${change.subject} afterwards to check failed (${message})`;
		}
		// What the read found comes from the provider: bounded and redacted like any detail of an error.
		const note =
			`An earlier attempt got no usable reply and the request was sent again (${settled.attempts} attempts in all): ` +
			`the first attempt may have been carried out, and this answer may be to the retry. ` +
			`${truncate(found, ERROR_LIMITS.detailChars, registeredSecrets(this))}: check in ${change.provider} before running it again.`;
		const failed = nodeError(this.getNode(), error, change.itemIndex);
		failed.description = failed.description ? `${failed.description}\n${note}` : note;
		throw failed;
	}
}
