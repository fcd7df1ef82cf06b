import type { IDataObject } from 'n8n-workflow';

import { ACCOUNT_NAME_REFUSED, invoiceXpressAccount } from '../../credentials/InvoiceXpressApi.credentials';
import type { RateBudget } from '../shared/budget';
import { readCredentials } from '../shared/credentials';
import type { ProviderFailure } from '../shared/errors';
import type { HttpContext, HttpResponse } from '../shared/http';
import { DEFAULT_RETRY, isSuccess } from '../shared/http';
import { CredentialValueError } from '../shared/input';
import type { ListPage } from '../shared/paging';
import { readWholeList } from '../shared/paging';
import type { ParsedReply, ProviderRequest, ReplyShape } from '../shared/provider';
import { isJsonObject, providerRequest } from '../shared/provider';
import { buildXml, xmlList } from '../shared/xml';

export const PROVIDER = 'InvoiceXpress';
export const CREDENTIAL = 'invoiceXpressApi';

/**
 * InvoiceXpress's request budget. Its integrators report 780 requests a minute per account; no
 * stored InvoiceXpress page states a limit, so the node keeps to the stricter reading of that
 * figure: at most 13 requests started in any second (which also keeps any minute at 780), and,
 * after a 429, to the pace it shows.
 */
export const RATE_BUDGET: RateBudget = { limit: 13, windowMs: 1000, learn: true };

export type Flavour = 'current' | 'legacy';

interface InvoiceXpressCredentials {
	accountName: string;
	apiKey: string;
	flavour?: Flavour;
	baseUrl?: string;
}

/**
 * The two APIs of an account. `current`: the JSON API at `{account}.app.invoicexpress.com`.
 * `legacy`: the XML API at `{account}.invoicexpress.net`, of which InvoiceXpress documents one
 * request only, `PUT /invoices/:invoice-id.xml` (invoices.update).
 */
export type Api = Flavour;

/**
 * Where requests to `api` go: the custom base URL when set, else that API's host for the account
 * (from its name, its host or a pasted link). Any other Account Name is refused with the sentence
 * the credential's Test button shows.
 */
export function baseUrlOf(credentials: InvoiceXpressCredentials, api: Api): string {
	const custom = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (custom) return custom;
	const account = invoiceXpressAccount(credentials.accountName);
	if (account === undefined) {
		throw new CredentialValueError(
			ACCOUNT_NAME_REFUSED,
			'Open the InvoiceXpress credential and correct the Account Name: "acme" for https://acme.app.invoicexpress.com.',
		);
	}
	return api === 'legacy' ? `https://${account}.invoicexpress.net` : `https://${account}.app.invoicexpress.com`;
}

/** The credential, its API key registered as a secret of this run. */
async function credentialsOf(context: HttpContext): Promise<InvoiceXpressCredentials> {
	return await readCredentials<InvoiceXpressCredentials>(context, CREDENTIAL, (c) => [String(c.apiKey ?? '')]);
}

export interface InvoiceXpressRequest extends ProviderRequest {
	/** Path without its extension, e.g. `/invoices/12`; `.json` is added (`.xml` for `legacyXml`). */
	path: string;
	/**
	 * True for the one request the legacy API documents, `PUT /invoices/:invoice-id.xml`: with the
	 * Legacy (XML) flavour it goes to `{account}.invoicexpress.net` as XML. Every other request
	 * goes to the current JSON API in both flavours (same account, same key).
	 */
	legacyXml?: boolean;
	/** Sent as `{"root": value}` (JSON) or `<root>…</root>` (XML). */
	body?: { root: string; value: IDataObject };
	/** What a 404 means for this request, e.g. "Invoice 12 is unknown". */
	notFound?: string;
	/**
	 * Whether sending it twice is harmless (default: by method). False for a PUT that does
	 * something each time, e.g. email-document: it is then not repeated after a failure that may
	 * have reached InvoiceXpress (a 429 is still retried: it was not processed).
	 */
	idempotent?: boolean;
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

/** Where the request went, for a refused key: the flavour decides it only for the documented XML update. */
function refusedKeyHint(account: string, flavour: Flavour | undefined, api: Api): string {
	const hint = `The API key was refused for account "${account}". Check the API Key and Account Name in the InvoiceXpress credential (the key is under Account → Account Overview → API).`;
	if (flavour !== 'legacy' || api === 'legacy') return hint;
	return `${hint} With the Legacy (XML) flavour only Update of an Invoice uses the legacy XML API; this operation uses the current JSON API (${account}.app.invoicexpress.com) with the same key.`;
}

interface Sent {
	account: string;
	flavour: Flavour | undefined;
	api: Api;
}

function failure(response: HttpResponse, read: ParsedReply, request: InvoiceXpressRequest, sent: Sent): ProviderFailure | undefined {
	if (isSuccess(response)) return undefined;
	const status = response.statusCode;
	const lines = read.ok ? errorLines(read.value) : [];
	if (status === 401) {
		return {
			provider: PROVIDER,
			httpCode: status,
			message: lines[0] ?? 'Access denied',
			hint: refusedKeyHint(sent.account, sent.flavour, sent.api),
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
 * One request to InvoiceXpress: `.json` + JSON bodies to the current API, or, for the documented
 * legacy update (`legacyXml`) with the Legacy (XML) flavour, `.xml` + an XML body to the legacy
 * host; the reply read either way into the JSON API's shape. The key is added by the credential
 * as `api_key`.
 */
export async function apiRequest(this: HttpContext, request: InvoiceXpressRequest): Promise<unknown> {
	const credentials = await credentialsOf(this);
	const api: Api = request.legacyXml && credentials.flavour === 'legacy' ? 'legacy' : 'current';
	const xml = api === 'legacy';
	const headers: Record<string, string> = { Accept: xml ? 'application/xml' : 'application/json' };
	let body: IDataObject | string | undefined;
	if (request.body) {
		if (xml) {
			body = buildXml(request.body.root, jsonToXml(request.body.value) as Record<string, unknown>);
			headers['Content-Type'] = 'application/xml; charset=utf-8';
		} else {
			body = { [request.body.root]: request.body.value };
		}
	}
	const sent: Sent = { account: String(credentials.accountName ?? ''), flavour: credentials.flavour, api };
	return await providerRequest.call(this, request, {
		provider: PROVIDER,
		credentialType: CREDENTIAL,
		url: `${baseUrlOf(credentials, api)}${request.path}.${xml ? 'xml' : 'json'}`,
		arrayFormat: 'brackets',
		headers,
		body,
		idempotent: request.idempotent,
		retry: { ...DEFAULT_RETRY, budget: RATE_BUDGET },
		reply: xml ? 'xml-or-json' : 'json-or-xml',
		readableAs: xml ? 'XML' : 'JSON',
		decode: (value, format) => (format === 'xml' ? readXml(value as Record<string, unknown>) : value),
		failure: (response, read) => failure(response, read, request, sent),
	});
}

/**
 * The one document of a reply: `{"invoice_receipt": {…}}` (the key names the type), or
 * `<invoice>…</invoice>`; undefined for an empty reply (or any other).
 */
export function documentOf(data: unknown): IDataObject | undefined {
	if (!isJsonObject(data)) return undefined;
	const entries = Object.entries(data).filter(([k]) => !k.endsWith('@'));
	return entries.length === 1 && isJsonObject(entries[0][1]) ? entries[0][1] : undefined;
}

/** A reply holding one document (Get, Create, Change State). */
export const DOCUMENT: ReplyShape = {
	expected: 'one document ({"invoice": {…}})',
	matches: (body) => documentOf(body) !== undefined,
};

/** A reply holding one document, or nothing (Update and Send by Email answer 200 with an empty body). */
export const DOCUMENT_OR_EMPTY: ReplyShape = {
	expected: 'an empty reply or one document ({"invoice": {…}})',
	matches: (body) => body === undefined || documentOf(body) !== undefined,
};

/**
 * A page of a list: JSON `{"invoices":[…],"pagination":{…}}` or XML `<invoices type="array"
 * current_page=…>`; `key` is the list's key (`invoices`, `clients`, `items`, `taxes`, `sequences`…).
 */
export function pageShape(key = 'invoices', noun = 'documents'): ReplyShape {
	return {
		expected: `a list of ${noun} ({"${key}": […]})`,
		matches: (body) => isJsonObject(body) && Array.isArray(body[key]),
	};
}

/** A page of the document list (GET /invoices.json and the other document lists). */
export const PAGE: ReplyShape = pageShape();

export interface Page {
	records: IDataObject[];
	currentPage: number;
	totalPages: number;
	/** `total_entries`: how many records the list holds, when the reply states it. */
	totalEntries?: number;
}

/** A number the reply states, or undefined. */
function stated(value: unknown): number | undefined {
	const n = typeof value === 'string' || typeof value === 'number' ? Number(value) : NaN;
	return Number.isFinite(n) ? n : undefined;
}

/** A list reply checked by `pageShape(key)`: its records and where it stands in the pages. */
export function pageOf(data: IDataObject, key = 'invoices'): Page {
	const records = data[key] as IDataObject[];
	const pagination = ((data.pagination as IDataObject | undefined) ?? (data[`${key}@`] as IDataObject | undefined) ?? {}) as IDataObject;
	return {
		records,
		currentPage: stated(pagination.current_page) ?? 1,
		totalPages: stated(pagination.total_pages) ?? 1,
		totalEntries: stated(pagination.total_entries),
	};
}

/** Which list a paged request reads: its reply key and what its records are called in messages. */
export interface ListOf {
	/** The reply's list key, e.g. `clients` for `{"clients": […], "pagination": {…}}`. */
	key: string;
	/** Singular, for messages: "client". */
	noun: string;
}

/** The document list (GET /invoices.json, /estimates.json, /guides.json…). */
export const DOCUMENTS: ListOf = { key: 'invoices', noun: 'document' };

/**
 * A list with its filters (`per_page` in `qs`), page after page as `pagination.total_pages` says,
 * until the last page or until `limit` records were collected, each record once. A page stating
 * another `total_entries` (or, without it, `total_pages`) than page 1 means the list changed
 * between them, and it is read again from page 1 (see `readWholeList`).
 */
export async function apiRequestAllItems(
	this: HttpContext,
	request: InvoiceXpressRequest,
	limit?: number,
	list: ListOf = DOCUMENTS,
): Promise<IDataObject[]> {
	const shape = pageShape(list.key, `${list.noun}s`);
	const fetchPage = async (page: number): Promise<ListPage> => {
		const body = await apiRequest.call(this, { ...request, qs: { ...request.qs, page }, shape });
		const result = pageOf(body as IDataObject, list.key);
		return {
			records: result.records,
			total: result.totalEntries ?? result.totalPages,
			last: result.currentPage >= result.totalPages || result.records.length === 0,
		};
	};
	return await readWholeList(this, fetchPage, { limit, noun: list.noun });
}

/**
 * Download the generated PDF from the `pdfUrl` InvoiceXpress gave. That address is a signed link
 * on a file host, not the API: it is fetched WITHOUT the credential, so the API key never travels
 * to another host. Transient failures are retried by the shared HTTP core (a GET is safe to repeat).
 */
export async function downloadFile(this: HttpContext, url: string, itemIndex: number, timeout?: number): Promise<Buffer> {
	// Read for its secrets only: any error of this run keeps the key out.
	await credentialsOf(this);
	const body = await providerRequest.call(this, { method: 'GET', path: url, itemIndex, timeout }, {
		provider: PROVIDER,
		url,
		reply: 'bytes',
		failure: (response) =>
			isSuccess(response)
				? undefined
				: {
						provider: PROVIDER,
						httpCode: response.statusCode,
						message: `Downloading the PDF failed with HTTP ${response.statusCode}`,
						hint: 'The PDF link may have expired: run the node again.',
					},
	});
	return body as Buffer;
}
