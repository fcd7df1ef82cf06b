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
		const dt = DateTime.fromFormat(text, format, { setZone: true });
		if (dt.isValid) return dt;
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
