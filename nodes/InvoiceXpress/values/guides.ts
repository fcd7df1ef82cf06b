import type { IDataObject, INode } from 'n8n-workflow';

import { parseDate, YEAR_RANGE } from '../../shared/dates';
import { inputError } from '../../shared/errors';
import type { FieldName } from '../../shared/input';
import { fieldName, shown, textInput } from '../../shared/input';

/**
 * What the guide pages (…/guides/create, …/guides/update, docs.invoicexpress.com/guides/updateguide)
 * document beyond the fields every document has: when the goods are loaded (`loaded_at`,
 * "dd/mm/yyyy HH:mm:ss"), the vehicle (`license_plate`), where the load starts and ends
 * (`address_from`, `address_to`: detail, city, postal code, country, each required) and, in the
 * newer reference's example, the load and delivery sites as free text (`load_site`, `delivery_site`).
 */

/** InvoiceXpress's date-time of `loaded_at`, in luxon tokens. */
export const LOADED_AT_FORMAT = 'dd/MM/yyyy HH:mm:ss';

/** The forms a user may type for `loaded_at` besides an ISO date-time or an n8n DateTime. */
const LOADED_AT_ACCEPTS = ['dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm', 'd/M/yyyy H:mm:ss', 'd/M/yyyy H:mm', 'yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm', 'dd/MM/yyyy', 'd/M/yyyy'];

const LOADED_AT_EXAMPLES = 'an ISO date-time (2024-01-31T19:00:00) or dd/mm/yyyy HH:mm:ss (31/01/2024 19:00:00)';

/**
 * The loading date-time as InvoiceXpress reads it, `31/01/2024 19:00:00`, from a date picker or
 * expression (ISO, n8n DateTime, JS Date) or the provider's own form; a day alone is midnight.
 * The time is sent as written (the wall-clock time of the value, its offset not converted).
 * Undefined when empty; anything else is refused naming the item and the field.
 */
export function loadedAtInput(node: INode, itemIndex: number, field: FieldName, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = typeof value === 'string' ? value.trim() : value;
	const dt = parseDate(text, LOADED_AT_ACCEPTS);
	if (!dt) {
		throw inputError(node, itemIndex, `${fieldName(field)} (${shown(value)}) is not a date and time`, `Pick a date and time, or give ${LOADED_AT_EXAMPLES}.`);
	}
	if (dt.year < YEAR_RANGE.min || dt.year > YEAR_RANGE.max) {
		throw inputError(
			node,
			itemIndex,
			`${fieldName(field)} (${shown(value)}) is in the year ${dt.year}, outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
			`Check the year. Pick a date and time, or give ${LOADED_AT_EXAMPLES}.`,
		);
	}
	return dt.toFormat(LOADED_AT_FORMAT);
}

/** An address of a guide as the node's fields give it. */
export interface GuideAddressInput {
	detail?: unknown;
	city?: unknown;
	postalCode?: unknown;
	country?: unknown;
}

const ADDRESS_PARTS: Array<[keyof GuideAddressInput, string, string]> = [
	['detail', 'detail', 'Address'],
	['city', 'city', 'City'],
	['postalCode', 'postal_code', 'Postal Code'],
	['country', 'country', 'Country'],
];

/**
 * `address_from` / `address_to`: every part is required by the guide pages, so a missing one is
 * named here (`"Load Address › City" is empty`) instead of by InvoiceXpress's 422. Undefined when
 * the whole address is left empty and `required` is false (Update keeps the guide's address then).
 */
export function addressBlock(node: INode, itemIndex: number, label: string, input: GuideAddressInput | undefined, required: boolean): IDataObject | undefined {
	const given = ADDRESS_PARTS.some(([from]) => {
		const value = input?.[from];
		return value !== undefined && value !== null && String(value).trim() !== '';
	});
	if (!given && !required) return undefined;
	const out: IDataObject = {};
	for (const [from, to, part] of ADDRESS_PARTS) {
		out[to] = textInput(node, itemIndex, `${label} › ${part}`, input?.[from], {
			xml: true,
			required: true,
			emptyHint: `Fill in every part of "${label}": InvoiceXpress requires the address, city, postal code and country of both places.`,
		});
	}
	return out;
}

/** The guide's own fields of one item, as the node reads them. */
export interface GuideInput {
	loadedAt?: unknown;
	licensePlate?: unknown;
	addressFrom?: GuideAddressInput;
	addressTo?: GuideAddressInput;
	loadSite?: unknown;
	deliverySite?: unknown;
}

/**
 * The guide fields of a Create (`required`: loading time and both addresses, as the create page's
 * example and updateguide.md mark them) or an Update (each only when given), checked before any
 * request, as body keys.
 */
export function guideBody(node: INode, itemIndex: number, input: GuideInput, required: boolean): IDataObject {
	const body: IDataObject = {};
	const loadedAt = loadedAtInput(node, itemIndex, 'Loaded At', input.loadedAt);
	if (loadedAt === undefined && required) {
		throw inputError(node, itemIndex, '"Loaded At" is empty', 'Give the date and time the goods are loaded: InvoiceXpress requires it on every guide.');
	}
	if (loadedAt !== undefined) body.loaded_at = loadedAt;
	const plate = textInput(node, itemIndex, 'License Plate', input.licensePlate, { xml: true });
	if (plate?.trim()) body.license_plate = plate.trim();
	const from = addressBlock(node, itemIndex, 'Load Address', input.addressFrom, required);
	if (from) body.address_from = from;
	const to = addressBlock(node, itemIndex, 'Delivery Address', input.addressTo, required);
	if (to) body.address_to = to;
	const loadSite = textInput(node, itemIndex, 'Load Site', input.loadSite, { xml: true });
	if (loadSite?.trim()) body.load_site = loadSite;
	const deliverySite = textInput(node, itemIndex, 'Delivery Site', input.deliverySite, { xml: true });
	if (deliverySite?.trim()) body.delivery_site = deliverySite;
	return body;
}

/**
 * `loaded_at` of a reply as ISO (`2017-12-02T19:00:00`), as Simplify gives dates; a value that is
 * no such date-time is kept as it came.
 */
export function isoLoadedAt(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!/^\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2}(:\d{2})?)?$/.test(text) && !/^\d{4}-\d{2}-\d{2}T/.test(text)) return value;
	const dt = parseDate(text, ['dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm', 'dd/MM/yyyy']);
	return dt ? dt.toFormat("yyyy-MM-dd'T'HH:mm:ss") : value;
}
