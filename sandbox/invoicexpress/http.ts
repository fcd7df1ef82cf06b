// What every InvoiceXpress sandbox route shares: the `.json`/`.xml` reply formats, the documented
// error bodies (`{"errors":[{"error":…}]}` / `<errors><error>…`), the `api_key` check and reading a
// request body. Routes of other resources (sandbox/invoicexpress/<x>.ts) use these too.
import { buildXml, parseXml, xmlList } from '../../nodes/shared/xml';
import type { SandboxReply, SandboxRequest } from '../framework';

export type Format = 'json' | 'xml';

/** JSON → legacy XML shape: lists as `type="array"`, null as an empty element. */
function xmlShape(value: unknown, name = ''): unknown {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) {
		const child = name.endsWith('s') ? name.slice(0, -1) : 'item';
		return { '@type': 'array', [child]: value.map((v) => xmlShape(v, child)) };
	}
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = xmlShape(v, k);
		return out;
	}
	return value;
}

/** `{"<root>": value}` (or `<root>…</root>`) with `status`. */
export function reply(format: Format, status: number, root: string, value: unknown): SandboxReply {
	if (format === 'xml') {
		return {
			status,
			headers: { 'Content-Type': 'application/xml; charset=utf-8' },
			body: buildXml(root, xmlShape(value, root) as Record<string, unknown>),
		};
	}
	return { status, body: { [root]: value } };
}

/** The documented error body with `lines`. */
export function errors(format: Format, status: number, lines: string[]): SandboxReply {
	if (format === 'xml') {
		return {
			status,
			headers: { 'Content-Type': 'application/xml; charset=utf-8' },
			body: buildXml('errors', { error: lines }),
		};
	}
	return { status, body: { errors: lines.map((error) => ({ error })) } };
}

export function notFound(format: Format): SandboxReply {
	return errors(format, 404, ['Not Found']);
}

/** `12.json` → { name: '12', format: 'json' }. */
export function splitFile(file: string): { name: string; format: Format } | undefined {
	const m = /^(.+)\.(json|xml)$/.exec(file);
	return m ? { name: m[1], format: m[2] as Format } : undefined;
}

/** XML request → plain values: `type="array"` lists become arrays, text stays text. */
function fromXml(value: unknown): unknown {
	if (value === null || value === undefined || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(fromXml);
	const element = value as Record<string, unknown>;
	const children = Object.keys(element).filter((k) => !k.startsWith('@') && k !== '#text');
	if (element['@type'] === 'array') return children.flatMap((k) => xmlList(element[k]).map(fromXml));
	if (children.length === 0) return '#text' in element ? String(element['#text']) : '';
	return Object.fromEntries(children.map((k) => [k, fromXml(element[k])]));
}

/** Whether a value is a reply (a body that could not be read answers 422). */
export function isReply(value: unknown): value is SandboxReply {
	return !!value && typeof value === 'object' && typeof (value as { status?: unknown }).status === 'number';
}

/** The request body as plain values: `{"invoice":{…}}` or `<invoice>…</invoice>`; a 422 reply when unreadable. */
export function readBody(req: SandboxRequest, format: Format): Record<string, unknown> | SandboxReply {
	const text = req.body.toString('utf8');
	try {
		if (format === 'xml') {
			const parsed = parseXml(text);
			return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, fromXml(v)]));
		}
		return JSON.parse(text) as Record<string, unknown>;
	} catch (error) {
		return errors(format, 422, [`The request body could not be read: ${(error as Error).message}`]);
	}
}

/**
 * Work out the reply format from the path's extension, then check `api_key` against `apiKeys`. A
 * `.xml` path is served only where the legacy API documents it (`legacyDocumented`); elsewhere it
 * is unknown.
 */
export function authorised(
	apiKeys: Set<string>,
	req: SandboxRequest,
	handler: (format: Format) => SandboxReply,
	legacyDocumented = false,
): SandboxReply {
	const last = req.path.split('/').pop() ?? '';
	const format: Format = last.endsWith('.xml') ? 'xml' : 'json';
	if (format === 'xml' && !legacyDocumented) {
		return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found: the legacy XML API documents only PUT /invoices/:invoice-id.xml' };
	}
	const key = req.query.get('api_key');
	if (!key || !apiKeys.has(key)) {
		return format === 'xml'
			? { status: 401, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: buildXml('errors', { error: ['Access denied'] }) }
			: { status: 401, body: { errors: [{ error: 'Access denied' }] } };
	}
	return handler(format);
}
