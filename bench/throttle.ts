// A loopback rate limiter in front of a sandbox, for the throttled Shopwave run: at most `budget`
// requests per fixed window of `windowMs`; past that, 429 with Retry-After (whole seconds, as
// HTTP defines it) until the next window. Everything else is passed through unchanged.
import type { Server } from 'http';
import { createServer, request } from 'http';
import type { AddressInfo } from 'net';

export interface Limiter {
	url: string;
	counts: { passed: number; limited: number };
	/** Every request as the limiter answered it: the window it fell in (its start, epoch ms) and passed or 429. */
	log: Array<{ window: number; status: 'passed' | 429 }>;
	close(): Promise<void>;
}

export async function startLimiter(target: string, budget: number, windowMs: number): Promise<Limiter> {
	const upstream = new URL(target);
	const counts = { passed: 0, limited: 0 };
	const log: Limiter['log'] = [];
	let windowStart = 0;
	let used = 0;
	const server: Server = createServer((req, res) => {
		const now = Date.now();
		const start = Math.floor(now / windowMs) * windowMs;
		if (start !== windowStart) {
			windowStart = start;
			used = 0;
		}
		if (used >= budget) {
			counts.limited += 1;
			log.push({ window: windowStart, status: 429 });
			req.resume();
			const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
			const body = JSON.stringify({ error: 'Too Many Requests (bench rate limiter)' });
			res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': String(retryAfter), 'Content-Length': Buffer.byteLength(body) });
			res.end(body);
			return;
		}
		used += 1;
		counts.passed += 1;
		log.push({ window: windowStart, status: 'passed' });
		const forward = request(
			{ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
			(reply) => {
				res.writeHead(reply.statusCode ?? 502, reply.headers);
				reply.pipe(res);
			},
		);
		forward.on('error', () => {
			res.writeHead(502);
			res.end();
		});
		req.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		counts,
		log,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
