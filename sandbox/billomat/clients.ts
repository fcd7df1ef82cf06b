// Billomat clients, from the "Clients" API page (https://www.billomat.com/en/api/clients/, German:
// https://www.billomat.com/api/kunden/) and "Write Data" (https://www.billomat.com/en/api/basics/write-data/):
//   GET    /api/clients          list, filtered by name, client_number, email, first_name, last_name,
//                                country_code, note, invoice_id (comma-separated), tags (comma-separated);
//                                "It doesn't matter if you use upper- or lowercase", and a filter
//                                matches a part of the value ("gmbh" finds "Musterfirma GmbH").
//   GET    /api/clients/myself   the account's own data, as a client record
//   GET    /api/clients/{id}
//   POST   /api/clients          201 Created with the whole record
//   PUT    /api/clients/{id}     200 OK with the whole record
//   DELETE /api/clients/{id}     200 OK, empty body
// Readings where the page leaves room (both noted where they apply):
// - Several tags: a client must carry every tag given (as the invoice list's tags filter here).
// - Several invoice IDs: a client with any of those invoices.
// - A client that has documents (invoices here) is refused on DELETE with a 400: Billomat keeps the
//   documents' client; the client can be archived (`archived` 1) instead.
// - An archived client is refused on PUT unless the PUT un-archives it (`archived` 0).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { BillomatSandbox } from './index';
import { errors, isDate, repeated, toApi } from './index';

export interface Client {
	id: number;
	created: string;
	archived: number;
	client_number: string;
	number: number | null;
	number_pre: string;
	number_length: number;
	name: string;
	salutation: string;
	first_name: string;
	last_name: string;
	street: string;
	zip: string;
	city: string;
	state: string;
	country_code: string;
	/** Read only: made from the fields above. */
	address: string;
	phone: string;
	fax: string;
	mobile: string;
	email: string;
	www: string;
	tax_number: string;
	vat_number: string;
	bank_account_owner: string;
	bank_number: string;
	bank_name: string;
	bank_account_number: string;
	bank_swift: string;
	bank_iban: string;
	sepa_mandate: string;
	sepa_mandate_date: string | null;
	locale: string;
	tax_rule: string;
	net_gross: string;
	currency_code: string;
	default_payment_types: string;
	reduction: number | null;
	discount_rate_type: string;
	discount_rate: number | null;
	discount_days_type: string;
	discount_days: number | null;
	due_days_type: string;
	due_days: number | null;
	reminder_due_days_type: string;
	reminder_due_days: number | null;
	offer_validity_days_type: string;
	offer_validity_days: number | null;
	price_group: number | null;
	debitor_account_number: number | null;
	dunning_run: number;
	note: string;
	/** Read only. */
	revenue_gross: number;
	revenue_net: number;
	/** Not in the API's record: kept for the tags filter. */
	tags: string[];
}

const FILTERS = ['name', 'client_number', 'email', 'first_name', 'last_name', 'country_code', 'note', 'invoice_id', 'tags'];
/** The address and tax fields clients and suppliers share (https://www.billomat.com/en/api/clients/, …/suppliers/). */
export const ADDRESS_FIELDS = [
	'name',
	'salutation',
	'first_name',
	'last_name',
	'street',
	'zip',
	'city',
	'state',
	'country_code',
	'phone',
	'fax',
	'mobile',
	'email',
	'www',
	'tax_number',
	'vat_number',
] as const;
/** …and their bank fields. */
export const BANK_FIELDS = ['bank_account_owner', 'bank_number', 'bank_name', 'bank_account_number', 'bank_swift', 'bank_iban'] as const;
const TEXT_FIELDS = [
	'client_number',
	'number_pre',
	...ADDRESS_FIELDS,
	...BANK_FIELDS,
	'sepa_mandate',
	'sepa_mandate_date',
	'locale',
	'currency_code',
	'default_payment_types',
	'note',
];
const INT_FIELDS = ['number', 'number_length', 'discount_days', 'due_days', 'reminder_due_days', 'offer_validity_days', 'price_group', 'debitor_account_number'];
const FLOAT_FIELDS = ['reduction', 'discount_rate'];
const FLAG_FIELDS = ['archived', 'dunning_run'];
const ENUMS: Record<string, string[]> = {
	tax_rule: ['TAX', 'NO_TAX', 'COUNTRY'],
	net_gross: ['NET', 'GROSS', 'SETTINGS'],
	discount_rate_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	discount_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	due_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	reminder_due_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
	offer_validity_days_type: ['SETTINGS', 'ABSOLUTE', 'RELATIVE'],
};
const WRITABLE = new Set([...TEXT_FIELDS, ...INT_FIELDS, ...FLOAT_FIELDS, ...FLAG_FIELDS, ...Object.keys(ENUMS)]);
const PAYMENT_TYPES = ['INVOICE_CORRECTION', 'CREDIT_NOTE', 'BANK_CARD', 'BANK_TRANSFER', 'DEBIT', 'CASH', 'CHECK', 'PAYPAL', 'CREDIT_CARD', 'COUPON', 'MISC'];
const COUNTRY_NAMES: Record<string, string> = {
	DE: 'Deutschland',
	AT: 'Österreich',
	CH: 'Schweiz',
	GB: 'United Kingdom',
	FR: 'France',
	NL: 'Nederland',
	US: 'USA',
};
const isEmail = (v: string) => /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(v);

/** A client with every field empty or at Billomat's default, as a POST without those fields makes it. */
function blank(id: number, created: string): Client {
	return {
		id,
		created,
		archived: 0,
		client_number: '',
		number: null,
		number_pre: 'KD',
		number_length: 0,
		name: '',
		salutation: '',
		first_name: '',
		last_name: '',
		street: '',
		zip: '',
		city: '',
		state: '',
		country_code: 'DE',
		address: '',
		phone: '',
		fax: '',
		mobile: '',
		email: '',
		www: '',
		tax_number: '',
		vat_number: '',
		bank_account_owner: '',
		bank_number: '',
		bank_name: '',
		bank_account_number: '',
		bank_swift: '',
		bank_iban: '',
		sepa_mandate: '',
		sepa_mandate_date: null,
		locale: '',
		tax_rule: 'COUNTRY',
		net_gross: 'SETTINGS',
		currency_code: '',
		default_payment_types: '',
		reduction: null,
		discount_rate_type: 'SETTINGS',
		discount_rate: null,
		discount_days_type: 'SETTINGS',
		discount_days: null,
		due_days_type: 'SETTINGS',
		due_days: null,
		reminder_due_days_type: 'SETTINGS',
		reminder_due_days: null,
		offer_validity_days_type: 'SETTINGS',
		offer_validity_days: null,
		price_group: null,
		debitor_account_number: null,
		dunning_run: 0,
		note: '',
		revenue_gross: 0,
		revenue_net: 0,
		tags: [],
	};
}

/** The address Billomat composes: company, person, street, zip and city, country (abroad). */
function composeAddress(c: Client): string {
	const person = [c.salutation, c.first_name, c.last_name].filter(Boolean).join(' ');
	return [c.name, person, c.street, [c.zip, c.city].filter(Boolean).join(' '), COUNTRY_NAMES[c.country_code] ?? c.country_code]
		.filter(Boolean)
		.join('\n');
}

/**
 * The account's clients: a Map by ID (as the invoice routes read it), the account's own record for
 * /clients/myself, and the next free ID and number.
 */
export class ClientBook extends Map<number, Client> {
	nextId = 1;
	myself: Client = blank(1, '2007-12-13T12:12:00+01:00');

	/** The demo clients (invoices reference 476 and 477). */
	seed(): void {
		this.clear();
		this.nextId = 2000;
		this.myself = {
			...blank(1, '2007-12-13T12:12:00+01:00'),
			client_number: 'KD1',
			number: 1,
			name: 'Demo Software GmbH',
			first_name: 'Anna',
			last_name: 'Schmidt',
			street: 'Königstraße 10',
			zip: '90402',
			city: 'Nürnberg',
			email: 'office@demo-software.example',
			www: 'www.demo-software.example',
			vat_number: 'DE987654321',
			locale: 'de_DE',
			currency_code: 'EUR',
		};
		this.myself.address = composeAddress(this.myself);
		const add = (fields: Partial<Client> & Pick<Client, 'id' | 'name' | 'address'>) => {
			const client = { ...blank(fields.id, '2009-10-01T10:00:00+02:00'), ...fields };
			this.set(client.id, client);
		};
		add({
			id: 476,
			created: '2009-10-01T10:00:00+02:00',
			client_number: 'KD123',
			number: 123,
			name: 'Musterfirma GmbH',
			salutation: 'Herr',
			first_name: 'Max',
			last_name: 'Muster',
			street: 'Hauptstraße 1',
			zip: '57562',
			city: 'Herdorf',
			country_code: 'DE',
			address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
			phone: '+49 2744 123456',
			email: 'info@musterfirma.example',
			www: 'www.musterfirma.example',
			tax_number: '12/3456/789',
			vat_number: 'DE123456789',
			bank_account_owner: 'Musterfirma GmbH',
			bank_name: 'Sparkasse Siegen',
			bank_swift: 'WELADED1SIE',
			bank_iban: 'DE02460500010000123456',
			sepa_mandate: 'MUSTER-2009-01',
			sepa_mandate_date: '2009-10-01',
			locale: 'de_DE',
			currency_code: 'EUR',
			default_payment_types: 'BANK_TRANSFER,DEBIT',
			due_days_type: 'ABSOLUTE',
			due_days: 10,
			note: 'Key account since 2009',
			revenue_gross: 347.1,
			revenue_net: 330,
			tags: ['key-account', 'web'],
		});
		add({
			id: 477,
			created: '2012-05-14T09:30:00+02:00',
			client_number: 'KD124',
			number: 124,
			name: 'Example Ltd',
			salutation: 'Ms',
			first_name: 'Jane',
			last_name: 'Doe',
			street: '1 High Street',
			zip: 'EC1A 1AA',
			city: 'London',
			country_code: 'GB',
			address: 'Example Ltd\n1 High Street\nLondon EC1A 1AA\nUnited Kingdom',
			phone: '+44 20 7946 0000',
			email: 'accounts@example.co.uk',
			vat_number: 'GB123456789',
			locale: 'en_GB',
			currency_code: 'GBP',
			tax_rule: 'NO_TAX',
			net_gross: 'NET',
			default_payment_types: 'PAYPAL,CREDIT_CARD',
			note: 'Invoices in English',
			revenue_gross: 270,
			revenue_net: 225,
			tags: ['web', 'design'],
		});
		add({
			id: 478,
			created: '2023-02-20T14:05:00+01:00',
			client_number: 'KD125',
			number: 125,
			name: '',
			salutation: 'Frau',
			first_name: 'Erika',
			last_name: 'Mustermann',
			street: 'Heidestraße 17',
			zip: '51147',
			city: 'Köln',
			country_code: 'DE',
			address: 'Frau Erika Mustermann\nHeidestraße 17\n51147 Köln\nDeutschland',
			email: 'erika.mustermann@example.de',
			mobile: '+49 171 1234567',
			locale: 'de_DE',
			net_gross: 'GROSS',
			default_payment_types: 'PAYPAL',
			tags: ['shop'],
		});
		add({
			id: 479,
			created: '2015-07-01T08:00:00+02:00',
			archived: 1,
			client_number: 'KD126',
			number: 126,
			name: 'Alte Druckerei Weber KG',
			street: 'Am Markt 3',
			zip: '6020',
			city: 'Innsbruck',
			country_code: 'AT',
			address: 'Alte Druckerei Weber KG\nAm Markt 3\n6020 Innsbruck\nÖsterreich',
			email: 'buchhaltung@druckerei-weber.example',
			note: 'Closed in 2019',
			tags: [],
		});
	}

	/** The next free sequential number (after the largest one in use). */
	nextNumber(): number {
		return Math.max(0, ...[...this.values()].map((c) => c.number ?? 0)) + 1;
	}

	/**
	 * Add `count` generated clients (for paging and picker tests): "Bulk Client 0001" …, with
	 * e-mail addresses bulk0001@clients.example …; returns their IDs.
	 */
	addMany(count: number, fields: Partial<Client> = {}): number[] {
		const ids: number[] = [];
		const created = DateTime.now().toISO({ suppressMilliseconds: true })!;
		for (let n = 1; n <= count; n++) {
			const id = this.nextId++;
			const number = this.nextNumber();
			const label = String(n).padStart(4, '0');
			const client: Client = {
				...blank(id, created),
				number,
				client_number: `KD${number}`,
				name: `Bulk Client ${label}`,
				street: `Teststraße ${n}`,
				zip: '10115',
				city: 'Berlin',
				email: `bulk${label}@clients.example`,
				...fields,
			};
			client.address = composeAddress(client);
			this.set(id, client);
			ids.push(id);
		}
		return ids;
	}
}

/** The client as GET /clients/{id} sends it (tags are not part of the record). */
function record(client: Client): unknown {
	const { tags: _tags, ...fields } = client;
	return toApi(fields as never);
}

function problemsOf(fields: Record<string, unknown>): string[] {
	const problems: string[] = [];
	for (const key of Object.keys(fields)) if (!WRITABLE.has(key)) problems.push(`Unknown field: ${key}`);
	for (const key of INT_FIELDS) {
		const v = fields[key];
		if (v !== undefined && !/^\d+$/.test(String(v))) problems.push(`${key} must be an integer`);
	}
	for (const key of FLOAT_FIELDS) {
		const v = fields[key];
		if (v !== undefined && (typeof v === 'object' || v === '' || !Number.isFinite(Number(v)))) problems.push(`${key} must be a number`);
	}
	for (const key of FLAG_FIELDS) {
		const v = fields[key];
		if (v !== undefined && ![0, 1, '0', '1'].includes(v as number)) problems.push(`${key} must be 0 or 1`);
	}
	for (const [key, allowed] of Object.entries(ENUMS)) {
		const v = fields[key];
		if (v !== undefined && !allowed.includes(String(v))) problems.push(`Invalid ${key}: ${String(v)}`);
	}
	for (const key of TEXT_FIELDS) {
		const v = fields[key];
		if (v !== undefined && v !== null && typeof v === 'object') problems.push(`${key} must be a text`);
	}
	if (fields.email !== undefined && fields.email !== '' && !isEmail(String(fields.email))) problems.push(`Invalid email address: ${String(fields.email)}`);
	if (fields.country_code !== undefined && !/^[A-Z]{2}$/.test(String(fields.country_code))) {
		problems.push('country_code must be a country code as ISO 3166 Alpha-2');
	}
	if (fields.sepa_mandate_date !== undefined && fields.sepa_mandate_date !== '' && !isDate(fields.sepa_mandate_date)) {
		problems.push('sepa_mandate_date must be a date in the format YYYY-MM-DD');
	}
	if (fields.default_payment_types !== undefined && fields.default_payment_types !== '') {
		for (const p of String(fields.default_payment_types).split(',')) if (!PAYMENT_TYPES.includes(p)) problems.push(`Unknown payment type: ${p}`);
	}
	return problems;
}

function apply(client: Client, fields: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(fields)) {
		const typed = INT_FIELDS.includes(key) || FLOAT_FIELDS.includes(key) || FLAG_FIELDS.includes(key) ? Number(value) : String(value ?? '');
		(client as unknown as Record<string, unknown>)[key] = key === 'sepa_mandate_date' && typed === '' ? null : typed;
	}
	client.address = composeAddress(client);
}

/** The `client` element of a write, or the 400 Billomat gives without one. */
function clientElement(body: Record<string, unknown>): Record<string, unknown> | SandboxReply {
	const fields = body.client;
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return errors(400, 'The body must hold a "client" element');
	return fields as Record<string, unknown>;
}

const isReply = (value: unknown): value is SandboxReply => !!value && typeof value === 'object' && 'body' in value && 'status' in value;

/** Registers the client routes on the sandbox; `api` wraps each handler in auth and the rate limit. */
export function registerClientRoutes(
	sandbox: BillomatSandbox,
	api: (method: string, path: string, handler: (req: SandboxRequest) => SandboxReply) => void,
): void {
	const book = () => sandbox.clients;
	const withClient = (req: SandboxRequest, handler: (client: Client) => SandboxReply): SandboxReply => {
		const client = /^\d+$/.test(req.params.id) ? book().get(Number(req.params.id)) : undefined;
		if (!client) return errors(404, 'Client not found');
		return handler(client);
	};

	api('GET', '/clients', (req) => {
		const q = req.query;
		const problems: string[] = [];
		for (const name of new Set(q.keys())) if (![...FILTERS, 'page', 'per_page'].includes(name)) problems.push(`Unknown parameter: ${name}`);
		const invoiceIds = q.get('invoice_id')?.split(',').map((v) => v.trim()) ?? [];
		for (const v of invoiceIds) if (!/^\d+$/.test(v)) problems.push('invoice_id must be a comma-separated list of integers');
		const page = Number(q.get('page') ?? '1');
		const perPage = Number(q.get('per_page') ?? '100');
		if (!Number.isInteger(page) || page < 1) problems.push('page must be a positive integer');
		if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) problems.push('per_page must be between 1 and 1000');
		if (problems.length) return errors(400, ...[...new Set(problems)]);

		const contains = (value: string, name: string) => !q.has(name) || value.toLowerCase().includes(q.get(name)!.toLowerCase());
		const tags = q.get('tags')?.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean) ?? [];
		const ofInvoices = new Set(invoiceIds.map((id) => sandbox.invoices.get(Number(id))?.client_id).filter((id) => id !== undefined));
		const hits = [...book().values()]
			.filter(
				(c) =>
					contains(c.name, 'name') &&
					contains(c.client_number, 'client_number') &&
					contains(c.email, 'email') &&
					contains(c.first_name, 'first_name') &&
					contains(c.last_name, 'last_name') &&
					(!q.has('country_code') || c.country_code.toLowerCase() === q.get('country_code')!.trim().toLowerCase()) &&
					contains(c.note, 'note') &&
					(!invoiceIds.length || ofInvoices.has(c.id)) &&
					tags.every((t) => c.tags.some((own) => own.toLowerCase() === t)),
			)
			.sort((a, b) => a.id - b.id);
		const slice = hits.slice((page - 1) * perPage, page * perPage);
		const clients: Record<string, unknown> = {};
		if (slice.length) clients.client = repeated(slice.map(record));
		clients['@page'] = String(page);
		clients['@per_page'] = String(perPage);
		clients['@total'] = String(hits.length);
		return { body: { clients } };
	});

	api('GET', '/clients/myself', () => ({ body: { client: record(book().myself) } }));

	api('GET', '/clients/:id', (req) => withClient(req, (client) => ({ body: { client: record(client) } })));

	api('POST', '/clients', (req) => {
		const parsed = sandbox.json(req);
		if ('reply' in parsed) return parsed.reply;
		const fields = clientElement(parsed.value);
		if (isReply(fields)) return fields;
		const problems = problemsOf(fields);
		if (problems.length) return errors(400, ...problems);
		const client = blank(book().nextId++, DateTime.now().toISO({ suppressMilliseconds: true })!);
		apply(client, fields);
		if (fields.number === undefined) client.number = book().nextNumber();
		if (fields.client_number === undefined) {
			client.client_number = `${client.number_pre}${String(client.number).padStart(client.number_length, '0')}`;
		}
		book().set(client.id, client);
		return { status: 201, body: { client: record(client) } };
	});

	api('PUT', '/clients/:id', (req) =>
		withClient(req, (client) => {
			const parsed = sandbox.json(req);
			if ('reply' in parsed) return parsed.reply;
			const fields = clientElement(parsed.value);
			if (isReply(fields)) return fields;
			const problems = problemsOf(fields);
			if (problems.length) return errors(400, ...problems);
			if (client.archived === 1 && String(fields.archived ?? '1') !== '0') {
				return errors(400, `Client ${client.id} is archived and cannot be edited; set archived to 0 to restore it`);
			}
			apply(client, fields);
			return { body: { client: record(client) } };
		}),
	);

	api('DELETE', '/clients/:id', (req) =>
		withClient(req, (client) => {
			const documents = [...sandbox.invoices.values()].filter((inv) => inv.client_id === client.id).length;
			if (documents) {
				return errors(400, `Client ${client.id} has ${documents} document(s) and cannot be deleted; archive it instead`);
			}
			book().delete(client.id);
			return { status: 200 };
		}),
	);
}
