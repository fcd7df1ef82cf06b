// Shopwave (MerchantStack) emulator, from the "Invoice - POST" page
// (developer.staging.merchantstack.com, /work/shared/provider-docs/shopwave-invoice-post.txt) and
// the issue's facts: POST /invoice upserts the `invoices` map, GET /invoice lists invoices with the
// `storeIds` / `invoiceId` filters as request headers; prices are strings and the
// `api.message.success|error` envelope carries the documented ids (908, 911, 919, 913, 904, 912,
// 899; 206 on success). It also plays the OAuth2 server (secure.merchantstack.com):
// /oauth/authorize redirects back with a code, /oauth/token answers the authorization_code and
// refresh_token grants; access tokens expire.
//
// The page writes both the body and the reply as `invoices[{invoiceId}]…` and says "To update just
// supply the object id". Read strictly: an invoice that carries an `id` (an update) must be keyed by
// that id, and an invoice item with an `id` by its item id (913 otherwise). A new invoice has no id
// yet, so it goes under any other key. The reply is keyed one of two ways, both readings of the
// page (the switch `replyKeys`: constructor option, property, or the per-request header
// `X-Sandbox-Reply-Keys`; `npm run sandbox` takes SHOPWAVE_SANDBOX_REPLY_KEYS):
// - `request` (default): saved invoices and their errors under the keys the client sent;
// - `invoiceId`: saved invoices under their (new) invoice id, errors under the key the client sent.
import { randomBytes } from 'crypto';

import type { Fault, SandboxReply, SandboxRequest } from '../framework';
import { Sandbox } from '../framework';
import { registerOrders } from './orders';
import { registerProducts } from './products';
import { registerStores } from './stores';

/** How POST /invoice keys its reply (see the header of this file). */
export type ReplyKeys = 'request' | 'invoiceId';
export const REPLY_KEYS: readonly ReplyKeys[] = ['request', 'invoiceId'];

function replyKeysOf(value: unknown): ReplyKeys | undefined {
	return REPLY_KEYS.find((keys) => keys === value);
}

/** A never-expiring token of the demo merchant (stores 1001 and 1002), read and write. */
export const SHOPWAVE_DEMO_TOKEN = 'c3499c2729730a7f807efb8676a92dcb6f8a3f8f';
/** The demo merchant with only the `read` scope. */
export const SHOPWAVE_READONLY_TOKEN = 'r3ad0n1y0000000000000000000000000000beef';
/** Another merchant (store 2001). */
export const SHOPWAVE_OTHER_TOKEN = '0th3rm3rch4nt0000000000000000000000000001';
export const SHOPWAVE_DEMO_CLIENT_ID = 'n8n-sandbox-client';
export const SHOPWAVE_DEMO_CLIENT_SECRET = 'sandbox-client-secret-6d1f0c';

export const MESSAGES = {
	202: { statusCode: 200, title: 'Token is valid', details: 'Token is validated and found valid.' },
	206: {
		statusCode: 201,
		title: 'Resource Created',
		details: 'Your resource is created partially or fully. Please check further message or process log',
	},
	908: { statusCode: 401, title: 'Expired Token', details: 'Token expired or invalid. Please renew your token' },
	911: {
		statusCode: 401,
		title: 'Authorization Header Invalid',
		details: 'The authorization header is invalid. The correct format is Authorization: {token_type} {accessToken}',
	},
	919: {
		statusCode: 429,
		title: 'Cannot handle too many request',
		details: 'There is a limit for every object you can send to our server and you are exceding that.',
	},
	913: {
		statusCode: 400,
		title: 'Required parameter or object missing in request',
		details:
			'One or more of the required parameters or object formation is missing in your request. Please refer the documentation',
	},
	904: { statusCode: 401, title: 'Access Denied', details: 'Access denied for the request' },
	912: {
		statusCode: 403,
		title: 'Resource Not Allowed For Specified User',
		details: 'The user does not own this resource and its forbidden',
	},
	899: { statusCode: 500, title: 'Unknown Error', details: 'Something went wrong. Please contact the site administrator' },
} as const;

export type MessageId = keyof typeof MESSAGES;

/** One entry of the envelope: `{id, code, statusCode, title, details}`; details may be specific. */
export function message(id: MessageId, details?: string) {
	const m = MESSAGES[id];
	return { id, code: id, statusCode: m.statusCode, title: m.title, details: details ?? m.details };
}

/** A whole-request error reply, keyed by the message id as the API does. */
export function errorReply(id: MessageId, details?: string): SandboxReply {
	return { status: MESSAGES[id].statusCode, body: { api: { message: { error: { [id]: message(id, details) } } } } };
}

export interface ShopwaveInvoice {
	id: number;
	storeId: number;
	supplierId?: number;
	supplierStoreId?: number;
	reference?: string;
	completeDate?: string;
	note?: string;
	invoiceItems: Record<string, ShopwaveInvoiceItem>;
}

export interface ShopwaveInvoiceItem {
	id: number;
	barcode?: string;
	note?: string;
	name?: string;
	price?: string;
	vatPercentage?: number;
	quantity?: number;
	productId?: number;
	accountId?: number;
}

interface Token {
	merchant: string;
	scopes: string[];
	/** ms since epoch; undefined = never expires */
	expiresAt?: number;
}

interface Grant {
	merchant: string;
	clientId: string;
	scopes: string[];
	redirectUri?: string;
}

/** Which merchant owns which stores. */
export const STORES: Record<string, number[]> = { demo: [1001, 1002], other: [2001] };

export function shopwaveSeed(): ShopwaveInvoice[] {
	return [
		{
			id: 5001,
			storeId: 1001,
			supplierId: 301,
			supplierStoreId: 31,
			reference: 'SUP-2024-0117',
			completeDate: '2024-01-17',
			note: 'Weekly coffee delivery',
			invoiceItems: {
				'9001': { id: 9001, barcode: '5012345678900', name: 'Coffee beans 1kg', price: '12.50', vatPercentage: 20, quantity: 10, productId: 701, accountId: 41 },
				'9002': { id: 9002, barcode: '5098765432109', name: 'Whole milk 1l', price: '0.95', vatPercentage: 0, quantity: 24, productId: 702, accountId: 41 },
			},
		},
		{
			id: 5002,
			storeId: 1002,
			supplierId: 302,
			reference: 'BAKE-889',
			completeDate: '2024-02-03',
			invoiceItems: {
				'9003': { id: 9003, name: 'Croissants (box of 12)', price: '8.40', vatPercentage: 5.5, quantity: 3, productId: 710 },
			},
		},
		{
			id: 5003,
			storeId: 2001,
			supplierId: 303,
			reference: 'OTHER-1',
			completeDate: '2024-02-10',
			invoiceItems: {
				'9004': { id: 9004, name: 'Paper cups', price: '19.99', vatPercentage: 20, quantity: 1 },
			},
		},
	];
}

const INT = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
const DECIMAL = /^-?\d+(\.\d+)?$/;

export interface ShopwaveSandboxOptions {
	/** How POST /invoice keys its reply; default `request` (or SHOPWAVE_SANDBOX_REPLY_KEYS). */
	replyKeys?: ReplyKeys;
}

export class ShopwaveSandbox extends Sandbox {
	/** How POST /invoice keys its reply; back to the constructor's choice on reset. */
	replyKeys: ReplyKeys = 'request';
	private readonly defaultReplyKeys: ReplyKeys;
	/** A fault armed for the request after the next `after` POST /invoice handled (see injectFaultAfter). */
	private pendingFault?: { after: number; fault: Fault };
	invoices = new Map<number, ShopwaveInvoice>();
	tokens = new Map<string, Token>();
	refreshTokens = new Map<string, Grant>();
	codes = new Map<string, Grant>();
	clients = new Map<string, string>([[SHOPWAVE_DEMO_CLIENT_ID, SHOPWAVE_DEMO_CLIENT_SECRET]]);
	/** Most objects (invoices + invoice items) one request may carry; more → 919. */
	objectLimit = 100;
	/** Lifetime of access tokens issued by /oauth/token. */
	tokenTtlSeconds = 3600;
	private nextInvoiceId = 5004;
	private nextItemId = 9005;

	constructor(options: ShopwaveSandboxOptions = {}) {
		super('Shopwave');
		this.defaultReplyKeys = options.replyKeys ?? replyKeysOf(process.env.SHOPWAVE_SANDBOX_REPLY_KEYS) ?? 'request';
		this.route('GET', '/oauth/authorize', (req) => this.authorize(req));
		this.route('POST', '/oauth/token', (req) => this.token(req));
		this.route('GET', '/invoice', (req) => this.withAuth(req, 'read', (merchant) => this.list(req, merchant)));
		// developer.staging.merchantstack.com, "Invoice - POST": insert and update invoices.
		this.route('POST', '/invoice', (req) => {
			this.countPost();
			return this.withAuth(req, 'write', (merchant) => this.upsert(req, merchant));
		});
		// The catalogue the invoice refers to, one file each (store, supplier store, product, order).
		registerStores(this);
		registerProducts(this);
		registerOrders(this);
		this.seed();
	}

	protected seed(): void {
		this.invoices = new Map(shopwaveSeed().map((invoice) => [invoice.id, invoice]));
		this.nextInvoiceId = 5004;
		this.nextItemId = 9005;
		this.objectLimit = 100;
		this.tokenTtlSeconds = 3600;
		this.tokens = new Map([
			[SHOPWAVE_DEMO_TOKEN, { merchant: 'demo', scopes: ['read', 'write'] }],
			[SHOPWAVE_READONLY_TOKEN, { merchant: 'demo', scopes: ['read'] }],
			[SHOPWAVE_OTHER_TOKEN, { merchant: 'other', scopes: ['read', 'write'] }],
		]);
		this.refreshTokens = new Map();
		this.codes = new Map();
		this.replyKeys = this.defaultReplyKeys;
		this.pendingFault = undefined;
	}

	/**
	 * Inject `fault` once `after` POST /invoice requests have been handled: a fault on the 2nd
	 * batch of a run is `injectFaultAfter(1, …)`. Cleared by reset.
	 */
	injectFaultAfter(after: number, fault: Fault): void {
		if (after <= 0) this.injectFault(fault);
		else this.pendingFault = { after, fault };
	}

	private countPost(): void {
		if (!this.pendingFault) return;
		this.pendingFault.after -= 1;
		if (this.pendingFault.after > 0) return;
		this.injectFault({ method: 'POST', path: '/invoice', ...this.pendingFault.fault });
		this.pendingFault = undefined;
	}

	/** Issue an access + refresh token pair as the token endpoint does (for tests and the flow). */
	issueTokens(merchant = 'demo', clientId = SHOPWAVE_DEMO_CLIENT_ID, scopes = ['read', 'write']) {
		const accessToken = randomBytes(20).toString('hex');
		const refreshToken = randomBytes(20).toString('hex');
		this.tokens.set(accessToken, { merchant, scopes, expiresAt: Date.now() + this.tokenTtlSeconds * 1000 });
		this.refreshTokens.set(refreshToken, { merchant, clientId, scopes });
		return {
			access_token: accessToken,
			token_type: 'Bearer',
			expires_in: this.tokenTtlSeconds,
			refresh_token: refreshToken,
			scope: scopes.join(' '),
		};
	}

	/** Make an access token expired, as time would. */
	expireToken(accessToken: string): void {
		const token = this.tokens.get(accessToken);
		if (token) token.expiresAt = Date.now() - 1000;
	}

	// ---- OAuth2 ------------------------------------------------------------------------------

	private authorize(req: SandboxRequest): SandboxReply {
		const q = req.query;
		const clientId = q.get('client_id') ?? '';
		const redirectUri = q.get('redirect_uri') ?? '';
		if (q.get('response_type') !== 'code') return this.oauthError(400, 'unsupported_response_type', 'response_type must be code');
		if (!this.clients.has(clientId)) return this.oauthError(400, 'invalid_client', `Unknown client_id "${clientId}"`);
		if (!/^https?:\/\//.test(redirectUri)) return this.oauthError(400, 'invalid_request', 'redirect_uri is required');
		const scopes = (q.get('scope') ?? '').split(/[\s+]+/).filter(Boolean);
		const unknown = scopes.filter((s) => s !== 'read' && s !== 'write');
		if (unknown.length) return this.oauthError(400, 'invalid_scope', `Unknown scope ${unknown.join(' ')}`);
		// The sandbox approves at once, as the demo merchant (or ?merchant=other).
		const code = randomBytes(12).toString('hex');
		this.codes.set(code, {
			merchant: q.get('merchant') === 'other' ? 'other' : 'demo',
			clientId,
			scopes: scopes.length ? scopes : ['read'],
			redirectUri,
		});
		const location = new URL(redirectUri);
		location.searchParams.set('code', code);
		const state = q.get('state');
		if (state !== null) location.searchParams.set('state', state);
		return { status: 302, headers: { Location: location.toString() }, body: '' };
	}

	private oauthError(status: number, error: string, description: string): SandboxReply {
		return { status, body: { error, error_description: description } };
	}

	private token(req: SandboxRequest): SandboxReply {
		const type = String(req.headers['content-type'] ?? '');
		const text = req.body.toString('utf8');
		let params: Record<string, string>;
		if (type.includes('application/json')) {
			try {
				params = JSON.parse(text) as Record<string, string>;
			} catch {
				return this.oauthError(400, 'invalid_request', 'Body is not JSON');
			}
		} else {
			params = Object.fromEntries(new URLSearchParams(text));
		}
		// Client authentication: HTTP Basic, or client_id/client_secret in the body.
		let clientId = params.client_id;
		let clientSecret = params.client_secret;
		const basic = /^Basic\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
		if (basic) {
			const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
			clientId = decodeURIComponent(id ?? '');
			clientSecret = decodeURIComponent(secret ?? '');
		}
		if (!clientId || this.clients.get(clientId) !== clientSecret) {
			return this.oauthError(401, 'invalid_client', 'Client authentication failed');
		}
		if (params.grant_type === 'authorization_code') {
			const grant = this.codes.get(params.code ?? '');
			if (!grant || grant.clientId !== clientId) return this.oauthError(400, 'invalid_grant', 'Unknown or used code');
			if (grant.redirectUri && params.redirect_uri !== grant.redirectUri) {
				return this.oauthError(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
			}
			this.codes.delete(params.code);
			return { body: this.issueTokens(grant.merchant, clientId, grant.scopes) };
		}
		if (params.grant_type === 'refresh_token') {
			const grant = this.refreshTokens.get(params.refresh_token ?? '');
			if (!grant || grant.clientId !== clientId) return this.oauthError(400, 'invalid_grant', 'Unknown or revoked refresh token');
			// Refresh tokens rotate: the old one is spent.
			this.refreshTokens.delete(params.refresh_token);
			return { body: this.issueTokens(grant.merchant, clientId, grant.scopes) };
		}
		return this.oauthError(400, 'unsupported_grant_type', `grant_type "${params.grant_type ?? ''}" is not supported`);
	}

	// ---- API ---------------------------------------------------------------------------------

	withAuth(req: SandboxRequest, scope: string, handler: (merchant: string) => SandboxReply): SandboxReply {
		const header = String(req.headers.authorization ?? '');
		const match = /^(\S+) (\S+)$/.exec(header);
		if (!match || match[1].toLowerCase() !== 'bearer') return errorReply(911);
		const token = this.tokens.get(match[2]);
		if (!token || (token.expiresAt !== undefined && token.expiresAt <= Date.now())) return errorReply(908);
		if (!token.scopes.includes(scope)) return errorReply(904, `This token has no "${scope}" scope`);
		const version = req.headers['x-accept-version'];
		if (version !== undefined && version !== '1' && version !== '2') {
			return errorReply(913, `Unsupported x-accept-version "${String(version)}"`);
		}
		return handler(token.merchant);
	}

	owns(merchant: string, storeId: number): boolean {
		return (STORES[merchant] ?? []).includes(storeId);
	}

	ids(value: string | string[] | undefined): number[] | undefined | 'invalid' {
		if (value === undefined) return undefined;
		const parts = String(value).split(',').map((p) => p.trim()).filter(Boolean);
		if (parts.some((p) => !/^\d+$/.test(p))) return 'invalid';
		return parts.map(Number);
	}

	private list(req: SandboxRequest, merchant: string): SandboxReply {
		const storeIds = this.ids(req.headers.storeids);
		const invoiceIds = this.ids(req.headers.invoiceid);
		if (storeIds === 'invalid') return errorReply(913, 'storeIds must be comma-separated ids');
		if (invoiceIds === 'invalid') return errorReply(913, 'invoiceId must be comma-separated ids');
		const notOwned = (storeIds ?? []).filter((id) => !this.owns(merchant, id));
		if (notOwned.length) return errorReply(912, `Store ${notOwned.join(', ')} is not yours`);
		const foreign = (invoiceIds ?? []).filter((id) => {
			const invoice = this.invoices.get(id);
			return invoice && !this.owns(merchant, invoice.storeId);
		});
		if (foreign.length) return errorReply(912, `Invoice ${foreign.join(', ')} is not yours`);
		const invoices: Record<string, ShopwaveInvoice> = {};
		for (const invoice of this.invoices.values()) {
			if (!this.owns(merchant, invoice.storeId)) continue;
			if (storeIds && storeIds.length && !storeIds.includes(invoice.storeId)) continue;
			if (invoiceIds && invoiceIds.length && !invoiceIds.includes(invoice.id)) continue;
			invoices[String(invoice.id)] = structuredClone(invoice);
		}
		return { status: 200, body: { invoices, api: { message: { success: { 202: message(202) } } } } };
	}

	private upsert(req: SandboxRequest, merchant: string): SandboxReply {
		let body: { invoices?: unknown };
		try {
			body = JSON.parse(req.body.toString('utf8')) as { invoices?: unknown };
		} catch {
			return errorReply(913, 'The body is not JSON');
		}
		const map = body?.invoices;
		if (!map || typeof map !== 'object' || Array.isArray(map) || Object.keys(map).length === 0) {
			return errorReply(913, 'invoices is missing or empty');
		}
		const entries = Object.entries(map as Record<string, Record<string, unknown>>);
		const objects = entries.reduce((n, [, inv]) => {
			const items = inv && typeof inv.invoiceItems === 'object' && inv.invoiceItems ? Object.keys(inv.invoiceItems).length : 0;
			return n + 1 + items;
		}, 0);
		if (objects > this.objectLimit) {
			return errorReply(919, `This request carries ${objects} objects; the limit is ${this.objectLimit}`);
		}

		const replyKeys = replyKeysOf(req.headers['x-sandbox-reply-keys']) ?? this.replyKeys;
		const saved: Record<string, ShopwaveInvoice> = {};
		const errors: Record<string, ReturnType<typeof message>> = {};
		for (const [key, raw] of entries) {
			const outcome = this.upsertOne(key, raw, merchant);
			if ('error' in outcome) errors[key] = outcome.error;
			else saved[replyKeys === 'invoiceId' ? String(outcome.invoice.id) : key] = structuredClone(outcome.invoice);
		}
		const api: { message: Record<string, unknown> } = { message: {} };
		if (Object.keys(saved).length) api.message.success = { 206: message(206) };
		if (Object.keys(errors).length) api.message.error = errors;
		const status = Object.keys(saved).length ? 201 : Object.values(errors)[0].statusCode;
		return { status, body: { invoices: saved, api } };
	}

	private upsertOne(
		key: string,
		raw: Record<string, unknown>,
		merchant: string,
	): { invoice: ShopwaveInvoice } | { error: ReturnType<typeof message> } {
		const bad = (details: string) => ({ error: message(913, details) });
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('An invoice must be an object');
		for (const field of ['id', 'supplierId', 'storeId', 'supplierStoreId']) {
			if (raw[field] !== undefined && !INT(raw[field])) return bad(`${field} must be an integer`);
		}
		// `invoices[{invoiceId}].id`: an update is keyed by the id it carries.
		if (raw.id !== undefined && key !== String(raw.id)) {
			return bad(`invoices[${key}] carries id ${raw.id as number}: an invoice to update is keyed by its id (invoices[${raw.id as number}])`);
		}
		for (const field of ['reference', 'completeDate', 'note']) {
			if (raw[field] !== undefined && typeof raw[field] !== 'string') return bad(`${field} must be a string`);
		}
		if (raw.completeDate !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(raw.completeDate as string)) {
			return bad('completeDate must be a date (yyyy-MM-dd)');
		}
		let existing: ShopwaveInvoice | undefined;
		if (raw.id !== undefined) {
			existing = this.invoices.get(raw.id as number);
			if (!existing) return bad(`Invoice ${raw.id as number} does not exist`);
			if (!this.owns(merchant, existing.storeId)) return { error: message(912, `Invoice ${existing.id} is not yours`) };
		} else if (raw.storeId === undefined) {
			return bad('storeId is required to create an invoice');
		}
		if (raw.storeId !== undefined && !this.owns(merchant, raw.storeId as number)) {
			return { error: message(912, `Store ${raw.storeId as number} is not yours`) };
		}
		const rawItems = raw.invoiceItems ?? {};
		if (typeof rawItems !== 'object' || Array.isArray(rawItems)) return bad('invoiceItems must be a map keyed by invoice item id');
		const items = existing ? structuredClone(existing.invoiceItems) : {};
		let nextItemId = this.nextItemId;
		for (const [itemKey, item] of Object.entries(rawItems as Record<string, Record<string, unknown>>)) {
			const where = `invoiceItems[${itemKey}]`;
			if (!item || typeof item !== 'object') return bad(`${where} must be an object`);
			for (const field of ['id', 'quantity', 'productId', 'accountId']) {
				if (item[field] !== undefined && !INT(item[field])) return bad(`${where}.${field} must be an integer`);
			}
			if (item.price !== undefined && (typeof item.price !== 'string' || !DECIMAL.test(item.price))) {
				return bad(`${where}.price must be a decimal string such as "12.50"`);
			}
			if (item.vatPercentage !== undefined && typeof item.vatPercentage !== 'number') {
				return bad(`${where}.vatPercentage must be a number`);
			}
			if (item.id !== undefined && itemKey !== String(item.id)) {
				return bad(`${where} carries id ${item.id as number}: an invoice item to update is keyed by its id (invoiceItems[${item.id as number}])`);
			}
			if (item.id !== undefined) {
				const current = items[String(item.id)];
				if (!current) return bad(`${where}.id ${item.id as number} is not an item of this invoice`);
				items[String(item.id)] = { ...current, ...(item as Partial<ShopwaveInvoiceItem>), id: current.id };
				continue;
			}
			if (item.name === undefined && item.productId === undefined && item.barcode === undefined) {
				return bad(`${where} needs a name, productId or barcode`);
			}
			if (item.price === undefined) return bad(`${where}.price is required`);
			if (item.quantity === undefined) return bad(`${where}.quantity is required`);
			const id = nextItemId++;
			items[String(id)] = { id, ...(item as Partial<ShopwaveInvoiceItem>) };
		}
		const fields: Partial<ShopwaveInvoice> = {};
		for (const field of ['supplierId', 'storeId', 'supplierStoreId', 'reference', 'completeDate', 'note'] as const) {
			if (raw[field] !== undefined) (fields as Record<string, unknown>)[field] = raw[field];
		}
		const id = existing?.id ?? this.nextInvoiceId++;
		this.nextItemId = nextItemId;
		const invoice: ShopwaveInvoice = { ...(existing ?? {}), ...fields, id, invoiceItems: items } as ShopwaveInvoice;
		// Field order as the doc lists it.
		const ordered = {
			id: invoice.id,
			...(invoice.supplierId !== undefined ? { supplierId: invoice.supplierId } : {}),
			storeId: invoice.storeId,
			...(invoice.supplierStoreId !== undefined ? { supplierStoreId: invoice.supplierStoreId } : {}),
			...(invoice.reference !== undefined ? { reference: invoice.reference } : {}),
			...(invoice.completeDate !== undefined ? { completeDate: invoice.completeDate } : {}),
			...(invoice.note !== undefined ? { note: invoice.note } : {}),
			invoiceItems: invoice.invoiceItems,
		} as ShopwaveInvoice;
		this.invoices.set(id, ordered);
		return { invoice: ordered };
	}
}
