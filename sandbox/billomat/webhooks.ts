// Billomat's webhooks (https://www.billomat.com/en/api/webhooks/; German
// https://www.billomat.com/api/webhooks/ says the same): one URL per account, stored under
// Settings > Webhooks for the events chosen there, with the format (XML or JSON) and optionally
// a user name and password for a password-protected URL. When a chosen event occurs Billomat
// POSTs the affected record with `User-Agent: Billomat-Webhook`, `X-Billomat-Webhook-Id`,
// `X-Billomat-Webhook-Request-Id` and `X-Billomat-Webhook-Event` (`invoice.create` in the page's
// example); a status outside 200-299 counts as an error. The API has no endpoint to set this up,
// so the sandbox's settings page is a control route:
//
//   GET    /__billomat/webhook        the configuration and every delivery so far
//   PUT    /__billomat/webhook        {"url", "events": ["*"|name…], "format": "json"|"xml", "user"?, "password"?}
//   DELETE /__billomat/webhook        no webhook (deliveries forgotten)
//   POST   /__billomat/webhook/test   {"event": "invoice-payment.create", "id"?}: fires that event
//                                      with the record `id`, or the first demo record of its kind
//
// (Under /__billomat/, not /__sandbox/: the framework answers every /__sandbox/ path itself. The
// control calls are taken out of the request log, so tests' `received()` sees API calls only.)
//
// Firing is generic: every API route is registered through `firing()` (BillomatSandbox.apiRoute),
// and each successful write fires an event named from the method, path and reply, so routes added
// later fire too. The page names events `<record>.<action>` but lists none besides its example, so
// the names here are readings: POST /{records} → `<record>.create`, PUT /{records}/{id} →
// `<record>.update`, DELETE /{records}/{id} → `<record>.delete`, and an action on a record (PUT
// /invoices/{id}/complete, POST /invoices/{id}/email…) → `<record>.update` with the record as it is
// after the action. `<record>` is the element name the API uses (`invoice-payment`); the Billomat
// Trigger treats `invoice_payment` the same. The body is the record as the API's GET sends it,
// `{"invoice-payment": {…}}` in JSON, `<invoice-payment>…</invoice-payment>` in XML. A delivery
// that fails is recorded; it never changes the API's reply.
import { buildXml } from '../../nodes/shared/xml';
import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';

type ApiHandler = (req: SandboxRequest) => SandboxReply;

export interface WebhookConfig {
	url: string;
	/** Event names, or `*` for every event. */
	events: string[];
	format: 'json' | 'xml';
	user?: string;
	password?: string;
}

export interface WebhookDelivery {
	requestId: number;
	event: string;
	url: string;
	format: 'json' | 'xml';
	headers: Record<string, string>;
	body: string;
	/** The status the URL answered; undefined when the call failed (see `error`). */
	status?: number;
	error?: string;
	/** Whether Billomat would count it a success (200-299). */
	ok: boolean;
}

/** The configuration's id, sent as X-Billomat-Webhook-Id (the page's example sends 1). */
export const WEBHOOK_ID = 1;
const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

/** `invoice_payment.create` and `invoice-payment.create` are the same event. */
const eventKey = (event: string) => event.trim().toLowerCase().replace(/_/g, '-');

/** `invoice-payments` → `invoice-payment`, `taxes` → `tax`. */
function singular(collection: string): string {
	if (/xes$/.test(collection)) return collection.slice(0, -2);
	return collection.replace(/s$/, '');
}

/** `{"invoice": {…}}` → root and record. */
function rootOf(body: unknown): { root: string; record: Record<string, unknown> } | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return undefined;
	const keys = Object.keys(body);
	const value = (body as Record<string, unknown>)[keys[0]];
	if (keys.length !== 1 || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	return { root: keys[0], record: value as Record<string, unknown> };
}

function controlReply(body: unknown, status = 200): SandboxReply {
	return { status, body };
}

export class BillomatWebhooks {
	config?: WebhookConfig;
	readonly deliveries: WebhookDelivery[] = [];
	private nextRequestId = 510;
	private readonly pending = new Set<Promise<void>>();
	/** GET handlers by path pattern (`/invoices/:id`), to read a record an action or delete does not send back. */
	private readonly readers = new Map<string, ApiHandler>();

	constructor(private readonly sandbox: BillomatSandbox) {
		sandbox.route('GET', '/__billomat/webhook', () => this.unlogged(() => controlReply(this.state())));
		sandbox.route('PUT', '/__billomat/webhook', (req) => this.unlogged(() => this.configureFrom(req)));
		sandbox.route('DELETE', '/__billomat/webhook', () =>
			this.unlogged(() => {
				this.clear();
				return controlReply({ ok: true });
			}),
		);
		sandbox.route('POST', '/__billomat/webhook/test', (req) => this.unlogged(() => this.testEvent(req)));
	}

	private seeded = false;

	configure(config: WebhookConfig): void {
		this.config = { ...config, events: config.events.length ? config.events : ['*'] };
	}

	/** No webhook, no deliveries (also at every reset). */
	clear(): void {
		this.config = undefined;
		this.deliveries.length = 0;
		this.nextRequestId = 510;
	}

	/** Resolves when every delivery started so far has its answer (or failure) recorded. */
	async settled(): Promise<void> {
		while (this.pending.size) await Promise.all([...this.pending]);
	}

	/**
	 * The API route `handler` of `method path`, firing the event of each successful write: what
	 * BillomatSandbox.apiRoute registers, so every route fires without knowing of webhooks.
	 */
	firing(method: string, path: string, handler: ApiHandler): ApiHandler {
		// At the first route, in the sandbox's constructor: its seed hooks exist from then on.
		if (!this.seeded) {
			this.seeded = true;
			this.sandbox.onSeed(() => this.clear());
		}
		const verb = method.toUpperCase();
		if (verb === 'GET') this.readers.set(path, handler);
		if (!WRITE_METHODS.has(verb)) return handler;
		const segments = path.split('/').filter(Boolean);
		return (req) => {
			// A delete sends nothing back and the record is gone after it: read it first.
			const before = verb === 'DELETE' && this.config ? this.read(segments[0], req.params.id) : undefined;
			const reply = handler(req);
			const status = reply.status ?? 200;
			if (this.config && status >= 200 && status < 300) {
				try {
					this.afterWrite(verb, segments, req, reply, before);
				} catch (error) {
					this.record({ event: `${verb} ${path}`, error: `not fired: ${(error as Error).message}` });
				}
			}
			return reply;
		};
	}

	private afterWrite(
		verb: string,
		segments: string[],
		req: SandboxRequest,
		reply: SandboxReply,
		before: ReturnType<BillomatWebhooks['read']>,
	): void {
		const [collection, idSegment, action] = segments;
		const fromReply = rootOf(reply.body);
		let found: { root: string; record: Record<string, unknown> } | undefined;
		let what: string;
		if (verb === 'DELETE' && idSegment && !action) {
			what = 'delete';
			found = before ?? { root: singular(collection), record: { id: req.params.id } };
		} else if (verb === 'POST' && !idSegment) {
			what = 'create';
			found = fromReply;
		} else {
			what = 'update';
			found = fromReply && !action ? fromReply : (this.read(collection, req.params.id) ?? fromReply);
		}
		const root = found?.root ?? singular(collection);
		this.fire(`${root}.${what}`, root, found?.record ?? {});
	}

	/** The record `GET /{collection}/{id}` sends, when the sandbox has that route and record. */
	private read(collection: string, id: string | undefined): { root: string; record: Record<string, unknown> } | undefined {
		const reader = this.readers.get(`/${collection}/:id`);
		if (!reader || !id) return undefined;
		const reply = reader({ method: 'GET', path: `/api/${collection}/${id}`, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0), params: { id } });
		return (reply.status ?? 200) === 200 ? rootOf(reply.body) : undefined;
	}

	/** The first record of `GET /{collection}` (page 1, one per page). */
	private firstOf(collection: string): { root: string; record: Record<string, unknown> } | undefined {
		const reader = this.readers.get(`/${collection}`);
		if (!reader) return undefined;
		const query = new URLSearchParams({ page: '1', per_page: '1' });
		const reply = reader({ method: 'GET', path: `/api/${collection}`, query, headers: {}, body: Buffer.alloc(0), params: {} });
		const list = rootOf(reply.body)?.record;
		const root = singular(collection);
		const first = list?.[root];
		const record = Array.isArray(first) ? first[0] : first;
		return record && typeof record === 'object' ? { root, record: record as Record<string, unknown> } : undefined;
	}

	/**
	 * Sends `event` with `record` to the configured URL when the event is chosen there. Returns at
	 * once; the delivery is recorded when it is answered (see `settled`).
	 */
	fire(event: string, root: string, record: Record<string, unknown>): void {
		const config = this.config;
		if (!config) return;
		const chosen = config.events.map(eventKey);
		if (!chosen.includes('*') && !chosen.includes(eventKey(event))) return;
		const body = config.format === 'xml' ? buildXml(root, record) : JSON.stringify({ [root]: record });
		const requestId = this.nextRequestId++;
		const headers: Record<string, string> = {
			'Content-Type': config.format === 'xml' ? 'application/xml' : 'application/json',
			'User-Agent': 'Billomat-Webhook',
			'X-Billomat-Webhook-Id': String(WEBHOOK_ID),
			'X-Billomat-Webhook-Request-Id': String(requestId),
			'X-Billomat-Webhook-Event': event,
		};
		if (config.user || config.password) {
			headers.Authorization = `Basic ${Buffer.from(`${config.user ?? ''}:${config.password ?? ''}`).toString('base64')}`;
		}
		const delivery: WebhookDelivery = { requestId, event, url: config.url, format: config.format, headers, body, ok: false };
		this.deliveries.push(delivery);
		const sent = fetch(config.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(15_000) })
			.then(async (response) => {
				delivery.status = response.status;
				delivery.ok = response.status >= 200 && response.status < 300;
				await response.arrayBuffer().catch(() => undefined);
			})
			.catch((error: Error) => {
				const code = ((error as { cause?: { code?: string } }).cause)?.code;
				delivery.error = `${error.name}: ${error.message}${code ? ` (${code})` : ''}`;
			})
			.finally(() => this.pending.delete(sent));
		this.pending.add(sent);
	}

	private record(partial: { event: string; error: string }): void {
		const config = this.config!;
		this.deliveries.push({ requestId: this.nextRequestId++, url: config.url, format: config.format, headers: {}, body: '', ok: false, ...partial });
	}

	/** Runs a control call and takes it out of the request log (the log holds API calls). */
	private unlogged(reply: () => SandboxReply): SandboxReply {
		const requests = this.sandbox.requests;
		for (let i = requests.length - 1; i >= 0; i--) {
			if (requests[i].path.startsWith('/__billomat/')) {
				requests.splice(i, 1);
				break;
			}
		}
		return reply();
	}

	private state(): unknown {
		const { password, ...shown } = this.config ?? ({} as Partial<WebhookConfig>);
		return { webhook: this.config ? { id: WEBHOOK_ID, ...shown, password: password ? '••••' : undefined } : null, deliveries: this.deliveries };
	}

	private configureFrom(req: SandboxRequest): SandboxReply {
		let input: Partial<WebhookConfig>;
		try {
			input = JSON.parse(req.body.toString('utf8') || '{}') as Partial<WebhookConfig>;
		} catch {
			return controlReply({ error: 'The body must be JSON' }, 400);
		}
		if (typeof input.url !== 'string' || !/^https?:\/\//.test(input.url)) return controlReply({ error: '"url" must be an http(s) URL' }, 400);
		const format = input.format ?? 'json';
		if (format !== 'json' && format !== 'xml') return controlReply({ error: '"format" is json or xml' }, 400);
		const events = input.events ?? ['*'];
		if (!Array.isArray(events) || events.some((e) => typeof e !== 'string' || !(e === '*' || /^[a-z_-]+\.[a-z_-]+$/i.test(e)))) {
			return controlReply({ error: '"events" is a list of names like "invoice.create", or ["*"]' }, 400);
		}
		this.configure({ url: input.url, events, format, user: input.user, password: input.password });
		return controlReply(this.state());
	}

	private testEvent(req: SandboxRequest): SandboxReply {
		if (!this.config) return controlReply({ error: 'No webhook is configured: PUT /__billomat/webhook first' }, 409);
		let input: { event?: string; id?: number | string };
		try {
			input = JSON.parse(req.body.toString('utf8') || '{}') as typeof input;
		} catch {
			return controlReply({ error: 'The body must be JSON' }, 400);
		}
		const event = String(input.event ?? '');
		const dot = event.lastIndexOf('.');
		if (dot < 1) return controlReply({ error: '"event" is a name like "invoice-payment.create"' }, 400);
		const root = eventKey(event.slice(0, dot));
		const collection = [`${root}s`, `${root}es`].find((c) => this.readers.has(`/${c}`));
		if (!collection) return controlReply({ error: `The sandbox has no ${root} records` }, 404);
		const found = input.id !== undefined ? this.read(collection, String(input.id)) : this.firstOf(collection);
		if (!found) return controlReply({ error: `No ${root} ${input.id ?? ''} in the sandbox`.replace(/ +$/, '') }, 404);
		const before = this.deliveries.length;
		// Fired whatever the chosen events: a test event is asked for by name.
		const events = this.config.events;
		this.config.events = ['*'];
		this.fire(event, found.root, found.record);
		this.config.events = events;
		return controlReply({ ok: true, delivery: this.deliveries[before] }, 202);
	}
}
