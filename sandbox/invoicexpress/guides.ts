// InvoiceXpress guides (shipping, transport and devolution guides) in the sandbox. From the API v2
// guide pages: https://invoicexpress.com/api-v2/guides/list-all, …/guides/get, …/guides/change-state,
// https://2023.invoicexpress.com/api-v2/create-2/ (create), https://docs.invoicexpress.com/guides/updateguide.md
// (update: date, due date, loaded_at "dd/mm/yyyy HH:mm:ss", address_from and address_to with detail,
// city, postal code and country, each required) and https://docs.invoicexpress.com/guides/getguide
// (the newer example adds license_plate, load_site and delivery_site). The lifecycle (routes, the
// client and items, e-mail, PDF) is the documents table's (documents.ts); this file gives the guide
// rows, their own fields and checks, the loaded_at list filter, their state machine and demo data.
//
// Readings: the list page shows the request only; GET /guides.json is answered as GET
// /invoices.json is, keyed by the list's name: {"guides": […], "pagination": {…}}. The guide pages
// show no error texts: the guide fields are refused with InvoiceXpress's usual wording ("… can't be
// blank"). Both sets of fields are accepted on create and update (the 2017 example has no
// license_plate, load_site, delivery_site; the newer one has them). updateguide.md marks loaded_at
// and both addresses required in the update body too, while the 2017 update pages change what is
// sent: both readings, by the store's `updateRules` switch (`partial` by default, `complete`).
import { DateTime } from 'luxon';

import type { DocumentStore, DocumentTypeRow, IxClient, IxDocument, Transition } from './documents';
import { addTypedDocuments, demoItem } from './familyDocuments';

/**
 * …/guides/change-state: draft → final (finalized), draft → deleted (deleted), final → canceled
 * (canceled, with a reason). "Any other transitions will fail."
 */
export const GUIDE_MOVES: Record<string, Transition> = {
	finalized: { from: ['draft'], to: 'final' },
	deleted: { from: ['draft'], to: 'deleted' },
	canceled: { from: ['final', 'sent'], to: 'canceled' },
};

export interface GuideAddress {
	detail: string;
	city: string;
	postal_code: string;
	country: string;
}

const LOADED_AT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const DAY = /^\d{2}\/\d{2}\/\d{4}$/;

/** `02/12/2017 19:00:00` as a luxon DateTime, or undefined when it is not that form. */
export function loadedAtTime(value: unknown): DateTime | undefined {
	if (typeof value !== 'string' || !LOADED_AT.test(value)) return undefined;
	const dt = DateTime.fromFormat(value, 'dd/MM/yyyy HH:mm:ss');
	return dt.isValid ? dt : undefined;
}

const ADDRESS_KEYS: Array<keyof GuideAddress> = ['detail', 'city', 'postal_code', 'country'];

/** The guide's own body fields, kept as sent and shown in its replies. */
export const GUIDE_FIELDS = ['loaded_at', 'license_plate', 'address_from', 'address_to', 'load_site', 'delivery_site'] as const;

/**
 * The guide's own fields of a create or a `complete` update (every required one) or a `partial`
 * update (those sent), checked as the pages mark them: loaded_at, address_from and address_to (each
 * part) required; license_plate, load_site and delivery_site optional text.
 */
export function checkGuideFields(body: Record<string, unknown>, complete: boolean, known: { countries: readonly string[] }): string[] {
	const errors: string[] = [];
	if (body.loaded_at !== undefined || complete) {
		if (body.loaded_at === undefined || body.loaded_at === '') errors.push("Loaded at can't be blank");
		else if (!loadedAtTime(body.loaded_at)) errors.push('Loaded at must be in the format dd/mm/yyyy HH:mm:ss');
	}
	for (const [key, label] of [['address_from', 'Address from'], ['address_to', 'Address to']] as const) {
		const value = body[key];
		if (value === undefined && !complete) continue;
		const address = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
		const missing = ADDRESS_KEYS.filter((part) => typeof address[part] !== 'string' || String(address[part]).trim() === '');
		if (missing.length) errors.push(`${label} is invalid`, ...missing.map((part) => `${label} ${part.replace('_', ' ')} can't be blank`));
		else if (!known.countries.includes(String(address.country))) errors.push(`Country ${String(address.country)} was not found`);
	}
	return errors;
}

/**
 * `loaded_at[from]` / `loaded_at[to]` of GET /guides.json (dd/mm/yyyy, as the page's example): the
 * guides loaded on those days, both ends included.
 */
export function loadedAtFilter(query: URLSearchParams): { errors: string[]; keep(doc: IxDocument): boolean } {
	const bound = (name: 'from' | 'to') => query.get(`loaded_at[${name}]`);
	const errors = (['from', 'to'] as const)
		.filter((name) => bound(name) !== null && (!DAY.test(bound(name)!) || !DateTime.fromFormat(bound(name)!, 'dd/MM/yyyy').isValid))
		.map((name) => `loaded_at[${name}] must be in the format dd/mm/yyyy`);
	const from = bound('from') ? DateTime.fromFormat(bound('from')!, 'dd/MM/yyyy') : undefined;
	const to = bound('to') ? DateTime.fromFormat(bound('to')!, 'dd/MM/yyyy') : undefined;
	return {
		errors,
		keep(doc) {
			if (!from && !to) return true;
			const at = loadedAtTime(doc.extra?.loaded_at);
			if (!at) return false;
			const day = at.startOf('day');
			return (!from || day >= from) && (!to || day <= to);
		},
	};
}

const row = (path: string, className: string, root: string, series: string): DocumentTypeRow => ({
	path,
	className,
	root,
	replyKey: root,
	family: 'guide',
	list: 'guides',
	actions: ['create', 'update', 'email', 'pdf'],
	transitions: GUIDE_MOVES,
	series,
	ownFields: GUIDE_FIELDS,
	validate: checkGuideFields,
	listFilter: loadedAtFilter,
});

/** The guide rows of the documents table: `POST /shippings.json` with `{"shipping": {…}}`, listed by GET /guides.json. */
export const GUIDE_ROWS: DocumentTypeRow[] = [row('shippings', 'Shipping', 'shipping', 'GR'), row('transports', 'Transport', 'transport', 'GT'), row('devolutions', 'Devolution', 'devolution', 'GD')];

/** A demo address. */
const address = (detail: string, city: string, postal_code: string, country = 'Portugal'): GuideAddress => ({ detail, city, postal_code, country });

/** The guide fields of the demo guides and of the guides a test adds. */
export function guideFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		loaded_at: '02/05/2024 19:00:00',
		license_plate: '11-AA-22',
		address_from: address('Rua 5', 'Lisboa', '1000-555'),
		address_to: address('Avenida 10', 'Porto', '2000-555'),
		...overrides,
	};
}

/** The demo guides' IDs start here, clear of the documents tests add from 1009 on. */
export const FIRST_DEMO_GUIDE = 60001;

/** A draft shipping guide, a final transport guide and a canceled devolution guide. */
export function demoGuides(clients: IxClient[]): IxDocument[] {
	const base = { archived: false, reference: null, observations: null, retention: null };
	return [
		{ ...base, id: FIRST_DEMO_GUIDE, type: 'Shipping', path: 'shippings', status: 'draft', sequence_number: 'draft', date: '02/05/2024', due_date: '02/05/2024', client: clients[1], items: [demoItem('Espresso beans', 12.5, 40)], extra: guideFields() },
		{ ...base, id: FIRST_DEMO_GUIDE + 1, type: 'Transport', path: 'transports', status: 'final', sequence_number: '1/GT', date: '06/05/2024', due_date: '06/05/2024', client: clients[1], items: [demoItem('Grinder', 400, 1)], extra: guideFields({ loaded_at: '06/05/2024 08:30:00', license_plate: '22-BB-33', load_site: 'Lisbon, Portugal', delivery_site: 'Madrid, Spain', address_to: address('Calle Mayor 1', 'Madrid', '28013', 'Spain') }) },
		{ ...base, id: FIRST_DEMO_GUIDE + 2, type: 'Devolution', path: 'devolutions', status: 'canceled', archived: true, sequence_number: '1/GD', date: '09/05/2024', due_date: '09/05/2024', client: clients[0], items: [demoItem('Returned grinder', 400, 1)], extra: guideFields({ loaded_at: '09/05/2024 10:00:00', address_from: address('Avenida 10', 'Porto', '2000-555'), address_to: address('Rua 5', 'Lisboa', '1000-555') }) },
	];
}

/** Add `count` final guides of one type at once, sharing one set of guide fields (the picker's >1,000-guide account). Returns their IDs. */
export function addGuides(store: DocumentStore, count: number, className: 'Shipping' | 'Transport' | 'Devolution' = 'Shipping', extra: Record<string, unknown> = guideFields()): number[] {
	return addTypedDocuments(store, GUIDE_ROWS.find((r) => r.className === className)!, count, extra);
}
