import type { IDataObject } from 'n8n-workflow';

import { readCredentials } from '../shared/credentials';
import type { ProviderFailure } from '../shared/errors';
import { inputError } from '../shared/errors';
import type { HttpContext, HttpResponse } from '../shared/http';
import { isSuccess } from '../shared/http';
import type { MultipartBody, StreamedMultipartBody } from '../shared/multipart';
import type { ParsedReply, ProviderRequest } from '../shared/provider';
import { isJsonObject, providerRequest } from '../shared/provider';

export const PROVIDER = 'i.materialise';
export const CREDENTIAL = 'iMaterialiseApi';

const BASE_URLS: Record<string, string> = {
	production: 'https://i.materialise.com',
	sandbox: 'https://imatsandbox.materialise.net',
};

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** The format asked of i.materialise for its reply (option "Response Format"). */
export type ResponseFormat = 'json' | 'xml';

const ACCEPT: Record<ResponseFormat, string> = { json: 'application/json', xml: 'application/xml' };

interface IMaterialiseCredentials {
	apiCode: string;
	environment?: string;
	baseUrl?: string;
}

/** The server's root (without /web-api) for the credential's environment. */
export function apiBaseUrl(credentials: IMaterialiseCredentials): string | undefined {
	const environment = credentials.environment || 'production';
	if (environment !== 'custom') return BASE_URLS[environment];
	const raw = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '').replace(/\/web-api$/, '');
	try {
		const url = new URL(raw);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	} catch {
		return undefined;
	}
	return raw;
}

/**
 * What the user should do about each documented error code. The provider's own message is kept
 * as the error's message; this is the hint under it.
 */
export const CODE_HINTS: Record<number, string> = {
	100: 'No order has this Order ID. Check the Order ID (as returned when the order was placed) and that the credential points at the same environment (production or sandbox) the order was placed on.',
	101: 'The order was placed with a different API code, or the API code is not known. Use the credential holding the API code the order was created with, and make sure production and sandbox codes are not mixed up.',
	103: 'The order is already shipped or cancelled, so its documents can no longer be changed. Only upload documents for orders that are still open.',
	104: 'The File URL was not recognised as a link. Give a complete http:// or https:// address.',
	105: 'i.materialise could not download the file from the File URL, or the download timed out. Make sure the address is reachable from the internet without logging in, and that the server answers quickly.',
	106: 'Send the document as .doc, .docx, .pdf, .xls or .xlsx. Convert the file, or fix its file name extension if it is wrong.',
	107: 'The request carried no document. Choose a binary property that holds the file, or give a File URL.',
	108: 'The file is empty (0 bytes). Check the node that produced the file.',
	109: 'The document is larger than 10 MB. Compress or split it, or reduce image resolution, and send it again.',
	110: 'Send either a file or a File URL, not both.',
};

/** The JSON shape of an XML reply: root element dropped, names in lowerCamelCase, `code` numeric. */
export function xmlToJsonShape(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(xmlToJsonShape);
	if (value && typeof value === 'object') {
		const out: IDataObject = {};
		for (const [key, v] of Object.entries(value as IDataObject)) {
			if (key.startsWith('@')) continue; // xmlns and other attributes
			const name = key === '#text' ? 'value' : key.charAt(0).toLowerCase() + key.slice(1);
			out[name] = xmlToJsonShape(v) as IDataObject[string];
			if (name === 'code' && typeof out[name] === 'string' && /^\d+$/.test(out[name] as string)) {
				out[name] = Number(out[name]);
			}
		}
		return out;
	}
	return value;
}

/**
 * A reply in the one shape the node outputs: an XML reply without its root element, its names in
 * lowerCamelCase as in JSON; an empty reply `{}`; a bare value `{ value }`.
 */
function decode(value: unknown, format: 'json' | 'xml'): IDataObject {
	let shaped = value;
	if (format === 'xml') {
		const [root] = Object.keys(value as IDataObject);
		shaped = xmlToJsonShape(root ? (value as IDataObject)[root] : {});
	}
	if (shaped === undefined) return {};
	return isJsonObject(shaped) ? shaped : { value: shaped as IDataObject[string] };
}

/** The documented `{ error: { message, code } }`, whatever the HTTP status. */
function documentedError(reply: unknown): { code?: number | string; message?: string } | undefined {
	const error = isJsonObject(reply) ? reply.error : undefined;
	if (!error || typeof error !== 'object') return undefined;
	const { code, message } = error as IDataObject;
	const numeric = typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : code;
	return {
		code: typeof numeric === 'number' || typeof numeric === 'string' ? numeric : undefined,
		message: typeof message === 'string' ? message : undefined,
	};
}

/** A documented error code (whatever the HTTP status), a non-2xx status, or a reply that could not be read. */
function failure(response: HttpResponse, reply: ParsedReply): ProviderFailure | undefined {
	const status = response.statusCode;
	if (reply.ok) {
		const documented = documentedError(reply.value);
		if (!documented && isSuccess(response)) return undefined;
		if (documented) {
			const hint = typeof documented.code === 'number' ? CODE_HINTS[documented.code] : undefined;
			return {
				provider: PROVIDER,
				httpCode: status,
				code: documented.code,
				message: documented.message ?? 'Error without a message',
				hint: hint ?? 'This error code is not in the documentation of the Invoice Add/Update API.',
			};
		}
	}
	const hints: Record<number, string> = {
		401: 'The API code was refused. Check the API Code and the Environment of the i.materialise credential.',
		403: 'The API code was refused. Check the API Code and the Environment of the i.materialise credential.',
		404: 'The address was not found. Check the Environment (and Base URL) of the credential.',
	};
	return {
		provider: PROVIDER,
		httpCode: status,
		message: reply.ok
			? `HTTP ${status}`
			: `Unexpected reply: ${reply.reason === reply.unreadable ? reply.reason : `${reply.reason}; ${reply.unreadable}`}`,
		hint: hints[status],
	};
}

export interface IMaterialiseRequest extends ProviderRequest {
	/** `/web-api/order/{id}/invoice` or `/delivery-note` (the order id already encoded), or `/web-api/orders`. */
	path: string;
	/** The multipart form of an upload (streamed for a file in n8n's binary store); none for a GET. */
	body?: MultipartBody | StreamedMultipartBody;
	responseFormat: ResponseFormat;
}

/** Read the credential (its API code registered as a secret) and check it before any request: the server root. */
async function baseUrlFor(context: HttpContext, itemIndex: number): Promise<string> {
	const credentials = await readCredentials<IMaterialiseCredentials>(context, CREDENTIAL, (c) => {
		const apiCode = String(c.apiCode ?? '').trim();
		// Every form the code may take: as stored, trimmed, and bare (braces dropped, as the header sends it).
		return [String(c.apiCode ?? ''), apiCode, apiCode.replace(/^\{|\}$/g, '')];
	});
	if (!GUID.test(String(credentials.apiCode ?? '').trim())) {
		throw inputError(
			context.getNode(),
			itemIndex,
			'the API code in the i.materialise credential is not a GUID',
			'An i.materialise API code looks like A1F1BAE8-3F1B-4B8D-8D95-D19E17595034 (36 characters). Copy it again from your i.materialise account.',
		);
	}
	const baseUrl = apiBaseUrl(credentials);
	if (!baseUrl) {
		throw inputError(
			context.getNode(),
			itemIndex,
			'the Base URL in the i.materialise credential is not an http(s) address',
			'Set it to the server address, e.g. http://127.0.0.1:5704 for the offline sandbox, or choose Production or Sandbox.',
		);
	}
	return baseUrl;
}

/**
 * One request to the web API (a multipart POST, or the order list's GET) with the APICode header
 * (added by the credential).
 * The reply is read as JSON or XML into one shape; a documented error code (whatever the HTTP
 * status) or a non-2xx status becomes a provider error naming the code and what to do.
 */
export async function apiRequest(this: HttpContext, request: IMaterialiseRequest): Promise<unknown> {
	const baseUrl = await baseUrlFor(this, request.itemIndex ?? 0);
	return await providerRequest.call(this, request, {
		provider: PROVIDER,
		credentialType: CREDENTIAL,
		url: `${baseUrl}${request.path}`,
		headers: { Accept: ACCEPT[request.responseFormat], ...request.body?.headers },
		body: request.body?.body,
		reply: 'json-or-xml',
		decode,
		failure,
	});
}
