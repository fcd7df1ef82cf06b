import type { IExecuteFunctions, IGetNodeParameterOptions, INode } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import { inputError } from './errors';

/**
 * Checks of user input shared by every node: text, numbers, record IDs, email addresses and the
 * account addresses of credentials. Each refuses before any request, with the item index and a
 * sentence that says what to change (`inputError`). Nothing here knows a provider: the caller
 * names the field, and for IDs what they are ("a Billomat ID").
 */

/** How a message names a field: `"Title"`, or `line item 2 "quantity"` for one inside a list. */
export type FieldName = string | { within: string; name: string };

export function fieldName(field: FieldName): string {
	return typeof field === 'string' ? `"${field}"` : `${field.within} "${field.name}"`;
}

const PREVIEW_CHARS = 60;

/** A value as a message shows it: text quoted, numbers as written, anything else as short JSON. */
export function shown(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value === undefined) return '""';
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = String(value);
	}
	return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** What arrived instead of text or a number, in words: "an object", "an array", "a boolean". */
function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (value instanceof Date) return 'a date object';
	if (value && typeof value === 'object' && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true) {
		return 'a date-time object';
	}
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'number') return 'a number that is not finite';
	return `a ${typeof value}`;
}

// ---------------------------------------------------------------------------------------------
// Text.

/**
 * Characters XML 1.0 cannot carry, not even escaped: C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
	/** Empty (or only spaces) is refused as "is empty" instead of being left out. */
	required?: boolean;
	/** A value of only spaces is refused as "is blank" (an empty one is still left out). */
	notBlank?: boolean;
	/** The text ends up in XML: characters XML 1.0 cannot carry are refused. */
	xml?: boolean;
	/** The fix line for an empty or blank value. */
	emptyHint?: string;
}

/** `U+0001` for a character. */
function codePoint(char: string): string {
	return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A text field's value: a string as it is, a finite number written as text; undefined when empty
 * (unless `required`). An object, an array, a boolean or a date object is refused: it would reach
 * the provider as "[object Object]" or as raw JSON.
 */
export function textInput(
	node: INode,
	itemIndex: number,
	field: FieldName,
	value: unknown,
	options: TextOptions = {},
): string | undefined {
	const name = fieldName(field);
	let text: string | undefined;
	if (value === undefined || value === null) text = undefined;
	else if (typeof value === 'string') text = value;
	else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') text = String(value);
	else {
		throw inputError(
			node,
			itemIndex,
			`${name} is ${kindOf(value)} (${shown(value)}), not text`,
			`Give text or a number. When the value comes from an expression, pick the text inside it, e.g. {{ $json.customer.name }} instead of {{ $json.customer }}, or join a list with .join(', ').`,
		);
	}
	if (text === undefined || text.trim() === '') {
		if (options.required) {
			throw inputError(node, itemIndex, `${name} is empty`, options.emptyHint ?? `Fill in ${name}.`);
		}
		if (options.notBlank && text !== undefined && text !== '') {
			throw inputError(node, itemIndex, `${name} is blank`, options.emptyHint ?? `Give ${name} some text, or leave it empty.`);
		}
		if (text === undefined || text === '') return undefined;
	}
	if (options.xml) {
		const illegal = XML_ILLEGAL.exec(text);
		if (illegal) {
			throw inputError(
				node,
				itemIndex,
				`${name} contains the control character ${codePoint(illegal[0])} at position ${illegal.index + 1}, which XML documents cannot carry`,
				'Remove the character (it is invisible: it often comes from a copy from another program or a binary file). Tabs and line breaks are fine.',
			);
		}
	}
	return text;
}

// ---------------------------------------------------------------------------------------------
// Numbers.

/**
 * The largest amount, price or quantity any node sends, either way: one trillion. Nothing an
 * invoice holds comes near it, and at that size a double still keeps every cent, so a larger value
 * (1e308, a pasted account number) is a mistake, refused rather than saved.
 */
export const AMOUNT_LIMIT = 1_000_000_000_000;

/** Plain decimal notation, optionally with an exponent: `12`, `-0.5`, `.5`, `1.5e3`. No hex, no commas. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Digits, one comma, digits: `12,50`, `1,5`, `1,500` (the last may be a thousands separator). */
const COMMA_DECIMAL = /^([+-]?\d+),(\d+)$/;

/**
 * A number written with a decimal comma, as spreadsheets in most of Europe give it (`12,50`,
 * `1,5`, `0,125`), in plain decimal notation (`12.50`); undefined when the text is not one. A
 * comma followed by exactly three digits after a group that does not start with 0 (`1,500`,
 * `12,000`) may be a thousands separator, so it is not read: undefined as well.
 */
export function decimalCommaText(text: string): string | undefined {
	const match = COMMA_DECIMAL.exec(text.trim());
	if (!match) return undefined;
	const [, whole, fraction] = match;
	if (fraction.length === 3 && !/^[+-]?0$/.test(whole)) return undefined;
	return `${whole}.${fraction}`;
}

export interface NumberOptions {
	/** Smallest accepted value (default −AMOUNT_LIMIT). */
	min?: number;
	/** Largest accepted value (default AMOUNT_LIMIT). */
	max?: number;
	/** Only whole numbers. */
	integer?: boolean;
}

const formatted = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 20 });

/**
 * A number field's value: a finite number, or text holding one in plain decimal notation or with
 * a decimal comma (`decimalCommaText`); undefined when empty. NaN, Infinity, `abc`, `1,500` (a
 * thousands separator?), `0x10` and values outside the bounds (by default ±AMOUNT_LIMIT) are
 * refused with the fix.
 */
export function numberInput(
	node: INode,
	itemIndex: number,
	field: FieldName,
	value: unknown,
	options: NumberOptions = {},
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const name = fieldName(field);
	let n: number | undefined;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && DECIMAL.test(value.trim())) n = Number(value.trim());
	else if (typeof value === 'string' && decimalCommaText(value) !== undefined) n = Number(decimalCommaText(value));
	if (n === undefined || Number.isNaN(n)) {
		throw inputError(
			node,
			itemIndex,
			`${name} (${shown(value)}) is not a number`,
			typeof value === 'string' && COMMA_DECIMAL.test(value.trim())
				? `A comma before three digits may separate thousands: write ${value.trim().replace(',', '.')} for the decimal number, or ${value.trim().replace(',', '')} for the whole number.`
				: 'Give a number such as 2 or 1.5: digits with a dot (or a comma) before the decimals, without units or thousands separators.',
		);
	}
	const min = options.min ?? -AMOUNT_LIMIT;
	const max = options.max ?? AMOUNT_LIMIT;
	if (!Number.isFinite(n) || n < min || n > max) {
		throw inputError(
			node,
			itemIndex,
			`${name} (${shown(value)}) is outside the range this node accepts, ${formatted(min)} to ${formatted(max)}`,
			min === -AMOUNT_LIMIT && max === AMOUNT_LIMIT
				? `Amounts, prices and quantities must be finite and at most ${formatted(AMOUNT_LIMIT)} either way: a larger value is almost always a slip (a missing decimal point, the wrong field). Check the value.`
				: `Give a number from ${formatted(min)} to ${formatted(max)}.`,
		);
	}
	if (options.integer && !Number.isInteger(n)) {
		throw inputError(node, itemIndex, `${name} (${shown(value)}) is not a whole number`, 'Give a whole number, without decimals.');
	}
	return n;
}

// ---------------------------------------------------------------------------------------------
// Record IDs.

export interface IdOptions {
	/** What the ID is, for the message: "a Billomat ID". */
	what: string;
	/** The fix line. */
	hint: string;
}

/**
 * A record ID (text or number) as its exact decimal digits, leading zeros dropped: a whole number
 * from 1 to 2^53 − 1 (Number.MAX_SAFE_INTEGER, the largest every JSON reader keeps exactly).
 * A sign, decimals, an exponent (`1e0`), hex (`0x1`) or a larger number is refused, so no ID is
 * ever sent rounded (99999999999999999999 would become 1e20).
 */
export function idInput(node: INode, itemIndex: number, field: FieldName, value: unknown, options: IdOptions): string {
	const name = fieldName(field);
	const text =
		typeof value === 'string'
			? value.trim()
			: typeof value === 'number' && Number.isInteger(value)
				? BigInt(value).toString()
				: typeof value === 'bigint'
					? value.toString()
					: undefined;
	if (text === undefined || !/^\d+$/.test(text) || /^0+$/.test(text)) {
		throw inputError(node, itemIndex, `${name} (${shown(value ?? '')}) is not ${options.what}`, options.hint);
	}
	const digits = text.replace(/^0+/, '');
	if (BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER)) {
		throw inputError(
			node,
			itemIndex,
			`${name} (${shown(value)}) is not ${options.what}: it is larger than ${Number.MAX_SAFE_INTEGER}, and would not arrive exactly`,
			`${options.hint} Check that the ID was copied whole and from the right field.`,
		);
	}
	return digits;
}

// ---------------------------------------------------------------------------------------------
// Email addresses.

/** Characters never found in a plain address: spaces, controls, and the separators of address lists. */
const ADDRESS_PART = '[^\\s@,;<>()\\[\\]"\\\\\\u0000-\\u001F\\u007F]+';
const EMAIL = new RegExp(`^${ADDRESS_PART}@${ADDRESS_PART}\\.${ADDRESS_PART}$`);

/** The one email check every node uses: `local@domain.tld`, without names, brackets or separators. */
export function isEmailAddress(text: string): boolean {
	return EMAIL.test(text);
}

/** One email address, trimmed; undefined when empty (unless `required`). */
export function emailInput(
	node: INode,
	itemIndex: number,
	field: FieldName,
	value: unknown,
	options: { required?: boolean } = {},
): string | undefined {
	const text = textInput(node, itemIndex, field, value, { required: options.required })?.trim();
	if (text === undefined || text === '') return undefined;
	if (!isEmailAddress(text)) {
		throw inputError(node, itemIndex, `${fieldName(field)} (${shown(text)}) is not an email address`, 'Give a valid email address, e.g. foo@bar.com.');
	}
	return text;
}

/** A comma-separated list of email addresses (or an array of them), trimmed, empty entries dropped. */
export function emailListInput(node: INode, itemIndex: number, field: FieldName, value: unknown): string[] {
	const entries: unknown[] = Array.isArray(value) ? value : [value];
	const list = entries
		.flatMap((entry) => (textInput(node, itemIndex, field, entry) ?? '').split(','))
		.map((address) => address.trim())
		.filter(Boolean);
	const bad = list.filter((address) => !isEmailAddress(address));
	if (bad.length) {
		throw inputError(
			node,
			itemIndex,
			`${fieldName(field)} has an invalid email address: ${bad.join(', ')}`,
			'Give plain addresses separated by commas, e.g. a@example.com, b@example.com.',
		);
	}
	return list;
}

// ---------------------------------------------------------------------------------------------
// Account addresses in credentials ("mycompany", "mycompany.billomat.net", a pasted link).

/** A pattern matching `text` in any letter case, without flags (n8n's `_cnd.regex` takes none). */
function caseless(text: string): string {
	return [...text]
		.map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
		.join('');
}

/** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/**
 * The source of a regular expression (no flags: n8n's display conditions and expressions use it
 * as is) matching what users paste as their account on a provider that gives each account its
 * own host `{account}.{suffix}`: the account name alone, or that host, with or without `http(s)://`,
 * with or without `:443`, and with any path, query or fragment after the host (a link copied from
 * the browser). Spaces around it are allowed. Capture group 1 or 2 is the account name.
 *
 * Anything else is refused: another host (`evil.example\`, whose backslash a URL parser reads as
 * a slash), an account name with a path but no host (`acme/x?`), spaces inside (`ACME Lda`),
 * another port.
 */
export function accountPattern(suffixes: readonly string[]): string {
	const suffix = `(?:${suffixes.map(caseless).join('|')})`;
	const scheme = `(?:${caseless('http')}[sS]?:\\/\\/)?`;
	return `^\\s*(?:${scheme}(${LABEL})\\.${suffix}\\.?(?::443)?(?:[\\/?#]\\S*)?|(${LABEL}))\\s*$`;
}

/** The account name in a pasted value (see `accountPattern`), or undefined when it is not one. */
export function accountName(value: unknown, suffixes: readonly string[]): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = new RegExp(accountPattern(suffixes)).exec(value);
	return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * A credential field whose value is refused where the node builds the provider's address. Its
 * message is the same sentence the credential's Test button shows; the router adds the item.
 */
export class CredentialValueError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
		this.name = 'CredentialValueError';
	}
}

/**
 * A list of objects given as JSON: the list itself (mapped from an earlier node), its text, one
 * object (a list of one), or an object keyed by the client's own keys (its values, in order).
 * Empty text, null and undefined are an empty list. Anything else, or an entry that is not an
 * object, is refused with `example` as the fix.
 */
export function jsonListInput(node: INode, itemIndex: number, field: FieldName, value: unknown, example: string): Array<Record<string, unknown>> {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return [];
		try {
			parsed = JSON.parse(value);
		} catch {
			throw inputError(node, itemIndex, `${fieldName(field)} is not valid JSON`, `Give a JSON list of objects, e.g. ${example}.`);
		}
	}
	if (parsed === undefined || parsed === null) return [];
	const isObject = (entry: unknown): entry is Record<string, unknown> => !!entry && typeof entry === 'object' && !Array.isArray(entry);
	let list: unknown[];
	if (Array.isArray(parsed)) list = parsed;
	else if (isObject(parsed)) list = Object.values(parsed).every(isObject) && Object.keys(parsed).length > 0 ? Object.values(parsed) : [parsed];
	else {
		throw inputError(node, itemIndex, `${fieldName(field)} is ${shown(parsed)}, not a list of objects`, `Give a JSON list of objects, e.g. ${example}.`);
	}
	list.forEach((entry, n) => {
		if (!isObject(entry)) {
			throw inputError(
				node,
				itemIndex,
				`entry ${n + 1} of ${fieldName(field)} is ${shown(entry)}, not an object`,
				`Give a JSON list of objects, e.g. ${example}.`,
			);
		}
	});
	return list as Array<Record<string, unknown>>;
}

/**
 * One JSON object, given as text or mapped from an earlier node. Empty text, null and undefined
 * are undefined (nothing to send); anything but an object is refused with `example` as the fix.
 */
export function jsonObjectInput(node: INode, itemIndex: number, field: FieldName, value: unknown, example: string): Record<string, unknown> | undefined {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch {
			throw inputError(node, itemIndex, `${fieldName(field)} is not valid JSON`, `Give a JSON object, e.g. ${example}.`);
		}
	}
	if (parsed === undefined || parsed === null) return undefined;
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(node, itemIndex, `${fieldName(field)} is ${shown(parsed)}, not a JSON object`, `Give a JSON object, e.g. ${example}.`);
	}
	return parsed as Record<string, unknown>;
}

/**
 * A path under the provider's API root for a custom call (`/product`, `product?x=1` is not: the
 * query has its own field). Never another host: the credential goes with the request.
 */
export function apiPathInput(node: INode, itemIndex: number, field: FieldName, value: unknown, example: string): string {
	const text = textInput(node, itemIndex, field, value) ?? '';
	const fix = `Give the path after the API address, starting with "/", e.g. ${example}.`;
	if (!text) throw inputError(node, itemIndex, `${fieldName(field)} is empty`, fix);
	if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.includes('\\')) {
		throw inputError(node, itemIndex, `${fieldName(field)} ${shown(text)} is an address, not a path`, `${fix} The request always goes to the credential's address, with its authentication.`);
	}
	if (!text.startsWith('/')) throw inputError(node, itemIndex, `${fieldName(field)} ${shown(text)} does not start with "/"`, fix);
	if (/[?#]/.test(text)) throw inputError(node, itemIndex, `${fieldName(field)} ${shown(text)} contains "?" or "#"`, `${fix} Put query parameters in Query Parameters.`);
	if (/(^|\/)\.\.?(\/|$)/.test(text)) throw inputError(node, itemIndex, `${fieldName(field)} ${shown(text)} contains "." or ".." segments`, fix);
	return text;
}

// ---------------------------------------------------------------------------------------------
// Parameters read once per node run.

/**
 * What n8n's getNodeParameter costs grows with the node's description: each call looks the
 * parameter up among every property of that name (one "options" collection an operation), checking
 * each one's display conditions. A parameter that holds no expression has the same value for every
 * item, so it is read once per node run. Keyed by the execution context: nothing outlives the run.
 */
const runParameters = new WeakMap<object, Map<string, { expression: true } | { expression: false; read?: { value: unknown } }>>();

/** Whether a stored parameter value is, or holds anywhere inside it, an n8n expression (`=…`). */
export function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/** The stored value at a parameter path (`options`, `lineItems.item[0].title`), as the node holds it. */
function storedValue(node: INode, path: string): unknown {
	let value: unknown = node.parameters;
	for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/**
 * `getNodeParameter(name, itemIndex, fallback, options)`, read from n8n once per node run when the
 * parameter holds no expression (then every item gets the same value), else for each item as
 * usual. Each call gets its own copy, so a caller may change what it got. A read that fails is not
 * kept: the next item reads again and fails with its own item index.
 */
export function runParameter(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	fallback?: unknown,
	options?: IGetNodeParameterOptions,
): unknown {
	let perRun = runParameters.get(context);
	if (!perRun) {
		perRun = new Map();
		runParameters.set(context, perRun);
	}
	const key = `${name}\n${JSON.stringify(fallback) ?? ''}\n${JSON.stringify(options ?? {})}`;
	let entry = perRun.get(key);
	if (!entry) {
		entry = holdsExpression(storedValue(context.getNode(), name)) ? { expression: true } : { expression: false };
		perRun.set(key, entry);
	}
	if (entry.expression) return context.getNodeParameter(name, itemIndex, fallback, options);
	if (!entry.read) entry.read = { value: context.getNodeParameter(name, itemIndex, fallback, options) };
	const { value } = entry.read;
	return value && typeof value === 'object' ? deepCopy(value) : value;
}
