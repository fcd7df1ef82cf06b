import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * What a provider said went wrong, already parsed from its reply by the provider's transport.
 * Only this sanitized shape ever reaches an n8n error: never the raw request, whose headers and
 * query string carry the credential.
 */
export interface ProviderFailure {
	/** Provider's display name, e.g. "Omnix V6". */
	provider: string;
	/** HTTP status of the reply, when there was one. */
	httpCode?: number;
	/** The provider's own structured error code (Billomat none, i.materialise 100–110, Shopwave 9xx…). */
	code?: string | number;
	/** The provider's own message, as it sent it. */
	message: string;
	/** Every line of a multi-error reply (violations, 422 lists), shown one per line. */
	details?: string[];
	/** What the user should do about it. */
	hint?: string;
	/**
	 * Whether sending the request again is harmless: pass on `HttpResponse.idempotent` from
	 * `sendRequest`. When false, the default hint after a 5xx says the request may already have
	 * been carried out (never "try again later"); when left out, it says so for a request that
	 * creates, changes or sends something.
	 */
	repeatable?: boolean;
}

const REDACTED = '[redacted]';

/**
 * Shorter values are not redacted: every match of a two- or three-letter "secret" would be
 * blanked out of every message (case-insensitively), and such a value protects nothing anyway.
 */
export const MIN_SECRET_LENGTH = 4;

/** What an error keeps of a provider's reply, so a huge error body cannot flood or break it. */
export const ERROR_LIMITS = {
	/** Characters of the message (the first line the user sees). */
	messageChars: 1_000,
	/** Lines of a multi-error reply shown; the rest are counted. */
	details: 20,
	/** Characters of one such line. */
	detailChars: 500,
	/** Characters of the whole description (details and hint). */
	descriptionChars: 4_000,
};

const regexCache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * Every way one character of a secret may be written where a request or a reply echoes it: as it
 * is (any case: the `i` flag), percent-encoded byte by byte (either hex case, once or twice over:
 * `%2B`, `%2b`, `%252B`), `+` for a space (form encoding), a JSON escape, an XML/HTML reference.
 * Mixing forms within one value (axios leaves `:` and `$` raw, RFC 3986 encodes `!'()*`) matches
 * too, since each character is matched on its own.
 */
function characterPattern(char: string): string {
	const code = char.codePointAt(0)!;
	const alternatives = new Set<string>([escapeRegExp(char)]);
	alternatives.add(
		[...Buffer.from(char, 'utf8')].map((byte) => `%(?:25)?${hex(byte, 2)}`).join(''),
	);
	if (char === ' ') alternatives.add('\\+');
	if (char === '"' || char === '\\' || char === '/') alternatives.add(`\\\\${escapeRegExp(char)}`);
	if (code < 0x20 || code > 0x7e) {
		const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
		alternatives.add(units.map((unit) => `\\\\u${hex(unit, 4)}`).join(''));
	}
	if (!/[a-z0-9]/i.test(char)) {
		alternatives.add(`&#(?:0*${code}|x0*${hex(code, 1)});`);
		const named: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
		if (named[char]) alternatives.add(`&${named[char]};`);
	}
	return `(?:${[...alternatives].join('|')})`;
}

/** One case-insensitive pattern matching the secret in any of the encodings above. */
function secretPattern(secret: string): RegExp {
	let pattern = regexCache.get(secret);
	if (!pattern) {
		if (regexCache.size > 256) regexCache.clear();
		pattern = new RegExp(Array.from(secret).map(characterPattern).join(''), 'gi');
		regexCache.set(secret, pattern);
	}
	return pattern;
}

/** The secrets worth redacting, each also trimmed, longest first (so one inside another goes whole). */
function redactable(secrets: readonly string[]): string[] {
	const out = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string') continue;
		for (const form of [secret, secret.trim()]) if (Array.from(form).length >= MIN_SECRET_LENGTH) out.add(form);
	}
	return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Replace every occurrence of each secret in a string, in every encoding a request could have
 * used (raw, `encodeURIComponent`, strict RFC 3986, form encoding, either hex case, JSON and XML
 * escapes), case-insensitively: some providers compare keys without regard to case, and redacting
 * more than needed is harmless.
 */
export function redact(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of redactable(secrets)) out = out.replace(secretPattern(secret), REDACTED);
	return out;
}

/** Whether a string contains any of the secrets, in any form `redact` would remove. */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
	return redactable(secrets).some((secret) => {
		const pattern = secretPattern(secret);
		pattern.lastIndex = 0;
		return pattern.test(text);
	});
}

/** Deep copy of a JSON-like value with every secret redacted from every string in it. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
	if (typeof value === 'string') return redact(value, secrets) as unknown as T;
	if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as unknown as T;
	if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			out[k] = redactDeep(v, secrets);
		}
		return out as T;
	}
	return value;
}

/**
 * The first `max` characters of a text, redacted, and how many were left out. The cut is moved
 * back to the start of any secret it would split, so no part of a secret is ever kept.
 */
export function truncate(text: string, max: number, secrets: readonly string[] = []): string {
	if (text.length <= max) return redact(text, secrets);
	let cut = max;
	const patterns = redactable(secrets).map(secretPattern);
	const reach = Math.max(0, ...redactable(secrets).map((s) => s.length * 20));
	for (let moved = true; moved; ) {
		moved = false;
		const from = Math.max(0, cut - reach);
		const region = text.slice(from, cut + reach);
		for (const pattern of patterns) {
			for (const match of region.matchAll(pattern)) {
				const start = from + match.index;
				if (start < cut && start + match[0].length > cut) {
					cut = start;
					moved = true;
				}
			}
		}
	}
	return `${redact(text.slice(0, cut), secrets)}… (${(text.length - cut).toLocaleString('en-US')} more characters not shown)`;
}

/** The one sentence the user sees first: "<Provider> error 400 (code 103): message". */
export function failureMessage(f: ProviderFailure): string {
	const status = f.httpCode ? ` ${f.httpCode}` : '';
	const code = f.code !== undefined && f.code !== '' ? ` (code ${f.code})` : '';
	return `${f.provider} error${status}${code}: ${f.message}`;
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * What to do about a status that means the same for every provider, when the transport said
 * nothing. After a 5xx, whether to advise running it again depends on whether the request was
 * safe to repeat: a create, an upload or an email that met a gateway error may have been carried
 * out, and "try again" would make it twice.
 */
export function defaultHint(f: ProviderFailure): string | undefined {
	if (f.httpCode === 429) {
		return `${f.provider} is still limiting the request rate after the node's retries. Run the workflow again later, or send fewer items per run.`;
	}
	if (f.httpCode === undefined || f.httpCode < 500 || f.httpCode > 599) return undefined;
	const gateway = GATEWAY_STATUSES.has(f.httpCode);
	if (f.repeatable === false) {
		return `${gateway ? `${f.provider}, or a gateway in front of it, answered ${f.httpCode}, which does not say whether the request reached ${f.provider}` : `${f.provider} failed while handling the request`}: it may already have been carried out. Check in ${f.provider} before running it again.`;
	}
	if (f.repeatable === true) {
		return gateway ? `${f.provider}, or a gateway in front of it, is unavailable right now. Try again later.` : undefined;
	}
	if (!gateway) return undefined;
	return `${f.provider}, or a gateway in front of it, is unavailable right now. If the request creates, changes or sends something, it may already have been carried out: check in ${f.provider} before running it again.`;
}

/** A provider failure bounded to ERROR_LIMITS (and redacted), with how many detail lines were left out. */
function bounded(f: ProviderFailure, secrets: readonly string[]): { failure: ProviderFailure; detailsLeftOut: number } {
	const all = f.details ?? [];
	const details = all.slice(0, ERROR_LIMITS.details).map((d) => truncate(String(d), ERROR_LIMITS.detailChars, secrets));
	return {
		failure: redactDeep(
			{
				...f,
				message: truncate(String(f.message), ERROR_LIMITS.messageChars, secrets),
				details: f.details ? details : undefined,
				hint: f.hint === undefined ? undefined : truncate(String(f.hint), ERROR_LIMITS.descriptionChars, secrets),
			},
			secrets,
		),
		detailsLeftOut: all.length - details.length,
	};
}

/**
 * Build the NodeApiError for a provider failure, with every credential value redacted and what it
 * keeps bounded (ERROR_LIMITS): a reply listing hundreds of thousands of errors gives the first
 * ones and says how many more there were.
 */
export function providerError(
	node: INode,
	failure: ProviderFailure,
	secrets: readonly string[],
	itemIndex?: number,
): NodeApiError {
	const { failure: f, detailsLeftOut } = bounded(failure, secrets);
	const descriptionLines: string[] = [];
	for (const detail of f.details ?? []) descriptionLines.push(`• ${detail}`);
	if (detailsLeftOut > 0) {
		descriptionLines.push(
			`… and ${detailsLeftOut.toLocaleString('en-US')} more not shown (${(failure.details ?? []).length.toLocaleString('en-US')} in all)`,
		);
	}
	const hint = f.hint ?? defaultHint(f);
	if (hint) descriptionLines.push(hint);
	const description = descriptionLines.length
		? truncate(descriptionLines.join('\n'), ERROR_LIMITS.descriptionChars)
		: undefined;
	const response: JsonObject = {
		provider: f.provider,
		message: f.message,
		...(f.httpCode !== undefined ? { httpCode: f.httpCode } : {}),
		...(f.code !== undefined ? { code: f.code } : {}),
		...(f.details?.length ? { details: f.details } : {}),
		...(detailsLeftOut > 0 ? { detailsLeftOut } : {}),
	};
	const error = new NodeApiError(node, response, {
		message: failureMessage(f),
		description,
		httpCode: f.httpCode !== undefined ? String(f.httpCode) : undefined,
		itemIndex,
	});
	// NodeApiError swaps in generic texts for codes it knows (ECONNRESET…); keep the provider's.
	error.message = failureMessage(f);
	// Without details or a hint, NodeApiError would repeat the message as its description.
	error.description = description;
	return error;
}

/** Bad input found before any request: the item index and what to change. */
export function inputError(node: INode, itemIndex: number, message: string, description?: string) {
	return new NodeOperationError(node, `Item ${itemIndex}: ${message}`, { itemIndex, description });
}

/**
 * A caught failure as the error to throw on. An n8n error (NodeApiError, NodeOperationError and
 * their kin, recognised by their `context` rather than by instanceof, since n8n's copy of
 * n8n-workflow may not be this package's) is kept as it is, given the item index when it has
 * none; anything else is wrapped in a NodeOperationError that keeps its message.
 */
export function nodeError(node: INode, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	if (error instanceof Error && 'context' in error) {
		const context = (error as { context: IDataObject | undefined }).context;
		if (itemIndex !== undefined && context && typeof context === 'object' && context.itemIndex === undefined) {
			context.itemIndex = itemIndex;
		}
		return error as NodeApiError | NodeOperationError;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}
