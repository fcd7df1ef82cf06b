import { DateTime } from 'luxon';
import type { INode } from 'n8n-workflow';

import { inputError } from './errors';
import type { FieldName } from './input';
import { fieldName, shown } from './input';

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

// ---------------------------------------------------------------------------------------------
// The one date-input helper every node uses for a date the user gives.

/** A provider's date format and what else users may type for it. */
export interface DateFormat {
	/** The format the provider reads and writes, in luxon tokens, e.g. `ddMMyyyy`. */
	format: string;
	/** Further formats a user may type (the provider's own is always read too). */
	accepts?: readonly string[];
	/** The examples of the fix line, e.g. "an ISO date (2024-01-31) or ddMMyyyy (31012024)". */
	examples: string;
}

/** Years a date the user gives may have: outside them a date is a slip (0001, 1212), refused. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** The eight-digit readings tried for `20121212`: ISO's basic yyyyMMdd, then the provider's own. */
function eightDigitFormats(spec: DateFormat): string[] {
	const formats = ['yyyyMMdd', spec.format, ...(spec.accepts ?? [])];
	return [...new Set(formats.filter((f) => /^(dd|MM|yyyy)+$/.test(f) && f.length === 8))];
}

const plausible = (dt: DateTime) => dt.year >= YEAR_RANGE.min && dt.year <= YEAR_RANGE.max;

/**
 * A date the user gave, or undefined when empty: a date picker value or expression result (ISO
 * string, n8n's DateTime, JS Date), or text in one of the provider's formats. Eight digits are read
 * as yyyyMMdd when that is a plausible date, else in the provider's eight-digit format; when two
 * readings are plausible dates the value is refused as ambiguous. A year outside YEAR_RANGE is
 * refused. Every refusal names the item and the field and says what to write instead.
 */
export function readDate(node: INode, itemIndex: number, field: FieldName, value: unknown, spec: DateFormat): DateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const name = fieldName(field);
	const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
	let dt: DateTime | undefined;
	if (typeof text === 'string' && /^\s*\d{8}\s*$/.test(text)) {
		const readings = eightDigitFormats(spec)
			.map((format) => fromFormat(text.trim(), format))
			.filter((reading): reading is DateTime => reading !== undefined);
		const sensible = [...new Map(readings.filter(plausible).map((r) => [r.toISODate(), r])).values()];
		if (sensible.length > 1) {
			throw inputError(
				node,
				itemIndex,
				`${name} (${shown(value)}) can be read as ${sensible.map((r) => r.toISODate()).join(' or ')}`,
				`Write the date with separators so it has one reading: ${spec.examples}.`,
			);
		}
		dt = sensible[0] ?? readings[0];
	} else {
		dt = parseDate(text, [spec.format, ...(spec.accepts ?? [])]);
	}
	if (!dt) {
		throw inputError(node, itemIndex, `${name} (${shown(value)}) is not a date`, `Pick a date, or give ${spec.examples}.`);
	}
	if (!plausible(dt)) {
		throw inputError(
			node,
			itemIndex,
			`${name} (${shown(value)}) is in the year ${dt.year}, outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
			`Check the year: dates from ${YEAR_RANGE.min} to ${YEAR_RANGE.max} are accepted. Pick a date, or give ${spec.examples}.`,
		);
	}
	return dt;
}

/** `readDate`, written in the provider's format: what a request sends. */
export function dateInput(node: INode, itemIndex: number, field: FieldName, value: unknown, spec: DateFormat): string | undefined {
	return readDate(node, itemIndex, field, value, spec)?.toFormat(spec.format);
}
