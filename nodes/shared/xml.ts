import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * The only place XML is read or written. Documents with a DOCTYPE are refused before parsing:
 * no provider sends one, and it is how entity-expansion ("billion laughs") bombs arrive.
 */
export class XmlError extends Error {}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	// Text keeps its outer spaces (a value must round-trip exactly); the indentation between
	// elements that this leaves as whitespace-only '#text' is removed after parsing.
	trimValues: false,
	processEntities: true,
	htmlEntities: false,
	ignoreDeclaration: true,
	removeNSPrefix: true,
});

export type XmlResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/** Parse an XML reply, or say why it is not one (the caller reports it as a provider error). */
export function tryParseXml(text: string): XmlResult {
	if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
		return { ok: false, reason: 'the XML reply declares a DOCTYPE or entities, which is refused for safety' };
	}
	if (!/^\s*(<\?xml[^>]*\?>\s*)?</.test(text)) return { ok: false, reason: 'the reply is not XML' };
	let result: unknown;
	try {
		result = parser.parse(text, true);
	} catch (error) {
		return { ok: false, reason: `the XML reply is malformed (${(error as Error).message})` };
	}
	if (!result || typeof result !== 'object') return { ok: false, reason: 'the XML reply is empty' };
	return { ok: true, value: dropIndentation(result) as Record<string, unknown> };
}

/** Parse XML that is expected to be well formed; throws an XmlError saying why when it is not. */
export function parseXml(text: string): Record<string, unknown> {
	const parsed = tryParseXml(text);
	if (!parsed.ok) throw new XmlError(parsed.reason);
	return parsed.value;
}

/** Remove whitespace-only text that sits between child elements (indentation, line breaks). */
function dropIndentation(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(dropIndentation);
	if (!value || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	const entries = Object.entries(value as Record<string, unknown>);
	const hasChildren = entries.some(([k]) => k !== '#text' && !k.startsWith('@'));
	for (const [k, v] of entries) {
		if (k === '#text' && typeof v === 'string' && v.trim() === '' && (hasChildren || v.includes('\n'))) continue;
		out[k] = dropIndentation(v);
	}
	return out;
}

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	format: true,
	indentBy: ' ',
	suppressEmptyNode: false,
	processEntities: true,
});

/**
 * Build `<?xml …?><root>…</root>` from a plain object. Arrays repeat their element name; text
 * is escaped (&, <, >, quotes) so any value round-trips exactly.
 */
export function buildXml(root: string, value: Record<string, unknown>): string {
	const body = builder.build({ [root]: value }) as string;
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/** Text content of a parsed element that may be a string or `{ '#text': … }`. */
export function xmlText(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'object' && '#text' in (value as object)) {
		return String((value as Record<string, unknown>)['#text']);
	}
	return undefined;
}

/** A parsed element that may be one object or an array of them, always as an array. */
export function xmlList<T = unknown>(value: unknown): T[] {
	if (value === undefined || value === null || value === '') return [];
	return (Array.isArray(value) ? value : [value]) as T[];
}
