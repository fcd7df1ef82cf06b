// Provider-agnostic helpers with no n8n context: XML, dates, backoff, redaction.
import { DateTime } from 'luxon';

import { formatDate, parseDate, toIsoDate } from '../../nodes/shared/dates';
import { defaultHint, ERROR_LIMITS, MIN_SECRET_LENGTH, redact, redactDeep, truncate } from '../../nodes/shared/errors';
import { backoffMs, DEFAULT_RETRY, retryAfterMs } from '../../nodes/shared/http';
import { buildXml, parseXml, xmlList, XmlError } from '../../nodes/shared/xml';

describe('xml', () => {
	test('escapes every metacharacter when building and reads it back exactly', () => {
		const nasty = `Fish & Chips <b>"quoted"</b> 'single' ]]> &amp;`;
		const xml = buildXml('invoice', { reference: nasty, items: { '@type': 'array', item: [{ name: 'a' }, { name: 'b' }] } });
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<invoice>')).toBe(true);
		expect(xml).toContain('<reference>Fish &amp; Chips &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &apos;single&apos; ]]&gt; &amp;amp;</reference>');
		expect(xml).toContain('<items type="array">');
		const parsed = parseXml(xml) as { invoice: { reference: string; items: { item: unknown } } };
		expect(parsed.invoice.reference).toBe(nasty);
		expect(xmlList<{ name: string }>(parsed.invoice.items.item).map((i) => i.name)).toEqual(['a', 'b']);
	});

	test('keeps outer spaces of a value but not the indentation between elements', () => {
		const xml = buildXml('invoice', { observations: '  two spaces  ', client: { name: ' Ana ' }, items: { item: [{ name: 'a' }] } });
		expect(parseXml(xml)).toEqual({
			invoice: { observations: '  two spaces  ', client: { name: ' Ana ' }, items: { item: { name: 'a' } } },
		});
		expect(parseXml('<a>\n  <b type="x">  y </b>\n</a>')).toEqual({ a: { b: { '#text': '  y ', '@type': 'x' } } });
	});

	test('refuses a DOCTYPE (entity-expansion bomb) before parsing', () => {
		const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>';
		expect(() => parseXml(bomb)).toThrow(XmlError);
		expect(() => parseXml(bomb)).toThrow('declares a DOCTYPE');
	});

	test('says when a reply is not XML or is malformed', () => {
		expect(() => parseXml('{"json":true}')).toThrow('the reply is not XML');
		expect(() => parseXml('<a><b></a')).toThrow(/malformed/);
	});

	test('one element or many both come back as a list', () => {
		expect(xmlList({ a: 1 })).toEqual([{ a: 1 }]);
		expect(xmlList(undefined)).toEqual([]);
	});
});

describe('dates', () => {
	test('reads ISO strings, luxon DateTimes, JS Dates and provider formats', () => {
		expect(formatDate('2024-01-31', 'ddMMyyyy')).toBe('31012024');
		expect(formatDate('2024-01-31T23:30:00+10:00', 'dd/MM/yyyy')).toBe('31/01/2024');
		expect(formatDate(DateTime.fromISO('2024-02-29'), 'yyyy-MM-dd')).toBe('2024-02-29');
		expect(formatDate(new Date(Date.UTC(2024, 0, 5, 12)), 'yyyy-MM-dd')).toBe('2024-01-05');
		expect(formatDate('05/01/2024', 'yyyy-MM-dd', ['dd/MM/yyyy'])).toBe('2024-01-05');
		expect(formatDate('05012024', 'yyyy-MM-dd', ['ddMMyyyy'])).toBe('2024-01-05');
	});

	test('gives undefined for what is not a date', () => {
		expect(parseDate('tomorrow-ish')).toBeUndefined();
		expect(parseDate('')).toBeUndefined();
		expect(parseDate(42)).toBeUndefined();
		expect(parseDate('31022024', ['ddMMyyyy'])).toBeUndefined();
	});

	test('provider dates to ISO, leaving unreadable values as they were', () => {
		expect(toIsoDate('23-01-2018', ['yyyy-MM-dd', 'dd-MM-yyyy'])).toBe('2018-01-23');
		expect(toIsoDate('2018-01-24', ['yyyy-MM-dd', 'dd-MM-yyyy'])).toBe('2018-01-24');
		expect(toIsoDate('n/a', ['yyyy-MM-dd'])).toBe('n/a');
	});
});

describe('backoff and Retry-After', () => {
	test('Retry-After in seconds or as an HTTP date', () => {
		expect(retryAfterMs('3')).toBe(3000);
		expect(retryAfterMs('0.5')).toBe(500);
		expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10000);
		expect(retryAfterMs('soon')).toBeUndefined();
	});

	test('doubles per attempt, capped, with jitter in the upper half', () => {
		const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
		expect(backoffMs(0, policy, () => 0)).toBe(50);
		expect(backoffMs(0, policy, () => 1)).toBe(100);
		expect(backoffMs(3, policy, () => 1)).toBe(800);
		expect(backoffMs(10, policy, () => 1)).toBe(1000);
		expect(backoffMs(10, policy, () => 0)).toBe(500);
	});
});

describe('redaction', () => {
	test('removes secrets and their URL-encoded forms everywhere in a value', () => {
		const secret = 'k3y/with+chars';
		const value = { message: `bad key ${secret}`, url: `https://x?api_key=${encodeURIComponent(secret)}`, list: [secret] };
		expect(redactDeep(value, [secret])).toEqual({
			message: 'bad key [redacted]',
			url: 'https://x?api_key=[redacted]',
			list: ['[redacted]'],
		});
		expect(redact('nothing here', [secret])).toBe('nothing here');
	});
});

describe('redaction in every encoding a request could have used', () => {
	const secret = "Ab1!'()* ~x:$,+/=&?é";
	const rfc3986 = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	// axios' default query encoding: encodeURIComponent, then `:`, `$`, `,` back raw and space as `+`.
	const axios = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+');
	const forms: Array<[string, string]> = [
		['raw', secret],
		['encodeURIComponent', encodeURIComponent(secret)],
		['strict RFC 3986', rfc3986(secret)],
		['lower-case hex', rfc3986(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
		['form encoding (space as +)', new URLSearchParams({ s: secret }).toString().slice(2)],
		['space as %20', rfc3986(secret)],
		['axios query encoding', axios(secret)],
		['encoded twice', encodeURIComponent(encodeURIComponent(secret))],
		['upper case', secret.toUpperCase()],
		['lower case', secret.toLowerCase()],
		['JSON string', JSON.stringify(secret).slice(1, -1)],
		['JSON with escaped solidus and \\u escapes', JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/').replace('é', '\\u00e9')],
		['XML escaped', secret.replace(/&/g, '&amp;').replace(/'/g, '&apos;')],
	];

	test.each(forms)('%s', (_name, form) => {
		expect(redact(`key=${form}; next`, [secret])).toBe('key=[redacted]; next');
	});

	test('also the trimmed value, and a secret inside another goes whole', () => {
		expect(redact('token abcdef123', ['  abcdef123  '])).toBe('token [redacted]');
		expect(redact('abcdef-long-abcdef', ['abcdef', 'abcdef-long-abcdef'])).toBe('[redacted]');
	});

	test(`values shorter than ${MIN_SECRET_LENGTH} characters are not redacted (they would blank out ordinary words)`, () => {
		expect(redact('the cat sat', ['cat', '', 'at'])).toBe('the cat sat');
		expect(redact('the gate', ['gate'])).toBe('the [redacted]');
	});
});

describe('what an error keeps', () => {
	test('a long text is cut, saying how much was left out', () => {
		expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}… (40 more characters not shown)`);
		expect(truncate('short', 10)).toBe('short');
	});

	test('a cut never keeps part of a secret: it moves back to where the secret starts', () => {
		const secret = 'SECRET-0123456789';
		const text = `${'a'.repeat(95)}${encodeURIComponent(secret)}${'b'.repeat(100)}`;
		const cut = truncate(text, 100, [secret]);
		expect(cut).toBe(`${'a'.repeat(95)}… (${text.length - 95} more characters not shown)`);
		expect(truncate(`${'a'.repeat(10)}${secret}tail`, 40, [secret])).toBe(`${'a'.repeat(10)}[redacted]tail`);
	});

	test('limits', () => {
		expect(ERROR_LIMITS).toEqual({ messageChars: 1000, details: 20, detailChars: 500, descriptionChars: 4000 });
	});
});

describe('default advice after a failure', () => {
	const hint = (httpCode: number, repeatable?: boolean) => defaultHint({ provider: 'Acme', httpCode, message: 'x', repeatable });

	test('a gateway error on a request that was safe to repeat (and was retried): try again later', () => {
		expect(hint(503, true)).toBe('Acme, or a gateway in front of it, is unavailable right now. Try again later.');
	});

	test('a gateway error on a request that was not safe to repeat: it may have been carried out, check first', () => {
		expect(hint(502, false)).toBe(
			'Acme, or a gateway in front of it, answered 502, which does not say whether the request reached Acme: it may already have been carried out. Check in Acme before running it again.',
		);
		expect(hint(500, false)).toBe('Acme failed while handling the request: it may already have been carried out. Check in Acme before running it again.');
	});

	test('when the transport did not say: never a bare "try again later"', () => {
		expect(hint(504)).toBe(
			'Acme, or a gateway in front of it, is unavailable right now. If the request creates, changes or sends something, it may already have been carried out: check in Acme before running it again.',
		);
		expect(hint(500)).toBeUndefined();
		expect(hint(404, false)).toBeUndefined();
	});
});
