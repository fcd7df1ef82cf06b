import { DateTime } from 'luxon';

/**
 * Dates as n8n users hand them over: a date picker or expression result (ISO string, luxon
 * DateTime from n8n's own luxon, JS Date), or already in the provider's format. Each provider
 * names its formats; the helpers below turn any of these into the provider's string.
 */
export type DateInput = unknown;

function isLuxonLike(value: unknown): value is { toISO: () => string | null; isValid: boolean } {
	return (
		!!value &&
		typeof value === 'object' &&
		(value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	);
}

/**
 * Purely numeric day formats (ddMMyyyy, dd-MM-yyyy, dd/MM/yyyy, yyyy-MM-dd…) are read with one
 * regular expression compiled per format; luxon's fromFormat re-reads the format on every call,
 * which showed up in profiles of 1,000-item runs. Anything else goes to luxon.
 */
const numericFormats = new Map<string, { regex: RegExp; order: Array<'d' | 'M' | 'y'> } | null>();

function fromFormat(text: string, format: string): DateTime | undefined {
	let compiled = numericFormats.get(format);
	if (compiled === undefined) {
		compiled = null;
		if (/^(dd|MM|yyyy|[-/. ])+$/.test(format)) {
			const order: Array<'d' | 'M' | 'y'> = [];
			const source = format.replace(/dd|MM|yyyy|[-/. ]/g, (token) => {
				if (token === 'dd' || token === 'MM') {
					order.push(token === 'dd' ? 'd' : 'M');
					return '(\\d{2})';
				}
				if (token === 'yyyy') {
					order.push('y');
					return '(\\d{4})';
				}
				return token === '.' ? '\\.' : token;
			});
			compiled = { regex: new RegExp(`^${source}$`), order };
		}
		numericFormats.set(format, compiled);
	}
	if (!compiled) {
		const dt = DateTime.fromFormat(text, format, { setZone: true });
		return dt.isValid ? dt : undefined;
	}
	const match = compiled.regex.exec(text);
	if (!match) return undefined;
	const parts = { d: 0, M: 0, y: 0 };
	compiled.order.forEach((key, i) => (parts[key] = Number(match[i + 1])));
	const dt = DateTime.fromObject({ year: parts.y, month: parts.M, day: parts.d });
	return dt.isValid ? dt : undefined;
}

/** Parse a date input; `undefined` when it cannot be read. Formats are luxon tokens. */
export function parseDate(value: DateInput, formats: readonly string[] = []): DateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (isLuxonLike(value)) {
		if (!value.isValid) return undefined;
		const iso = value.toISO();
		return iso ? DateTime.fromISO(iso, { setZone: true }) : undefined;
	}
	if (value instanceof Date) {
		const dt = DateTime.fromJSDate(value);
		return dt.isValid ? dt : undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	// An ISO date or date-time is by far the most common input (date pickers, expressions): read
	// it first, without trying each provider format (luxon compiles a parser per format).
	if (/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)) {
		const iso = DateTime.fromISO(text, { setZone: true });
		if (iso.isValid) return iso;
	}
	for (const format of formats) {
		const dt = fromFormat(text, format);
		if (dt?.isValid) return dt;
	}
	const iso = DateTime.fromISO(text, { setZone: true });
	if (iso.isValid) return iso;
	const rfc = DateTime.fromRFC2822(text, { setZone: true });
	return rfc.isValid ? rfc : undefined;
}

/** Format a date input in a provider's format, or undefined when it cannot be read. */
export function formatDate(value: DateInput, format: string, acceptedFormats: readonly string[] = [format]) {
	return parseDate(value, acceptedFormats)?.toFormat(format);
}

/** ISO calendar date (yyyy-MM-dd) of a provider date string, or the input unchanged when unreadable. */
export function toIsoDate(value: unknown, formats: readonly string[]): unknown {
	if (typeof value !== 'string' || value === '') return value;
	const dt = parseDate(value, formats);
	return dt ? dt.toISODate() : value;
}
