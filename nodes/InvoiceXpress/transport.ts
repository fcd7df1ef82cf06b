import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import type { ProviderFailure } from '../shared/errors';
import { providerError } from '../shared/errors';
import type { HttpContext, HttpResponse } from '../shared/http';
import { describeUnreadableBody, isSuccess, readCredentials, sendRequest, tryParseJson } from '../shared/http';
import { buildXml, tryParseXml, xmlList } from '../shared/xml';

export const PROVIDER = 'InvoiceXpress';
export const CREDENTIAL = 'invoiceXpressApi';

export type Flavour = 'current' | 'legacy';

interface InvoiceXpressCredentials {
	accountName: string;
	apiKey: string;
	flavour?: Flavour;
	baseUrl?: string;
}

export interface Connection {
	baseUrl: string;
	flavour: Flavour;
	account: string;
	secrets: string[];
}

/** Where requests go: the custom base URL when set, else the flavour's own host for the account. */
export function baseUrlOf(credentials: InvoiceXpressCredentials): string {
	const custom = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (custom) return custom;
	const account = String(credentials.accountName ?? '').trim();
	return credentials.flavour === 'legacy'
		? `https://${account}.invoicexpress.net`
		: `https://${account}.app.invoicexpress.com`;
}

export async function connection(this: HttpContext): Promise<Connection> {
	const credentials = (await readCredentials.call(this, CREDENTIAL)) as unknown as InvoiceXpressCredentials;
	return {
		baseUrl: baseUrlOf(credentials),
		flavour: credentials.flavour === 'legacy' ? 'legacy' : 'current',
		account: String(credentials.accountName ?? ''),
		secrets: [String(credentials.apiKey ?? '')],
	};
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path without its extension, e.g. `/invoices/12`; `.json` or `.xml` is added per flavour. */
	path: string;
	qs?: IDataObject;
	/** Sent as `{"root": value}` (JSON) or `<root>…</root>` (XML). */
	body?: { root: string; value: IDataObject };
	/** What a 404 means for this request, e.g. "Invoice 12 is unknown". */
	notFound?: string;
	itemIndex?: number;
	/**
	 * Whether sending it twice is harmless (default: by method). False for a PUT that does
	 * something each time, e.g. email-document: it is then not repeated after a failure that may
	 * have reached InvoiceXpress (a 429 is still retried: it was not processed).
	 */
	idempotent?: boolean;
}

export interface ApiReply {
	statusCode: number;
	/** The reply, read as JSON or XML; undefined for an empty body. */
	data: IDataObject | undefined;
}

/**
 * XML as the legacy API writes it, as plain JSON: an element with `type="array"` becomes a list of
 * its children, text stays text, and any other attributes are dropped (the root's are kept by
 * `readXml` for pagination).
 */
export function xmlToJson(value: unknown): unknown {
	if (value === null || value === undefined) return value;
	if (typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(xmlToJson);
	const element = value as Record<string, unknown>;
	const children = Object.keys(element).filter((k) => !k.startsWith('@') && k !== '#text');
	if (element['@type'] === 'array' || element['@type'] === 'list') {
		return children.flatMap((k) => xmlList(element[k]).map(xmlToJson));
	}
	if (children.length === 0) {
		if ('#text' in element) return String(element['#text']);
		return element['@nil'] === 'true' ? null : '';
	}
	const out: IDataObject = {};
	for (const key of children) out[key] = xmlToJson(element[key]) as IDataObject[string];
	return out;
}

/** A parsed XML reply in the JSON API's shape (root attributes other than `type` under `<root>@`). */
function readXml(parsed: Record<string, unknown>): IDataObject {
	const out: IDataObject = {};
	for (const [root, value] of Object.entries(parsed)) {
		out[root] = xmlToJson(value) as IDataObject[string];
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const attributes = Object.entries(value as Record<string, unknown>).filter(
				([k]) => k.startsWith('@') && k !== '@type',
			);
			if (attributes.length) {
				out[`${root}@`] = Object.fromEntries(attributes.map(([k, v]) => [k.slice(1), String(v)]));
			}
		}
	}
	return out;
}

/** JSON → the legacy XML shape: lists become `<items type="array"><item>…</item></items>`. */
export function jsonToXml(value: unknown, name = ''): unknown {
	if (Array.isArray(value)) {
		const child = name.endsWith('s') ? name.slice(0, -1) : 'item';
		return { '@type': 'array', [child]: value.map((v) => jsonToXml(v, child)) };
	}
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			if (v === undefined) continue;
			out[k] = jsonToXml(v, k);
		}
		return out;
	}
	return value;
}

/** The lines of a 422 reply: JSON `{"errors":[{"error":…}]}` (or variants) and XML `<errors><error>`. */
export function errorLines(data: unknown): string[] {
	const errors = (data as { errors?: unknown } | undefined)?.errors;
	const lines: string[] = [];
	const collect = (value: unknown) => {
		if (value === undefined || value === null) return;
		if (typeof value === 'string') lines.push(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (typeof value === 'object') {
			const object = value as Record<string, unknown>;
			if ('error' in object) collect(object.error);
			else if ('message' in object) collect(object.message);
			else for (const [field, v] of Object.entries(object)) collect(typeof v === 'string' ? `${field} ${v}` : v);
		} else lines.push(String(value));
	};
	collect(errors);
	return lines.map((l) => l.trim()).filter((l) => l !== '');
}

function readBody(response: HttpResponse, flavour: Flavour): { ok: true; data: IDataObject | undefined } | { ok: false; reason: string } {
	const text = response.body.toString('utf8');
	if (text.trim() === '') return { ok: true, data: undefined };
	const type = response.headers['content-type'] ?? '';
	const looksXml = /xml/i.test(type) || (!/json/i.test(type) && text.trimStart().startsWith('<?xml'));
	if (looksXml || (flavour === 'legacy' && !/json/i.test(type))) {
		const document = tryParseXml(text);
		if (!document.ok) {
			return {
				ok: false,
				reason: /^\s*<!doctype html|^\s*<html/i.test(text) ? describeUnreadableBody(response) : document.reason,
			};
		}
		return { ok: true, data: readXml(document.value) };
	}
	const parsed = tryParseJson(response);
	if (!parsed.ok) return { ok: false, reason: describeUnreadableBody(response) };
	return { ok: true, data: parsed.value as IDataObject | undefined };
}

function failure(response: HttpResponse, flavour: Flavour, request: ApiRequest, account: string): ProviderFailure {
	const status = response.statusCode;
	const read = readBody(response, flavour);
	const lines = read.ok ? errorLines(read.data) : [];
	if (status === 401) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message: lines[0] ?? 'Access denied',
			hint: `The API key was refused for account "${account}". Check the API Key and Account Name in the InvoiceXpress credential (the key is under Account → Account Overview → API).`,
		};
	}
	if (status === 404) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message: request.notFound ?? lines[0] ?? 'Not Found',
			hint: request.notFound
				? 'The ID does not match any document of this type in the account: check the ID and the Document Type.'
				: undefined,
		};
	}
	if (status === 422) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message:
				lines.length === 0
					? read.ok
						? 'Some of the parameters sent were incorrect'
						: `Some of the parameters sent were incorrect, and the reply could not be read: ${read.reason}`
					: lines.length === 1
						? lines[0]
						: `${lines[0]} (and ${lines.length - 1} more)`,
			details: lines.length > 1 ? lines : undefined,
			hint: 'InvoiceXpress refused the document: correct the fields named above.',
		};
	}
	return {
		provider: PROVIDER,
		httpCode: status,
		message: lines[0] ?? (read.ok ? `HTTP ${status}` : read.reason),
		details: lines.length > 1 ? lines : undefined,
	};
}

/**
 * One request to InvoiceXpress, in the credential's flavour: `.json` + JSON bodies on the current
 * API, `.xml` + XML bodies on the legacy one. The key is added by the credential as `api_key`.
 */
export async function apiRequest(this: HttpContext, request: ApiRequest): Promise<ApiReply> {
	const conn = await connection.call(this);
	const { flavour, secrets } = conn;
	const extension = flavour === 'legacy' ? 'xml' : 'json';
	const headers: Record<string, string> = {
		Accept: flavour === 'legacy' ? 'application/xml' : 'application/json',
	};
	let body: IDataObject | string | undefined;
	if (request.body) {
		if (flavour === 'legacy') {
			body = buildXml(request.body.root, jsonToXml(request.body.value) as Record<string, unknown>);
			headers['Content-Type'] = 'application/xml; charset=utf-8';
		} else {
			body = { [request.body.root]: request.body.value };
		}
	}
	const response = await sendRequest.call(
		this,
		{
			method: request.method,
			url: `${conn.baseUrl}${request.path}.${extension}`,
			qs: request.qs,
			arrayFormat: 'brackets',
			headers,
			body,
			idempotent: request.idempotent,
		},
		{ credentialType: CREDENTIAL, provider: PROVIDER, secrets, itemIndex: request.itemIndex },
	);
	if (!isSuccess(response)) {
		throw providerError(this.getNode(), failure(response, flavour, request, conn.account), secrets, request.itemIndex);
	}
	const read = readBody(response, flavour);
	if (!read.ok) {
		throw providerError(
			this.getNode(),
			{
				provider: PROVIDER,
				httpCode: response.statusCode,
				message: `Expected ${flavour === 'legacy' ? 'XML' : 'JSON'} but got ${read.reason}`,
			},
			secrets,
			request.itemIndex,
		);
	}
	return { statusCode: response.statusCode, data: read.data };
}

/**
 * The one document in a reply: `{"invoice_receipt": {…}}` (the key names the type) or
 * `<invoice>…</invoice>`.
 */
export function documentOf(data: IDataObject | undefined): IDataObject | undefined {
	if (!data) return undefined;
	const entries = Object.entries(data).filter(([k]) => !k.endsWith('@'));
	if (entries.length === 1 && entries[0][1] && typeof entries[0][1] === 'object' && !Array.isArray(entries[0][1])) {
		return entries[0][1] as IDataObject;
	}
	return data;
}

export interface Page {
	invoices: IDataObject[];
	currentPage: number;
	totalPages: number;
}

/** A list reply: JSON `{"invoices":[…],"pagination":{…}}` or XML `<invoices type="array" current_page=…>`. */
export function pageOf(data: IDataObject | undefined): Page {
	const invoices = (Array.isArray(data?.invoices) ? data!.invoices : []) as IDataObject[];
	const pagination = ((data?.pagination as IDataObject | undefined) ?? (data?.['invoices@'] as IDataObject | undefined) ?? {}) as IDataObject;
	const currentPage = Number(pagination.current_page ?? 1);
	const totalPages = Number(pagination.total_pages ?? 1);
	return {
		invoices,
		currentPage: Number.isFinite(currentPage) ? currentPage : 1,
		totalPages: Number.isFinite(totalPages) ? totalPages : 1,
	};
}

/**
 * GET /invoices with the filters, page after page as `pagination.total_pages` says, until the
 * last page or until `limit` documents were collected.
 */
export async function apiRequestAllItems(
	this: IExecuteFunctions,
	qs: IDataObject,
	perPage: number,
	limit: number | undefined,
	itemIndex: number,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const reply = await apiRequest.call(this, {
			method: 'GET',
			path: '/invoices',
			qs: { ...qs, page, per_page: perPage },
			itemIndex,
		});
		const result = pageOf(reply.data);
		out.push(...result.invoices);
		if (limit !== undefined && out.length >= limit) return out.slice(0, limit);
		if (result.currentPage >= result.totalPages || result.invoices.length === 0) return out;
	}
}

/**
 * Download the generated PDF from the `pdfUrl` InvoiceXpress gave. That address is a signed link
 * on a file host, not the API: it is fetched WITHOUT the credential, so the API key never travels
 * to another host. Transient failures are retried by the shared HTTP core (a GET is safe to repeat).
 */
export async function downloadFile(this: IExecuteFunctions, url: string, itemIndex: number): Promise<Buffer> {
	const { secrets } = await connection.call(this);
	const response = await sendRequest.call(this, { method: 'GET', url }, { provider: PROVIDER, secrets, itemIndex });
	if (!isSuccess(response)) {
		throw providerError(
			this.getNode(),
			{
				provider: PROVIDER,
				httpCode: response.statusCode,
				message: `Downloading the PDF failed with HTTP ${response.statusCode}`,
				hint: 'The PDF link may have expired: run the node again.',
			},
			secrets,
			itemIndex,
		);
	}
	return response.body;
}
