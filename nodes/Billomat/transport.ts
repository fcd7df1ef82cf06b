import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { BILLOMAT_ID_REFUSED, billomatAccount, billomatAddressProblem } from '../../credentials/BillomatApi.credentials';
import { readCredentials } from '../shared/credentials';
import type { ProviderFailure } from '../shared/errors';
import { inputError, nodeError } from '../shared/errors';
import type { HttpContext, HttpResponse, RetryPolicy } from '../shared/http';
import { DEFAULT_RETRY, isSuccess } from '../shared/http';
import { CredentialValueError, runParameter } from '../shared/input';
import type { ListPage } from '../shared/paging';
import { listChangedMarker, readWholeList } from '../shared/paging';
import type { ParsedReply, ProviderRequest, ReplyShape, StateCheck } from '../shared/provider';
import { confirmedStateChange, lastSettledRequest, providerRequest, readReply } from '../shared/provider';
import { xmlList, xmlText } from '../shared/xml';
import { DEFAULT_MAX_WAIT_SECONDS, listShape, readList, recordShape, requestOptions, unwrapRecord } from './helpers';

export const PROVIDER = 'Billomat';
export const CREDENTIAL = 'billomatApi';
/** Billomat's largest page. */
export const MAX_PER_PAGE = 1000;

interface BillomatCredentials {
	billomatId?: string;
	apiKey: string;
	appId?: string;
	appSecret?: string;
	baseUrl?: string;
}

/**
 * `https://{id}.billomat.net/api`, from `mycompany`, `mycompany.billomat.net` or a pasted link
 * (with `:443`, a path or a query); the credential's Base URL replaces it when set (sandbox,
 * proxies). Any other Billomat ID is refused with the sentence the credential's Test button shows.
 */
export function apiBaseUrl(credentials: Pick<BillomatCredentials, 'billomatId' | 'baseUrl'>): string {
	const override = String(credentials.baseUrl ?? '').trim();
	if (override) return override.replace(/\/+$/, '');
	const account = billomatAccount(credentials.billomatId);
	if (account === undefined) {
		throw new CredentialValueError(
			billomatAddressProblem(credentials) ?? BILLOMAT_ID_REFUSED,
			'Open the Billomat credential and correct the Billomat ID: "mycompany" for https://mycompany.billomat.net.',
		);
	}
	return `https://${account}.billomat.net/api`;
}

// ---------------------------------------------------------------------------------------------
// Rate limit: 300 requests per clock quarter per account. Billomat says what is left in
// X-Rate-Limit-Remaining and when the budget refills in X-Rate-Limit-Reset (epoch seconds).
// The last reply's numbers are kept per account (a hash of base URL, key and app, never the key
// itself: the memory outlives the execution), so the next request (in this or a later item or
// execution) waits for the refill instead of burning a 429.

interface Budget {
	remaining: number;
	resetAtMs: number;
}

const budgets = new Map<string, Budget>();

/** Waits end this long after the announced reset, for clocks that differ a little. */
const RESET_MARGIN_MS = 250;

/** Forget what is known of every account's budget (tests). */
export function forgetRateLimits(): void {
	budgets.clear();
}

/** The keys budgets are remembered under (tests: digests, never a credential value). */
export function rememberedBudgetKeys(): string[] {
	return [...budgets.keys()];
}

/** The key an account's budget is remembered under: a digest, so no credential value is kept. */
export function budgetKey(baseUrl: string, credentials: Pick<BillomatCredentials, 'apiKey' | 'appId'>): string {
	return createHash('sha256')
		.update([baseUrl, credentials.apiKey, String(credentials.appId ?? '').trim()].join('\n'))
		.digest('hex');
}

function resetAtMs(response: HttpResponse): number | undefined {
	const raw = response.headers['x-rate-limit-reset'];
	if (raw === undefined || !/^\d+(\.\d+)?$/.test(raw.trim())) return undefined;
	return Math.round(parseFloat(raw) * 1000);
}

function remainingOf(response: HttpResponse): number | undefined {
	const raw = response.headers['x-rate-limit-remaining'];
	return raw === undefined || !/^-?\d+$/.test(raw.trim()) ? undefined : parseInt(raw, 10);
}

/** The budget a reply states: requests left and when it refills (epoch ms). */
function statedBudget(response: HttpResponse): { remaining: number; resetAtMs: number } | undefined {
	const remaining = remainingOf(response);
	const reset = resetAtMs(response);
	return remaining === undefined || reset === undefined ? undefined : { remaining, resetAtMs: reset + RESET_MARGIN_MS };
}

function remember(key: string, response: HttpResponse): void {
	const remaining = remainingOf(response);
	const reset = resetAtMs(response);
	if (remaining === undefined || reset === undefined) return;
	budgets.set(key, { remaining, resetAtMs: reset });
}

/**
 * How long a 429 asks to wait by Billomat's own headers: until the reset, but only when the budget
 * is spent (Remaining 0). A 429 with budget left is a short burst limit: its Retry-After (or the
 * shared backoff) applies, not the end of the quarter hour.
 */
export function budgetResetWaitMs(response: HttpResponse, now = Date.now()): number | undefined {
	const remaining = remainingOf(response);
	const reset = resetAtMs(response);
	if (remaining === undefined || remaining > 0 || reset === undefined) return undefined;
	return Math.max(0, reset + RESET_MARGIN_MS - now);
}

function tooLong(context: HttpContext, waitMs: number, maxWaitMs: number, itemIndex?: number): NodeApiError {
	return new NodeApiError(
		context.getNode(),
		{ provider: PROVIDER, httpCode: 429 },
		{
			message: `${PROVIDER} rate limit used up: the budget refills in ${Math.ceil(waitMs / 1000)} s, longer than the maximum wait of ${Math.ceil(maxWaitMs / 1000)} s`,
			description:
				'Billomat allows 300 requests per quarter hour per account (more with a registered app). Raise the node option "Max Rate-Limit Wait" or run the workflow later.',
			httpCode: '429',
			itemIndex,
		},
	);
}

async function waitForBudget(context: HttpContext, key: string, maxWaitMs: number, itemIndex?: number) {
	const budget = budgets.get(key);
	if (!budget || budget.remaining > 0) return;
	const waitMs = budget.resetAtMs + RESET_MARGIN_MS - Date.now();
	if (waitMs <= 0) {
		budgets.delete(key);
		return;
	}
	if (waitMs > maxWaitMs) throw tooLong(context, waitMs, maxWaitMs, itemIndex);
	await sleep(waitMs);
	budgets.delete(key);
}

/**
 * With several items in flight (Concurrent Requests), a run's first requests would all start
 * before any reply had said what is left of the budget. Until the run's first reply for an account
 * whose budget is not remembered, its other requests wait for that reply, so a nearly spent budget
 * is seen (and waited for, or refused with the message above) before it is overdrawn. Returns the
 * call that ends the wait, for the request that goes first.
 */
const firstReplies = new WeakMap<object, Map<string, Promise<void>>>();

async function firstReplyOfRun(context: HttpContext, key: string): Promise<(() => void) | undefined> {
	let perRun = firstReplies.get(context);
	if (!perRun) {
		perRun = new Map();
		firstReplies.set(context, perRun);
	}
	const pending = perRun.get(key);
	if (pending) {
		await pending;
		return undefined;
	}
	if (budgets.has(key)) {
		perRun.set(key, Promise.resolve());
		return undefined;
	}
	let done: () => void = () => undefined;
	perRun.set(key, new Promise<void>((resolve) => (done = resolve)));
	return done;
}

// ---------------------------------------------------------------------------------------------
// Errors: `{"errors":{"error":"msg"}}` or `{"errors":{"error":["msg",…]}}` (XML alike).

function errorMessages(reply: ParsedReply): string[] | undefined {
	// Neither JSON nor XML leaves `errors` unset: the reply is then described from its raw bytes.
	const errors = reply.ok ? (reply.value as { errors?: { error?: unknown } } | undefined)?.errors?.error : undefined;
	const list = xmlList(errors)
		.map((e) => (typeof e === 'string' ? e : xmlText(e) ?? JSON.stringify(e)))
		.filter((e) => e !== '');
	return list.length ? list : undefined;
}

const STATUS_HINTS: Record<number, string> = {
	401: 'Billomat refused the credential. Check the API key and the Billomat ID (or Base URL) in the Billomat credential.',
	403: 'The user of this API key may not do this, or the App ID / App Secret do not match. Check the user’s rights in Billomat.',
	404: 'No such record in this Billomat account. Check the ID.',
	429: 'The rate limit (300 requests per quarter hour) is used up. Raise "Max Rate-Limit Wait" or run the workflow later.',
};

/** Billomat's failure for a non-2xx reply; its body is read as JSON or XML even where a file was asked for. */
function failure(response: HttpResponse, hints: Record<number, string>): ProviderFailure | undefined {
	if (isSuccess(response)) return undefined;
	const status = response.statusCode;
	const reply = readReply(response, 'json-or-xml');
	const messages = errorMessages(reply);
	return {
		provider: PROVIDER,
		httpCode: status,
		// A reply read whole but without Billomat's errors (a gateway's JSON) is named by its status, not as unreadable.
		message: messages ? messages.join('; ') : status >= 400 && !reply.ok ? reply.unreadable : `HTTP ${status}`,
		details: messages && messages.length > 1 ? messages : undefined,
		hint: hints[status] ?? STATUS_HINTS[status],
	};
}

// ---------------------------------------------------------------------------------------------

export interface BillomatRequest extends ProviderRequest {
	body?: IDataObject;
	/** The reply is a file (e.g. `format=pdf`): its bytes, not parsed JSON (with `returnFullResponse`, its headers too). */
	raw?: boolean;
	/** Longest wait for the rate limit, from the node option "Max Rate-Limit Wait" (ms). */
	maxWaitMs?: number;
	/** An operation's own advice per HTTP status, e.g. Update's "only drafts can be edited". */
	hints?: Record<number, string>;
}

/**
 * The base URL and budget key of a credential, worked out once per node run: the credential object
 * is read once per run (`readCredentials`), so it keys them, and nothing outlives the run.
 */
const accounts = new WeakMap<object, { baseUrl: string; key: string }>();

function accountOf(credentials: BillomatCredentials): { baseUrl: string; key: string } {
	let account = accounts.get(credentials);
	if (!account) {
		const baseUrl = apiBaseUrl(credentials);
		account = { baseUrl, key: budgetKey(baseUrl, credentials) };
		accounts.set(credentials, account);
	}
	return account;
}

/**
 * One request to the Billomat API: the parsed JSON reply (undefined for an empty 200), or the
 * file's bytes with `raw`. The API key (and app) headers are added by the credential.
 */
export async function apiRequest(this: HttpContext, request: BillomatRequest): Promise<unknown> {
	const credentials = await readCredentials<BillomatCredentials>(this, CREDENTIAL, (c) => [c.apiKey, c.appSecret, c.appId]);
	if (!String(credentials.baseUrl ?? '').trim() && !String(credentials.billomatId ?? '').trim()) {
		throw new NodeOperationError(this.getNode(), 'The Billomat credential has neither a Billomat ID nor a Base URL', {
			itemIndex: request.itemIndex,
			description: 'Open the Billomat credential and fill in the Billomat ID: "mycompany" for https://mycompany.billomat.net.',
		});
	}
	const { baseUrl, key } = accountOf(credentials);
	const maxWaitMs = request.maxWaitMs ?? DEFAULT_MAX_WAIT_SECONDS * 1000;
	const retry: RetryPolicy = {
		...DEFAULT_RETRY,
		maxWaitMs,
		resetHintMs: (response) => budgetResetWaitMs(response),
		maxWaitHint: 'Raise the node option "Max Rate-Limit Wait" or run the workflow later.',
		// The budget every reply states, so items in flight together never overdraw it.
		budget: { learn: true, fromReply: (headers) => statedBudget({ statusCode: 200, headers, body: Buffer.alloc(0) }) },
	};

	const firstReplyArrived = await firstReplyOfRun(this, key);
	try {
		await waitForBudget(this, key, maxWaitMs, request.itemIndex);
		return await billomatCall.call(this, request, baseUrl, key, retry);
	} finally {
		firstReplyArrived?.();
	}
}

async function billomatCall(this: HttpContext, request: BillomatRequest, baseUrl: string, key: string, retry: RetryPolicy): Promise<unknown> {
	return await providerRequest.call(this, request, {
		provider: PROVIDER,
		credentialType: CREDENTIAL,
		url: `${baseUrl}${request.path}`,
		headers: { Accept: request.raw ? 'application/pdf, application/json' : 'application/json' },
		// A body object is sent as JSON with its Content-Type by the shared core.
		body: request.body,
		retry,
		reply: request.raw ? 'bytes' : 'json',
		observe: (response) => remember(key, response),
		failure: (response) => failure(response, request.hints ?? {}),
	});
}

/** The list a `GET /{things}` answers: `{"things": {"thing": […], "@total": "n"}}`. */
function listOf(path: string): { root: string; element: string; shape: ReplyShape } {
	const root = path.replace(/[?#].*$/, '').split('/').pop() ?? '';
	// taxes → tax (https://www.billomat.com/en/api/settings/taxes/), client-properties →
	// client-property (https://www.billomat.com/en/api/clients/properties/), the rest drop their s.
	const element = root.endsWith('xes') ? root.slice(0, -2) : root.endsWith('ies') ? `${root.slice(0, -3)}y` : root.replace(/s$/, '');
	return { root, element, shape: listShape(root, element) };
}

/** The `@total` a list reply states, or undefined when it states none. */
function statedTotal(body: unknown, root: string): number | undefined {
	const list = (body as IDataObject)[root];
	const raw = list && typeof list === 'object' ? (list as IDataObject)['@total'] : undefined;
	const total = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
	return Number.isFinite(total) ? total : undefined;
}

/**
 * Every page of a list (`per_page` 1000), or pages until `limit` records, normalised, each record
 * once. Paging stops at the page the reply's `@total` makes the last; a page stating another
 * `@total` than page 1 means the list changed between them, and it is read again from page 1
 * (see `readWholeList`).
 */
export async function apiRequestAllItems(this: HttpContext, request: BillomatRequest, limit?: number): Promise<IDataObject[]> {
	const { root, element, shape } = listOf(request.path);
	const perPage = limit === undefined ? MAX_PER_PAGE : Math.min(MAX_PER_PAGE, Math.max(1, limit));
	const fetchPage = async (page: number): Promise<ListPage> => {
		const body = await apiRequest.call(this, {
			...request,
			method: 'GET',
			qs: { ...(request.qs ?? {}), page, per_page: perPage },
			shape,
		});
		const { records } = readList(body, root, element);
		const total = statedTotal(body, root);
		// An empty or short page ends a list whose total is off.
		const last = records.length < perPage || (total !== undefined && page * perPage >= total);
		return { records, total, last };
	};
	return await readWholeList(this, fetchPage, { limit, noun: element });
}

// ---------------------------------------------------------------------------------------------
// State changes confirmed after a lost reply.

/** What every request of an item carries from the node's options (see `requestOptions` in helpers). */
export type ItemRequestOptions = Pick<BillomatRequest, 'maxWaitMs' | 'timeout'> & { itemIndex: number };

/** The state a change leads to, as a read of the document shows it. */
export interface Target {
	/** As the error names it when the document is not there: `CANCELED`, `deleted`. */
	requested: string;
	/** Whether the document is there: its status, undefined when it no longer exists (404). */
	reached(status: string | undefined): boolean;
}

/**
 * A family of Billomat documents sharing one lifecycle (invoices, credit notes, estimates, …):
 * `/invoices` whose records read `{"invoice": {…}}`, named "invoice 12" in messages.
 */
export interface DocumentRef {
	/** The list path: `/invoices`, `/credit-notes`. */
	path: string;
	/** The record's key in a reply: `invoice`, `credit-note`. */
	root: string;
	/** How messages name one: `invoice`, `credit note`. */
	noun: string;
}

export const INVOICES: DocumentRef = { path: '/invoices', root: 'invoice', noun: 'invoice' };

/**
 * GET {path}/{id} after a retried state change: whether the document is in the target state.
 * A 404 means the document no longer exists; any other failure of the read is thrown.
 */
export async function checkDocument(
	this: HttpContext,
	document: DocumentRef,
	id: number,
	target: Target,
	options: ItemRequestOptions,
): Promise<StateCheck> {
	try {
		const body = await apiRequest.call(this, { method: 'GET', path: `${document.path}/${id}`, shape: recordShape(document.root), ...options });
		const record = unwrapRecord(body, document.root);
		const status = String(record.status ?? '');
		return { done: target.reached(status), seen: `status ${status}`, record };
	} catch (error) {
		if (lastSettledRequest.call(this, options.itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, options.itemIndex);
		return { done: target.reached(undefined), seen: `no such ${document.noun} (404)` };
	}
}

/** GET /invoices/{id} after a retried state change (see `checkDocument`). */
export async function checkInvoice(this: HttpContext, id: number, target: Target, options: ItemRequestOptions): Promise<StateCheck> {
	return await checkDocument.call(this, INVOICES, id, target, options);
}

/** The state changes Billomat documents offer (per family some of them). */
export type DocumentAction = 'complete' | 'cancel' | 'uncancel' | 'encash' | 'win' | 'lose' | 'clear';

export interface StateChange {
	action: DocumentAction;
	body?: IDataObject;
	/** The operation's advice per HTTP status. */
	hints: Record<number, string>;
	target: Target;
}

/** @deprecated the name from when only invoices changed state: `StateChange`. */
export type InvoiceStateChange = StateChange;

/**
 * A request that moves a document on (PUT …/{action}, DELETE), confirmed by a read when the reply to
 * the first attempt was lost and the retry is refused with `alreadyDone` (the first attempt did
 * it). True when the read confirmed it.
 */
async function confirmedDocumentChange(
	this: HttpContext,
	document: DocumentRef,
	id: number,
	change: { request: Pick<BillomatRequest, 'method' | 'path' | 'body'>; alreadyDone: number; target: Target; hints?: Record<number, string> },
	options: ItemRequestOptions,
): Promise<boolean> {
	const outcome = await confirmedStateChange.call(this, {
		itemIndex: options.itemIndex,
		provider: PROVIDER,
		subject: `${document.noun} ${id}`,
		requested: change.target.requested,
		alreadyDone: [change.alreadyDone],
		send: async () => await apiRequest.call(this, { ...change.request, ...options, hints: change.hints }),
		check: async () => await checkDocument.call(this, document, id, change.target, options),
	});
	return outcome.confirmedAfterRetry === true;
}

const confirmedFlag = (confirmed: boolean) => (confirmed ? { confirmedAfterRetry: true } : {});

/**
 * PUT {path}/{id}/{action}: Billomat answers 200 with an empty body, so the item says what was
 * done to which document. When the reply to the first attempt was lost and the retry is refused
 * (400: the first attempt already moved the document on), the document is read: in the target
 * state, the item says `confirmedAfterRetry: true`.
 */
export async function changeDocumentState(
	this: HttpContext,
	document: DocumentRef,
	id: number,
	{ action, body, hints, target }: StateChange,
	options: ItemRequestOptions,
): Promise<INodeExecutionData[]> {
	const request = { method: 'PUT' as const, path: `${document.path}/${id}/${action}`, body };
	const confirmed = await confirmedDocumentChange.call(this, document, id, { request, alreadyDone: 400, target, hints }, options);
	return [{ json: { id, action, success: true, ...confirmedFlag(confirmed) } }];
}

/** PUT /invoices/{id}/{action} (see `changeDocumentState`). */
export async function changeState(this: HttpContext, id: number, change: StateChange, options: ItemRequestOptions): Promise<INodeExecutionData[]> {
	return await changeDocumentState.call(this, INVOICES, id, change, options);
}

/**
 * DELETE {path}/{id} of a document: Billomat answers 200 with an empty body, so the item says which
 * document was deleted. When the reply to the first attempt was lost and the retry finds no such
 * document (404), a read that also answers 404 confirms the delete (`confirmedAfterRetry: true`).
 */
export async function deleteDocument(
	this: HttpContext,
	document: DocumentRef,
	id: number,
	hints: Record<number, string>,
	options: ItemRequestOptions,
): Promise<INodeExecutionData[]> {
	const request = { method: 'DELETE' as const, path: `${document.path}/${id}` };
	const target: Target = { requested: 'deleted', reached: (status) => status === undefined };
	const confirmed = await confirmedDocumentChange.call(this, document, id, { request, alreadyDone: 404, target, hints }, options);
	return [{ json: { id, deleted: true, ...confirmedFlag(confirmed) } }];
}

// ---------------------------------------------------------------------------------------------
// Deletes of records other than invoices (articles, contacts, …).

/** A record of a Billomat list resource: `/articles/12`, named "article 12" in messages. */
export interface RecordRef {
	/** The record's path: `/articles/12`. */
	path: string;
	/** The reply's key when the record is read: `article`. */
	root: string;
	id: number;
	/** How messages name it (default: the root and ID, `article 12`). */
	subject?: string;
	/** The operation's advice per HTTP status. */
	hints?: Record<number, string>;
}

/**
 * DELETE {path}: Billomat answers 200 with an empty body, so the item says which record was
 * deleted. When the reply to the first attempt was lost and the retry finds no such record (404),
 * a read that also answers 404 confirms the delete (`confirmedAfterRetry: true`).
 */
export async function deleteRecord(this: HttpContext, record: RecordRef, options: ItemRequestOptions): Promise<INodeExecutionData[]> {
	const noun = record.root.replace(/-/g, ' ');
	const subject = record.subject ?? `${noun} ${record.id}`;
	const outcome = await confirmedStateChange.call(this, {
		itemIndex: options.itemIndex,
		provider: PROVIDER,
		subject,
		requested: 'deleted',
		alreadyDone: [404],
		send: async () => await apiRequest.call(this, { method: 'DELETE', path: record.path, ...options, hints: record.hints }),
		check: async (): Promise<StateCheck> => {
			try {
				await apiRequest.call(this, { method: 'GET', path: record.path, shape: recordShape(record.root), ...options });
				return { done: false, seen: `the ${noun} still exists` };
			} catch (error) {
				if (lastSettledRequest.call(this, options.itemIndex)?.statusCode !== 404) throw nodeError(this.getNode(), error, options.itemIndex);
				return { done: true, seen: `no such ${noun} (404)` };
			}
		},
	});
	return [{ json: { id: record.id, deleted: true, ...(outcome.confirmedAfterRetry ? { confirmedAfterRetry: true } : {}) } }];
}

// ---------------------------------------------------------------------------------------------
// Plain record resources.

/**
 * The request and output of the plain record operations (Get, Create, Update, Get Many) of a
 * Billomat list resource whose body and reply are `{"<root>": {…}}`: suppliers, their
 * property values and incoming invoices share them.
 */
export interface RecordResource {
	/** The list path: `/suppliers`. */
	path: string;
	/** The record's key in bodies and replies: `supplier`. */
	root: string;
	/** The output item of a record (typed, simplified when asked). */
	output(raw: unknown, simplify: boolean): IDataObject;
}

const simplifyOf = (context: IExecuteFunctions, itemIndex: number) => runParameter(context, 'simplify', itemIndex, true) as boolean;

/** GET {path}/{id}. */
export async function getRecord(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, id: number): Promise<INodeExecutionData[]> {
	const body = await apiRequest.call(this, { method: 'GET', path: `${resource.path}/${id}`, shape: recordShape(resource.root), ...requestOptions.call(this, itemIndex) });
	return [{ json: resource.output((body as IDataObject)[resource.root], simplifyOf(this, itemIndex)) }];
}

/**
 * POST {path} (`id` undefined: Billomat answers 201 with the record) or PUT {path}/{id} with the
 * changed fields only (an update without any is refused before the request).
 */
export async function writeRecord(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, fields: IDataObject, id?: number): Promise<INodeExecutionData[]> {
	if (id !== undefined && Object.keys(fields).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	}
	const body = await apiRequest.call(this, {
		method: id === undefined ? 'POST' : 'PUT',
		path: id === undefined ? resource.path : `${resource.path}/${id}`,
		body: { [resource.root]: fields },
		shape: recordShape(resource.root),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: resource.output((body as IDataObject)[resource.root], simplifyOf(this, itemIndex)) }];
}

/** GET {path} with the query `qs`, page by page (1,000 a page) to the stated total or the limit. */
export async function listRecords(this: IExecuteFunctions, itemIndex: number, resource: RecordResource, qs: IDataObject): Promise<INodeExecutionData[]> {
	const returnAll = runParameter(this, 'returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (runParameter(this, 'limit', itemIndex) as number);
	const records = await apiRequestAllItems.call(this, { method: 'GET', path: resource.path, qs, ...requestOptions.call(this, itemIndex) }, limit);
	const simplify = simplifyOf(this, itemIndex);
	return records.map((record) => ({ json: { ...resource.output(record, simplify), ...listChangedMarker(record) } }));
}
