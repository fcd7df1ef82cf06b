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
}

const REDACTED = '[redacted]';

/** Replace every occurrence of each secret (and its URL-encoded form) in a string. */
export function redact(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (!secret || secret.length < 4) continue;
		for (const form of new Set([secret, encodeURIComponent(secret)])) {
			out = out.split(form).join(REDACTED);
		}
	}
	return out;
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

/** The one sentence the user sees first: "<Provider> error 400 (code 103): message". */
export function failureMessage(f: ProviderFailure): string {
	const status = f.httpCode ? ` ${f.httpCode}` : '';
	const code = f.code !== undefined && f.code !== '' ? ` (code ${f.code})` : '';
	return `${f.provider} error${status}${code}: ${f.message}`;
}

/** What to do about a status that means the same for every provider, when the transport said nothing. */
function defaultHint(f: ProviderFailure): string | undefined {
	if (f.httpCode === 429) {
		return `${f.provider} is still limiting the request rate after the node's retries. Run the workflow again later, or send fewer items per run.`;
	}
	if (f.httpCode === 502 || f.httpCode === 503 || f.httpCode === 504) {
		return `${f.provider}, or a gateway in front of it, is unavailable right now. Try again later.`;
	}
	return undefined;
}

/** Build the NodeApiError for a provider failure, with every credential value redacted. */
export function providerError(
	node: INode,
	failure: ProviderFailure,
	secrets: readonly string[],
	itemIndex?: number,
): NodeApiError {
	const f = redactDeep(failure, secrets);
	const descriptionLines: string[] = [];
	if (f.details?.length) descriptionLines.push(...f.details.map((d) => `• ${d}`));
	const hint = f.hint ?? defaultHint(f);
	if (hint) descriptionLines.push(hint);
	const response: JsonObject = {
		provider: f.provider,
		message: f.message,
		...(f.httpCode !== undefined ? { httpCode: f.httpCode } : {}),
		...(f.code !== undefined ? { code: f.code } : {}),
		...(f.details?.length ? { details: f.details } : {}),
	};
	const error = new NodeApiError(node, response, {
		message: failureMessage(f),
		description: descriptionLines.join('\n') || undefined,
		httpCode: f.httpCode !== undefined ? String(f.httpCode) : undefined,
		itemIndex,
	});
	// NodeApiError swaps in generic texts for codes it knows (ECONNRESET…); keep the provider's.
	error.message = failureMessage(f);
	// Without details or a hint, NodeApiError would repeat the message as its description.
	error.description = descriptionLines.length ? descriptionLines.join('\n') : undefined;
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
