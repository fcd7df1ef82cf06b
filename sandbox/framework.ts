// The emulator framework every provider sandbox is built on: a loopback HTTP server with a small
// router, a log of every request it received (for tests to assert on), and fault injection that
// a test or a user switches on per server (control API) or per request (X-Sandbox-Fault header),
// and a per-request latency (fixed or jittered, seeded) that makes loopback answer like a real
// provider 100–300 ms away.
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'http';
import { createServer } from 'http';
import type { AddressInfo, Socket } from 'net';

export interface SandboxRequest {
	method: string;
	/** Path without the query string, percent-decoded. */
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	body: Buffer;
	/** Values of `:name` segments of the matched route. */
	params: Record<string, string>;
}

export interface SandboxReply {
	status?: number;
	headers?: Record<string, string>;
	/** An object is sent as JSON; a string or Buffer as it is. */
	body?: unknown;
	/** Send this many bytes of the body, then the connection is destroyed. */
	truncateAt?: number;
	/**
	 * With `truncateAt`: the Content-Length announced instead of the body's own, so that even an
	 * empty reply (a state change's 200) arrives cut off: headers that promise bytes never sent.
	 */
	announcedLength?: number;
}

export type Handler = (req: SandboxRequest) => SandboxReply | Promise<SandboxReply>;

export const FAULT_KINDS = [
	'rate-limit',
	'server-error',
	'reset',
	'slow',
	'truncated',
	'garbage',
	'html',
	'malformed-xml',
	'xml-bomb',
	'redirect',
	'reply',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
	kind: FaultKind;
	/** rate-limit: Retry-After seconds (default 1); omit with retryAfter: null for none. */
	retryAfter?: number | null;
	/** server-error: status (default 503); redirect: status (default 302). */
	status?: number;
	/**
	 * redirect: the `Location` sent, absolute (another origin, e.g. an {@link Elsewhere} server) or
	 * relative. Default: the request's own path and query, a same-origin redirect to itself.
	 */
	location?: string;
	/** slow: delay before the real reply (default 2000 ms). */
	delayMs?: number;
	/** reply: answer with this status, headers and body instead of the real handler. */
	reply?: SandboxReply;
	/** How many requests it hits (default 1; 0 = until cleared). */
	times?: number;
	/** Only requests with this method / whose path contains this text. */
	method?: string;
	path?: string;
	/**
	 * Let the real handler run first, so the request is carried out (a state changed, a record
	 * deleted), and only then lose its reply to the fault: `reset` drops the connection,
	 * `server-error` and `html` answer their status instead, `truncated` cuts the reply off (even an
	 * empty one), `slow` holds it back. What a lost reply of a request that did reach the provider
	 * looks like. Without it (the default) every kind but `truncated` and `slow` acts before the
	 * handler, which then never runs.
	 */
	afterHandler?: boolean;
}

/**
 * A delay before every API request is answered (control routes are never delayed): `latencyMs`
 * plus a jitter drawn uniformly from [-jitterMs, +jitterMs] (never below 0) by a seeded generator,
 * so two runs with the same seed see the same sequence of delays.
 */
export interface Latency {
	latencyMs: number;
	/** Default 0 (a fixed delay). */
	jitterMs?: number;
	/** Seed of the jitter sequence (default 1); the sequence restarts on {@link Sandbox.reset}. */
	seed?: number;
}

/**
 * `150`, `150±50`, `150+-50` or `150/50` as a {@link Latency}; `jitter` (a separate `--jitter`
 * value) overrides the one in the text. Throws on anything else.
 */
export function parseLatency(text: string, jitter?: string, seed?: string): Latency {
	const m = /^\s*(\d+(?:\.\d+)?)\s*(?:(?:±|\+-|\+\/-|\/)\s*(\d+(?:\.\d+)?))?\s*(?:ms)?\s*$/.exec(text);
	if (!m) throw new Error(`Latency "${text}" is not of the form 150, 150±50 or 150+-50 (milliseconds)`);
	const jitterText = jitter ?? m[2];
	if (jitterText !== undefined && !/^\d+(?:\.\d+)?$/.test(jitterText.trim())) throw new Error(`Jitter "${jitterText}" is not a number of milliseconds`);
	if (seed !== undefined && !/^\d+$/.test(seed.trim())) throw new Error(`Latency seed "${seed}" is not a whole number`);
	return checkLatency({
		latencyMs: Number(m[1]),
		jitterMs: jitterText === undefined ? 0 : Number(jitterText),
		...(seed === undefined ? {} : { seed: Number(seed) }),
	});
}

function checkLatency(latency: Latency): Latency {
	const { latencyMs, jitterMs = 0, seed = 1 } = latency;
	for (const [name, value] of [['latencyMs', latencyMs], ['jitterMs', jitterMs], ['seed', seed]] as const) {
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`Latency ${name} must be a number ≥ 0, got ${JSON.stringify(value)}`);
	}
	return { latencyMs, jitterMs, seed: Math.floor(seed) };
}

/** The text form of a latency: `150±50 ms` (`150 ms` without jitter). */
export function formatLatency(latency: Latency): string {
	return `${latency.latencyMs}${latency.jitterMs ? `±${latency.jitterMs}` : ''} ms`;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The request path as text; a malformed percent escape is kept as sent (a server does not crash on it). */
function decodedPath(pathname: string): string {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: IncomingHttpHeaders;
	body: Buffer;
	/** The reply's status (after any fault). */
	status?: number;
	fault?: FaultKind;
	/**
	 * With an `afterHandler` fault: the status the real handler answered (the request carried out
	 * when it is a 2xx) before the fault took its reply.
	 */
	handlerStatus?: number;
	/** With a latency set: the delay this request waited before it was handled, ms. */
	delayMs?: number;
}

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	handler: Handler;
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
	const names: string[] = [];
	const source = pattern
		.split('/')
		.map((segment) => {
			if (segment.startsWith(':')) {
				names.push(segment.slice(1));
				return '([^/]+)';
			}
			if (segment === '*') return '.*';
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { regex: new RegExp(`^${source}$`), names };
}

export function queryObject(query: URLSearchParams): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(query.keys())) {
		const all = query.getAll(key);
		out[key] = all.length > 1 ? all : all[0];
	}
	return out;
}

const XML_BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<errors><error>&lol9;</error></errors>`;

const HTML_PAGE =
	'<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>';

export class Sandbox {
	readonly requests: RecordedRequest[] = [];
	private readonly routes: Route[] = [];
	private faults: Array<Fault & { left: number }> = [];
	private server?: Server;
	private readonly sockets = new Set<Socket>();
	private latency?: Latency;
	private random: () => number = seededRandom(1);
	baseUrl = '';

	/** @param name provider display name, for logs */
	constructor(readonly name: string) {}

	/** Restore the demo data. Subclasses override it and call it at the end of their constructor. */
	protected seed(): void {}

	route(method: string, pattern: string, handler: Handler): this {
		const { regex, names } = compile(pattern);
		this.routes.push({ method: method.toUpperCase(), pattern: regex, names, handler });
		return this;
	}

	injectFault(fault: Fault): void {
		if (!FAULT_KINDS.includes(fault.kind)) throw new Error(`Unknown fault kind ${fault.kind}`);
		this.faults.push({ ...fault, left: fault.times ?? 1 });
	}

	clearFaults(): void {
		this.faults = [];
	}

	/**
	 * Delay every API request from now on (`undefined` = answer at once). The jitter sequence starts
	 * again from the seed.
	 */
	setLatency(latency: Latency | undefined): void {
		this.latency = latency ? checkLatency(latency) : undefined;
		this.random = seededRandom(this.latency?.seed ?? 1);
	}

	getLatency(): Latency | undefined {
		return this.latency ? { ...this.latency } : undefined;
	}

	/** The next request's delay: latency + uniform jitter in [-jitter, +jitter], not below 0. */
	private nextDelay(): number {
		const { latencyMs, jitterMs = 0 } = this.latency!;
		return Math.max(0, Math.round(latencyMs + (this.random() * 2 - 1) * jitterMs));
	}

	/**
	 * Demo data back to its seed, request log and faults cleared. A latency stays set (it is how
	 * the server was started, not state) and its jitter sequence starts again from the seed, so
	 * each run after a reset sees the same delays.
	 */
	reset(): void {
		this.requests.length = 0;
		this.clearFaults();
		this.random = seededRandom(this.latency?.seed ?? 1);
		this.seed();
	}

	/** Requests that reached the provider's API (control calls excluded), optionally filtered. */
	received(method?: string, pathPart?: string): RecordedRequest[] {
		return this.requests.filter(
			(r) => (!method || r.method === method.toUpperCase()) && (!pathPart || r.path.includes(pathPart)),
		);
	}

	async listen(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, host, () => resolve());
		});
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `http://${host}:${address.port}`;
		return this.baseUrl;
	}

	async close(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private takeFault(req: SandboxRequest): Fault | undefined {
		const header = req.headers['x-sandbox-fault'];
		if (typeof header === 'string' && FAULT_KINDS.includes(header as FaultKind)) {
			return { kind: header as FaultKind };
		}
		const index = this.faults.findIndex(
			(f) => (!f.method || f.method.toUpperCase() === req.method) && (!f.path || req.path.includes(f.path)),
		);
		if (index === -1) return undefined;
		const fault = this.faults[index];
		if (fault.left > 0) {
			fault.left -= 1;
			if (fault.left === 0) this.faults.splice(index, 1);
		}
		return fault;
	}

	private async control(req: SandboxRequest): Promise<SandboxReply> {
		const action = req.path.slice('/__sandbox/'.length);
		if (action === 'requests' && req.method === 'GET') {
			return { body: this.requests.map((r) => ({ ...r, body: r.body.toString('utf8') })) };
		}
		if (action === 'faults' && req.method === 'POST') {
			const fault = JSON.parse(req.body.toString('utf8') || '{}') as Fault;
			this.injectFault(fault);
			return { status: 201, body: { ok: true, fault } };
		}
		if (action === 'faults' && req.method === 'DELETE') {
			this.clearFaults();
			return { body: { ok: true } };
		}
		if (action === 'latency' && req.method === 'GET') {
			return { body: { latency: this.getLatency() ?? null } };
		}
		if (action === 'latency' && (req.method === 'POST' || req.method === 'PUT')) {
			try {
				const body = JSON.parse(req.body.toString('utf8') || '{}') as Latency;
				this.setLatency(body);
			} catch (error) {
				return { status: 400, body: { error: (error as Error).message } };
			}
			return { body: { ok: true, latency: this.getLatency() } };
		}
		if (action === 'latency' && req.method === 'DELETE') {
			this.setLatency(undefined);
			return { body: { ok: true, latency: null } };
		}
		if (action === 'reset' && req.method === 'POST') {
			this.reset();
			return { body: { ok: true } };
		}
		return { status: 404, body: { error: `Unknown sandbox control ${req.method} ${action}` } };
	}

	private async handle(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of incoming) chunks.push(chunk as Buffer);
		const url = new URL(incoming.url ?? '/', 'http://sandbox');
		const req: SandboxRequest = {
			method: (incoming.method ?? 'GET').toUpperCase(),
			path: decodedPath(url.pathname),
			query: url.searchParams,
			headers: incoming.headers,
			body: Buffer.concat(chunks),
			params: {},
		};

		if (req.path.startsWith('/__sandbox/')) {
			this.send(res, await this.control(req));
			return;
		}

		const record: RecordedRequest = {
			method: req.method,
			path: req.path,
			query: queryObject(req.query),
			headers: req.headers,
			body: req.body,
		};
		this.requests.push(record);

		if (this.latency) {
			// Drawn in arrival order, so the delays follow the seed whatever the concurrency.
			const delay = this.nextDelay();
			record.delayMs = delay;
			if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
		}

		const fault = this.takeFault(req);
		record.fault = fault?.kind;
		// After the handler: the request is carried out first, then its reply is lost to the fault.
		const handled = fault?.afterHandler ? await this.runHandler(req) : undefined;
		if (handled) record.handlerStatus = handled.status ?? 200;
		if (fault) {
			switch (fault.kind) {
				case 'reset':
					incoming.socket.destroy();
					return;
				case 'rate-limit': {
					const headers: Record<string, string> = {};
					const retryAfter = fault.retryAfter === undefined ? 1 : fault.retryAfter;
					if (retryAfter !== null) headers['Retry-After'] = String(retryAfter);
					record.status = 429;
					this.send(res, { status: 429, headers, body: { error: 'Too Many Requests (sandbox fault)' } });
					return;
				}
				case 'server-error':
					record.status = fault.status ?? 503;
					this.send(res, { status: record.status, body: { error: 'Service Unavailable (sandbox fault)' } });
					return;
				case 'html':
					record.status = 502;
					this.send(res, { status: 502, headers: { 'Content-Type': 'text/html' }, body: HTML_PAGE });
					return;
				case 'garbage':
					record.status = 200;
					this.send(res, {
						status: 200,
						headers: { 'Content-Type': 'application/json' },
						body: Buffer.from('\u0000\u00ff{"invoices": [ garbage ]]\u0001', 'latin1'),
					});
					return;
				case 'malformed-xml':
					record.status = 200;
					this.send(res, {
						status: 200,
						headers: { 'Content-Type': 'application/xml' },
						body: '<?xml version="1.0"?><response><unclosed></response',
					});
					return;
				case 'xml-bomb':
					record.status = 422;
					this.send(res, { status: 422, headers: { 'Content-Type': 'application/xml' }, body: XML_BOMB });
					return;
				case 'redirect':
					record.status = fault.status ?? 302;
					this.send(res, {
						status: record.status,
						headers: { Location: fault.location ?? incoming.url ?? '/' },
						body: { moved: 'sandbox fault' },
					});
					return;
				case 'reply':
					record.status = fault.reply?.status ?? 200;
					this.send(res, fault.reply ?? {});
					return;
				case 'slow':
					await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 2000));
					break;
				case 'truncated':
					break;
			}
		}

		let reply = handled ?? (await this.runHandler(req));
		if (fault?.kind === 'truncated') {
			const length = Sandbox.encode(reply).body.length;
			reply =
				fault.afterHandler && length === 0
					? { ...reply, truncateAt: 0, announcedLength: 64 }
					: { ...reply, truncateAt: Math.max(1, Math.floor(length / 2)) };
		}
		record.status = reply.status ?? 200;
		this.send(res, reply);
	}

	/** The matched route's reply (404 for none, 500 for a handler that throws). */
	private async runHandler(req: SandboxRequest): Promise<SandboxReply> {
		const route = this.match(req);
		try {
			return route
				? await route.handler(req)
				: { status: 404, body: { error: `No such endpoint: ${req.method} ${req.path}` } };
		} catch (error) {
			return { status: 500, body: { error: `Sandbox failure: ${(error as Error).message}` } };
		}
	}

	private match(req: SandboxRequest): Route | undefined {
		for (const route of this.routes) {
			if (route.method !== req.method && route.method !== '*') continue;
			const m = route.pattern.exec(req.path);
			if (!m) continue;
			req.params = Object.fromEntries(route.names.map((name, i) => [name, m[i + 1]]));
			return route;
		}
		return undefined;
	}

	private static encode(reply: SandboxReply): { body: Buffer; headers: Record<string, string> } {
		const headers: Record<string, string> = { ...(reply.headers ?? {}) };
		const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
		let body: Buffer;
		if (reply.body === undefined || reply.body === null) body = Buffer.alloc(0);
		else if (Buffer.isBuffer(reply.body)) body = reply.body;
		else if (typeof reply.body === 'string') body = Buffer.from(reply.body, 'utf8');
		else {
			body = Buffer.from(JSON.stringify(reply.body), 'utf8');
			if (!hasType) headers['Content-Type'] = 'application/json; charset=utf-8';
		}
		return { body, headers };
	}

	private send(res: ServerResponse, reply: SandboxReply): void {
		const { body, headers } = Sandbox.encode(reply);
		if (reply.truncateAt !== undefined) {
			res.writeHead(reply.status ?? 200, { ...headers, 'Content-Length': String(reply.announcedLength ?? body.length) });
			res.write(body.subarray(0, reply.truncateAt), () => res.socket?.destroy());
			return;
		}
		res.writeHead(reply.status ?? 200, { ...headers, 'Content-Length': String(body.length) });
		res.end(body);
	}
}

/**
 * Another origin on loopback, for redirect faults: answers every method and path with 200 and a
 * small JSON body (what a careless target would), and logs what arrived, so a test can check that
 * no credential value ever reached it.
 */
export class Elsewhere extends Sandbox {
	constructor() {
		super('Elsewhere');
		this.route('*', '/*', () => ({ body: { ok: true, success: true, elsewhere: true } }));
	}

	/** Everything that arrived here, as text: path, query, headers and body of every request. */
	transcript(): string {
		return this.requests
			.map((r) => JSON.stringify({ method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body.toString('utf8') }))
			.join('\n');
	}
}
