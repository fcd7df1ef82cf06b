import type { IDataObject } from 'n8n-workflow';

import { readCredentials } from '../shared/credentials';
import type { ProviderFailure } from '../shared/errors';
import type { HttpContext, HttpResponse } from '../shared/http';
import { isSuccess } from '../shared/http';
import type { ParsedReply, ProviderRequest } from '../shared/provider';
import { providerRequest, readReply } from '../shared/provider';

export const PROVIDER = 'Omnix V6';
export const CREDENTIAL = 'omnixV6Api';

interface OmnixCredentials {
	domain: string;
	apiPath?: string;
	apiKey: string;
}

/** `https://host` + `/v6-api/rest`, tolerant of stray slashes and a pasted full API URL. */
export function apiBaseUrl(credentials: OmnixCredentials): string {
	const domain = String(credentials.domain ?? '').trim().replace(/\/+$/, '');
	const path = String(credentials.apiPath || '/v6-api/rest').trim().replace(/^\/+|\/+$/g, '');
	if (domain.endsWith(`/${path}`)) return domain;
	return `${domain}/${path}`;
}

/** Omnix's error shapes: `{ httpStatusCode, msg, violations: [...] }`. */
function failure(response: HttpResponse, parsed: ParsedReply): ProviderFailure | undefined {
	if (isSuccess(response)) return undefined;
	const body = (parsed.ok ? parsed.value : undefined) as
		| { msg?: unknown; violations?: unknown; httpStatusCode?: unknown }
		| undefined;
	const status = response.statusCode;
	const msg = typeof body?.msg === 'string' ? body.msg : undefined;
	const violations = Array.isArray(body?.violations)
		? body!.violations.map(String)
		: body?.violations && typeof body.violations === 'object'
			? Object.values(body.violations as IDataObject).map(String)
			: undefined;
	if (status === 401) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message: msg ?? 'Unauthorised',
			hint: 'The API key was refused. Check the API Key in the Omnix V6 credential, and that it belongs to a CUSTOMER_SERVICE or CUSTOMER-ROLE user.',
		};
	}
	if (status === 400) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message: msg ?? 'Bad Request',
			details: violations,
			hint: 'Correct the fields named above (format: field - error - suggestion).',
		};
	}
	return {
		provider: PROVIDER,
		httpCode: status,
		message: msg ?? (parsed.ok ? `HTTP ${status}` : parsed.unreadable),
		details: violations,
	};
}

export interface OmnixRequest extends ProviderRequest {
	/** A JSON body (POST /consignments), or a file's bytes sent as they are (with `contentType`). */
	body?: IDataObject | Buffer;
	/** The Content-Type of a body of bytes, e.g. `text/csv` (POST /products/importcsv). */
	contentType?: string;
	/**
	 * `bytes`: the reply is not read here (an undocumented reply the operation reads itself); a
	 * failure is still judged on the reply read as JSON, so V6's error bodies keep their message.
	 */
	reply?: 'json' | 'bytes';
}

/**
 * One request to the V6 REST API, authenticated with `Authorization: ApiKey …`. A POST (a
 * consignment create) is never sent twice: the shared core retries only requests that are safe to
 * repeat, so a create whose reply was lost is reported, not repeated.
 */
export async function apiRequest(this: HttpContext, request: OmnixRequest): Promise<unknown> {
	const credentials = await readCredentials<OmnixCredentials>(this, CREDENTIAL, (c) => [c.apiKey]);
	return await providerRequest.call(this, request, {
		provider: PROVIDER,
		credentialType: CREDENTIAL,
		url: `${apiBaseUrl(credentials)}${request.path}`,
		headers: { Accept: 'application/json', ...(request.contentType ? { 'Content-Type': request.contentType } : {}) },
		// A body object is sent as JSON with its Content-Type by the shared core; bytes as they are.
		body: request.body,
		reply: request.reply ?? 'json',
		failure: request.reply === 'bytes' ? (response) => failure(response, readReply(response, 'json')) : failure,
	});
}
